from django import forms
from django.contrib import admin

from citystat.intake import actions, context
from citystat.intake.models import HeaderAlias, ImportBatch, RuleChange, ValidationRule


class ValidationRuleForm(forms.ModelForm):
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
class ValidationRuleAdmin(admin.ModelAdmin):
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

    def save_model(self, request, obj, form, change):
        # Through the action so every rule change is audited.
        actions.save_rule(rule=obj, user=request.user, reason="管理后台修改")

    def delete_model(self, request, obj):
        actions.delete_rule(rule=obj, user=request.user, reason="管理后台删除")

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            actions.delete_rule(rule=obj, user=request.user, reason="管理后台删除")


@admin.register(RuleChange)
class RuleChangeAdmin(admin.ModelAdmin):
    list_display = ("rule_code", "action", "changed_by", "changed_at", "reason")
    readonly_fields = ("rule_code", "action", "changed_by", "changed_at", "old", "new", "reason")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
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

    def has_add_permission(self, request):
        return False
