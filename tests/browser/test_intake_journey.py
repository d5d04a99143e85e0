"""A county reporter's month, as a new user would do it, then the reviewer; the dashboard follows.

Writes 2021-12 only: a month before the demo's first, so the dashboard's default (newest)
period and every other test's data stay as they were. The dashboard offers the months
the city has figures for, so the city bureau (admin) enters the city's figure too.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser


def fill(template: Path, out: Path, values: dict[str, tuple[object, object]]) -> None:
    wb = openpyxl.load_workbook(template)
    ws = wb["数据"]
    for row in ws.iter_rows(min_row=4):
        if row[0].value in values:
            row[4].value, row[5].value = values[row[0].value]
    wb.save(out)


def upload(page, path: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto("/intake/upload/")
    page.set_input_files("input[name=file]", str(path))
    page.click("#upload-submit")
    page.wait_for_load_state("networkidle")


def test_reporter_downloads_fills_uploads_fixes_submits_and_reviewer_approves(page, tmp_path):
    login(page, "reporter_140921")
    page.goto("/intake/")
    page.fill("#period", "2021-12")
    page.dispatch_event("#period", "change")
    with page.expect_download() as dl:
        page.click("#download")
    template = tmp_path / "template.xlsx"
    dl.value.save_as(template)
    assert dl.value.suggested_filename == "140921-2021-12.xlsx"

    first = tmp_path / "first.xlsx"
    fill(template, first, {"fiscal_revenue": (20.5, 3.0), "retail": ("约38亿", 5.0)})
    upload(page, first)
    errors = page.locator("#errors + ul.problems li")
    assert errors.count() == 1
    assert "“约38亿”不是数字" in errors.first.inner_text()
    assert "列" in errors.first.locator(".where").inner_text()
    screenshot(page, "intake-upload-problems")

    fixed = tmp_path / "fixed.xlsx"
    fill(template, fixed, {"fiscal_revenue": (20.5, 3.0), "retail": (38.0, 5.0)})
    upload(page, fixed)
    assert page.locator("#changes tbody tr").count() == 2
    screenshot(page, "intake-upload-preview")
    page.click("#confirm")
    page.wait_for_load_state("networkidle")
    assert "/intake/entry/140921/2021-12/" in page.url
    assert page.locator("input[name=v_fiscal_revenue]").input_value() == "20.5"
    page.click("#submit-stored")
    page.wait_for_load_state("networkidle")
    assert "已提交审核 2 个数据" in page.content()
    assert page.locator("#period-status").inner_text() == "已报送,待审核"
    screenshot(page, "intake-entry-submitted")
    page.click("button:has-text('退出')")
    page.wait_for_load_state("networkidle")

    # The city bureau enters the city's own figure in the web form.
    login(page, "admin")
    page.goto("/intake/entry/140900/2021-12/")
    page.fill("input[name=v_fiscal_revenue]", "231.4")
    page.click("#save-submit")
    page.wait_for_load_state("networkidle")
    assert "已提交审核 1 个" in page.content()
    page.click("button:has-text('退出')")
    page.wait_for_load_state("networkidle")

    login(page, "reviewer")
    page.goto("/intake/review/")
    for unit in ("140921", "140900"):
        page.goto("/intake/review/")
        page.click(f"a[href='/intake/review/{unit}/2021-12/']")
        page.wait_for_load_state("networkidle")
        if unit == "140921":
            assert page.locator("#review tbody tr").count() == 2
            screenshot(page, "intake-review")
        page.click("#approve")
        page.wait_for_load_state("networkidle")
        assert "已审核通过" in page.content()

    page.goto("/?period=2021-12")
    page.wait_for_load_state("networkidle")
    cell = page.locator("tr[data-region='140921'] td[data-indicator='fiscal_revenue']").first
    assert cell.inner_text().strip() == "20.50"
    city = page.locator("tr[data-region='140900'] td[data-indicator='fiscal_revenue']").first
    assert city.inner_text().strip() == "231.40"
    screenshot(page, "intake-dashboard-after-approval")


def test_entry_form_gives_live_feedback(page):
    login(page, "reporter_140921")
    page.goto("/intake/entry/140921/2024-01/")
    page.fill("input[name=v_fiscal_revenue]", "abc")
    page.wait_for_selector("td[data-field=v_fiscal_revenue].has-error")
    msg = page.locator("td[data-field=v_fiscal_revenue] .msg").inner_text()
    assert "“abc”不是数字" in msg
    screenshot(page, "intake-entry-live-check")
