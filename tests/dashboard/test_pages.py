"""Every dashboard page, every month of the demo: status, fixed query budgets, key figures."""

import re

import pytest

from citystat.observations.models import DerivedFigure

pytestmark = pytest.mark.django_db

MONTHS = [f"{y}-{m:02d}" for y in (2022, 2023) for m in range(1, 13)]
# A fixed ceiling per page, whatever the month or the data size.
# 已报 N/M (issue 11): one query on the overview and the 大屏, two on the county page;
# indicator and county: +2 for the 原因说明 panel (entered causes, follow-up answers).
MAX_QUERIES = {"home": 13, "indicator": 14, "county": 19, "screen": 13}
PAGES = {
    "home": "/?period={p}",
    "indicator": "/indicator/ind_va/?period={p}",
    "county": "/region/140921/?period={p}",
    "screen": "/screen/?period={p}",
}


@pytest.mark.parametrize("period", MONTHS)
@pytest.mark.parametrize("kind", list(PAGES))
def test_every_page_renders_every_month_within_its_query_budget(
    leader, django_assert_max_num_queries, kind, period
):
    with django_assert_max_num_queries(MAX_QUERIES[kind]):
        response = leader.get(PAGES[kind].format(p=period))
    assert response.status_code == 200
    year = int(period.split("-")[0])
    html = response.content.decode()
    assert f'value="{period}" selected' in html or kind == "screen"
    assert f"{year}年" in html
    assert "Server-Timing" in response.headers


@pytest.mark.parametrize("code", ["140902", "140981", "140971", "140972", "140999"])
def test_every_kind_of_unit_has_a_page(leader, code):
    response = leader.get(f"/region/{code}/?period=2023-11")
    assert response.status_code == 200


def test_the_city_region_page_is_the_overview(leader):
    response = leader.get("/region/140900/?period=2023-11")
    assert response.status_code == 302 and response["Location"] == "/?period=2023-11"


def test_the_new_energy_equipment_page_shows_120_percent_growth_and_its_pull(leader):
    fig = DerivedFigure.objects.get(
        indicator__code="ind_nee", region__code="140900", year=2023, month=11
    )
    assert fig.growth == pytest.approx(120.0)
    html = leader.get("/indicator/ind_nee/?period=2023-11").content.decode()
    assert "新能源装备制造业增加值" in html
    assert '<span class="v up" data-fact="growth">+120.0</span>' in html
    assert "增长120.0%" in html
    assert "拉动规模以上工业增加值" in html
    assert '<span class="v">0.3</span><span class="u">个百分点</span>' in html
    assert '<span class="v" data-fact="value">3.540</span>' in html  # 3 decimals, as published


def test_the_industry_breakdown_lists_the_three_sectors_not_the_subsets(leader):
    # The breakdown is the composition (三大门类, 拉动 adding up to 规上工业 growth); the seed's
    # 其中 items (新一代信息技术 … 新能源装备) show their growth and pull on their own pages.
    html = leader.get("/indicator/ind_va/?period=2023-11").content.decode()
    table = html.split('data-table="breakdown"')[1].split("</table>")[0]
    for code, growth, pull in [
        ("ind_mining", "+6.2", "+5.4"),
        ("ind_manufacturing", "+10.2", "+0.7"),
        ("ind_utilities", "+10.0", "+0.6"),
    ]:
        row = table.split(f'data-indicator="{code}"')[1].split("</tr>")[0]
        assert f'<td class="num">{growth}</td>' in row and f'<td class="num">{pull}</td>' in row
    for code in ("sei_ngit", "sei_green", "sei_hiend", "ind_waste", "ind_nee"):
        assert f'data-indicator="{code}"' not in table


def test_the_league_table_follows_the_stored_ranks(leader):
    figs = DerivedFigure.objects.filter(
        indicator__code="ind_va", year=2023, month=11, rank__isnull=False
    ).order_by("rank", "region__sort_order")
    html = leader.get("/indicator/ind_va/?period=2023-11").content.decode()
    table = html.split('data-table="league"')[1].split("</table>")[0]
    codes = re.findall(r'<tr data-region="(\d+)"', table)
    assert codes[: figs.count()] == [f.region.code for f in figs]
    first = figs[0]
    row = table.split(f'data-region="{first.region.code}"')[1].split("</tr>")[0]
    assert f'<td class="num">{first.rank}</td>' in row


def test_units_outside_the_county_ranking_are_listed_unranked(leader):
    html = leader.get("/indicator/fai/?period=2023-11").content.decode()
    table = html.split('data-table="league"')[1].split("</table>")[0]
    row = table.split('<tr class="noncounty" data-region="140971">')[1].split("</tr>")[0]
    assert row.startswith('<td class="num"><span class="nv" title="无数据">–</span></td>')
    assert "34.08" in row


def test_the_league_shows_rank_movement_with_arrows(leader):
    fig = DerivedFigure.objects.get(
        indicator__code="ind_va", region__code="140932", year=2023, month=11
    )
    html = leader.get("/indicator/ind_va/?period=2023-11").content.decode()
    row = html.split('data-region="140932"')[1].split("</tr>")[0]
    assert fig.rank_change == 2
    assert '<td class="num move">↑2</td>' in row


def test_unknown_indicator_or_region_is_404(leader):
    assert leader.get("/indicator/nope/").status_code == 404
    assert leader.get("/indicator/ind_va/?region=999999").status_code == 404
    assert leader.get("/region/999999/").status_code == 404


def test_a_period_without_data_falls_back_to_the_newest(leader):
    html = leader.get("/?period=2030-01").content.decode()
    assert 'value="2023-12" selected' in html
    assert leader.get("/?period=garbage").status_code == 200


