"""The board per unit, answering, closing by hand, notifications, and who sees what."""

from __future__ import annotations

import datetime as dt

import pytest

from citystat.accounts.models import User
from citystat.followups import actions as fa
from citystat.followups.models import Followup, Notification

pytestmark = pytest.mark.django_db


def _login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def test_the_demo_replays_2023_into_a_full_cycle():
    statuses = set(Followup.objects.values_list("status", flat=True))
    assert {"closed", "escalated", "answered"} <= statuses
    late_start = Followup.objects.get(subject="milestone:XZ-2023-009:start")
    assert (late_start.year, late_start.month, late_start.status) == (2023, 4, "closed")
    assert late_start.closed_reason == "2023年8月数据复核:问题已消除,自动办结。"
    assert late_start.escalation_level == 2  # May and June; July is logged only (cap of 2)
    assert [e.action for e in late_start.events.all()] == [
        "raise",
        "escalate",
        "escalate",
        "recheck",
        "close",
    ]
    behind = Followup.objects.get(subject="project:XZ-2023-009:behind")
    assert behind.responsible_unit == "代县人民政府"
    assert behind.status == "escalated"


def test_a_responsible_unit_sees_only_its_own_follow_ups(client):
    _login(client, "unit_140921")
    html = client.get("/followups/").content.decode()
    mine = Followup.objects.filter(responsible_unit="定襄县人民政府")
    assert mine.exists()
    assert "各责任单位" not in html
    assert "原平市人民政府" not in html
    other = Followup.objects.exclude(responsible_unit="定襄县人民政府").first()
    assert client.get(f"/followups/{other.pk}/").status_code == 403


def test_leaders_see_every_unit_on_the_board(client, django_assert_max_num_queries):
    _login(client, "leader")
    with django_assert_max_num_queries(12):
        html = client.get("/followups/").content.decode()
    assert "各责任单位" in html
    assert 'data-unit="代县人民政府"' in html and 'data-unit="定襄县人民政府"' in html
    html = client.get("/followups/?unit=代县人民政府&status=all").content.decode()
    assert "代县黄草院抽水蓄能电站投资进度落后" in html
    assert "定襄县" not in html.split('<table class="grid followups">')[1]


def test_the_unit_answers_and_the_reviewer_is_notified(client):
    f = Followup.objects.filter(responsible_unit="原平市人民政府", status="escalated").first()
    _login(client, "unit_140981")
    r = client.post(
        f"/followups/{f.pk}/answer/", {"text": "已约谈施工单位,增加作业面,12月底前追回进度。"}
    )
    assert r.status_code == 302
    f.refresh_from_db()
    assert f.status == "escalated"  # an answer does not undo an escalation
    assert f.responses.last().text == "已约谈施工单位,增加作业面,12月底前追回进度。"
    reviewer = User.objects.get(username="reviewer")
    assert Notification.objects.filter(user=reviewer, followup=f, is_read=False).exists()


def test_a_short_answer_is_refused_and_others_cannot_answer(client):
    f = Followup.objects.filter(responsible_unit="原平市人民政府").exclude(status="closed").first()
    with pytest.raises(fa.FollowupError, match="答复内容过短"):
        fa.answer(f, user=User.objects.get(username="unit_140981"), text="好")
    with pytest.raises(fa.FollowupError) as exc:
        fa.answer(f, user=User.objects.get(username="unit_140921"), text="这不是我们的事项。")
    assert str(exc.value) == "只有责任单位(原平市人民政府)可以答复此督办。"


def test_a_manual_follow_up_is_raised_answered_and_closed_by_hand(client):
    _login(client, "reviewer")
    r = client.post(
        "/followups/new/",
        {
            "title": "市教育局放心午餐食材抽检",
            "detail": "请报送第四季度抽检结果。",
            "responsible_unit": "市教育局",
            "period": "2023-12",
            "deadline": "2024-01-15",
        },
    )
    f = Followup.objects.get(title="市教育局放心午餐食材抽检")
    assert r.status_code == 302 and f.rule is None and f.status == "open"
    unit = User.objects.get(username="unit_jyj")
    assert Notification.objects.filter(user=unit, followup=f).count() == 1
    fa.answer(f, user=unit, text="已完成36所学校抽检,全部合格,报告已报送。")
    f.refresh_from_db()
    assert f.status == "answered"
    # A manual follow-up is not touched by the monthly re-check.
    fa.recheck(2024, 1)
    f.refresh_from_db()
    assert f.status == "answered"
    client.post(f"/followups/{f.pk}/close/", {"note": "答复属实,办结。"})
    f.refresh_from_db()
    assert (f.status, f.closed_reason) == ("closed", "答复属实,办结。")
    assert [e.action for e in f.events.all()] == ["raise", "answer", "close"]


def test_a_responsible_unit_cannot_raise_or_close(client):
    _login(client, "unit_140921")
    assert client.get("/followups/new/").status_code == 403
    f = Followup.objects.filter(responsible_unit="定襄县人民政府").exclude(status="closed").first()
    client.post(f"/followups/{f.pk}/close/", {"note": "自行办结"})
    f.refresh_from_db()
    assert f.status != "closed"
    with pytest.raises(fa.FollowupError, match="只有审核员、领导或管理员可以办结督办"):
        fa.close(f, user=User.objects.get(username="unit_140921"), note="x")


def test_opening_a_follow_up_marks_its_notifications_read(client):
    user = User.objects.get(username="unit_140921")
    n = Notification.objects.filter(user=user, is_read=False).first()
    assert n is not None
    _login(client, "unit_140921")
    client.get(f"/followups/{n.followup_id}/")
    n.refresh_from_db()
    assert n.is_read


def test_bad_period_is_refused_in_chinese(client):  # type: ignore[no-untyped-def]
    """The one month parser's message (stats.periods.parse_month), and nothing is raised."""
    _login(client, "reviewer")
    before = Followup.objects.count()
    r = client.post(
        "/followups/new/",
        {
            "title": "核实数据",
            "responsible_unit": "定襄县统计局",
            "period": "2023-13",
            "deadline": "2024-01-15",
        },
    )
    assert r.status_code == 200
    assert "未保存:期别“2023-13”不存在,月份应为 01–12。" in r.content.decode()
    assert Followup.objects.count() == before


def test_deadline_is_the_month_end_plus_the_rule_days():
    f = Followup.objects.get(subject="milestone:XZ-2023-009:start")
    assert f.deadline == dt.date(2023, 5, 15)
