"""待办 for every role (header badge, home page, /todo/), and a menu of only what each role can open."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
DEMO_ROLES = (
    "admin",
    "reviewer",
    "leader",
    "reporter_140921",
    "planner",
    "unit_140921",
    "unit_fgw",
)


def _client(username: str) -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def _todo(client: Client) -> list[tuple[str, int, str]]:
    html = client.get("/todo/").content.decode()
    return [
        (label, int(n), url)
        for url, label, n in re.findall(
            r'<li><a href="([^"]+)">([^<]+)</a> <span class="badge" data-count>(\d+)</span></li>',
            html,
        )
    ]


def _badge(client: Client) -> int:
    m = re.search(r"data-todo-total>(\d+)<", client.get("/intake/rules/").content.decode())
    return int(m.group(1)) if m else 0


def test_each_role_has_its_own_todo_and_every_item_opens():
    assert _todo(_client("leader")) == [] and _badge(_client("leader")) == 0
    assert _todo(_client("reporter_140921")) == [
        ("定襄县 2024年1月 待报送", 1, "/intake/entry/140921/2024-01/")
    ]
    assert _todo(_client("planner")) == [("2024年度目标未设", 252, "/targets/?year=2024")]
    unit = _todo(_client("unit_140921"))
    assert [label for label, _, _ in unit] == [
        "督办待答复:定襄县规模以上工业增加值连续2期红灯",
        "督办待答复:定襄县一般公共预算收入连续2期红灯",
    ]
    assert _badge(_client("unit_140921")) == 2
    for username in ("reporter_140921", "planner", "unit_140921"):
        client = _client(username)
        for _, _, url in _todo(client):
            assert client.get(url).status_code == 200, (username, url)


def test_the_reporter_and_reviewer_todo_follow_the_month_through_review():
    reporter, reviewer = _client("reporter_140921"), _client("reviewer")
    assert _todo(reviewer) == []
    r = reporter.post(
        "/intake/entry/140921/2024-01/",
        {"action": "submit", "v_fai": "1.5", "v_retail": "5.2", "explanation": "一月开工较少"},
        follow=True,
    )
    assert "已提交审核 2 个" in r.content.decode()
    # January submitted: February is now due
    assert _todo(reporter) == [("定襄县 2024年1-2月 待报送", 1, "/intake/entry/140921/2024-02/")]
    assert _todo(reviewer) == [("定襄县 2024年1月 待审核", 2, "/intake/review/140921/2024-01/")]
    assert _badge(reviewer) == 1
    reviewer.post(
        "/intake/review/140921/2024-01/", {"action": "return_figures", "ret-fai": "请核对"}
    )
    assert _todo(reporter) == [
        ("定襄县 2024年1月 退回待修改", 1, "/intake/entry/140921/2024-01/"),
        ("定襄县 2024年1-2月 待报送", 1, "/intake/entry/140921/2024-02/"),
    ]
    assert _todo(reviewer) == [("定襄县 2024年1月 待审核", 1, "/intake/review/140921/2024-01/")]
    home = reporter.get("/").content.decode()
    assert "data-todo" in home and "退回待修改" in home and "data-todo-total>2<" in home


@pytest.mark.parametrize("username", DEMO_ROLES)
def test_every_menu_link_opens_for_the_role_that_sees_it(username):
    client = _client(username)
    html = client.get("/").content.decode()
    nav = re.search(r'<nav class="sections">(.*?)</nav>', html, re.S)
    assert nav is not None
    links = re.findall(r'href="([^"]+)"', nav.group(1))
    assert "/" in links and "/todo/" in links
    for url in links:
        r = client.get(url)
        assert r.status_code == 200, (username, url, r.status_code)


def test_the_menu_hides_what_a_role_cannot_open():
    def links(username: str) -> list[str]:
        html = _client(username).get("/").content.decode()
        nav = re.search(r'<nav class="sections">(.*?)</nav>', html, re.S)
        assert nav is not None
        return re.findall(r'href="([^"]+)"', nav.group(1))

    assert links("leader") == ["/", "/projects/", "/followups/", "/reports/", "/targets/", "/todo/"]
    assert "/text/" not in links("unit_140921") and "/intake/" not in links("unit_140921")
    assert "/admin/" not in links("reporter_140921")
