from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "citystat.intake"
    verbose_name = "数据报送与审核"
