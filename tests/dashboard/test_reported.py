"""Issue 11 item 6: ranks wait for every expected county; the page says 「已报 N/M」."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.indicators.models import Indicator
from citystat.observations.actions import recompute_derived, record_observation, set_status
from citystat.observations.models import DerivedFigure, Observation
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db


def _approve(code: str, region: str, year: int, month: int, value: str) -> None:
    obs = record_observation(
        indicator=Indicator.objects.get(code=code),
        region=Region.objects.get(code=region),
        year=year,
        month=month,
        value=Decimal(value),
    )
    set_status(observation=obs, status="approved", user=None)


def test_one_county_in_earns_no_rank():
    _approve("fiscal_revenue", "140921", 2024, 1, "1.20")
    recompute_derived()
    jan = DerivedFigure.objects.get(
        indicator__code="fiscal_revenue", region__code="140921", year=2024, month=1
    )
    assert jan.growth is not None and jan.rank is None  # was 「居第1位」 with 1 of 14 in


def test_a_county_returned_for_correction_holds_the_ranks_and_the_league_says_13_of_14(
    leader,
):
    obs = Observation.objects.get(
        indicator__code="fiscal_revenue", region__code="140922", year=2023, month=11
    )
    set_status(observation=obs, status="returned", user=None)
    recompute_derived()
    ranks = DerivedFigure.objects.filter(
        indicator__code="fiscal_revenue", year=2023, month=11, rank__isnull=False
    )
    assert ranks.count() == 0
    html = leader.get("/indicator/fiscal_revenue/?period=2023-11").content.decode()
    head = html.split('data-table="league"')[0]
    assert "已报13/14 · 位次待全部报齐后排定" in head
    table = html.split('data-table="league"')[1].split("</table>")[0]
    row = table.split('data-region="140921"')[1].split("</tr>")[0]
    assert row.split('<td class="num">', 1)[1].startswith(
        '<span class="nv" title="无数据">–</span></td>'
    )


def test_a_complete_month_is_ranked_without_the_mark(leader):
    html = leader.get("/indicator/fiscal_revenue/?period=2023-11").content.decode()
    assert "已报" not in html.split('data-table="league"')[0]
    ranks = DerivedFigure.objects.filter(
        indicator__code="fiscal_revenue", year=2023, month=11, rank__isnull=False
    ).count()
    assert ranks == 14


def test_pm25_completion_is_target_over_actual():
    pm = DerivedFigure.objects.get(
        indicator__code="pm25", region__code="140900", year=2023, month=12
    )
    assert pm.target_value == 33.0
    assert pm.completion == pytest.approx(33.0 / pm.value * 100)
