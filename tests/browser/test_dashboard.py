"""The dashboard in headless Chromium: figures against the database, drill-down, picker, 大屏.

The `page` fixture fails a test on any console error, failed request or request leaving
127.0.0.1, so every test here also proves the pages work offline.
"""

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser

GEOJSON = Path(__file__).resolve().parents[3] / "shared/data/geo/140900_xinzhou_counties.geojson"


class Figures:
    """Reads the browser server's own SQLite file (plain sqlite3: Playwright's event loop
    forbids the Django ORM in this thread)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def get(self, indicator: str, region: str, year: int, month: int) -> dict[str, object]:
        cur = self.db.execute(
            "SELECT f.value, f.growth, f.rank, f.pull, f.light FROM observations_derivedfigure f "
            "JOIN indicators_indicator i ON i.id = f.indicator_id "
            "JOIN regions_region r ON r.id = f.region_id "
            "WHERE i.code = ? AND r.code = ? AND f.year = ? AND f.month = ?",
            (indicator, region, year, month),
        )
        row = cur.fetchone()
        assert row is not None, (indicator, region, year, month)
        return dict(zip(["value", "growth", "rank", "pull", "light"], row, strict=True))

    def top_ranked(self, indicator: str, year: int, month: int) -> str:
        cur = self.db.execute(
            "SELECT r.name FROM observations_derivedfigure f "
            "JOIN indicators_indicator i ON i.id = f.indicator_id "
            "JOIN regions_region r ON r.id = f.region_id "
            "WHERE i.code = ? AND f.year = ? AND f.month = ? AND f.rank = 1 ORDER BY r.sort_order",
            (indicator, year, month),
        )
        return str(cur.fetchone()[0])


@pytest.fixture
def figures(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Figures]:
    found = sorted(tmp_path_factory.getbasetemp().glob("server-home*/citystat.sqlite3"))
    assert found, "the browser server's SQLite file was not found"
    f = Figures(found[-1])
    yield f
    f.db.close()


def _charts_drawn(page: Any, selector: str) -> int:
    page.wait_for_selector("body[data-charts-ready]", state="attached")
    return page.locator(f"{selector} canvas").count()


def test_city_overview_cards_radar_and_alerts(page, figures):
    login(page, "leader")
    page.goto("/?period=2023-11")
    card = page.locator('a.card[data-indicator="ind_va"]')
    fig = figures.get("ind_va", "140900", 2023, 11)
    assert card.locator(".card-value .num").inner_text() == f"{fig['value']:.2f}"
    assert card.locator(".card-growth").inner_text().startswith(f"同比增长{fig['growth']:.1f}%")
    assert fig["light"] == "green"
    assert "lamp-green" in (card.get_attribute("class") or "")
    assert _charts_drawn(page, "[data-chart=radar]") == 1
    assert page.locator(".spark canvas").count() >= 10
    first_alert = page.locator("table.alerts-table tbody tr").first
    assert first_alert.locator(".lamp").inner_text() == "红灯"
    screenshot(page, "dashboard-home")


def test_indicator_page_matches_the_database_and_toggles_single_month(page, figures):
    login(page, "leader")
    page.goto("/indicator/ind_nee/?period=2023-11")
    fig = figures.get("ind_nee", "140900", 2023, 11)
    assert fig["growth"] == pytest.approx(120.0)
    assert fig["value"] == pytest.approx(3.54)
    assert page.locator('[data-fact="growth"]').inner_text() == "+120.0"
    assert page.locator('[data-fact="value"]').inner_text() == "3.540"
    assert "增长120.0%" in page.locator("section.facts").inner_text()
    assert _charts_drawn(page, "[data-chart=series-value]") == 1
    page.click(".toggle [data-mode=month]")
    assert page.locator("body").get_attribute("data-mode") == "month"
    assert page.locator("[data-chart=map]").get_attribute("data-map-kind") == "centroids"
    screenshot(page, "dashboard-indicator-nee")
    page.goto("/indicator/ind_va/?period=2023-11")
    rows = page.locator('[data-table="breakdown"] tbody tr')
    assert rows.count() == 3  # the composition: 采矿业, 制造业, 电力 (其中 items are not parts)
    mining = page.locator('[data-table="breakdown"] tr[data-indicator="ind_mining"] td')
    assert mining.nth(1).inner_text() == "+6.2" and mining.nth(2).inner_text() == "+5.4"
    league = page.locator('[data-table="league"] tbody tr')
    first = league.first
    assert first.locator("th a").first.inner_text() == figures.top_ranked("ind_va", 2023, 11)
    page.wait_for_selector("[data-chart=map][data-ready='1']")
    screenshot(page, "dashboard-indicator")


def test_drill_down_city_to_county_to_indicator_and_back(page, figures):
    login(page, "leader")
    page.goto("/?period=2023-11")
    page.click('table.overview tr[data-region="140921"] th a')
    page.wait_for_load_state("networkidle")
    assert "/region/140921/" in page.url and "period=2023-11" in page.url
    assert page.locator("h1").inner_text().startswith("定襄县")
    fig = figures.get("ind_va", "140921", 2023, 11)
    card = page.locator('a.card[data-indicator="ind_va"]')
    growth = card.locator(".card-growth").inner_text()
    assert growth.startswith(f"同比下降{abs(fig['growth']):.1f}%")
    assert _charts_drawn(page, "[data-chart=radar]") == 1
    screenshot(page, "dashboard-county")
    card.click()
    page.wait_for_load_state("networkidle")
    assert "/indicator/ind_va/" in page.url and "region=140921" in page.url
    assert page.locator('[data-table="league"] tr.current').get_attribute("data-region") == "140921"
    page.click("nav.crumbs a >> nth=0")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/?period=2023-11")


def test_period_picker_and_month_steps(page):
    login(page, "leader")
    page.goto("/region/140921/?period=2023-11")
    page.select_option("form[data-period-picker] select[name=period]", "2022-06")
    page.wait_for_load_state("networkidle")
    assert "period=2022-06" in page.url
    assert "2022年1-6月" in page.locator("h1").inner_text()
    page.click("form[data-period-picker] [data-step=prev]")
    page.wait_for_load_state("networkidle")
    assert "period=2022-05" in page.url
    page.goto("/indicator/ind_va/?period=2023-01&region=140921")
    page.click("form[data-period-picker] [data-step=next]")
    page.wait_for_load_state("networkidle")
    assert "region=140921" in page.url and "period=2023-02" in page.url


def test_the_big_screen_is_dark_and_rotates(page):
    login(page, "leader")
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto("/screen/?period=2023-11&interval=2")
    bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert bg == "rgb(7, 17, 29)"
    assert page.locator(".slide.active").get_attribute("data-slide") == "0"
    screenshot(page, "dashboard-screen-1", full_page=False)
    # selectors, not wait_for_function: its polling evaluates a string, which the CSP refuses
    page.wait_for_selector("body[data-slide='1']", state="attached", timeout=8000)
    page.wait_for_timeout(600)
    title = page.locator("[data-board-title]").inner_text()
    # The page sends every county once and each board's figures as columns: the map and
    # the bars of the board shown get one point per county, with its name and note.
    screen = json.loads(page.locator("#boards-data").text_content() or "")
    board = next(b for b in screen["boards"] if title.startswith(b["name"]))
    counties = screen["counties"]
    assert len(counties) == 14
    option = "echarts.getInstanceByDom(document.querySelector('[data-chart=%s]')).getOption()"
    bars = page.evaluate(option % "screen-bars" + ".yAxis[0].data")
    growth = [
        (g, c["name"]) for c, g in zip(counties, board["growth"], strict=True) if g is not None
    ]
    assert bars == [name for _, name in sorted(growth, key=lambda x: x[0])]
    points = page.evaluate(option % "screen-map" + ".series[0].data")
    assert [(p["name"], p["code"], p["note"]) for p in points] == [
        (c["name"], c["code"], note) for c, note in zip(counties, board["note"], strict=True)
    ]
    screenshot(page, "dashboard-screen-2", full_page=False)
    page.wait_for_selector("body[data-slide='2']", state="attached", timeout=8000)
    page.wait_for_timeout(600)
    screenshot(page, "dashboard-screen-3", full_page=False)


def test_tables_export_to_excel(page):
    from openpyxl import load_workbook

    login(page, "leader")
    page.goto("/indicator/ind_va/?period=2023-11")
    with page.expect_download() as info:
        page.click('a[href*="/export/league.xlsx"]')
    path = info.value.path()
    ws = load_workbook(io.BytesIO(Path(path).read_bytes())).active
    # 14 counties, then a blank row and the 示例数据 note (issue 11).
    assert ws["A2"].value == "地区" and ws.max_row == 2 + 14 + 2
    assert ws["A1"].value.endswith("（含示例数据，非官方统计数据）")


def test_print_stylesheet_hides_the_controls(page):
    login(page, "leader")
    page.goto("/?period=2023-11")
    page.emulate_media(media="print")
    assert page.locator("header.topbar").is_hidden()
    assert page.locator("form.period").is_hidden()
    assert page.locator("table.overview").is_visible()


def test_uploaded_boundaries_replace_the_centroids(page):
    if not GEOJSON.exists():
        pytest.skip(f"{GEOJSON} is absent")
    login(page, "admin")
    page.goto("/maps/")
    page.fill("input[name=name]", "忻州县界(浏览器测试)")
    page.set_input_files("input[name=file]", str(GEOJSON))
    page.click("form.upload button[type=submit]")
    page.wait_for_load_state("networkidle")
    try:
        assert "共14个区划" in page.locator(".messages").inner_text()
        page.goto("/indicator/ind_va/?period=2023-11")
        page.wait_for_selector("[data-chart=map][data-ready='1']")
        assert page.locator("[data-chart=map]").get_attribute("data-map-kind") == "boundaries"
        geo = json.loads(page.evaluate("fetch('/maps/boundaries.geojson').then(r => r.text())"))
        assert len(geo["features"]) == 14
        screenshot(page, "dashboard-indicator-boundaries")
        page.set_viewport_size({"width": 1920, "height": 1080})
        page.goto("/screen/?period=2023-11&interval=0")
        page.click("[data-goto='1']")
        page.wait_for_timeout(800)
        screenshot(page, "dashboard-screen-map", full_page=False)
    finally:
        page.goto("/maps/")
        for _ in range(page.locator("form[action*='/delete/'] button").count()):
            page.locator("form[action*='/delete/'] button").first.click()
            page.wait_for_load_state("networkidle")
    assert "尚未上传边界" in page.content()


def test_every_page_works_in_the_browser_for_every_month(page):
    """All 24 demo months × overview, indicator and county pages: charts drawn, no errors."""
    login(page, "leader")
    months = [f"{y}-{m:02d}" for y in (2022, 2023) for m in range(1, 13)]
    for period in months:
        for url in (
            f"/?period={period}",
            f"/indicator/ind_va/?period={period}&region=140921",
            f"/region/140921/?period={period}",
        ):
            page.goto(url, wait_until="domcontentloaded")
            page.wait_for_selector("body[data-charts-ready]", state="attached")
            selected = page.locator("form[data-period-picker] select[name=period]").input_value()
            assert selected == period, url
            assert int(page.evaluate("document.body.dataset.chartsReady")) >= 1, url
    assert not page.problems


def test_every_chart_offers_a_png_export(page):
    login(page, "leader")
    page.goto("/indicator/ind_va/?period=2023-11")
    page.wait_for_selector("[data-chart=map][data-ready='1']")
    result = page.evaluate(
        """() => Array.from(document.querySelectorAll('[data-chart]')).map(el => {
            const chart = echarts.getInstanceByDom(el);
            const tools = chart.getOption().toolbox;
            return [el.dataset.chart, !!(tools && tools[0].feature.saveAsImage),
                    chart.getDataURL({type: 'png'}).slice(0, 22)];
        })"""
    )
    assert {kind for kind, _, _ in result} == {"series-value", "series-growth", "breakdown", "map"}
    assert all(has_tool and url == "data:image/png;base64," for _, has_tool, url in result)


def test_the_map_tooltip_gives_the_countys_place(page, figures):
    login(page, "leader")
    page.goto("/indicator/fiscal_revenue/?period=2023-11")
    page.wait_for_selector("[data-chart='map'][data-ready='1']")
    shown = page.evaluate(
        """() => {
          const el = document.querySelector("[data-chart='map']");
          const chart = echarts.getInstanceByDom(el);
          chart.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: 0 });
          return new Promise((done) => setTimeout(() => done(el.innerText), 400));
        }"""
    )
    first = figures.top_ranked("fiscal_revenue", 2023, 11)
    assert first in shown and "第1位" in shown  # the league's first row, ranked: all 14 in
