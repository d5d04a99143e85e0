"""Reviewer pages: the queue of submitted unit-months, approve / return, completeness board."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from citystat.accounts.permissions import can_review
from citystat.accounts.requests import AuthenticatedRequest
from citystat.intake import actions, ingest, queries
from citystat.intake.context import today
from citystat.intake.views import _unit_period
from citystat.observations.actions import WorkflowError
from citystat.observations.models import Explanation, Observation, Revision, Status
from citystat.observations.periods import planning_year


@login_required
def queue(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    regions = queries.reviewable_regions(user)
    if not regions:
        raise PermissionDenied("您没有审核权限。")
    pending = Counter(
        Observation.objects.filter(status=Status.SUBMITTED, region__in=regions).values_list(
            "region__code", "region__name", "year", "month"
        )
    )
    items = [
        {"code": c, "name": n, "year": y, "month": m, "count": k, "period": f"{y}-{m:02d}"}
        for (c, n, y, m), k in sorted(pending.items(), key=lambda x: (-x[0][2], -x[0][3], x[0][0]))
    ]
    return render(request, "intake/review_queue.html", {"items": items})


@login_required
def period(request: AuthenticatedRequest, unit: str, period: str) -> HttpResponse:
    user = request.user
    region, year, month = _unit_period(unit, period)
    if not can_review(user, region):
        raise PermissionDenied("您无权审核该单位的数据。")
    if request.method == "POST":
        try:
            if request.POST.get("action") == "approve":
                n = actions.approve_period(user=user, region=region, year=year, month=month)
                messages.success(request, _("已审核通过 %(n)d 个数据,监测看板已更新。") % {"n": n})
            elif request.POST.get("action") == "explain":
                texts = {
                    key[6:]: request.POST.get(key, "")
                    for key in request.POST
                    if key.startswith("cause-")
                }
                n = actions.save_review_causes(
                    user=user, region=region, year=year, month=month, texts=texts
                )
                messages.success(request, _("已保存审核原因说明 %(n)d 条。") % {"n": n})
            elif request.POST.get("action") == "return_figures":
                reasons = {
                    key[4:]: value.strip()
                    for key in request.POST
                    if key.startswith("ret-") and (value := request.POST.get(key, "")).strip()
                }
                n = actions.return_figures(
                    user=user, region=region, year=year, month=month, reasons=reasons
                )
                messages.success(
                    request,
                    _("已退回 %(n)d 个数据,其余数据可继续审核通过。") % {"n": n},
                )
            else:
                n = actions.return_period(
                    user=user,
                    region=region,
                    year=year,
                    month=month,
                    reason=request.POST.get("reason", ""),
                )
                messages.success(request, _("已退回 %(n)d 个数据。") % {"n": n})
        except WorkflowError as exc:
            messages.error(request, str(exc))
        return redirect("intake:review_period", unit=unit, period=period)
    observations = ingest.period_observations(region, year, month)
    problems = ingest.validate_rows(ingest.rows_from_stored(observations), year, month)
    by_row: dict[int, list[Any]] = {}
    for p in problems:
        by_row.setdefault(p.row or 0, []).append(p)
    prior = dict(
        Observation.objects.filter(region=region, year=year - 1, month=month).values_list(
            "indicator_id", "value"
        )
    )
    explanations = (
        Revision.objects.filter(observation__in=observations, new_status=Status.SUBMITTED)
        .exclude(reason="")
        .order_by()  # the model's ordering would make DISTINCT keep duplicates
        .values_list("reason", flat=True)
        .distinct()
    )
    # A figure changed after approval: show the approved value it replaces and why.
    reopened: dict[int, Revision] = {}
    for rev in Revision.objects.filter(
        observation__in=observations, action=Revision.Action.UPDATE, old_status=Status.APPROVED
    ).order_by("changed_at", "id"):
        reopened[rev.observation_id] = rev
    resubmitted = queries.resubmissions(observations)
    causes = queries.period_causes(region, year, month)
    rows = [
        {
            "obs": o,
            "prior": prior.get(o.indicator_id),
            "problems": by_row.get(i, []),
            "reopened": reopened.get(o.pk),
            "resubmitted": resubmitted.get(o.pk),
            "intake_cause": causes.get((o.indicator_id, Explanation.Stage.INTAKE)),
            "review_cause": causes.get((o.indicator_id, Explanation.Stage.REVIEW)),
        }
        for i, o in enumerate(observations, start=1)
    ]
    return render(
        request,
        "intake/review_period.html",
        {
            "region": region,
            "year": year,
            "month": month,
            "rows": rows,
            "explanations": list(explanations),
            "n_submitted": sum(o.status == Status.SUBMITTED for o in observations),
            "n_changed": sum(r.changed for r in resubmitted.values()),
        },
    )


@login_required
def board(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    now = today()
    # the year of the month now due (2024 after an approved 2023-12), not the calendar's
    planning = planning_year() or now[0]
    try:
        year = int(request.GET.get("year", planning))
    except ValueError:
        year = planning
    data = queries.completeness_board(user, year, now)
    if not data.rows:
        raise PermissionDenied("您没有查看报送进度的权限。")
    return render(
        request,
        "intake/board.html",
        {
            "board": data,
            "year": year,
            "years": sorted({*range(planning, planning - 4, -1), year}, reverse=True),
        },
    )
