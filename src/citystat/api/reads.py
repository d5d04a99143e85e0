"""Read endpoints for other systems: regions, the indicator catalogue, derived figures, targets.

Everything here is readable by every signed-in user, as on the pages:

- regions and indicators are reference data;
- derived figures are computed from approved observations only
  (``observations.derivation.frames`` reads ``status=approved``, for the full and for the
  incremental rebuild alike), so no draft can reach them;
- targets have no draft state: only administrators set them (``targets.actions``), and the
  current version already feeds the derived figures everyone reads.

Each list is one page (see ``params.paginate``) in a total order, so ``next`` links walk
the whole result without gaps or repeats while the data stands still.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from citystat.api.http import api_view, plain_number
from citystat.api.params import INDICATORS_AT, REGIONS_AT, Params, paginate
from citystat.indicators.models import Dimension, Indicator
from citystat.observations.models import DerivedFigure, period_label
from citystat.observations.synthetic import synthetic_exists
from citystat.regions.models import Region
from citystat.targets.models import Target


def _float(x: Any) -> float | None:
    return None if x is None else float(x)


# ------------------------------------------------------------------------------ regions


def serialise_region(r: Region) -> dict[str, Any]:
    centroid = None
    if r.longitude is not None and r.latitude is not None:
        centroid = {"longitude": _float(r.longitude), "latitude": _float(r.latitude)}
    return {
        "code": r.code,
        "name": r.name,
        "short_name": r.short_name,
        "level": r.level,
        "kind": r.kind,
        "kind_label": r.get_kind_display(),
        "parent": r.parent.code if r.parent else None,
        "is_county": r.is_county,
        "centroid": centroid,
    }


@require_GET
@api_view
def region_list(request: HttpRequest) -> HttpResponse:
    params = Params(request, ("level", "kind", "parent"))
    qs = Region.objects.select_related("parent").order_by("sort_order", "code")
    level = params.choice("level", Region.Level.values)
    if level:
        qs = qs.filter(level=level)
    kind = params.choice("kind", Region.Kind.values)
    if kind:
        qs = qs.filter(kind=kind)
    parents = params.objects("parent", Region.objects.all(), REGIONS_AT)
    if parents is not None:
        qs = qs.filter(parent__in=parents)
    return JsonResponse(paginate(request, params, qs, serialise_region))


# --------------------------------------------------------------------------- indicators


def serialise_indicator(i: Indicator) -> dict[str, Any]:
    return {
        "code": i.code,
        "name": i.name,
        "unit": i.unit,
        "dimension": i.dimension.code,
        "dimension_name": i.dimension.name,
        "kind": i.kind,
        "frequency": i.frequency,
        "cumulative": i.cumulative,
        "combined_jan_feb": i.combined_jan_feb,
        "additive": i.additive,
        "polarity": i.polarity,
        "growth_method": i.growth_method,
        "target_kind": i.target_kind,
        "decimals": i.decimals,
        "growth_decimals": i.growth_decimals,
        "parent": i.parent.code if i.parent else None,
        "progress_basis": i.progress_basis,
        "source_unit": i.source_unit,
        "lead_unit": i.lead_unit,
        "is_key": i.is_key,
        "description": i.description,
    }


@require_GET
@api_view
def indicator_list(request: HttpRequest) -> HttpResponse:
    params = Params(request, ("dimension", "kind", "frequency"))
    qs = Indicator.objects.select_related("dimension", "parent").order_by(
        "dimension__sort_order", "sort_order", "code"
    )
    dimensions = params.objects("dimension", Dimension.objects.all(), INDICATORS_AT)
    if dimensions is not None:
        qs = qs.filter(dimension__in=dimensions)
    kind = params.choice("kind", Indicator.Kind.values)
    if kind:
        qs = qs.filter(kind=kind)
    frequency = params.choice("frequency", Indicator.Frequency.values)
    if frequency:
        qs = qs.filter(frequency=frequency)
    return JsonResponse(paginate(request, params, qs, serialise_indicator))


# ---------------------------------------------------------------------- derived figures

# Every stored measure of a DerivedFigure, with what it means (docs/api.md, OpenAPI).
MEASURES: dict[str, str] = {
    "value": "累计值(或时点值),指标单位",
    "monthly_value": "当月值(累计值之差)",
    "base_value": "上年同期值",
    "growth": "同比增长(%),报送值优先,见 growth_source",
    "growth_derived": "由总量计算的同比增长(%)",
    "monthly_growth": "当月同比增长(%)",
    "pull": "拉动上级指标增长(百分点)",
    "contribution": "对上级指标增长的贡献率(%)",
    "share_of_parent_region": "占上级区划比重(%)",
    "rank": "县(市、区)排名",
    "rank_change": "排名较上月变化(正数为前进)",
    "target_value": "年度目标值",
    "target_growth": "年度目标增速(%)",
    "completion": "目标完成率(%)",
    "time_progress": "序时进度(%)",
    "progress_gap": "完成率与序时进度之差(百分点)",
    "growth_gap": "增速与目标增速之差(百分点)",
    "light": "红黄绿灯(red / yellow / green,空为无目标)",
}
_FIGURE_KEYS = (
    "indicator__code",
    "indicator__name",
    "indicator__unit",
    "indicator__cumulative",
    "region__code",
    "region__name",
    "year",
    "month",
    "growth_source",
    "computed_at",
)


def _without_float_noise(x: Any) -> Any:
    """Derived figures are stored as floats; 12 significant digits drop the binary noise of a
    difference (0.3370000000000002 → 0.337) and keep every digit a statistic carries."""
    return float(f"{x:.12g}") if isinstance(x, float) else x


def _figure_serialiser(measures: list[str]) -> Any:
    def serialise(d: dict[str, Any]) -> dict[str, Any]:
        out = {
            "indicator": d["indicator__code"],
            "indicator_name": d["indicator__name"],
            "unit": d["indicator__unit"],
            "region": d["region__code"],
            "region_name": d["region__name"],
            "year": d["year"],
            "month": d["month"],
            "period": f"{d['year']:04d}-{d['month']:02d}",
            "period_label": period_label(
                d["year"], d["month"], cumulative=d["indicator__cumulative"]
            ),
            "cumulative": d["indicator__cumulative"],
        }
        out.update({m: _without_float_noise(d[m]) for m in measures})
        out["growth_source"] = d["growth_source"]
        out["is_synthetic"] = d["is_synthetic"]
        out["computed_at"] = d["computed_at"].isoformat()
        return out

    return serialise


@require_GET
@api_view
def figure_list(request: HttpRequest) -> HttpResponse:
    """Derived figures (同比, 累计, 拉动, 贡献率, 序时进度, 完成率 …) of approved data."""
    params = Params(request, ("indicator", "region", "year", "month", "measure"))
    qs = params.narrow(DerivedFigure.objects.annotate(is_synthetic=synthetic_exists()))
    if params.codes_text("region") and not params.codes_text("indicator"):
        # Every indicator named: the primary key (indicator, region, …) then finds a
        # region's figures (the derived table has no index on the region alone).
        qs = qs.filter(indicator_id__in=list(Indicator.objects.values_list("id", flat=True)))
    measures = params.choices("measure", list(MEASURES)) or list(MEASURES)
    qs = qs.order_by("year", "month", "region__code", "indicator__code").values(
        *_FIGURE_KEYS, "is_synthetic", *measures
    )
    return JsonResponse(paginate(request, params, qs, _figure_serialiser(measures)))


# ------------------------------------------------------------------------------ targets


def serialise_target(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "indicator": d["indicator__code"],
        "indicator_name": d["indicator__name"],
        "unit": d["indicator__unit"],
        "target_kind": d["indicator__target_kind"],
        "region": d["region__code"],
        "region_name": d["region__name"],
        "year": d["year"],
        "version": d["version"],
        "target_value": plain_number(d["target_value"]),
        "target_growth": plain_number(d["target_growth"]),
        "reason": d["reason"],
        "is_synthetic": d["is_synthetic"],
        "set_at": d["set_at"].isoformat(),
    }


@require_GET
@api_view
def target_list(request: HttpRequest) -> HttpResponse:
    """Current annual targets (the latest version of each)."""
    params = Params(request, ("year", "indicator", "region"))
    qs = params.narrow(Target.objects.filter(is_current=True))
    rows = qs.order_by("year", "indicator__code", "region__code").values(
        "indicator__code",
        "indicator__name",
        "indicator__unit",
        "indicator__target_kind",
        "region__code",
        "region__name",
        "year",
        "version",
        "target_value",
        "target_growth",
        "reason",
        "is_synthetic",
        "set_at",
    )
    return JsonResponse(paginate(request, params, rows, serialise_target))
