"""The follow-up board per unit and answering a follow-up in a real browser."""

from __future__ import annotations

import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser


def test_leader_board_lists_units_and_filters_one(page):
    login(page, "leader")
    page.goto("/followups/")
    units = page.locator("table.units tbody tr")
    assert units.count() >= 10
    screenshot(page, "followups-board")
    page.click("table.units a:has-text('代县人民政府')")
    page.wait_for_load_state("networkidle")
    text = page.locator("table.followups").inner_text()
    assert "代县黄草院抽水蓄能电站投资进度落后" in text
    assert "原平市" not in text


def test_a_unit_sees_its_board_and_answers(page):
    login(page, "unit_140921")
    page.goto("/followups/?status=all")
    assert page.locator("table.units").count() == 0
    units = page.locator("table.followups tbody td:nth-child(3)").all_inner_texts()
    assert units and set(units) == {"定襄县人民政府"}
    page.goto("/followups/?status=escalated")
    page.locator("table.followups tbody a").first.click()
    page.wait_for_load_state("networkidle")
    page.fill(
        "#answer-form textarea[name=text]", "已召开专题会议,逐月跟踪收入进度,确保完成全年目标。"
    )
    page.click("#answer-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "已答复。" in page.locator("ul.messages").inner_text()
    assert "逐月跟踪收入进度" in page.locator("div.response").last.inner_text()
    screenshot(page, "followup-page")
