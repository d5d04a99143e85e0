"""Writes of the dashboard app: uploading and removing map boundary layers."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from django.db import transaction

from citystat.regions.models import MapLayer, Region

if TYPE_CHECKING:
    from citystat.accounts.models import User

MAX_BYTES = 20 * 1024 * 1024
GEOMETRY_TYPES = {"Polygon", "MultiPolygon"}


class MapLayerError(ValueError):
    """The uploaded file is not a usable boundary layer; the message says how to fix it."""


def parse_boundaries(raw: bytes) -> tuple[dict[str, Any], int]:
    """Validate a GeoJSON FeatureCollection and normalise it to region codes and names.

    Every feature needs ``properties.adcode`` (a GB/T 2260 code of a known region,
    number or text) and a Polygon or MultiPolygon geometry. Returns the normalised
    collection and its feature count; raises :class:`MapLayerError` in Chinese.
    """
    if len(raw) > MAX_BYTES:
        raise MapLayerError("文件超过20MB,请先简化边界(如用 mapshaper 抽稀)后再上传。")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MapLayerError(
            f"文件不是有效的 GeoJSON(UTF-8 编码的 JSON):{exc}。请检查文件格式。"
        ) from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise MapLayerError("GeoJSON 顶层应为 FeatureCollection,请导出为要素集合后再上传。")
    features = data.get("features")
    if not isinstance(features, list) or not features:
        raise MapLayerError("GeoJSON 中没有要素(features 为空),请检查文件。")
    regions = {r.code: r for r in Region.objects.all()}
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, feature in enumerate(features, start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        code = str((props or {}).get("adcode", "")).strip()
        if not code:
            raise MapLayerError(
                f"第{n}个要素缺少 properties.adcode(GB/T 2260 区划代码),请为每个要素填写代码。"
            )
        region = regions.get(code)
        if region is None:
            raise MapLayerError(
                f"第{n}个要素的区划代码 {code} 不在系统区划中,请核对代码或先在区划管理中添加。"
            )
        if code in seen:
            raise MapLayerError(f"区划代码 {code}({region.name})出现了两次,请合并为一个要素。")
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
            raise MapLayerError(
                f"第{n}个要素({region.name})的几何类型应为 Polygon 或 MultiPolygon。"
            )
        seen.add(code)
        out.append(
            {
                "type": "Feature",
                "properties": {"adcode": code, "name": region.name},
                "geometry": geometry,
            }
        )
    return {"type": "FeatureCollection", "features": out}, len(out)


@transaction.atomic
def upload_map_layer(*, raw: bytes, name: str, user: User | None, filename: str = "") -> MapLayer:
    """Store a validated boundary layer and make it the one the maps use."""
    collection, count = parse_boundaries(raw)
    MapLayer.objects.filter(is_active=True).update(is_active=False)
    return MapLayer.objects.create(
        name=name.strip() or filename or "县级边界",
        geojson=json.dumps(collection, ensure_ascii=False, separators=(",", ":")),
        feature_count=count,
        original_filename=filename[:200],
        checksum=hashlib.sha256(raw).hexdigest(),
        uploaded_by=user,
        is_active=True,
    )


@transaction.atomic
def remove_map_layer(layer: MapLayer) -> None:
    """Delete a layer; the maps fall back to centroids (or the newest remaining layer)."""
    was_active = layer.is_active
    layer.delete()
    if was_active:
        newest = MapLayer.objects.order_by("-uploaded_at", "-id").first()
        if newest is not None:
            newest.is_active = True
            newest.save(update_fields=["is_active"])
