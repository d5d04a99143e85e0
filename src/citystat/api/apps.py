from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "citystat.api"
    verbose_name = "数据接口"
