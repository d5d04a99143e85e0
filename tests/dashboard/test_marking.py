"""Issue 11 item 4: chart data says whether its points rest on synthetic data (the tooltip
adds 「示例数据（合成）」 when it does)."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def _series(client, url: str) -> dict:
    html = client.get(url).content.decode()
    m = re.search(r'<script id="series-data" type="application/json">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


def test_a_synthetic_series_is_flagged_for_its_tooltip(leader):
    assert _series(leader, "/indicator/ind_va/?period=2023-11")["synthetic"] is True


def test_a_published_series_is_not(leader):
    # 忻州's year-end population: 2022 and 2023 both published.
    s = _series(leader, "/indicator/population/?period=2023-12")
    assert s["value"][11] == 263.47
    assert s["synthetic"] is False


def test_the_tooltip_names_synthetic_data():
    from pathlib import Path

    import citystat

    js = (Path(citystat.__file__).parent / "dashboard/static/citystat/dashboard.js").read_text()
    assert "if (!d.synthetic) { return opt; }" in js
    assert "示例数据（合成），非官方统计" in js
