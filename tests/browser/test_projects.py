"""Project list, project page, map and task page in a real browser."""

from __future__ import annotations

import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser


def test_project_list_filters_by_light(page):
    login(page, "leader")
    page.goto("/projects/?period=2023-12")
    rows = page.locator("table.projects tbody tr")
    assert rows.count() == 10
    assert page.locator("#count").inner_text() == "10"
    screenshot(page, "projects-list")
    page.select_option("select[name=light]", "red")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state("networkidle")
    lights = page.locator("table.projects tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.light)"
    )
    assert lights and set(lights) == {"red"}
    assert "XZ-2023-009" in page.locator("table.projects").inner_text()


def test_project_page_shows_chart_and_timeline(page):
    login(page, "leader")
    page.goto("/projects/?period=2023-12")
    with page.expect_navigation(wait_until="networkidle"):
        page.click("text=新材料产业链一体化项目")
    assert page.locator("#completion").inner_text() == "87.5%"
    page.wait_for_selector("#progress-chart canvas")
    assert page.locator("ol.timeline li[data-kind=start]").inner_text().startswith("开工")
    screenshot(page, "project-page")


def test_map_draws_the_counties_and_projects(page):
    login(page, "leader")
    page.goto("/projects/map/?period=2023-12")
    page.wait_for_selector("#project-map[data-ready='1']")
    assert page.locator("#project-map canvas").count() >= 1
    screenshot(page, "projects-map", full_page=False)


def test_the_unit_reports_task_progress_with_evidence(page, tmp_path):
    pdf = tmp_path / "验收记录.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%browser test\n" + b"0" * 200)
    login(page, "unit_jyj")
    page.goto("/projects/tasks/2023/1/?period=2023-12")
    assert page.locator("#task-completion").inner_text() == "100.0%"
    page.select_option("#task-form select[name=target]", label="覆盖小学(所)")
    page.fill("#task-form input[name=year]", "2025")
    page.select_option("#task-form select[name=month]", "3")
    page.fill("#task-form input[name=value]", "36")
    page.fill("#task-form input[name=note]", "浏览器测试")
    page.set_input_files("#task-form input[name=evidence]", str(pdf))
    page.click("#task-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "已保存“覆盖小学”截至2025年3月的进展。" in page.locator("ul.messages").inner_text()
    assert page.locator("a:has-text('验收记录.pdf')").count() == 1
    screenshot(page, "task-page")


def test_a_renamed_file_is_refused_on_the_task_page(page, tmp_path):
    fake = tmp_path / "照片.png"
    fake.write_bytes(b"%PDF-1.4\nnot a picture\n")
    login(page, "unit_jyj")
    page.goto("/projects/tasks/2023/1/")
    page.select_option("#task-form select[name=target]", label="惠及学生(名)")
    page.fill("#task-form input[name=year]", "2025")
    page.fill("#task-form input[name=value]", "1")
    page.set_input_files("#task-form input[name=evidence]", str(fake))
    page.click("#task-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "不是PNG文件(实际为PDF文件)" in page.locator("ul.messages li.msg-error").inner_text()


def test_chain_page_gathers_projects_enterprises_and_indicators(page):
    login(page, "leader")
    page.goto("/projects/groups/")
    with page.expect_navigation(wait_until="networkidle"):
        page.click("text=新能源装备制造")
    assert page.locator("table.projects tbody tr").count() == 2
    assert "新能源装备制造业增加值" in page.content()
    screenshot(page, "chain-page")
