"""Gather one report's inputs (a pure ``ReportData`` bundle) in a handful of queries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.utils import timezone

from citystat.followups.causes import read_causes, read_followups
from citystat.indicators.models import Dimension, Indicator, Placement
from citystat.observations.models import DerivedFigure, Observation
from citystat.observations.synthetic import synthetic_parts
from citystat.projects.models import (
    LivelihoodTask,
    Milestone,
    Project,
    ProjectPlan,
    ProjectProgress,
)
from citystat.projects.queries import project_histories
from citystat.regions.leads import lead_units
from citystat.regions.models import ComparisonFigure, ComparisonRegion, Region
from citystat.reporting.inputs import (
    FIG_FIELDS,
    CauseInfo,
    ComparisonRow,
    FigureRow,
    FollowupInfo,
    IndicatorInfo,
    MilestoneInfo,
    ProjectInfo,
    RegionInfo,
    ReportData,
    TaskInfo,
    TaskTargetInfo,
)
from citystat.targets.models import Target


class ReportInputError(ValueError):
    pass


def _region_info(r: Region, parent_code: str) -> RegionInfo:
    return RegionInfo(r.code, r.name, r.level, r.kind, parent_code)


def _float(x: Decimal | float | None) -> float | None:
    return None if x is None else float(x)


def city_code() -> str:
    """The city's code: the default region of a report ("" before any region is loaded)."""
    code = Region.objects.filter(level="city").order_by("code").values_list("code", flat=True)
    return code.first() or ""


