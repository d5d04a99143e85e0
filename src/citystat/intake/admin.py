from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from citystat.accounts.requests import signed_in_user
from citystat.audit.admin import ADMIN_DELETE_REASON, BaseAdmin, ReasonForm
from citystat.intake import actions, context
from citystat.intake.models import HeaderAlias, ImportBatch, ValidationRule


class ValidationRuleForm(ReasonForm):
    """Refuses a rule that cannot be checked (unknown indicator, ÷0, mixed units, syntax)."""

    class Meta:
        model = ValidationRule
        fields = actions.RULE_FIELDS

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        if not self.errors:
            edited = ValidationRule(**{f: cleaned.get(f) for f in actions.RULE_FIELDS})
            problems = context.rule_problems(edited)
            if problems:
                raise forms.ValidationError(problems)
        return cleaned


@admin.register(ValidationRule)
class ValidationRuleAdmin(BaseAdmin):
    """Saves and deletes go through ``intake.actions`` (audited with the form's reason)."""

    form = ValidationRuleForm
    list_display = (
        "code",
        "name",
        "left",
        "operator",
        "right",
        "tolerance",
        "severity",
        "is_active",
    )
    list_filter = ("severity", "is_active")
    search_fields = ("code", "name", "left", "right")

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        actions.save_rule(
            rule=obj, user=signed_in_user(request), reason=form.cleaned_data["reason"]
        )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        actions.delete_rule(rule=obj, user=signed_in_user(request), reason=ADMIN_DELETE_REASON)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(HeaderAlias)
class HeaderAliasAdmin(admin.ModelAdmin):
    list_display = ("text", "role")
    search_fields = ("text",)


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = (
        "original_name",
        "uploaded_by",
        "uploaded_at",
        "channel",
        "status",
        "region",
        "year",
        "month",
    )
    list_filter = ("status", "channel")
    readonly_fields = [f.name for f in ImportBatch._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
