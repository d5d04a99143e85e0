from django.apps import AppConfig


class TargetsConfig(AppConfig):
    name = "citystat.targets"
    verbose_name = "年度目标"
