from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "citystat.regions"
    verbose_name = "行政区划"
