"""Reads for the project, chain, town and task pages: 完成率, 序时进度 and lights via citystat.stats."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Max, Prefetch, QuerySet, Subquery
from django.utils import timezone

from citystat.indicators.models import Placement
from citystat.observations.models import DerivedFigure
from citystat.projects import models as pm
from citystat.projects.lights import ActiveRule, active_rule, worst
from citystat.regions.models import Region
from citystat.stats import completion, light, progress_gap, project_progress
from citystat.stats.periods import month_end

MILESTONE_LABELS = dict(pm.Milestone.Kind.choices)


def chain_indicators(chain: pm.IndustryChain) -> tuple[str, ...]:
    """The indicators a chain's page shows (``ChainIndicator`` rows the admin edits)."""
    return tuple(chain.indicators.order_by("sort_order").values_list("indicator__code", flat=True))


def town_indicators() -> tuple[str, ...]:
    """The county indicators a specialised town's page shows (a ``Placement``)."""
    return Placement.codes(Placement.Place.TOWN_PAGE)


def _months_between(a: dt.date, year: int, month: int) -> int:
    return (year * 12 + month) - (a.year * 12 + a.month)


def latest_period() -> tuple[int, int]:
    """The last month with project progress (the default period of the pages)."""
    row = pm.ProjectProgress.objects.order_by("-year", "-month").values("year", "month").first()
    if row is None:
        today = timezone.localdate()
        return today.year, today.month
    return row["year"], row["month"]


def progress_periods() -> list[tuple[int, int]]:
    rows = pm.ProjectProgress.objects.values_list("year", "month").distinct()
    return sorted(set(rows), reverse=True)


@dataclass
class MilestoneState:
    kind: str
    label: str
    planned: dt.date
    actual: dt.date | None
    state: str  # done | late_done | overdue | pending
    days_late: int = 0

    @property
    def state_label(self) -> str:
        return {
            "done": "按期完成",
            "late_done": f"延期{self.days_late}天完成",
            "overdue": f"逾期{self.days_late}天未完成",
            "pending": "未到期",
        }[self.state]


@dataclass
class ProjectStatus:
    project: pm.Project
    year: int
    month: int
    plan: Decimal | None
    plan_version: int | None
    ytd: Decimal | None
    completion: float | None
    expected: float
    gap: float | None
    progress_light: str
    start_light: str
    light: str
    started: bool
    due_to_start: bool
    milestones: list[MilestoneState] = field(default_factory=list)

    @property
    def overdue(self) -> list[MilestoneState]:
        return [m for m in self.milestones if m.state == "overdue"]

    @property
    def delayed(self) -> list[MilestoneState]:
        return [m for m in self.milestones if m.state in {"overdue", "late_done"}]


def _milestone_states(milestones: Iterable[pm.Milestone], cutoff: dt.date) -> list[MilestoneState]:
    out = []
    for m in sorted(milestones, key=lambda x: x.planned_date):
        actual = m.actual_date if m.actual_date and m.actual_date <= cutoff else None
        if actual is not None:
            late = (actual - m.planned_date).days
            state, days = ("late_done", late) if late > 0 else ("done", 0)
        elif m.planned_date <= cutoff:
            state, days = "overdue", (cutoff - m.planned_date).days
        else:
            state, days = "pending", 0
        out.append(
            MilestoneState(m.kind, MILESTONE_LABELS[m.kind], m.planned_date, actual, state, days)
        )
    return out


