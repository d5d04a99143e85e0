from django.apps import AppConfig


class TextreviewConfig(AppConfig):
    name = "citystat.textreview"
    verbose_name = "文本数据提取"
