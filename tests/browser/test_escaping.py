"""Data shown in ECharts tooltips (HTML) is escaped: a hostile project name stays text."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser

HOSTILE = '<img src=x onerror="window.__xss=1">'
# As json_script writes it: <, > and & as \u escapes, quotes backslashed.
HOSTILE_JSON = '\\u003Cimg src=x onerror=\\"window.__xss=1\\"\\u003E'


def test_a_project_named_like_markup_shows_as_text_in_the_map_tooltip(page):
    login(page, "leader")

    def hostile_name(route):  # type: ignore[no-untyped-def]
        response = route.fetch()
        html = response.text()
        block = re.search(r'<script id="map-points"[^>]*>(.*?)</script>', html, re.S)
        if block is None:  # not the page itself (e.g. the image an unescaped name would load)
            route.fulfill(response=response)
            return
        points = re.sub(
            r'"name": "[^"]*"', lambda _: f'"name": "{HOSTILE_JSON}"', block.group(1), count=1
        )
        route.fulfill(response=response, body=html.replace(block.group(1), points))

    page.route("**/projects/map/*", hostile_name)
    page.goto("/projects/map/?period=2023-12")
    page.wait_for_selector("#project-map[data-ready='1']")
    shown = page.evaluate(
        """() => {
          const el = document.getElementById("project-map");
          const chart = echarts.getInstanceByDom(el);
          const last = chart.getOption().series.length - 1;
          chart.dispatchAction({ type: "showTip", seriesIndex: last, dataIndex: 0 });
          return new Promise((done) => setTimeout(() => done(el.innerText), 400));
        }"""
    )
    assert HOSTILE in shown
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#project-map img").count() == 0
