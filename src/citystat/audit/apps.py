from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "citystat.audit"
    verbose_name = "操作审计"
    default_auto_field = "django.db.models.BigAutoField"
