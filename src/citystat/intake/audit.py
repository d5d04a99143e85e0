"""Audit pages: every change to a figure, per observation and per user."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from citystat.accounts.models import User
from citystat.accounts.permissions import can_read_drafts, draft_regions, is_admin
from citystat.accounts.requests import AuthenticatedRequest
from citystat.audit.models import AuditLog, Domain
from citystat.intake.models import ImportBatch, ValidationRule
from citystat.observations.models import Observation, Revision, Status


@login_required
def observation(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    user = request.user
    obs = get_object_or_404(Observation.objects.select_related("indicator", "region"), pk=pk)
    sees_drafts = can_read_drafts(user, obs.region)
    if obs.status != Status.APPROVED and not sees_drafts:
        raise PermissionDenied("您无权查看该数据的未审核记录。")
    # the import batch or text document each change came from (one query per kind)
    revisions = obs.revisions.select_related("changed_by").prefetch_related("origin")
    if not sees_drafts:
        # An approved figure is public, the values and return reasons before it are not:
        # without draft access only the revisions that recorded an approved state are shown.
        revisions = revisions.filter(new_status=Status.APPROVED)
    return render(request, "intake/audit_observation.html", {"obs": obs, "revisions": revisions})


@login_required
def by_user(request: AuthenticatedRequest, username: str) -> HttpResponse:
    user = request.user
    # Refuse before the lookup: a 404 for unknown names would let anyone list the accounts.
    if username != user.username and not (is_admin(user) or user.role == "reviewer"):
        raise PermissionDenied("只能查看自己的操作记录。")
    target = get_object_or_404(User, username=username)
    revisions = (
        Revision.objects.filter(changed_by=target)
        .select_related("observation__indicator", "observation__region")
        .order_by("-changed_at", "-id")[:300]
    )
    return render(
        request,
        "intake/audit_user.html",
        {
            "target": target,
            "revisions": revisions,
            "batches": ImportBatch.objects.filter(uploaded_by=target)[:50],
            # Figures are listed above from their revisions; the rest of the audit log here.
            "changes": AuditLog.objects.filter(acting_user=target).exclude(
                domain=Domain.OBSERVATIONS
            )[:50],
        },
    )


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "intake/rules.html",
        {
            "rules": ValidationRule.objects.all(),
            "changes": AuditLog.objects.filter(
                domain=Domain.RULES, object_model=ValidationRule._meta.label
            ).select_related("acting_user")[:50],
        },
    )


QUALITY_ROWS = 500  # violations listed on the page; `citystat check` exports all


@login_required
def quality(request: AuthenticatedRequest) -> HttpResponse:
    """数据质量: validation analysis over the stored figures (DHIS2's 'Run validation')."""
    from django.urls import reverse

    from citystat.intake.quality import run_check
    from citystat.regions.models import Region
    from citystat.stats.periods import PeriodError, parse_month

    if draft_regions(request.user) is not None:
        raise PermissionDenied(
            _("数据质量检查涵盖各单位未审核的数据,仅审核、领导和管理岗位可查看。")
        )
    region = request.GET.get("region", "").strip()
    start, end = request.GET.get("from", "").strip(), request.GET.get("to", "").strip()
    regions = list(Region.objects.filter(level__in=["city", "county"]).values_list("code", "name"))
    context: dict[str, object] = {
        "regions": regions,
        "region": region,
        "start": start,
        "end": end,
    }
    try:
        first = parse_month(start) if start else None
        last = parse_month(end) if end else None
    except PeriodError as exc:
        context["problem"] = str(exc)
        return render(request, "intake/quality.html", context, status=400)
    if region and region not in dict(regions):
        context["problem"] = _("区划代码“%(code)s”不存在。") % {"code": region}
        return render(request, "intake/quality.html", context, status=400)
    report = run_check(region=region or None, start=first, end=last)
    rows = report.rows()
    for row in rows:
        row["link"] = reverse("intake:review_period", args=[row["region"], row["period"]])
    context.update(
        report=report,
        rows=rows[:QUALITY_ROWS],
        truncated=len(rows) > QUALITY_ROWS,
        shown=QUALITY_ROWS,
    )
    return render(request, "intake/quality.html", context)
