from django.urls import path

from citystat.textreview import views

app_name = "textreview"
urlpatterns = [
    path("", views.index, name="index"),
    path("jobs/<int:pk>/", views.job, name="job"),
    path("jobs/<int:pk>/status.json", views.job_status, name="job_status"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/accept/", views.accept, name="accept"),
    path("<int:pk>/facts/<int:fact_pk>/correct/", views.correct, name="correct"),
    path("<int:pk>/facts/<int:fact_pk>/reject/", views.reject, name="reject"),
    path("<int:pk>/facts/<int:fact_pk>/reopen/", views.reopen, name="reopen"),
]