def evaluate(
    project: pm.Project,
    year: int,
    month: int,
    *,
    plans: Sequence[pm.ProjectPlan],
    progress: Sequence[pm.ProjectProgress],
    milestones: Sequence[pm.Milestone],
    rule: ActiveRule,
) -> ProjectStatus:
    """Status of one project after month m from already-fetched rows (no queries)."""
    cutoff = month_end(year, month)
    plan_row = next((p for p in plans if p.year == year and p.is_current), None)
    plan = plan_row.annual_investment if plan_row else None
    this_year = [p for p in progress if p.year == year and p.month <= month]
    ytd = max(this_year, key=lambda p: p.month).completed_ytd if this_year else None
    # The one rule (citystat.stats.project_progress), shared with the 调度会 briefing. No
    # report for the year yet: no 完成率 and no progress light (shown as 未报送), rather
    # than a 0% that could not be told apart from a real zero.
    rule_ = project_progress(
        float(ytd) if ytd is not None else None,
        float(plan) if plan is not None else None,
        month,
        [dict(y) for y in past_progress(progress, year)],
    )
    comp, expected, gap = rule_.completion, rule_.expected, rule_.gap
    progress_light = light(gap, rule.thresholds) or ""

    states = _milestone_states(milestones, cutoff)
    start = next((m for m in milestones if m.kind == pm.Milestone.Kind.START), None)
    planned_start: dt.date | None = start.planned_date if start else None
    if planned_start is None and plan_row and plan_row.planned_start_month:
        planned_start = dt.date(year, plan_row.planned_start_month, 1)
    started = bool(start and start.actual_date and start.actual_date <= cutoff)
    if start is None and project.status != pm.Project.Status.PLANNED:
        started = True
    due = planned_start is not None and month_end(planned_start.year, planned_start.month) <= cutoff
    start_light = ""
    if due and not started and planned_start is not None:
        late = _months_between(planned_start, year, month)
        start_light = "red" if late >= rule.start_red_months else "yellow"
    return ProjectStatus(
        project=project,
        year=year,
        month=month,
        plan=plan,
        plan_version=plan_row.version if plan_row else None,
        ytd=ytd,
        completion=comp,
        expected=expected,
        gap=gap,
        progress_light=progress_light,
        start_light=start_light,
        light=worst(progress_light, start_light),
        started=started,
        due_to_start=due,
        milestones=states,
    )


def past_progress(
    progress: Iterable[pm.ProjectProgress], year: int
) -> tuple[tuple[tuple[int, float], ...], ...]:
    """本年完成投资 of the years before ``year``, one ((month, value), …) per year, oldest
    first: the history the 序时进度 follows (``ProjectInfo.history`` in reports)."""
    by_year: dict[int, dict[int, float]] = defaultdict(dict)
    for p in progress:
        if p.year < year:
            by_year[p.year][p.month] = float(p.completed_ytd)
    return tuple(tuple(sorted(by_year[y].items())) for y in sorted(by_year))


def project_histories(year: int) -> dict[str, tuple[tuple[tuple[int, float], ...], ...]]:
    """Project code → its past years' progress, in one query (for the report inputs)."""
    rows: dict[str, list[pm.ProjectProgress]] = defaultdict(list)
    for p in pm.ProjectProgress.objects.filter(year__lt=year).select_related("project"):
        rows[p.project.code].append(p)
    return {code: past_progress(progress, year) for code, progress in rows.items()}


def projects_queryset(year: int) -> QuerySet[pm.Project]:
    return pm.Project.objects.select_related("region", "chain", "town").prefetch_related(
        Prefetch("plans", queryset=pm.ProjectPlan.objects.filter(year__lte=year)),
        Prefetch("progress", queryset=pm.ProjectProgress.objects.filter(year__lte=year)),
        "milestones",
    )


def project_statuses(
    year: int, month: int, projects: QuerySet[pm.Project] | None = None
) -> list[ProjectStatus]:
    rule = active_rule()
    qs = projects if projects is not None else projects_queryset(year)
    return [
        evaluate(
            p,
            year,
            month,
            plans=list(p.plans.all()),
            progress=list(p.progress.all()),
            milestones=list(p.milestones.all()),
            rule=rule,
        )
        for p in qs
    ]


def project_status(project: pm.Project, year: int, month: int) -> ProjectStatus:
    qs = projects_queryset(year).filter(pk=project.pk)
    return project_statuses(year, month, qs)[0]


