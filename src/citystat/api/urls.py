from django.urls import path

from citystat.api import views

app_name = "api"
urlpatterns = [
    path("openapi.json", views.openapi, name="openapi"),
    path("observations/", views.observations, name="observations"),
    path("observations/<int:pk>/", views.observation_detail, name="observation"),
    path(
        "periods/<str:unit>/<str:period>/<str:action>/", views.period_action, name="period_action"
    ),
]
