import re

import pytest

from tests.browser.conftest import login, screenshot

pytestmark = pytest.mark.browser


def test_login_then_the_first_page_lists_the_city_and_its_counties(page):
    page.goto("/")
    assert "/login/" in page.url
    login(page, "leader")
    rows = page.locator("table.overview tbody tr")
    names = [n.strip() for n in rows.locator("th").all_inner_texts()]
    assert names[0] == "忻州市"
    assert {"忻府区", "定襄县", "原平市", "偏关县"} <= set(names)
    assert len([n for n in names if re.search(r"(区|县|市)$", n)]) >= 15
    screenshot(page, "home")


def test_wrong_password_is_refused_in_chinese(page):
    login(page, "leader", "wrong-password")
    assert "用户名或密码不正确" in page.content()


def test_the_language_switch_turns_the_interface_to_english_and_back(page):
    login(page, "leader")
    page.click("form.lang-switch button[value=en]")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "en"
    sections = page.locator("nav.sections a").all_inner_texts()
    assert sections[:2] == ["Dashboard", "Key projects"]  # a leader reports nothing
    # Data stays as stored: region names are not translated.
    assert page.locator("table.overview tbody tr th").first.inner_text().strip() == "忻州市"
    screenshot(page, "home-english")
    page.click("form.lang-switch button[value=zh-hans]")
    page.wait_for_load_state("networkidle")
    assert page.locator("nav.sections a").all_inner_texts()[:2] == ["监测看板", "重点项目"]
