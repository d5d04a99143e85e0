from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "citystat.reports"
    verbose_name = "分析报告"
