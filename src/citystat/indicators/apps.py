from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "citystat.indicators"
    verbose_name = "指标体系"
