from django.contrib import admin

from citystat.audit.admin import AuditedAdmin
from citystat.audit.models import EventType

from .models import Followup, Rule


@admin.register(Rule)
class RuleAdmin(AuditedAdmin):
    """Follow-up rules: edits audited with the acting user and a required reason."""

    audit_events = (EventType.RULE_CREATED, EventType.RULE_CHANGED, EventType.RULE_DELETED)
    list_display = (
        "code",
        "name",
        "kind",
        "months",
        "gap_pp",
        "key_only",
        "deadline_days",
        "is_active",
    )
    list_editable = ("is_active",)


@admin.register(Followup)
class FollowupAdmin(admin.ModelAdmin):
    list_display = ("title", "responsible_unit", "year", "month", "status", "escalation_level")
    list_filter = ("status", "rule", "year")
    search_fields = ("title", "responsible_unit", "subject")
    readonly_fields = ("subject", "rule", "created_by", "checked_year", "checked_month")
