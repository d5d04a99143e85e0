from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from citystat.accounts.requests import signed_in_user
from citystat.audit.admin import ADMIN_DELETE_REASON, BaseAdmin, ReasonForm
from citystat.targets.models import Target


@admin.register(Target)
class TargetAdmin(BaseAdmin):
    """Saves and deletes go through ``targets.actions`` (a new version, audited with the
    form's required reason)."""

    form = ReasonForm
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

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        from citystat.targets.actions import set_target

        target = set_target(
            indicator=obj.indicator,
            region=obj.region,
            year=obj.year,
            target_value=obj.target_value,
            target_growth=obj.target_growth,
            user=signed_in_user(request),
            reason=form.cleaned_data["reason"],
        )
        obj.pk = target.pk  # the admin's next page shows the version now current

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        from citystat.targets.actions import delete_target

        delete_target(target=obj, user=signed_in_user(request), reason=ADMIN_DELETE_REASON)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            self.delete_model(request, obj)
