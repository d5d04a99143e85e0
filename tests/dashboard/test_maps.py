"""Boundary layers: centroids by default; an administrator's GeoJSON upload replaces them."""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citystat.dashboard.actions import MapLayerError, parse_boundaries
from citystat.regions.models import MapLayer

pytestmark = pytest.mark.django_db


@pytest.fixture
def xinzhou_geojson(shared_dir: Path) -> bytes:
    path = shared_dir / "data" / "geo" / "140900_xinzhou_counties.geojson"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path.read_bytes()


def test_without_a_layer_the_map_uses_centroids(leader):
    html = leader.get("/indicator/ind_va/?period=2023-11").content.decode()
    assert "data-boundaries" not in html
    assert "县城中心点" in html
    points = json.loads(
        html.split('<script id="map-data" type="application/json">')[1].split("</script>")[0]
    )
    xinfu = next(p for p in points if p["code"] == "140902")
    assert (xinfu["lon"], xinfu["lat"]) == (112.5999, 38.4318)
    assert leader.get("/maps/boundaries.geojson").status_code == 404


def test_an_administrator_uploads_the_real_xinzhou_boundaries(
    admin_client, leader, xinzhou_geojson
):
    upload = SimpleUploadedFile("xinzhou.geojson", xinzhou_geojson, "application/geo+json")
    response = admin_client.post("/maps/", {"name": "忻州县界", "file": upload})
    assert response.status_code == 302
    layer = MapLayer.objects.get(is_active=True)
    assert layer.feature_count == 14 and layer.name == "忻州县界"
    geo = json.loads(leader.get("/maps/boundaries.geojson").content)
    props = {f["properties"]["adcode"]: f["properties"]["name"] for f in geo["features"]}
    assert props["140921"] == "定襄县" and len(props) == 14
    html = leader.get("/indicator/ind_va/?period=2023-11").content.decode()
    assert f'data-boundaries="/maps/boundaries.geojson?v={layer.pk}"' in html


def test_removing_the_layer_falls_back_to_centroids(admin_client, xinzhou_geojson):
    upload = SimpleUploadedFile("x.geojson", xinzhou_geojson)
    admin_client.post("/maps/", {"name": "", "file": upload})
    layer = MapLayer.objects.get()
    admin_client.post(f"/maps/{layer.pk}/delete/")
    assert not MapLayer.objects.exists()


def test_only_administrators_manage_layers(leader):
    assert leader.get("/maps/").status_code == 403
    assert leader.post("/maps/", {}).status_code == 403


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"not json", "不是有效的 GeoJSON"),
        (b'{"type": "Feature"}', "FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": []}', "没有要素"),
        (
            b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}',
            "第1个要素缺少 properties.adcode",
        ),
        (
            b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adcode":110101},'
            b'"geometry":{"type":"Polygon","coordinates":[]}}]}',
            "区划代码 110101 不在系统区划中",
        ),
        (
            b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adcode":140921},'
            b'"geometry":{"type":"Point","coordinates":[113,38]}}]}',
            "第1个要素(定襄县)的几何类型应为 Polygon 或 MultiPolygon",
        ),
    ],
)
def test_bad_files_are_refused_in_chinese_and_nothing_is_stored(admin_client, raw, message):
    with pytest.raises(MapLayerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_boundaries(raw)
    response = admin_client.post("/maps/", {"file": SimpleUploadedFile("bad.json", raw)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MapLayer.objects.exists()