@pytest.mark.parametrize(
    "url", ["/", "/indicator/ind_va/", "/region/140921/", "/screen/", "/export/overview.xlsx"]
)
def test_pages_need_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_reporter_reads_the_published_figures_too(reporter):
    assert reporter.get("/region/140921/?period=2023-11").status_code == 200


def test_picker_steps_to_the_neighbouring_months(leader):
    html = leader.get("/indicator/ind_va/?period=2023-01&region=140921").content.decode()
    assert 'href="?region=140921&amp;period=2022-12"' in html
    assert 'href="?region=140921&amp;period=2023-02"' in html
    last = leader.get("/?period=2023-12").content.decode()
    assert 'data-step="next"' not in last


def test_the_overview_links_down_to_counties_and_indicators(leader):
    html = leader.get("/?period=2023-11").content.decode()
    assert 'href="/region/140921/?period=2023-11"' in html
    assert 'href="/indicator/ind_va/?period=2023-11"' in html
    county = leader.get("/region/140921/?period=2023-11").content.decode()
    assert 'href="/indicator/ind_va/?period=2023-11&amp;region=140921"' in county
    assert 'href="/?period=2023-11"' in county  # back to the city


def test_a_second_visit_is_served_from_the_cache(leader, django_assert_max_num_queries):
    leader.get("/indicator/ind_va/?period=2023-05")
    # session, user, data version, map layer: no figure is read again.
    with django_assert_max_num_queries(4):
        again = leader.get("/indicator/ind_va/?period=2023-05")
    assert again.status_code == 200 and "规模以上工业增加值" in again.content.decode()


def test_a_recomputation_is_visible_at_once(leader):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from citystat.dashboard.periods import data_version
    from citystat.observations.actions import recompute_derived

    leader.get("/?period=2023-04")
    before = data_version()
    recompute_derived()  # rebuilds the table: new rows, new version, new cache key
    assert data_version() != before
    with CaptureQueriesContext(connection) as captured:
        assert leader.get("/?period=2023-04").status_code == 200
    figure_reads = [
        q for q in captured.captured_queries if '"observations_derivedfigure"."value"' in q["sql"]
    ]
    assert figure_reads  # rendered afresh from the rebuilt table


def test_a_quarterly_indicator_is_labelled_with_the_quarter_it_covers(leader):
    html = leader.get("/indicator/gdp/?period=2023-08&region=140902").content.decode()
    assert "<small>忻府区 · 2023年1-6月</small>" in html
    fig = DerivedFigure.objects.get(
        indicator__code="gdp", region__code="140902", year=2023, month=6
    )
    assert f'data-fact="value">{fig.value:.2f}</span>' in html


def test_january_cards_point_to_the_combined_january_february_figure(leader):
    html = leader.get("/?period=2023-01").content.decode()
    card = html.split('data-indicator="ind_va"')[1].split("</a>")[0]
    assert "1-2月合并发布,见2月" in card


def test_an_average_has_no_single_month_figure_and_a_flat_target_line(leader):
    import json

    html = leader.get("/indicator/pm25/?period=2023-06").content.decode()
    assert "6月当月" not in html and 'data-mode="month"' not in html
    series = json.loads(
        html.split('<script id="series-data" type="application/json">')[1].split("</script>")[0]
    )
    target = DerivedFigure.objects.get(
        indicator__code="pm25", region__code="140900", year=2023, month=6
    ).target_value
    assert series["target_line"][5] == target and series["cumulative"] is False


def test_cards_say_how_growth_moved_since_the_previous_figure(leader):
    from citystat.stats.rounding import round_half_up

    now, before = (
        DerivedFigure.objects.get(
            indicator__code="ind_va", region__code="140900", year=2023, month=m
        ).growth
        for m in (11, 10)
    )
    diff = round_half_up(round_half_up(now, 1) - round_half_up(before, 1), 1)
    html = leader.get("/?period=2023-11").content.decode()
    card = html.split('data-indicator="ind_va"')[1].split("</a>")[0]
    word = "提高" if diff > 0 else "回落"
    expected = f"增速比1-10月{word}{abs(diff):.1f}个百分点" if diff else "增速与1-10月持平"
    assert f'<div class="card-change">{expected}</div>' in card
    gdp = html.split('data-indicator="gdp"')[1].split("</a>")[0]
    assert (
        "增速比1-6月" in gdp or "增速与1-6月持平" in gdp
    )  # quarterly: against the previous quarter


def test_the_overview_names_the_leading_and_lagging_counties(leader):
    from citystat.dashboard import queries

    o = queries.overview("2023-11")
    assert o is not None
    ranking = queries.score_ranking(o)
    assert len(ranking) == 14
    html = leader.get("/?period=2023-11").content.decode()
    line = html.split("data-standings>")[1].split("</p>")[0]
    assert line.index(ranking[0]["name"]) < line.index("后三") < line.index(ranking[-1]["name"])


def test_the_data_version_never_repeats_after_a_rolled_back_change():
    from django.db import transaction

    from citystat.dashboard.periods import data_version, forget_caches
    from citystat.observations.derivation import bump_data_version

    before = data_version()
    with transaction.atomic():
        bump_data_version()
        rolled_back = data_version()
        transaction.set_rollback(True)
    assert data_version() == before
    # The counter comes round to the same number again; the token does not.
    bump_data_version()
    assert data_version().split("-")[0] == rolled_back.split("-")[0]
    assert data_version() not in {before, rolled_back}
    forget_caches()  # the public reset for tests and scripts
