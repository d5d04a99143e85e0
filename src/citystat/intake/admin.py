from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from citystat.accounts.requests import signed_in_user
from citystat.intake import actions
from citystat.intake.models import HeaderAlias, ImportBatch, RuleChange, ValidationRule


@admin.register(ValidationRule)
class ValidationRuleAdmin(admin.ModelAdmin):
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

    def save_model(
        self, request: HttpRequest, obj: ValidationRule, form: forms.Form, change: bool
    ) -> None:
        # Through the action so every rule change is audited.
        actions.save_rule(rule=obj, user=signed_in_user(request), reason="管理后台修改")

    def delete_model(self, request: HttpRequest, obj: ValidationRule) -> None:
        actions.delete_rule(rule=obj, user=signed_in_user(request), reason="管理后台删除")

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[ValidationRule]) -> None:
        for obj in queryset:
            actions.delete_rule(rule=obj, user=signed_in_user(request), reason="管理后台删除")


@admin.register(RuleChange)
class RuleChangeAdmin(admin.ModelAdmin):
    list_display = ("rule_code", "action", "changed_by", "changed_at", "reason")
    readonly_fields = ("rule_code", "action", "changed_by", "changed_at", "old", "new", "reason")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: RuleChange | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: RuleChange | None = None) -> bool:
        return False  # the audit trail of rule changes is never erased


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
