"""The site's shell around every page: the menu a role may open and its 待办 (to-do) list.

The menu shows only what the signed-in user can open (each entry asks the same predicate
its page asks), so no menu item leads to a refusal. The to-do list gathers, for each role,
the work waiting for it, each item one click from its page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.auth.views import redirect_to_login
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from citystat.accounts.permissions import (
    can_set_targets,
    can_use_text_review,
    sees_targets_in_menu,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from citystat.accounts.models import User


@dataclass(frozen=True)
class MenuItem:
    url: str
    label: str
    on: bool = False


@dataclass(frozen=True)
class TodoItem:
    label: str
    count: int
    url: str


def menu(user: User, path: str = "") -> list[MenuItem]:
    """The sections ``user`` may open, the one holding ``path`` marked ``on``."""
    return [
        MenuItem(m.url, m.label, path == m.url if m.url == "/" else path.startswith(m.url))
        for m in _sections(user)
    ]


def _sections(user: User) -> list[MenuItem]:
    """By role alone (no query): the shell is on every page, under the pages' query budgets."""
    from citystat.accounts.permissions import can_supervise, is_admin, sees_all_units

    items = [MenuItem("/", _("监测看板"))]
    if user.role in ("reporter", "reviewer") or is_admin(user):
        items.append(MenuItem("/intake/", _("数据报送")))
    items.append(MenuItem("/projects/", _("重点项目")))
    if sees_all_units(user) or can_supervise(user) or user.role == "responsible":
        items.append(MenuItem("/followups/", _("督办事项")))
    items.append(MenuItem("/reports/", _("分析报告")))
    if sees_targets_in_menu(user):
        items.append(MenuItem("/targets/", _("年度目标")))
    if can_use_text_review(user):
        items.append(MenuItem("/text/", _("文本提取")))
    if user.role == "analyst" or is_admin(user):
        items.append(MenuItem("/api/", _("接口文档")))
    if user.is_staff:
        items.append(MenuItem("/admin/", _("系统管理")))
    return items


def todo(user: User) -> list[TodoItem]:
    """The work waiting for ``user``, one item per thing to open, each with its size.

    Reporters: returned unit-months and the month now due for each of their units;
    reviewers: submitted unit-months; responsible units: follow-ups awaiting their answer;
    the planning office: the year's targets not yet set.
    """
    from citystat.accounts.permissions import is_admin

    items: list[TodoItem] = []
    if user.role == "reporter":
        items += _reporter_todo(user)
    if user.role == "reviewer" or is_admin(user):
        items += _reviewer_todo(user)
    if user.role == "responsible" and user.unit_name:
        items += _followup_todo(user)
    if can_set_targets(user):
        items += _targets_todo()
    return items


def _reporter_todo(user: User) -> list[TodoItem]:
    """One query: the unit-months of the reporter's units by status."""
    from django.db.models import Count

    from citystat.accounts.permissions import draft_regions
    from citystat.intake.context import today
    from citystat.intake.queries import next_due
    from citystat.observations.models import Observation, Status, period_label

    region_ids = draft_regions(user)
    if not region_ids:
        return []
    rows = (
        Observation.objects.filter(region_id__in=region_ids)
        .values("region__code", "region__name", "year", "month", "status")
        .annotate(n=Count("id"))
        .values_list("region__code", "region__name", "year", "month", "status", "n")
    )
    returned: dict[tuple[str, str, int, int], int] = {}
    newest: dict[tuple[str, str], tuple[int, int]] = {}
    for code, name, year, month, status, n in rows:
        if status == Status.RETURNED:
            returned[(code, name, year, month)] = n
        elif status in (Status.SUBMITTED, Status.APPROVED):
            newest[(code, name)] = max(newest.get((code, name), (0, 0)), (year, month))
    items = [
        TodoItem(
            _("%(unit)s %(period)s 退回待修改") % {"unit": name, "period": period_label(y, m)},
            n,
            reverse("intake:entry", args=[code, f"{y}-{m:02d}"]),
        )
        for (code, name, y, m), n in sorted(returned.items(), key=lambda x: x[0][2:])
    ]
    now = today()
    for (code, name), last in sorted(newest.items()):
        due = next_due(last, now)
        if due is None or (code, name, *due) in returned:
            continue
        items.append(
            TodoItem(
                _("%(unit)s %(period)s 待报送") % {"unit": name, "period": period_label(*due)},
                1,
                reverse("intake:entry", args=[code, f"{due[0]}-{due[1]:02d}"]),
            )
        )
    return items


def _reviewer_todo(user: User) -> list[TodoItem]:
    from citystat.intake.queries import reviewable_regions
    from citystat.observations.models import Observation, Status, period_label

    regions = {r.pk: r for r in reviewable_regions(user)}
    pending = Counter(
        Observation.objects.filter(status=Status.SUBMITTED, region__in=list(regions)).values_list(
            "region_id", "year", "month"
        )
    )
    return [
        TodoItem(
            _("%(unit)s %(period)s 待审核")
            % {"unit": regions[rid].name, "period": period_label(y, m)},
            n,
            reverse("intake:review_period", args=[regions[rid].code, f"{y}-{m:02d}"]),
        )
        for (rid, y, m), n in sorted(pending.items(), key=lambda x: (x[0][1], x[0][2], x[0][0]))
    ]


def _followup_todo(user: User) -> list[TodoItem]:
    from django.db.models import Max, Q

    from citystat.followups.models import Event, Followup

    # 待答复, or escalated with no answer since the escalation (answering an escalated
    # follow-up keeps its status until a re-check closes it)
    waiting = (
        Followup.objects.filter(
            responsible_unit=user.unit_name,
            status__in=(Followup.Status.OPEN, Followup.Status.ESCALATED),
        )
        .annotate(
            # by event id, not time: an answer and an escalation can share a timestamp
            answered=Max("events__id", filter=Q(events__action=Event.Action.ANSWER)),
            escalated=Max("events__id", filter=Q(events__action=Event.Action.ESCALATE)),
        )
        .filter(
            Q(status=Followup.Status.OPEN)
            | Q(answered__isnull=True)
            | Q(answered__lt=F("escalated"))
        )
        .order_by("-id")
    )
    return [
        TodoItem(_("督办待答复:%(title)s") % {"title": f.title}, 1, f"/followups/{f.pk}/")
        for f in waiting
    ]


def _targets_todo() -> list[TodoItem]:
    from citystat.observations.periods import planning_year
    from citystat.targets.grid import missing_count

    year = planning_year()
    n = missing_count(year) if year is not None else 0
    if not n:
        return []
    return [
        TodoItem(
            _("%(year)d年度目标未设") % {"year": year},
            n,
            f"{reverse('targets:grid')}?year={year}",
        )
    ]


def shell(request: HttpRequest) -> dict[str, Any]:
    # None when AuthenticationMiddleware has not run (a page rendered for a refused request)
    user: User | AnonymousUser | None = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    todo_items = SimpleLazyObject(lambda: todo(user))
    return {
        "menu": SimpleLazyObject(lambda: menu(user, request.path)),
        "todo_items": todo_items,
        "todo_total": SimpleLazyObject(lambda: len(todo_items)),
    }


def todo_page(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render(request, "dashboard/todo.html", {"items": todo(request.user)})
