"""The alias table that maps fact subjects to indicators, and region lookup in the tree.

The table is built from the catalogue on every use (two small queries), so an alias an
administrator adds in the admin (指标别名) takes effect on the next document.
"""

from __future__ import annotations

from citystat.indicators.models import Indicator, IndicatorAlias
from citystat.regions.models import Region, RegionAlias
from citystat.textfacts import IndicatorMatch, match_indicator


def alias_table() -> dict[str, str]:
    """Alias → indicator code: every indicator's name, then every administrator alias.

    An alias spelled like an indicator name cannot take the name away from its indicator.
    """
    table: dict[str, str] = {}
    for alias, code in IndicatorAlias.objects.values_list("alias", "indicator__code"):
        table[alias.strip()] = code
    for name, code in Indicator.objects.values_list("name", "code"):
        table[name.strip()] = code
    return table


def match_subject(subject: str | None, table: dict[str, str]) -> IndicatorMatch | None:
    """Exact alias, then normalised, then fuzzy (see :func:`citystat.textfacts.match_indicator`)."""
    return match_indicator(subject, table)


def find_region(name_or_code: str) -> Region | None:
    """A region of the tree by GB/T 2260 code, name, short name or alias; None when absent."""
    key = name_or_code.strip()
    if not key:
        return None
    if key.isdigit():
        return Region.objects.filter(code=key).first()
    region = Region.objects.filter(name=key).first()
    if region is not None:
        return region
    alias = RegionAlias.objects.select_related("region").filter(alias=key).first()
    if alias is not None:
        return alias.region
    return Region.objects.filter(short_name=key).first()


def region_index() -> dict[str, Region]:
    """Every way a fact may name a region of the tree (code, name, alias, short name) → region.

    Two queries; used where many facts are looked up at once.
    """
    regions = list(Region.objects.all())
    index: dict[str, Region] = {r.short_name: r for r in regions if r.short_name}
    by_pk = {r.pk: r for r in regions}
    for alias, region_id in RegionAlias.objects.values_list("alias", "region_id"):
        index[alias] = by_pk[region_id]
    index.update({r.name: r for r in regions})
    index.update({r.code: r for r in regions})
    return index
