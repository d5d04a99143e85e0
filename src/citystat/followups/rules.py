"""Evaluating follow-up rules against one month's data: what is wrong, and for whom.

Each finding is keyed by a subject ("indicator:invest:990521", "project:CC-2024-009:behind",
"milestone:CC-2024-010:structure", "task:2023-3"), so a follow-up can be matched to the
same cause in a later month and re-checked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from citystat.indicators.models import Indicator
from citystat.observations.models import DerivedFigure
from citystat.projects import models as pm
from citystat.projects.queries import project_statuses, task_statuses
from citystat.regions.models import Region
from citystat.stats import progress_wording, round_half_up
from citystat.stats.periods import month_end

from .models import Rule
from .units import unit_for_region


@dataclass
class Finding:
    rule: Rule
    subject: str
    title: str
    detail: str
    unit: str
    region: Region | None = None
    indicator: Indicator | None = None
    project: pm.Project | None = None
    task: pm.LivelihoodTask | None = None


@dataclass
class Snapshot:
    """Everything the rules need about one month, fetched once."""

    year: int
    month: int
    findings: dict[str, Finding]
    # subject -> True (cause holds), False (cleared); absent = no data this month
    causes: dict[str, bool]


def _one(x: float | None) -> str:
    return "—" if x is None else f"{round_half_up(x, 1):.1f}"


def _two(x: Decimal | None) -> str:
    return f"{round_half_up(float(x or 0), 2):.2f}"


def _period_key(year: int, month: int) -> int:
    return year * 12 + month


def _indicator_red(rule: Rule, year: int, month: int, snap: Snapshot) -> None:
    figures = DerivedFigure.objects.filter(year=year, month=month).exclude(region__level="province")
    if rule.key_only:
        figures = figures.filter(indicator__is_key=True)
    now = list(figures.select_related("indicator", "region"))
    for d in now:
        # No light (no target yet, no figure) says nothing: the follow-up waits, it is
        # never closed as 问题已消除 (issue 11).
        if d.light:
            snap.causes.setdefault(
                f"indicator:{d.indicator.code}:{d.region.code}", d.light == "red"
            )
    reds = [d for d in now if d.light == "red"]
    if not reds:
        return
    need = max(rule.months, 1) - 1
    history: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    if need:
        earlier = DerivedFigure.objects.filter(
            indicator_id__in={d.indicator_id for d in reds},
            region_id__in={d.region_id for d in reds},
            year__in=[year - 1, year],
        ).values_list("indicator_id", "region_id", "year", "month", "light")
        here = _period_key(year, month)
        for ind, reg, y, m, lt in earlier:
            if _period_key(y, m) < here:
                history[(ind, reg)].append((_period_key(y, m), lt))
    for d in reds:
        past = sorted(history[(d.indicator_id, d.region_id)], reverse=True)[:need]
        if len(past) < need or any(lt != "red" for _, lt in past):
            continue
        subject = f"indicator:{d.indicator.code}:{d.region.code}"
        gap = d.growth_gap if d.growth_gap is not None else d.progress_gap
        what = (
            f"增速{_one(d.growth)}%,低于目标{_one(abs(d.growth_gap))}个百分点"
            if d.growth_gap is not None and d.growth is not None
            else progress_wording(gap)
        )
        snap.findings[subject] = Finding(
            rule=rule,
            subject=subject,
            title=f"{d.region.name}{d.indicator.name}连续{rule.months}期红灯",
            detail=f"截至{year}年{month}月,{d.region.name}{d.indicator.name}{what},已连续{rule.months}期亮红灯。",
            unit=unit_for_region(d.region, d.indicator),
            region=d.region,
            indicator=d.indicator,
        )


def _projects(rules: list[Rule], year: int, month: int, snap: Snapshot) -> None:
    statuses = project_statuses(year, month)
    for rule in rules:
        for s in statuses:
            p = s.project
            if rule.kind == Rule.Kind.PROJECT_BEHIND:
                subject = f"project:{p.code}:behind"
                if s.gap is None:
                    continue
                behind = s.gap < -float(rule.gap_pp)
                snap.causes[subject] = behind
                if behind:
                    snap.findings[subject] = Finding(
                        rule=rule,
                        subject=subject,
                        title=f"{p.name}投资进度落后",
                        detail=(
                            f"截至{year}年{month}月,本年完成投资{_two(s.ytd)}亿元,完成年度计划的"
                            f"{_one(s.completion)}%,{progress_wording(s.gap)}(督办线:落后{float(rule.gap_pp):g}个百分点)。"
                        ),
                        unit=p.responsible_unit,
                        region=p.region,
                        project=p,
                    )
            elif rule.kind == Rule.Kind.MILESTONE_OVERDUE:
                for m in s.milestones:
                    subject = f"milestone:{p.code}:{m.kind}"
                    if m.planned > month_end(year, month):
                        continue
                    snap.causes[subject] = m.state == "overdue"
                    if m.state == "overdue":
                        snap.findings[subject] = Finding(
                            rule=rule,
                            subject=subject,
                            title=f"{p.name}{m.label}节点逾期",
                            detail=f"{m.label}计划于{m.planned}完成,截至{year}年{month}月末{m.state_label}。",
                            unit=p.responsible_unit,
                            region=p.region,
                            project=p,
                        )


def _tasks(rule: Rule, year: int, month: int, snap: Snapshot) -> None:
    for s in task_statuses(year, month):
        subject = f"task:{s.task.year}-{s.task.seq}"
        if s.gap is None:
            continue
        snap.causes[subject] = s.light == "red"
        if s.light == "red":
            snap.findings[subject] = Finding(
                rule=rule,
                subject=subject,
                title=f"民生实事“{s.task.title}”进度亮红灯",
                detail=f"截至{year}年{month}月完成{_one(s.completion)}%,{progress_wording(s.gap)}。",
                unit=s.task.responsible_unit,
                task=s.task,
            )


def evaluate(year: int, month: int) -> Snapshot:
    snap = Snapshot(year, month, {}, {})
    rules = list(Rule.objects.filter(is_active=True))
    for rule in rules:
        if rule.kind == Rule.Kind.INDICATOR_RED:
            _indicator_red(rule, year, month, snap)
        elif rule.kind == Rule.Kind.TASK_BEHIND:
            _tasks(rule, year, month, snap)
    project_rules = [
        r for r in rules if r.kind in {Rule.Kind.PROJECT_BEHIND, Rule.Kind.MILESTONE_OVERDUE}
    ]
    if project_rules and pm.Project.objects.exists():
        _projects(project_rules, year, month, snap)
    return snap
