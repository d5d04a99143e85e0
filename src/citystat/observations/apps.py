from django.apps import AppConfig


class ObservationsConfig(AppConfig):
    name = "citystat.observations"
    verbose_name = "统计数据"
