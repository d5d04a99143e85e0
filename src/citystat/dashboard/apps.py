from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "citystat.dashboard"
    verbose_name = "监测看板"
