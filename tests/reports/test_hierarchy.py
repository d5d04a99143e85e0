"""The 2023-Q3 quarterly analysis: 拉动 over every composition add up to its growth, 贡献率 to 100%."""

from __future__ import annotations

import datetime as dt

import pytest

from citystat.reports.queries import report_data

pytestmark = pytest.mark.django_db


def test_quarterly_2023_q3_pulls_sum_to_growth_and_contributions_to_100_in_every_region() -> None:
    from citystat.regions.models import Region

    checked = []
    for region in Region.objects.filter(level__in=["city", "county"]).values_list(
        "code", flat=True
    ):
        data = report_data(region, 2023, 9, today=dt.date(2024, 1, 5))
        for whole in sorted({i.parent for i in data.indicators.values() if i.parent}):
            w = data.fig(whole, region, 2023, 9)
            parts = [data.fig(c.code, region, 2023, 9) for c in data.children_of(whole)]
            if w is None or w.growth is None or any(p is None or p.pull is None for p in parts):
                continue
            pulls = sum(p.pull or 0.0 for p in parts if p is not None)
            assert abs(pulls - w.growth) <= 0.1, (region, whole, pulls, w.growth)
            contributions = sum(p.contribution or 0.0 for p in parts if p is not None)
            assert abs(contributions - 100) <= 0.2, (region, whole, contributions)
            checked.append((region, whole))
    city = [w for r, w in checked if r == "140900"]
    assert city == ["fai", "gdp", "ind_va", "retail", "trade"]
    assert len(checked) >= 60


def test_a_subset_gets_its_pull_but_no_contribution() -> None:
    data = report_data("140900", 2023, 11, today=dt.date(2024, 1, 5))
    nee = data.fig("ind_nee", "140900", 2023, 11)
    assert nee is not None and nee.pull is not None and nee.contribution is None
    assert round(nee.pull, 1) == 0.3  # seed: 上拉全市规上工业增速0.3个百分点
    assert [c.code for c in data.children_of("ind_va")] == [
        "ind_mining",
        "ind_manufacturing",
        "ind_utilities",
    ]


def test_quarterly_2023_q3_gives_subsets_growth_share_and_change_of_share() -> None:
    from citystat.reporting import build_document, check_document

    data = report_data("140900", 2023, 9, today=dt.date(2024, 1, 5))
    doc = build_document("quarterly", data)
    check_document(doc, data)
    text = doc.plain_text()
    assert (
        "其中，税收收入下降10.7%，占一般公共预算收入的比重为73.2%，比上年同期下降0.8个百分点。"
        in text
    )
    assert "新能源装备制造业增加值增长1.2倍，占规模以上工业增加值的比重为0.6%" in text
    # 其中 items are not listed among the parts: no pull of a subset in a 从构成看 sentence.
    parts = next(line for line in text.splitlines() if line.startswith("从构成看，采矿业"))
    assert "新能源" not in parts and "高端装备" not in parts
