"""Writes to the region tree."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from citystat.regions.models import Region, RegionAlias


@transaction.atomic
def upsert_region(
    *,
    code: str,
    name: str,
    level: str,
    kind: str,
    parent: Region | None,
    longitude: Decimal | None = None,
    latitude: Decimal | None = None,
    short_name: str = "",
    sort_order: int = 0,
    note: str = "",
    aliases: tuple[str, ...] = (),
) -> Region:
    region, _ = Region.objects.update_or_create(
        code=code,
        defaults={
            "name": name,
            "short_name": short_name,
            "level": level,
            "kind": kind,
            "parent": parent,
            "longitude": longitude,
            "latitude": latitude,
            "sort_order": sort_order,
            "note": note,
        },
    )
    for alias in {name, short_name, *aliases} - {""}:
        RegionAlias.objects.update_or_create(alias=alias, defaults={"region": region})
    return region
