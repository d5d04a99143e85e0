"""The catalogue's regions and aliases as the text extractor's gazetteer (Django side).

:mod:`citystat.textfacts` is pure and knows the national GB/T 2260 table; this adapter
adds what the catalogue holds beyond it: each region's name, short name and the aliases
an administrator added in the admin (区划别名). Built on every call (two queries), so a
new alias reaches the next extraction. A county's short name (青柘) is left out, as the
pure side leaves out county stems (青柘法兰 names a brand); an alias added on purpose
counts. Names shorter than two characters never count.
"""

from __future__ import annotations

from citystat.regions.models import Region, RegionAlias
from citystat.textfacts.regions import Region as TextRegion
from citystat.textfacts.regions import catalogue_regions


def extraction_regions() -> dict[str, TextRegion]:
    """Name, short name or alias → region, for ``extract(..., regions=...)``."""
    aliases: dict[int, list[str]] = {}
    for alias, region_id in RegionAlias.objects.values_list("alias", "region_id"):
        aliases.setdefault(region_id, []).append(alias)
    rows = [
        (code, name, [*([short] if short and level != "county" else []), *aliases.get(pk, [])])
        for pk, code, name, short, level in Region.objects.values_list(
            "pk", "code", "name", "short_name", "level"
        )
    ]
    return catalogue_regions(rows)
