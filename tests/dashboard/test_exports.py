"""Tables export to Excel with numbers as numbers, rounded half-up, "—" for undefined."""

import io

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def _sheet(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    return load_workbook(io.BytesIO(response.content)).active


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_the_breakdown_exports_the_seed_growth_and_pull(leader):
    ws = _sheet(leader, "/export/breakdown.xlsx?period=2023-11&indicator=ind_va")
    rows = _rows(ws)
    assert rows[0][0] == (
        "规模以上工业增加值 分项拉动与贡献率 忻州市 2023年1-11月（含示例数据，非官方统计数据）"
    )
    assert rows[1] == ["分项", "单位", "数值", "同比(%)", "拉动(百分点)", "贡献率(%)"]
    # The composition only: the three 门类, whose 贡献率 add up to 100% (其中 items are not parts).
    mining = next(r for r in rows if r[0] == "采矿业增加值")
    assert mining[2:5] == [492.41, 6.2, 5.4]
    assert ws.cell(row=rows.index(mining) + 1, column=4).number_format == "0.0"
    assert not any(r[0] == "新能源装备制造业增加值" for r in rows)


def test_the_league_exports_every_county_with_rank(leader):
    rows = _rows(_sheet(leader, "/export/league.xlsx?period=2023-11&indicator=ind_va"))
    body = rows[2:-2]  # the last two rows: a blank and the 示例数据 note
    assert len(body) == 14
    assert body[0][:4] == ["繁峙县", 7.34, 11.6, 1]
    assert [r[3] for r in body] == sorted(r[3] for r in body)


def test_the_overview_exports_the_city_and_its_units(leader):
    rows = _rows(_sheet(leader, "/export/overview.xlsx?period=2023-11"))
    assert rows[2][0] == "忻州市"
    assert len(rows) == 2 + 18 + 2
    assert "—" in rows[-3]  # 市直 reports few indicators: gaps are dashes, not zeros


def test_alerts_export_red_before_yellow(leader):
    rows = _rows(_sheet(leader, "/export/alerts.xlsx?period=2023-11"))
    lights = [r[-1] for r in rows[2:-2]]  # then a blank row and the 示例数据 note
    assert lights and set(lights) <= {"红灯", "黄灯"}
    assert lights == sorted(lights, key=lambda x: 0 if x == "红灯" else 1)


def test_county_cards_and_scores_export(leader):
    cards = _rows(_sheet(leader, "/export/county.xlsx?period=2023-11&region=140921"))
    va = next(r for r in cards if r[1] == "规模以上工业增加值")
    assert va[4:7] == [3.57, -2.2, 12]
    scores = _rows(_sheet(leader, "/export/scores.xlsx?period=2023-11&region=140921"))
    assert [r[0] for r in scores[2:]] == [
        "产业",
        "开放",
        "创新",
        "城市",
        "改革",
        "市场",
        "安全",
        "民生",
        "生态",
        "总分",
    ]


def test_unknown_export_is_404(leader):
    assert leader.get("/export/nothing.xlsx").status_code == 404
    assert leader.get("/export/league.xlsx?indicator=nope").status_code == 404


def test_lagging_indicators_and_projects_export(leader):
    lagging = _rows(_sheet(leader, "/export/lagging.xlsx?period=2023-11&region=140921"))
    va = next(r for r in lagging if r[0] == "规模以上工业增加值")
    assert va[2:5] == [3.57, -2.2, 12]
    assert va[5].startswith("红灯:低于目标6.6个百分点")
    projects = _rows(_sheet(leader, "/export/projects.xlsx?period=2023-11&region=140981"))
    assert projects[1][0] == "项目" and len(projects) == 2 + 2


def test_a_sheet_with_synthetic_figures_says_so_and_one_without_does_not(leader):
    from citystat.dashboard.exports import SYNTHETIC_NOTE, Sheet, workbook
    from citystat.observations.models import DerivedFigure

    rows = _rows(_sheet(leader, "/export/league.xlsx?period=2023-11&indicator=fai"))
    assert rows[0][0].endswith("（含示例数据，非官方统计数据）")
    assert rows[-1] == [SYNTHETIC_NOTE] + [None] * (len(rows[-1]) - 1)
    # 忻州's population 2023 and 2022 are both published: no mark.
    pop = DerivedFigure.objects.get(
        indicator__code="population", region__code="140900", year=2023, month=12
    )
    sheet = Sheet("常住人口", "常住人口 2023年", ["地区", "数值"], [["忻州市", 263.47]], [None, 2])
    sheet.keys.append((pop.indicator_id, pop.region_id, 2023, 12))
    ws = load_workbook(io.BytesIO(workbook(sheet))).active
    assert _rows(ws) == [["常住人口 2023年", None], ["地区", "数值"], ["忻州市", 263.47]]


def test_the_league_export_says_who_has_reported_while_ranks_wait(leader):
    from citystat.observations.actions import recompute_derived, set_status
    from citystat.observations.models import Observation

    obs = Observation.objects.get(
        indicator__code="fiscal_revenue", region__code="140922", year=2023, month=11
    )
    set_status(observation=obs, status="returned", user=None)
    recompute_derived()
    rows = _rows(_sheet(leader, "/export/league.xlsx?period=2023-11&indicator=fiscal_revenue"))
    assert rows[0][0] == (
        "一般公共预算收入 各县(市、区) 2023年1-11月（已报13/14，位次待全部报齐后排定）"
        "（含示例数据，非官方统计数据）"
    )
    county = _rows(_sheet(leader, "/export/county.xlsx?period=2023-11&region=140921"))
    assert "（尚未报齐：一般公共预算收入已报13/14，暂不排位）" in county[0][0]
