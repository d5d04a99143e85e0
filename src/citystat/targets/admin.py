from __future__ import annotations

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from citystat.accounts.requests import signed_in_user
from citystat.targets.models import Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = (
        "indicator",
        "region",
        "year",
        "version",
        "is_current",
        "target_value",
        "target_growth",
        "set_by",
        "set_at",
    )
    list_filter = ("year", "is_current", "indicator__dimension")
    search_fields = ("indicator__name", "region__name")
    raw_id_fields = ("indicator", "region")

    def save_model(self, request: HttpRequest, obj: Target, form: forms.Form, change: bool) -> None:
        from citystat.targets.actions import set_target

        set_target(
            indicator=obj.indicator,
            region=obj.region,
            year=obj.year,
            target_value=obj.target_value,
            target_growth=obj.target_growth,
            user=signed_in_user(request),
            reason=obj.reason or "管理后台修改",
        )