@dataclass
class ListFilters:
    region: str = ""
    chain: str = ""
    status: str = ""
    light: str = ""
    unit: str = ""


def filtered_statuses(year: int, month: int, f: ListFilters) -> list[ProjectStatus]:
    qs = projects_queryset(year)
    if f.region:
        qs = qs.filter(region__code=f.region)
    if f.chain:
        qs = qs.filter(chain__code=f.chain)
    if f.status:
        qs = qs.filter(status=f.status)
    if f.unit:
        qs = qs.filter(responsible_unit=f.unit)
    rows = project_statuses(year, month, qs)
    if f.light:
        rows = [r for r in rows if (r.light or "none") == f.light]
    return rows


@dataclass
class Summary:
    count: int
    plan: Decimal
    done: Decimal
    completion: float | None
    expected: float | None
    gap: float | None
    started: int
    due: int
    start_rate: float | None
    lights: dict[str, int]
    delayed: int


def summarise(rows: Sequence[ProjectStatus], month: int) -> Summary:
    plan = sum((r.plan or Decimal(0) for r in rows), Decimal(0))
    done = sum((r.ytd or Decimal(0) for r in rows), Decimal(0))
    comp = completion(float(done), float(plan)) if rows else None
    expected = rows[0].expected if rows else None
    due = [r for r in rows if r.due_to_start]
    started = [r for r in due if r.started]
    lights = {k: sum(1 for r in rows if r.light == k) for k in ("green", "yellow", "red")}
    return Summary(
        count=len(rows),
        plan=plan,
        done=done,
        completion=comp,
        expected=expected,
        gap=progress_gap(comp, month, expected=expected) if expected is not None else None,
        started=len(started),
        due=len(due),
        start_rate=completion(len(started), len(due)),
        lights=lights,
        delayed=sum(1 for r in rows if r.delayed),
    )


@dataclass
class CountyInvestment:
    region: Region
    projects: int
    done: Decimal
    investment: float | None
    investment_growth: float | None
    share: float | None


def county_investment(
    year: int, month: int, rows: Sequence[ProjectStatus] | None = None
) -> list[CountyInvestment]:
    """Projects' completed investment per county beside the county's investment indicator.

    The indicator is the first ``Placement`` at 重点项目:与之对照的投资指标 (固定资产投资 in
    most catalogues); without one, the investment column stays empty.
    """
    rows = rows if rows is not None else project_statuses(year, month)
    by_region: dict[int, list[ProjectStatus]] = defaultdict(list)
    for r in rows:
        by_region[r.project.region_id].append(r)
    figures = {
        d.region_id: d
        for d in DerivedFigure.objects.filter(
            indicator=Subquery(
                Placement.objects.filter(place=Placement.Place.PROJECT_INVESTMENT)
                .order_by("sort_order")
                .values("indicator")[:1]
            ),
            year=year,
            month=month,
        ).only("region_id", "value", "growth")
    }
    regions = Region.objects.filter(level__in=["city", "county"]).order_by("level", "sort_order")
    out = []
    for region in regions:
        mine = rows if region.level == "city" else by_region.get(region.pk, [])
        fig = figures.get(region.pk)
        if not mine and fig is None:
            continue
        done = sum((r.ytd or Decimal(0) for r in mine), Decimal(0))
        investment = fig.value if fig else None
        out.append(
            CountyInvestment(
                region=region,
                projects=len(mine),
                done=done,
                investment=investment,
                investment_growth=fig.growth if fig else None,
                share=completion(float(done), investment) if mine else None,
            )
        )
    return out


@dataclass
class TimelinePoint:
    month: int
    ytd: Decimal | None
    completion: float | None
    expected: float
    gap: float | None
    light: str