def report_data(
    region_code: str, year: int, month: int, *, today: dt.date | None = None
) -> ReportData:
    """Everything the builders need for one region and period: figures for the region and its
    peers in ``year`` and ``year - 1``, the observations behind them, tasks and projects."""
    region = Region.objects.select_related("parent").filter(code=region_code).first()
    if region is None:
        example = Region.objects.filter(level="city").order_by("code").first()
        hint = f",请使用如 {example.code}({example.name})的代码" if example else ",请先导入区划"
        raise ReportInputError(f"区划代码「{region_code}」不存在{hint}")
    group_parent = region.parent if region.level == "county" and region.parent else region
    regions_qs = Region.objects.filter(
        Q(pk=region.pk) | Q(parent=group_parent) | Q(pk=group_parent.pk)
    )
    regions_qs = regions_qs.select_related("parent").order_by("sort_order", "code")
    regions = {r.code: _region_info(r, r.parent.code if r.parent else "") for r in regions_qs}
    region_ids = [r.pk for r in regions_qs]

    dims = list(Dimension.objects.order_by("sort_order", "id").values_list("code", "name"))
    dim_names = dict(dims)
    indicators: dict[str, IndicatorInfo] = {}
    catalogue = list(
        Indicator.objects.select_related("dimension", "parent", "subset_of").order_by(
            "dimension__sort_order", "sort_order", "id"
        )
    )
    for ind in catalogue:
        indicators[ind.code] = IndicatorInfo(
            code=ind.code,
            name=ind.name,
            unit=ind.unit,
            dimension=ind.dimension.code,
            dimension_name=dim_names.get(ind.dimension.code, ""),
            frequency=ind.frequency,
            cumulative=ind.cumulative,
            polarity=ind.polarity,
            target_kind=ind.target_kind,
            decimals=ind.decimals,
            growth_decimals=ind.growth_decimals,
            parent=ind.parent.code if ind.parent else "",
            is_key=ind.is_key,
            source_unit=ind.source_unit,
            kind=ind.kind,
            growth_method=ind.growth_method,
            subset_of=ind.subset_of.code if ind.subset_of else "",
            lead_unit=ind.lead_unit,
        )
    ind_code = dict(Indicator.objects.values_list("pk", "code"))
    reg_code = {r.pk: r.code for r in regions_qs}

    years = (year - 1, year)
    obs_ids: dict[tuple[int, int, int, int], int] = {}
    # Per observation, which parts are 示例数据 (all, or the part a published one's note names).
    synthetic: dict[int, set[str]] = {}
    sources: dict[int, str] = {}
    for pk, i, r, y, m, is_syn, url, note in Observation.objects.filter(
        region_id__in=region_ids, year__in=(year - 2, *years), status="approved"
    ).values_list(
        "pk", "indicator_id", "region_id", "year", "month", "is_synthetic", "source_url", "note"
    ):
        obs_ids[(i, r, y, m)] = pk
        synthetic[pk] = synthetic_parts(is_syn, note)
        sources[pk] = url or note
    synthetic_targets = set(
        Target.objects.filter(is_current=True, is_synthetic=True, year__in=years).values_list(
            "indicator_id", "region_id", "year"
        )
    )

    fields = ("indicator_id", "region_id", "year", "month", "growth_source", "light", *FIG_FIELDS)
    figures: dict[tuple[str, str, int, int], FigureRow] = {}
    # Every indicator named: the figures' primary key (indicator, region, …) then finds the
    # regions' rows (the derived table has no index on the region alone).
    for values in DerivedFigure.objects.filter(
        indicator_id__in=sorted(ind_code), region_id__in=region_ids, year__in=years
    ).values_list(*fields):
        rec = dict(zip(fields, values, strict=True))
        i, r, y, m = (
            rec.pop("indicator_id"),
            rec.pop("region_id"),
            rec.pop("year"),
            rec.pop("month"),
        )
        ids = tuple(x for x in (obs_ids.get((i, r, y, m)), obs_ids.get((i, r, y - 1, m))) if x)
        key = (ind_code[i], reg_code[r], y, m)
        own = obs_ids.get((i, r, y, m))
        base = obs_ids.get((i, r, y - 1, m))
        parts = set(synthetic.get(own, {"value", "growth"}) if own else {"value", "growth"})
        # A growth derived from the levels is synthetic when either level is.
        if rec["growth_source"] == "derived" and (
            "value" in parts or (base is not None and "value" in synthetic.get(base, set()))
        ):
            parts.add("growth")
        if (i, r, y) in synthetic_targets:
            parts.add("target")
        is_syn = bool(parts)
        figures[key] = FigureRow(
            ind_code[i],
            reg_code[r],
            y,
            m,
            observation_ids=ids,
            is_synthetic=is_syn,
            synthetic_parts=tuple(sorted(parts)),
            source=sources.get(own, "") if own else "",
            **rec,
        )

    figures.update(_review_next_targets(region, year, reg_code, ind_code))
    cities, comparison = _comparison(years)
    # Causes and follow-ups of the report region and the units under it (a county: itself).
    explained = [r.pk for r in regions_qs if r.pk == region.pk or r.parent_id == region.pk]
    causes, followups = _causes(explained, year, month, ind_code, reg_code)
    return ReportData(
        region=regions[region.code],
        year=year,
        month=month,
        regions=regions,
        indicators=indicators,
        dimensions=dims,
        figures=figures,
        tasks=_tasks(year),
        projects=_projects(year, month, region),
        **_review_inputs(year),
        today=today or timezone.localdate(),
        comparison=comparison,
        comparison_cities=cities,
        causes=causes,
        followups=followups,
        lead_units=lead_units(region, catalogue),
        placements=placements(),
    )


def placements() -> dict[str, tuple[str, ...]]:
    """The featured indicators of every place (``Placement``), in order."""
    out: dict[str, list[str]] = {}
    rows = Placement.objects.order_by("place", "sort_order", "indicator__code")
    for place, code in rows.values_list("place", "indicator__code"):
        out.setdefault(place, []).append(code)
    return {place: tuple(codes) for place, codes in out.items()}


