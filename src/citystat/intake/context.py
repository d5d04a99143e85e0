"""Reads what the pure stages need from the database: vocabulary, history, rules (and whether
a rule as edited can be saved)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.utils import timezone

from citystat.importers import coherence
from citystat.importers.checks import Key, Period, RuleSpec
from citystat.importers.vocabulary import IndicatorRef, RegionRef, Vocabulary
from citystat.indicators.models import Indicator, IndicatorAlias
from citystat.intake.models import HeaderAlias, ValidationRule
from citystat.observations.models import Observation
from citystat.regions.models import Region, RegionAlias


def today() -> tuple[int, int]:
    """(year, month) of the bureau's date (TIME_ZONE), not the server's."""
    now = timezone.localdate()
    return now.year, now.month


def vocabulary() -> Vocabulary:
    indicators = {
        i.code: IndicatorRef(
            code=i.code,
            name=i.name,
            unit=i.unit,
            kind=i.kind,
            cumulative=i.cumulative,
            additive=i.additive,
            frequency=i.frequency,
            growth_method=i.growth_method,
            decimals=i.decimals,
            parent=i.parent.code if i.parent else "",
            subset_of=i.subset_of.code if i.subset_of else "",
        )
        for i in Indicator.objects.select_related("parent", "subset_of")
    }
    regions = {
        r.code: RegionRef(
            code=r.code,
            name=r.name,
            level=r.level,
            kind=r.kind,
            parent=r.parent.code if r.parent else "",
        )
        for r in Region.objects.select_related("parent")
    }
    indicator_names = dict(IndicatorAlias.objects.values_list("alias", "indicator__code"))
    region_names: dict[str, str] = {}
    for r in Region.objects.all():
        if r.short_name:
            region_names[r.short_name] = r.code
    region_names.update(dict(RegionAlias.objects.values_list("alias", "region__code")))
    return Vocabulary(
        indicators=indicators,
        regions=regions,
        indicator_names=indicator_names,
        region_names=region_names,
        header_roles=dict(HeaderAlias.objects.values_list("text", "role")),
    )


def history(
    indicator_codes: set[str], region_codes: set[str], year: int
) -> dict[Key, dict[Period, Decimal]]:
    """Stored values of these series over the two previous years and this year."""
    out: dict[Key, dict[Period, Decimal]] = defaultdict(dict)
    if not indicator_codes or not region_codes:
        return out
    rows = Observation.objects.filter(
        indicator__code__in=indicator_codes,
        region__code__in=region_codes,
        year__gte=year - 2,
        year__lte=year,
        value__isnull=False,
    ).values_list("indicator__code", "region__code", "year", "month", "value")
    for ind, reg, y, m, v in rows:
        if v is not None:
            out[(ind, reg)][(y, m)] = v
    return out


def rules() -> list[RuleSpec]:
    return [
        RuleSpec(
            code=r.code,
            left=r.left,
            operator=r.operator,
            right=r.right,
            severity=r.severity,
            message=r.message,
            tolerance=r.tolerance,
        )
        for r in ValidationRule.objects.filter(is_active=True)
    ]


def rule_problems(rule: ValidationRule) -> list[str]:
    """Why this rule cannot be saved (unknown indicator, ÷0, mixed units, syntax)."""
    spec = RuleSpec(
        code=rule.code,
        left=rule.left,
        operator=rule.operator,
        right=rule.right,
        severity=rule.severity,
        message=rule.message,
        tolerance=rule.tolerance or Decimal(0),
    )
    return coherence.rule_problems(spec, vocabulary().indicators)
