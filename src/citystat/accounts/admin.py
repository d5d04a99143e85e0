from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.http import HttpRequest, HttpResponse

from citystat.accounts.actions import AUDIT_EXCLUDE, user_event
from citystat.accounts.models import User
from citystat.accounts.requests import signed_in_user
from citystat.audit import actions as audit
from citystat.audit.actions import Values
from citystat.audit.admin import AuditedAdmin, with_reason
from citystat.audit.models import EventType

PASSWORD_REASON = "管理后台重设密码"

if TYPE_CHECKING:
    BaseUserAdmin = UserAdmin[User]
else:
    BaseUserAdmin = UserAdmin


@admin.register(User)
class CitystatUserAdmin(AuditedAdmin, BaseUserAdmin):
    """Every add, change and delete of a user is audited with the acting administrator and
    the reason given on the form (a role change as 变更角色)."""

    form = with_reason(UserChangeForm)
    add_form = with_reason(AdminUserCreationForm)
    audit_events = (EventType.USER_CREATED, EventType.USER_CHANGED, EventType.USER_DELETED)
    audit_exclude = AUDIT_EXCLUDE
    list_display = ("username", "role", "unit_name", "is_active", "is_demo", "last_login")
    list_filter = ("role", "is_active", "is_demo")
    fieldsets = (
        *(BaseUserAdmin.fieldsets or ()),
        ("职责", {"fields": ("role", "unit_name", "regions", "indicators", "is_demo")}),
        ("修改原因", {"fields": ("reason",)}),
    )
    add_fieldsets = (*BaseUserAdmin.add_fieldsets, ("修改原因", {"fields": ("reason",)}))
    filter_horizontal = ("regions", "indicators", "groups", "user_permissions")

    def audit_changed_event(self, changed: Values) -> EventType:
        return user_event(changed)

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        """Django's password page, audited as 重设密码 (the hash itself is never logged)."""
        before = User.objects.filter(pk=id).values_list("password", flat=True).first()
        response = super().user_change_password(request, id, form_url)
        user = User.objects.filter(pk=id).first()
        if user is not None and before is not None and user.password != before:
            audit.record(
                EventType.USER_PASSWORD_CHANGED,
                obj=user,
                user=signed_in_user(request),
                reason=PASSWORD_REASON,
            )
        return response
