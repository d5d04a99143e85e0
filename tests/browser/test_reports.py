"""Generate a report from the reports page: progress shown, then a download link."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser


def test_generate_a_briefing_and_watch_it_finish(page: Any) -> None:
    login(page, "leader")
    page.goto("/reports/")
    page.select_option("#kind", "briefing")
    assert page.input_value("#period") == "2023-11"
    page.select_option("select[name=fmt]", "html")
    page.click("#report-form button[type=submit]")
    assert "已开始生成" in page.inner_text("body")
    row = page.locator("tr[data-job]").first
    assert row.locator("progress").count() == 1
    link = row.locator("td.download a")
    link.wait_for(timeout=90_000)  # progress is polled until the job is done
    assert row.locator(".state").inner_text() == "已完成"
    assert re.search(r"已核对 \d+ 个数字", row.inner_text())
    screenshot(page, "reports-page")
    # every report, HTML included, is a download (an HTML report opened inline would run on
    # the site's origin); the browser saves it, and it reads the same as a file opened locally
    with page.expect_download() as download:
        link.click()
    saved = Path(download.value.path())
    assert download.value.suggested_filename.endswith(".html")
    page.set_content(saved.read_text(encoding="utf-8"))
    assert page.locator("h1").inner_text() == "忻州市经济运行调度会材料"
    assert "观测记录 #" in (
        page.locator('.fig[title*="同比增速"]').first.get_attribute("title") or ""
    )
    screenshot(page, "reports-briefing-html")


def test_a_wrong_period_is_explained(page: Any) -> None:
    login(page, "leader")
    page.goto("/reports/")
    page.select_option("#kind", "review")
    page.fill("#period", "2023-11")
    page.click("#report-form button[type=submit]")
    assert "年度回顾的期别应写作 2023" in page.inner_text("body")


def test_the_issue_date_field_signs_the_document(page: Any) -> None:
    login(page, "leader")
    page.goto("/reports/")
    page.select_option("#kind", "briefing")
    page.fill("#issued", "2023-12-08")
    page.select_option("select[name=fmt]", "html")
    page.click("#report-form button[type=submit]")
    row = page.locator("tr[data-job]").first
    link = row.locator("td.download a")
    link.wait_for(timeout=90_000)
    with page.expect_download() as download:
        link.click()
    html = Path(download.value.path()).read_text(encoding="utf-8")
    assert '<div class="sign">忻州市统计局<br>2023年12月8日</div>' in html
    assert '<header class="masthead"><div class="unit-name">忻州市统计局</div></header>' in html


def test_a_period_without_data_is_refused_on_the_page(page: Any) -> None:
    login(page, "leader")
    page.goto("/reports/")
    page.select_option("#kind", "quarterly")
    page.fill("#period", "2030-Q1")
    page.click("#report-form button[type=submit]")
    assert (
        "忻州市2030-Q1没有审核通过的数据,不生成季度经济形势分析:请先报送并审核通过该季度数据后再生成"
        in page.inner_text("body")
    )
