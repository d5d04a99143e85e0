"""The audit log in the admin (read only) and the mixin that audits the admin's own edits.

``AuditedAdmin`` puts a required 修改原因 field on the change form and writes every save
and delete of its model through :mod:`citystat.audit.actions` with the acting user and that
reason (a delete has no form: its reason is 管理后台删除; an edit in a list page's editable
column, which has none either, 管理后台列表页修改).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, ClassVar

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from citystat.audit import actions
from citystat.audit.models import AuditLog, EventType

if TYPE_CHECKING:
    from django.forms import ModelForm

    BaseAdmin = admin.ModelAdmin[Any]
    BaseModelForm = forms.ModelForm[Any]
else:
    BaseAdmin = admin.ModelAdmin
    BaseModelForm = forms.ModelForm

ADMIN_DELETE_REASON = "管理后台删除"
# An edit in a list page's editable column (``list_editable``) has no reason field.
ADMIN_LIST_REASON = "管理后台列表页修改"


def reason_field() -> forms.CharField:
    return forms.CharField(
        label=_("修改原因"),
        max_length=actions.REASON_LENGTH,
        help_text=_("必填,记入操作审计(谁、何时、改了什么、为什么)。"),
    )


def with_reason(form: type[ModelForm[Any]]) -> type[ModelForm[Any]]:
    """``form`` with a required ``reason`` field (a subclass, so its own checks still run)."""
    return type(f"{form.__name__}WithReason", (form,), {"reason": reason_field()})


class ReasonForm(BaseModelForm):
    reason = reason_field()


class AuditedAdmin(BaseAdmin):
    """Saves and deletes in the admin, audited with the acting user and the form's reason.

    Subclasses name their events in ``audit_events`` (created, changed, deleted) and may
    leave fields out of the log in ``audit_exclude`` (a password hash, timestamps).
    """

    form: type[ModelForm[Any]] = ReasonForm
    audit_events: ClassVar[tuple[EventType, EventType, EventType]]
    audit_exclude: ClassVar[tuple[str, ...]] = ()

    def audit_changed_event(self, changed: actions.Values) -> EventType:
        """The event of a change, from the fields that changed (by default the same one)."""
        return self.audit_events[1]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        previous = type(obj)._default_manager.filter(pk=obj.pk).first() if change else None
        form.audit_before = (
            actions.snapshot(previous, exclude=self.audit_exclude) if previous else None
        )
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # After the many-to-many fields are saved, so the log sees them as stored.
        super().save_related(request, form, formsets, change)
        reason = form.cleaned_data.get("reason") or ADMIN_LIST_REASON
        self.audit_saved(request, form.instance, form.audit_before, reason)

    def audit_saved(
        self, request: HttpRequest, obj: models.Model, before: actions.Values | None, reason: str
    ) -> None:
        actions.record_change(
            obj,
            before,
            created=self.audit_events[0],
            changed=self.audit_changed_event,
            user=request.user,
            reason=reason,
            exclude=self.audit_exclude,
        )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self._audit_delete(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            self._audit_delete(request, obj)
        super().delete_queryset(request, queryset)

    def _audit_delete(self, request: HttpRequest, obj: models.Model) -> None:
        actions.record_delete(
            obj,
            deleted=self.audit_events[2],
            user=request.user,
            reason=ADMIN_DELETE_REASON,
            exclude=self.audit_exclude,
        )


@admin.register(AuditLog)
class AuditLogAdmin(BaseAdmin):
    """Read the log by domain, event, acting user and date; nothing is added, changed or
    deleted here."""

    list_display = (
        "event_time",
        "domain",
        "event_type",
        "object_repr",
        "acting_user",
        "reason",
    )
    list_filter = (
        "domain",
        "event_type",
        ("acting_user", admin.RelatedOnlyFieldListFilter),
        "event_time",
    )
    date_hierarchy = "event_time"
    search_fields = ("object_repr", "object_id", "reason", "acting_user__username")
    list_select_related = ("acting_user",)
    fields = (
        "event_time",
        "domain",
        "event_type",
        "acting_user",
        "object_model",
        "object_id",
        "object_repr",
        "reason",
        "changes",
    )
    readonly_fields = fields

    @admin.display(description=_("变更内容"))
    def changes(self, obj: AuditLog) -> SafeString:
        text = json.dumps(obj.extra_data, ensure_ascii=False, indent=2, sort_keys=True)
        return format_html("<pre>{}</pre>", text)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # the audit log is never erased
