from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from citystat.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "role", "unit_name", "is_active", "is_demo", "last_login")
    list_filter = ("role", "is_active", "is_demo")
    fieldsets = (
        *(BaseUserAdmin.fieldsets or ()),
        ("职责", {"fields": ("role", "unit_name", "regions", "indicators", "is_demo")}),
    )
    filter_horizontal = ("regions", "indicators", "groups", "user_permissions")
