"""A county reporter's month, as a new user would do it, then the reviewer; the dashboard follows.

Writes 定襄县 2024-02 only (a period the demo does not have).
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
    page.fill("#period", "2024-02")
    page.dispatch_event("#period", "change")
    with page.expect_download() as dl:
        page.click("#download")
    template = tmp_path / "template.xlsx"
    dl.value.save_as(template)
    assert dl.value.suggested_filename == "140921-2024-02.xlsx"

    first = tmp_path / "first.xlsx"
    fill(template, first, {"fai": (3.2, 3.9), "retail": ("约3.8亿", 5.0)})
    upload(page, first)
    errors = page.locator("#errors + ul.problems li")
    assert errors.count() == 1
    assert "第" in errors.first.inner_text() and "“约3.8亿”不是数字" in errors.first.inner_text()
    screenshot(page, "intake-upload-problems")

    fixed = tmp_path / "fixed.xlsx"
    fill(template, fixed, {"fai": (3.2, 3.9), "retail": (3.8, 5.0)})
    upload(page, fixed)
    assert page.locator("#changes tbody tr").count() == 2
    screenshot(page, "intake-upload-preview")
    page.click("#confirm")
    page.wait_for_load_state("networkidle")
    assert "/intake/entry/140921/2024-02/" in page.url
    assert page.locator("tr[data-indicator=fai] input[name=v_fai]").input_value() == "3.2"
    page.click("#submit-stored")
    page.wait_for_load_state("networkidle")
    assert "已提交审核 2 个数据" in page.content()
    assert page.locator("#period-status").inner_text() == "已报送,待审核"
    screenshot(page, "intake-entry-submitted")

    page.click("button:has-text('退出')")
    page.wait_for_load_state("networkidle")
    login(page, "reviewer")
    page.goto("/intake/review/")
    page.click("a[href='/intake/review/140921/2024-02/']")
    page.wait_for_load_state("networkidle")
    assert page.locator("#review tbody tr").count() == 2
    screenshot(page, "intake-review")
    page.click("#approve")
    page.wait_for_load_state("networkidle")
    assert "已审核通过 2 个数据" in page.content()

    page.goto("/")
    page.wait_for_load_state("networkidle")
    cell = page.locator("tr[data-region='140921'] td[data-indicator='fai']").first
    assert cell.inner_text().strip() == "3.20"
    screenshot(page, "intake-dashboard-after-approval")


def test_entry_form_gives_live_feedback(page):
    login(page, "reporter_140921")
    page.goto("/intake/entry/140921/2024-01/")
    page.fill("input[name=v_fiscal_revenue]", "abc")
    page.wait_for_selector("td[data-field=v_fiscal_revenue].has-error")
    msg = page.locator("td[data-field=v_fiscal_revenue] .msg").inner_text()
    assert "“abc”不是数字" in msg
    screenshot(page, "intake-entry-live-check")