def project_timeline(project: pm.Project, year: int, last_month: int) -> list[TimelinePoint]:
    p = projects_queryset(year).get(pk=project.pk)
    plans, progress, ms = list(p.plans.all()), list(p.progress.all()), list(p.milestones.all())
    rule = active_rule()
    out = []
    for m in range(1, last_month + 1):
        s = evaluate(p, year, m, plans=plans, progress=progress, milestones=ms, rule=rule)
        has_row = any(x.year == year and x.month == m for x in progress)
        out.append(
            TimelinePoint(m, s.ytd if has_row else None, s.completion, s.expected, s.gap, s.light)
        )
    return out


def indicator_figures(
    codes: Sequence[str], region: Region, year: int, month: int
) -> list[DerivedFigure]:
    figs = {
        d.indicator.code: d
        for d in DerivedFigure.objects.filter(
            indicator__code__in=codes, region=region, year=year, month__lte=month
        )
        .select_related("indicator")
        .order_by("month")
    }
    return [figs[c] for c in codes if c in figs]


# ---- livelihood tasks -------------------------------------------------------------------


@dataclass
class TargetStatus:
    target: pm.TaskTarget
    value: Decimal | None
    completion: float | None
    updates: list[pm.TaskUpdate]


@dataclass
class TaskStatus:
    task: pm.LivelihoodTask
    year: int
    month: int
    targets: list[TargetStatus]
    completion: float | None
    expected: float
    gap: float | None
    light: str
    done: bool


def task_expected(task: pm.LivelihoodTask, year: int, month: int) -> float:
    """序时进度 of a task: the share of its time to the deadline that has passed."""
    if task.deadline is None or task.deadline.year != task.year:
        return min(100.0, month / 12 * 100) if year == task.year else 100.0
    if year > task.year:
        return 100.0
    return min(100.0, month / task.deadline.month * 100)


def evaluate_task(task: pm.LivelihoodTask, year: int, month: int, rule: ActiveRule) -> TaskStatus:
    targets = []
    for t in task.targets.all():
        ups = [u for u in t.updates.all() if (u.year, u.month) <= (year, month)]
        ups.sort(key=lambda u: (u.year, u.month, u.pk))
        value = ups[-1].value if ups else None
        comp = completion(float(value) if value is not None else 0.0, float(t.target_value))
        targets.append(TargetStatus(t, value, comp, ups))
    comps = [t.completion for t in targets if t.completion is not None]
    if not comps:
        overall = None
    elif task.completion_rule == "mean":
        overall = sum(min(c, 100.0) for c in comps) / len(comps)
    else:
        overall = min(comps)
    expected = task_expected(task, year, month)
    gap = progress_gap(overall, month, expected=expected)
    return TaskStatus(
        task=task,
        year=year,
        month=month,
        targets=targets,
        completion=overall,
        expected=expected,
        gap=gap,
        light=light(gap, rule.thresholds) or "",
        done=overall is not None and overall >= 100,
    )


def tasks_queryset() -> QuerySet[pm.LivelihoodTask]:
    return pm.LivelihoodTask.objects.prefetch_related(
        Prefetch(
            "targets",
            queryset=pm.TaskTarget.objects.prefetch_related("updates").order_by("id"),
        )
    )


def task_statuses(year: int, month: int) -> list[TaskStatus]:
    rule = active_rule()
    return [evaluate_task(t, year, month, rule) for t in tasks_queryset().filter(year=year)]


def task_status(task: pm.LivelihoodTask, year: int, month: int) -> TaskStatus:
    return evaluate_task(tasks_queryset().get(pk=task.pk), year, month, active_rule())


def task_periods() -> list[tuple[int, int]]:
    """Months with task updates, newest first, up to the end of the latest task year."""
    latest = pm.LivelihoodTask.objects.aggregate(y=Max("year"))["y"]
    if latest is None:
        return []
    rows = pm.TaskUpdate.objects.filter(year__lte=latest).values_list("year", "month")
    return sorted(set(rows), reverse=True)
