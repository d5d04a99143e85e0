from django.urls import path

from citystat.targets import views

app_name = "targets"
urlpatterns = [
    path("", views.year_grid, name="grid"),
    path("template/", views.template_download, name="template"),
    path("upload/", views.upload, name="upload"),
    path("history/<str:indicator>/<str:region>/<int:year>/", views.history, name="history"),
]
