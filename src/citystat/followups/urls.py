from django.urls import path

from citystat.followups import views

app_name = "followups"
urlpatterns = [
    path("", views.board, name="board"),
    path("new/", views.new, name="new"),
    path("rules/", views.rules, name="rules"),
    path("notifications/", views.notifications, name="notifications"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/<str:what>/", views.act, name="act"),
]
