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


def _return_dingxiang_november() -> None:
    """定襄县's 一般公共预算收入 for 2023-11 goes back for correction: 13 of 14 counties in."""
    obs = Observation.objects.get(
        indicator__code="fiscal_revenue", region__code="140922", year=2023, month=11
    )
    set_status(observation=obs, status="returned", user=None)
    recompute_derived()


def test_the_home_table_and_notice_say_who_has_reported(leader):
    html = leader.get("/?period=2023-11").content.decode()
    assert "已报" not in html  # the demo month is complete: no mark anywhere
    _return_dingxiang_november()
    html = leader.get("/?period=2023-11").content.decode()
    head = html.split('data-table="overview"')[1].split("</thead>")[0]
    assert '<small class="provisional" data-reported="fiscal_revenue">已报13/14</small>' in head
    assert head.count("data-reported=") == 1  # only the indicator that waits
    assert (
        "本期尚未报齐:一般公共预算收入已报13/14。未报的县(市、区)不排位、不亮灯,"
        "已报单位的位次待全部报齐后排定。"
    ) in html


def test_a_county_card_marks_its_rank_as_waiting(leader):
    _return_dingxiang_november()
    html = leader.get("/region/140921/?period=2023-11").content.decode()
    card = html.split('data-indicator="fiscal_revenue"')[1].split("</a>")[0]
    assert '<div class="card-rank provisional" data-reported>位次待定(已报13/14)</div>' in card
    assert "各县(市、区)本期尚未报齐:一般公共预算收入已报13/14。" in html
    # A complete indicator keeps its rank on the same page.
    gdp = html.split('data-indicator="gdp"')[1].split("</a>")[0]
    assert "位次待定" not in gdp


def test_the_screen_and_the_map_tooltips_say_who_has_reported(leader):
    import json

    _return_dingxiang_november()
    html = leader.get("/screen/?period=2023-11").content.decode()
    assert "尚未报齐:一般公共预算收入已报13/14;位次暂不排定" in html
    raw = html.split('id="boards-data" type="application/json">')[1].split("<")[0]
    screen = json.loads(raw)
    # Every county once (not once per indicator); each board's figures in their order.
    codes = [c["code"] for c in screen["counties"]]
    assert len(codes) == len(set(codes)) == 14 and raw.count('"140921"') == 1
    boards = screen["boards"]
    assert all(len(b[k]) == 14 for b in boards for k in ("growth", "rank", "light", "note"))
    board = next(b for b in boards if b["code"] == "fiscal_revenue")
    assert board["reported"] == "已报13/14"
    notes = dict(zip(codes, board["note"], strict=True))
    assert notes["140921"] == "位次待定(已报13/14)"
    assert notes["140922"] == "9月数据,未报11月"  # its latest approved figure is older
    assert all(b["reported"] == "" for b in boards if b["code"] != "fiscal_revenue")
    page = leader.get("/indicator/fiscal_revenue/?period=2023-11").content.decode()
    points = json.loads(page.split('id="map-data" type="application/json">')[1].split("<")[0])
    assert {p["code"]: p["note"] for p in points}["140921"] == "位次待定(已报13/14)"


def test_a_complete_month_has_ranks_in_the_tooltips(leader):
    import json

    page = leader.get("/indicator/fiscal_revenue/?period=2023-11").content.decode()
    points = json.loads(page.split('id="map-data" type="application/json">')[1].split("<")[0])
    ranks = DerivedFigure.objects.filter(
        indicator__code="fiscal_revenue", year=2023, month=11, region__code="140921"
    ).values_list("rank", flat=True)
    assert {p["code"]: p["note"] for p in points}["140921"] == f"第{ranks[0]}位"


def test_a_cap_missed_reads_as_exceeded_not_as_over_fulfilled(leader):
    html = leader.get("/?period=2023-12").content.decode()
    card = html.split('data-indicator="pm25"')[1].split("</a>")[0]
    # PM2.5 35 against a cap of 33: target ÷ actual, and the gap in the indicator's unit.
    assert "控制目标 不超过33微克/立方米 · 完成率 94.3%" in card
    assert '<div class="card-gap">超出目标2微克/立方米</div>' in card
    assert "106.1" not in card and "完成目标的" not in card
    screen = leader.get("/screen/?period=2023-12").content.decode()
    scard = screen.split('data-indicator="pm25"')[1].split("</div>\n      </div>")[0]
    assert '<div class="sgap">超出目标2微克/立方米</div>' in scard


def test_a_year_to_date_total_against_an_annual_cap_states_the_share_used(leader):
    # 生产安全事故死亡人数 1-9月 33 of a cap of 42 (78.6%) with 75% of the year gone.
    html = leader.get("/indicator/safety_deaths/?period=2023-09").content.decode()
    facts = html.split('class="facts panel')[1].split("</section>")[0]
    assert "年度控制目标(不超过)" in facts
    assert "已达控制目标的78.6%，快于序时进度3.6个百分点" in facts
    assert "完成率" not in facts and "超序时进度" not in facts
    league = html.split('data-table="league"')[1].split("</table>")[0]
    assert league.count('data-region="') == 15  # 14 counties and the 开发区
    assert "250.0" not in league  # 原平市 2 of 5: no inverse completion mid-year
