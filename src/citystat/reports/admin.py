from django.contrib import admin
from django.http import HttpRequest

from citystat.reports.models import ReportJob


@admin.register(ReportJob)
class ReportJobAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "kind",
        "region",
        "period",
        "fmt",
        "status",
        "progress",
        "created_by",
        "created_at",
    )
    list_filter = ("kind", "fmt", "status")
    readonly_fields = [f.name for f in ReportJob._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # jobs are created from the reports page
