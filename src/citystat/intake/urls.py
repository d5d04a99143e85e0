from django.urls import path

from citystat.intake import audit, review, views

app_name = "intake"
urlpatterns = [
    path("", views.home, name="home"),
    path("template/", views.template_download, name="template"),
    path("upload/", views.upload, name="upload"),
    path("batch/<int:pk>/", views.batch_detail, name="batch"),
    path("batch/<int:pk>/confirm/", views.batch_confirm, name="batch_confirm"),
    path("batch/<int:pk>/file/", views.batch_file, name="batch_file"),
    path("entry/<str:unit>/<str:period>/", views.entry, name="entry"),
    path("review/", review.queue, name="review"),
    path("review/<str:unit>/<str:period>/", review.period, name="review_period"),
    path("board/", review.board, name="board"),
    path("audit/observation/<int:pk>/", audit.observation, name="audit_observation"),
    path("audit/user/<str:username>/", audit.by_user, name="audit_user"),
    path("rules/", audit.rules, name="rules"),
    path("quality/", audit.quality, name="quality"),
]