def _causes(
    region_ids: list[int],
    year: int,
    month: int,
    ind_code: dict[int, str],
    reg_code: dict[int, str],
) -> tuple[list[CauseInfo], list[FollowupInfo]]:
    """原因说明 (entered at intake or review, and follow-up answers) and the follow-ups on
    indicators, for the report year up to the report month."""
    causes, answers = read_causes(region_ids=region_ids, year=year, month_max=month)
    followups = read_followups(region_ids=region_ids, year=year, month_max=month, answers=answers)
    return (
        [
            CauseInfo(
                ind_code[c.indicator_id],
                reg_code[c.region_id],
                c.year,
                c.month,
                c.text,
                c.unit,
                c.stage,
            )
            for c in causes
        ],
        [
            FollowupInfo(
                ind_code[f.indicator_id],
                reg_code[f.region_id],
                f.year,
                f.month,
                f.status,
                f.responsible_unit,
                f.answer,
            )
            for f in followups
        ],
    )


def _comparison(years: tuple[int, int]) -> tuple[tuple[str, ...], list[ComparisonRow]]:
    """The province's cities and their published figures (issue 11), never synthetic."""
    cities = tuple(
        ComparisonRegion.objects.filter(level=ComparisonRegion.Level.CITY)
        .order_by("code")
        .values_list("code", flat=True)
    )
    rows = [
        ComparisonRow(
            f.indicator.code,
            f.region.code,
            f.region.name,
            f.region.level,
            f.year,
            f.month,
            _float(f.growth),
            _float(f.value),
            f.source_title,
            f.source_url,
        )
        for f in ComparisonFigure.objects.filter(year__in=years).select_related(
            "indicator", "region"
        )
    ]
    return cities, rows


def _tasks(year: int) -> list[TaskInfo]:
    out = []
    for t in LivelihoodTask.objects.filter(year=year).prefetch_related("targets").order_by("seq"):
        targets = tuple(
            TaskTargetInfo(
                tt.pk,
                tt.name,
                tt.unit,
                _float(tt.target_value),
                _float(tt.actual_value),
                _float(tt.baseline_value),
            )
            for tt in sorted(t.targets.all(), key=lambda x: x.pk)
        )
        out.append(TaskInfo(t.year, t.seq, t.title, t.responsible_unit, t.deadline, targets))
    return out


def _projects(year: int, month: int, region: Region) -> list[ProjectInfo]:
    qs = Project.objects.select_related("region", "chain").order_by("code")
    if region.level == "county":
        qs = qs.filter(region=region)
    plans = {
        p: _float(v)
        for p, v in ProjectPlan.objects.filter(year=year, is_current=True).values_list(
            "project_id", "annual_investment"
        )
    }
    progress = {
        p: _float(v)
        for p, v in ProjectProgress.objects.filter(year=year, month__lte=month)
        .order_by("month")
        .values_list("project_id", "completed_ytd")
    }
    milestones: dict[int, list[MilestoneInfo]] = {}
    for pid, kind, planned, actual in Milestone.objects.values_list(
        "project_id", "kind", "planned_date", "actual_date"
    ):
        milestones.setdefault(pid, []).append(MilestoneInfo(kind, planned, actual))
    histories = project_histories(year)  # its past years: the one 序时进度 rule follows them
    return [
        ProjectInfo(
            code=p.code,
            name=p.name,
            region=p.region.code,
            region_name=p.region.name,
            chain=p.chain.name if p.chain else "",
            status=p.status,
            total_investment=_float(p.total_investment),
            responsible_unit=p.responsible_unit,
            annual_plan=plans.get(p.pk),
            completed_ytd=progress.get(p.pk),
            milestones=tuple(milestones.get(p.pk, ())),
            is_synthetic=p.is_synthetic,
            category=p.category,
            category_name=p.get_category_display(),
            status_name=p.get_status_display(),
            history=histories.get(p.code, ()),
        )
        for p in qs
    ]


# --- year-end review inputs -------------------------------------------------------------


