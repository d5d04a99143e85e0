from django.urls import path

from citystat.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    path("jobs/<int:pk>/status.json", views.status, name="status"),
    path("jobs/<int:pk>/download", views.download, name="download"),
]
