"""Reads of the uploaded county boundaries (``MapLayer``), for every page that draws a map."""

from __future__ import annotations

from collections.abc import Iterable

from citystat.regions.models import MapLayer


def active_map_layer_id() -> int | None:
    return MapLayer.objects.filter(is_active=True).values_list("id", flat=True).first()


def active_map_geojson() -> str | None:
    return MapLayer.objects.filter(is_active=True).values_list("geojson", flat=True).first()


def map_layers() -> Iterable[MapLayer]:
    return MapLayer.objects.defer("geojson").select_related("uploaded_by")
