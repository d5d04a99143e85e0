"""Admin for observations: the audit trail holds here too.

- An approved figure is read-only: a correction goes through the entry page or an import
  with a reason (a revision), and back to review. No figure is deleted here, since its
  revisions would go with it (a draft entered by mistake is corrected or left as a draft).
- Revisions are never added, changed or deleted here.
- Derived figures are the engine's output: view only.
- The status is never edited as a field. Approving selected figures is an action that calls
  ``observations.actions.approve_observations``, the one approval path: the reviewer's
  regions (``can_review``), the four-eyes rule, the scoped rebuild and, after commit, the
  ``observations_approved`` signal (follow-ups re-check) hold here as on the review pages.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext, gettext_lazy

from citystat.accounts.requests import signed_in_user
from citystat.audit.admin import ReasonForm
from citystat.observations.models import (
    Explanation,
    Observation,
    Revision,
    Status,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """View only: no add, no change, no delete (the change page shows the fields)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class RevisionInline(admin.TabularInline):
    model = Revision
    extra = 0
    can_delete = False
    readonly_fields = [f.name for f in Revision._meta.fields]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = (
        "indicator",
        "region",
        "year",
        "month",
        "value",
        "growth_reported",
        "status",
        "source",
        "is_synthetic",
    )
    list_filter = ("status", "source", "is_synthetic", "year", "indicator__dimension")
    search_fields = ("indicator__name", "indicator__code", "region__name", "region__code")
    raw_id_fields = ("indicator", "region")
    readonly_fields = ("status",)
    form = ReasonForm  # a required 修改原因, kept on the revision and in the audit log
    inlines = [RevisionInline]
    actions = ["approve"]

    @admin.action(description=gettext_lazy("审核通过所选数据"))
    def approve(self, request: HttpRequest, queryset: QuerySet[Observation]) -> None:
        from citystat.accounts.permissions import can_review
        from citystat.observations.actions import WorkflowError, approve_observations

        user = signed_in_user(request)
        chosen = list(queryset.select_related("indicator", "region"))
        refused = sorted({o.region.name for o in chosen if not can_review(user, o.region)})
        if refused:
            self.message_user(
                request,
                gettext("无权审核以下地区的数据:%(regions)s。未作任何修改。")
                % {"regions": "、".join(refused)},
                messages.ERROR,
            )
            return
        try:
            n = approve_observations(chosen, user=user)
        except WorkflowError as exc:
            self.message_user(request, f"{exc} " + gettext("未作任何修改。"), messages.ERROR)
            return
        self.message_user(request, gettext("已审核通过 %(n)d 条数据。") % {"n": n})

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and obj.status == Status.APPROVED:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting a figure would take its revisions with it: never here.
        return False

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # Admin edits go through the action so they are audited like any other write.
        # Approved figures never reach here (read-only), so nothing published changes.
        from citystat.observations.actions import record_observation

        record_observation(
            indicator=obj.indicator,
            region=obj.region,
            year=obj.year,
            month=obj.month,
            value=obj.value,
            growth_reported=obj.growth_reported,
            status=form.initial.get("status") or Status.DRAFT,
            source=obj.source,
            user=signed_in_user(request),
            reason=form.cleaned_data["reason"],
        )


@admin.register(Revision)
class RevisionAdmin(ReadOnlyAdmin):
    list_display = (
        "observation",
        "action",
        "changed_at",
        "changed_by",
        "old_value",
        "new_value",
        "old_status",
        "new_status",
        "reason",
    )
    list_filter = ("action", "source")
    raw_id_fields = ("observation",)


@admin.register(Explanation)
class ExplanationAdmin(ReadOnlyAdmin):
    """原因说明 are written on the entry and review pages (``actions.explain``), not here."""

    list_display = ("indicator", "region", "year", "month", "stage", "unit", "text", "is_synthetic")
    list_filter = ("stage", "year", "is_synthetic")
    search_fields = ("text", "unit", "indicator__name", "region__name")
