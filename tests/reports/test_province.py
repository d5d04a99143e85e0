"""Issue 11 item 5: the city beside its province, computed from published figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from citystat.observations.models import DerivedFigure
from citystat.regions.models import ComparisonFigure, ComparisonRegion
from citystat.reporting import build_document, check_document
from citystat.reports.queries import report_data
from citystat.stats.comparison import compare_with_province, province_wording

TODAY = dt.date(2024, 1, 5)
pytestmark = pytest.mark.django_db


def test_the_comparison_regions_are_not_units_of_the_city():
    from citystat.regions.models import Region

    assert ComparisonRegion.objects.filter(level="city").count() == 11
    assert ComparisonRegion.objects.get(level="province").name == "山西省"
    # None of the other ten cities is a Region: no ranking, sum or light can reach them.
    assert not Region.objects.filter(code__in=["140100", "140200", "141100"]).exists()
    q3 = ComparisonFigure.objects.get(
        region__code="140000", indicator__code="gdp", year=2023, month=9
    )
    assert (float(q3.value), float(q3.growth)) == (18049.37, 4.5)
    assert q3.source_url.startswith("http")


def test_q3_2023_gdp_growth_is_compared_with_the_province_in_the_quarterly_analysis():
    data = report_data("140900", 2023, 9, today=TODAY)
    doc = build_document("quarterly", data)
    check_document(doc, data)  # the comparison passes the sentence checker
    own = DerivedFigure.objects.get(
        indicator__code="gdp", region__code="140900", year=2023, month=9
    ).growth
    gap = round(round(own, 1) - 4.5, 1)
    word = "高" if gap > 0 else "低"
    expected = f"比全省（增长4.5%）{word}{abs(gap):.1f}个百分点（全省11市中已有1市公布，暂不排位）"
    assert expected in doc.plain_text()


def test_a_wrong_province_gap_is_refused_by_the_checker():
    from dataclasses import replace

    from citystat.reporting.checker import CheckError
    from citystat.reporting.model import Fig, Paragraph

    data = report_data("140900", 2023, 9, today=TODAY)
    doc = build_document("quarterly", data)
    for section in doc.walk_sections():
        for k, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                runs = list(block.runs)
                for j, run in enumerate(runs):
                    if isinstance(run, Fig) and run.claim == "province":
                        runs[j] = replace(run, text="比全省高9.9个百分点，居全省11市第1位")
                        section.blocks[k] = replace(block, runs=runs)
                        with pytest.raises(CheckError):
                            check_document(doc, data)
                        return
    pytest.fail("no province comparison in the quarterly analysis")


def test_rank_among_the_eleven_cities_once_all_have_published():
    growth = {f"c{i}": 3.0 + i / 10 for i in range(10)}  # 3.0 … 3.9
    growth["own"] = 3.45
    c = compare_with_province("own", growth, 4.5, expected=11)
    assert (c.gap, c.rank, c.tied) == (-1.0, 5, True)  # 3.45 shows as 3.5, tied with c5
    assert province_wording(c) == "比全省（增长4.5%）低1.0个百分点，并列全省11市第5位"
    growth["c3"] = None
    partial = compare_with_province("own", growth, 4.5, expected=11)
    assert partial.rank is None
    assert province_wording(partial) == (
        "比全省（增长4.5%）低1.0个百分点（全省11市中已有10市公布，暂不排位）"
    )


def test_the_city_gdp_card_says_how_it_stands_beside_the_province(client):
    from citystat.accounts.models import User

    client.force_login(User.objects.get(username="leader"))
    html = client.get("/?period=2023-09").content.decode()
    card = html.split('data-indicator="gdp"')[1].split("</a>")[0]
    own = DerivedFigure.objects.get(
        indicator__code="gdp", region__code="140900", year=2023, month=9
    ).growth
    gap = round(round(own, 1) - 4.5, 1)
    word = "高" if gap > 0 else "低"
    assert (
        f"比全省（增长4.5%）{word}{abs(gap):.1f}个百分点（全省11市中已有1市公布，暂不排位）" in card
    )
    # An indicator the province has not published for the period gets no line.
    retail = html.split('data-indicator="retail"')[1].split("</a>")[0]
    assert "全省" not in retail


def test_half_year_2023_gdp_growth_counts_taiyuan_among_the_cities_that_published():
    data = report_data("140900", 2023, 6, today=TODAY)
    doc = build_document("quarterly", data)
    check_document(doc, data)
    own = DerivedFigure.objects.get(
        indicator__code="gdp", region__code="140900", year=2023, month=6
    ).growth
    gap = round(round(own, 1) - 4.7, 1)
    word = "高" if gap > 0 else "低"
    expected = f"比全省（增长4.7%）{word}{abs(gap):.1f}个百分点（全省11市中已有2市公布，暂不排位）"
    assert expected in doc.plain_text()
    taiyuan = ComparisonFigure.objects.get(
        region__code="140100", indicator__code="gdp", year=2023, month=6
    )
    assert (float(taiyuan.value), float(taiyuan.growth)) == (2535.1, 4.1)


def test_once_every_city_has_published_the_quarterly_states_the_rank_among_the_eleven():
    """What the quarterly says when the other ten cities' 前三季度 figures are entered
    (test figures, not published ones: the demo has none of them)."""
    from citystat.indicators.models import Indicator
    from citystat.regions.actions import upsert_comparison_figure

    gdp = Indicator.objects.get(code="gdp")
    others = ComparisonRegion.objects.filter(level="city").exclude(code="140900").order_by("code")
    growth = {}
    for k, region in enumerate(others):
        growth[region.code] = 2.0 + k * 0.5  # 2.0, 2.5, … 6.5
        upsert_comparison_figure(
            region=region,
            indicator=gdp,
            year=2023,
            month=9,
            value=None,
            growth=Decimal(str(growth[region.code])),
            source_title="测试数据",
        )
    own = DerivedFigure.objects.get(
        indicator__code="gdp", region__code="140900", year=2023, month=9
    ).growth
    shown = round(own, 1)
    better = sum(1 for g in growth.values() if g > shown)
    tied = any(g == shown for g in growth.values())
    data = report_data("140900", 2023, 9, today=TODAY)
    doc = build_document("quarterly", data)
    check_document(doc, data)  # the checker recomputes the rank from the stored figures
    lead = "并列" if tied else "居"
    gap = round(shown - 4.5, 1)
    word = "高" if gap > 0 else "低"
    expected = f"比全省（增长4.5%）{word}{abs(gap):.1f}个百分点，{lead}全省11市第{better + 1}位"
    assert expected in doc.plain_text()
    assert "暂不排位" not in doc.plain_text().split(expected)[0].rsplit("\n", 1)[-1]
