from django.urls import path

from citystat.dashboard import shell, views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("indicator/<str:code>/", views.indicator, name="indicator"),
    path("region/<str:code>/", views.region, name="region"),
    path("screen/", views.screen, name="screen"),
    path("todo/", shell.todo_page, name="todo"),
    path("export/<str:kind>.xlsx", views.export, name="export"),
    path("maps/", views.maps, name="maps"),
    path("maps/<int:pk>/delete/", views.map_delete, name="map_delete"),
    path("maps/boundaries.geojson", views.boundaries, name="boundaries"),
]
