"""Every main page fits a 390 px phone and a 1440 px desktop with no sideways page scroll;
the header collapses into a menu button on the phone."""

from __future__ import annotations

import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser

MAIN_PAGES = (
    ("admin", "/"),
    ("admin", "/indicator/gdp/"),
    ("admin", "/indicator/tourists/?period=2023-12"),  # a league table 1.4 px too wide
    ("admin", "/region/140921/"),
    ("admin", "/intake/"),
    ("admin", "/intake/review/"),
    ("admin", "/intake/board/?year=2023"),
    ("admin", "/intake/review/140921/2023-11/"),
    ("reporter_140921", "/intake/entry/140921/2023-11/"),
    ("admin", "/projects/"),
    ("admin", "/followups/"),
    ("admin", "/reports/"),
    ("admin", "/text/"),
    ("planner", "/targets/"),
    ("admin", "/todo/"),
    ("leader", "/nowhere/"),
)


def _overflow(page) -> int:  # type: ignore[no-untyped-def]
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


@pytest.mark.parametrize("width", [390, 1440])
def test_every_main_page_fits_without_sideways_scroll(page, width):
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 900})
    wide: list[str] = []
    user = None
    for username, url in MAIN_PAGES:
        if username != user:
            page.context.clear_cookies()
            login(page, username)
            user = username
        page.goto(url)
        page.wait_for_load_state("networkidle")
        over = _overflow(page)
        if over > 0:
            wide.append(f"{url} ({username}): {over}px too wide")
        name = url.strip("/").replace("/", "-").replace("?", "-").replace("=", "") or "home"
        screenshot(page, f"w{width}-{name}", full_page=False)
    page.problems[:] = [p for p in page.problems if "404" not in p]  # /nowhere/ is a 404 on purpose
    assert wide == []


def test_the_phone_header_is_one_line_and_the_menu_opens(page):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, "reviewer")
    page.goto("/")
    header = page.locator("header.topbar").bounding_box()
    assert header is not None and header["height"] < 60
    assert not page.locator("nav.sections").is_visible()
    page.click("label.menu-button")
    assert page.locator("nav.sections").is_visible()
    links = page.locator("nav.sections a").all_inner_texts()
    assert links[0] == "监测看板" and any(t.startswith("待办") for t in links)
    assert _overflow(page) <= 0
    screenshot(page, "phone-menu-open", full_page=False)


def test_the_big_screen_opened_on_a_phone_scrolls_down_with_its_charts_stacked(page):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, "leader")
    page.goto("/screen/")
    page.wait_for_load_state("networkidle")
    page.click("button[data-pause]")
    title = page.locator(".screen-head h1").bounding_box()
    assert title is not None and title["height"] < 40  # one line, not one character per line
    assert _overflow(page) <= 0
    page.click("button[data-goto='1']")
    boxes = [
        page.locator(f"[data-chart='{name}']").bounding_box()
        for name in ("screen-map", "screen-bars")
    ]
    assert all(b is not None for b in boxes)
    chart_map, bars = boxes
    assert chart_map is not None and bars is not None
    assert chart_map["width"] > 300 and bars["y"] >= chart_map["y"] + chart_map["height"]
    screenshot(page, "phone-screen-counties", full_page=True)
