from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm

from citystat.accounts.actions import AUDIT_EXCLUDE, user_event
from citystat.accounts.models import User
from citystat.audit.actions import Values
from citystat.audit.admin import AuditedAdmin, with_reason
from citystat.audit.models import EventType

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
