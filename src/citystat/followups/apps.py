from django.apps import AppConfig


class FollowupsConfig(AppConfig):
    name = "citystat.followups"
    verbose_name = "督办事项"