def _review_inputs(year: int) -> dict[str, Any]:
    """Chains, towns, honours, the review's sections (priorities) and indicator groups.

    All of them, whatever the report's region: the review builder keeps what belongs to a
    county. Nine queries.
    """
    from citystat.indicators.models import IndicatorGroup
    from citystat.projects.models import (
        Enterprise,
        Honour,
        IndustryChain,
        ReviewPriority,
        SpecialisedTown,
    )
    from citystat.reporting.inputs import ChainInfo, GroupInfo, HonourInfo, PriorityInfo, TownInfo

    places: dict[int, set[str]] = {}
    for model in (Enterprise, Project):
        for chain_id, code in model.objects.filter(chain__isnull=False).values_list(
            "chain_id", "region__code"
        ):
            places.setdefault(chain_id, set()).add(code)
    chains = [
        ChainInfo(
            c.code,
            c.name,
            c.level,
            c.get_level_display(),
            c.lead_unit,
            tuple(sorted(places.get(c.pk, ()))),
        )
        for c in IndustryChain.objects.order_by("id")
    ]
    towns = [
        TownInfo(
            t.code,
            t.name,
            t.region.code,
            t.region.name,
            t.level,
            t.get_level_display(),
            t.batch,
            t.product,
        )
        for t in SpecialisedTown.objects.select_related("region").order_by("id")
    ]
    honours = [
        HonourInfo(
            h.year,
            h.region.code,
            h.region.name,
            h.subject,
            h.title,
            h.level,
            h.priority.code if h.priority else "",
            h.is_synthetic,
        )
        for h in Honour.objects.filter(year=year)
        .select_related("region", "priority")
        .order_by("priority__sort_order", "id")
    ]
    dims: dict[int, list[str]] = {}
    through = ReviewPriority.dimensions.through.objects.order_by("dimension__sort_order")
    for pid, code in through.values_list("reviewpriority_id", "dimension__code"):
        dims.setdefault(pid, []).append(code)
    priorities = [
        PriorityInfo(
            p.code,
            p.title,
            tuple(dims.get(p.pk, ())),
            p.show_chains,
            p.show_towns,
            p.show_tasks,
            tuple(p.categories()),
        )
        for p in ReviewPriority.objects.order_by("sort_order", "code")
    ]
    # A group without members has nothing to state: one query over the membership table.
    grouped: dict[tuple[str, str], list[str]] = {}
    m_through = IndicatorGroup.members.through.objects.order_by(
        "indicatorgroup__sort_order", "indicatorgroup__code", "indicator__sort_order"
    )
    for g_code, g_name, code in m_through.values_list(
        "indicatorgroup__code", "indicatorgroup__name", "indicator__code"
    ):
        grouped.setdefault((g_code, g_name), []).append(code)
    groups = [GroupInfo(c, n, tuple(m)) for (c, n), m in grouped.items()]
    return {
        "chains": chains,
        "towns": towns,
        "honours": honours,
        "priorities": priorities,
        "groups": groups,
    }


def _review_next_targets(
    region: Region, year: int, reg_code: dict[int, str], ind_code: dict[int, str]
) -> dict[tuple[str, str, int, int], FigureRow]:
    """The next year's current targets of the report's region, as target-only rows keyed
    (indicator, region, year + 1, 12), so the review's outlook cites them traced."""
    out: dict[tuple[str, str, int, int], FigureRow] = {}
    for i, r, tv, tg, syn in Target.objects.filter(
        region=region, year=year + 1, is_current=True
    ).values_list("indicator_id", "region_id", "target_value", "target_growth", "is_synthetic"):
        if i not in ind_code or r not in reg_code:
            continue
        key = (ind_code[i], reg_code[r], year + 1, 12)
        out[key] = FigureRow(
            key[0],
            key[1],
            year + 1,
            12,
            target_value=_float(tv),
            target_growth=_float(tg),
            is_synthetic=syn,
            synthetic_parts=("target",) if syn else (),
        )
    return out
