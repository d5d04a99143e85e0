"""Periods follow the data: defaults, approved county months at once, a month without data said so."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _client(username: str) -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def test_intake_and_board_default_to_the_month_now_due_not_the_calendar():
    reporter = _client("reporter_140921")
    html = reporter.get("/intake/").content.decode()
    assert 'name="period" id="period" value="2024-01"' in html
    board = _client("reviewer").get("/intake/board/").content.decode()
    assert re.search(r"<option[^>]*selected[^>]*>2024<", board) or "2024年" in board


def test_an_approved_county_month_shows_at_once_with_the_city_total_pending(
    django_capture_on_commit_callbacks,
):
    from citystat.dashboard.periods import forget_caches

    forget_caches()
    reporter, reviewer, leader = (
        _client("reporter_140921"),
        _client("reviewer"),
        _client("leader"),
    )
    r = reporter.post(
        "/intake/entry/140921/2024-01/",
        {"action": "submit", "v_fai": "1.5", "v_retail": "5.2", "explanation": "一月开工较少"},
        follow=True,
    )
    assert "已提交审核 2 个" in r.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        r = reviewer.post("/intake/review/140921/2024-01/", {"action": "approve"}, follow=True)
    assert "已审核通过 2 个数据" in r.content.decode()
    home = leader.get("/").content.decode()
    assert "<small>2024年1月</small>" in home
    assert "data-city-pending" in home and "忻州市全市合计「待审定」" in home
    assert re.search(r'<option value="2024-01" selected>2024年1月 \(全市待审定\)</option>', home)
    assert '<option value="2023-12">2023年</option>' in home
    county = leader.get("/indicator/fai/?region=140921&period=2024-01").content.decode()
    assert "1.50" in county or "1.5" in county
    # a month without data says so and shows the newest one
    asked = leader.get("/?period=2024-05").content.decode()
    assert "2024年1-5月暂无已审定的数据,下面显示的是有数据的最新一期(2024年1月)。" in asked
    assert "data-period-missing" not in leader.get("/?period=2023-11").content.decode()
