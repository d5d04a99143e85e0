"""The daily digest: pure grouping, the notifications page, `citystat followups digest`."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from click.testing import CliRunner

from citystat.accounts.models import User
from citystat.cli import cli
from citystat.followups.digest import Day, Item, group_by_day
from citystat.followups.models import Followup, Notification

UTC = dt.UTC
LABELS = Notification.Kind.choices


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_grouping_is_per_shanghai_day_newest_first_with_counts_in_kind_order():
    items = [
        Item(_at("2026-12-03T15:59"), "raise", 1, "甲", is_read=True),  # 12-03 23:59 local
        Item(_at("2026-12-03T16:00"), "answer", 2, "乙"),  # 12-04 00:00 local
        Item(_at("2026-12-04T02:00"), "raise", 3, "丙", is_read=True),
        Item(_at("2026-12-04T03:00"), "raise", 2, "乙", is_read=True),
        Item(_at("2026-12-04T04:00"), "escalate", 3, "丙", is_read=True),
    ]
    days = group_by_day(items, LABELS)
    assert days == [
        Day(
            dt.date(2026, 12, 4),
            [("新督办", 2), ("已答复", 1), ("升级", 1)],
            [(3, "丙"), (2, "乙")],
            unread=1,
        ),
        Day(dt.date(2026, 12, 3), [("新督办", 1)], [(1, "甲")], unread=0),
    ]
    assert [d.summary for d in days] == [
        "12月4日：新督办2项、已答复1项、升级1项",
        "12月3日：新督办1项",
    ]


def test_grouping_nothing_gives_no_days_and_unknown_kinds_come_last():
    assert group_by_day([], LABELS) == []
    (day,) = group_by_day(
        [
            Item(_at("2026-01-01T00:00"), "zzz", 1, "甲"),
            Item(_at("2026-01-01T01:00"), "close", 1, "甲"),
        ],
        LABELS,
    )
    assert day.summary == "1月1日：已办结1项、zzz1项"


@pytest.fixture
def notes(db):  # type: ignore[no-untyped-def]
    """A fresh user with five notifications over two Shanghai days."""
    user = User.objects.create_user("digest_tester", password="x", unit_name="测试局")
    f1, f2 = Followup.objects.order_by("pk")[:2]
    for at, kind, f, read in [
        ("2026-12-03T01:00", "raise", f1, True),
        ("2026-12-04T01:00", "raise", f1, False),
        ("2026-12-04T02:00", "raise", f2, False),
        ("2026-12-04T03:00", "answer", f2, True),
        ("2026-12-04T17:00", "close", f1, False),  # 12-05 01:00 local
    ]:
        n = Notification.objects.create(user=user, followup=f, kind=kind, message="x", is_read=read)
        Notification.objects.filter(pk=n.pk).update(created_at=_at(at))
    return user, f1, f2


def test_the_page_shows_one_block_per_day_and_mark_all_read_stays(client, notes):
    user, f1, f2 = notes
    client.force_login(user)
    html = client.get("/followups/notifications/").content.decode()
    heads = [part.split("</h2>")[0] for part in html.split("<h2>")[1:]]
    assert heads == [
        "12月5日：已办结1项 <strong>未读1条</strong>",
        "12月4日：新督办2项、已答复1项 <strong>未读2条</strong>",
        '12月3日：新督办1项 <span class="dim">已读</span>',
    ]
    day4 = html.split('data-date="2026-12-04"')[1].split("</section>")[0]
    assert day4.count("<li>") == 2
    assert f'href="/followups/{f2.pk}/"' in day4 and f'href="/followups/{f1.pk}/"' in day4
    assert 'class="digest-day unread" data-date="2026-12-05"' in html
    client.post("/followups/notifications/")
    assert not Notification.objects.filter(user=user, is_read=False).exists()
    html = client.get("/followups/notifications/").content.decode()
    assert "未读" not in html and html.count('class="digest-day"') == 3


def test_the_command_prints_one_block_per_user_for_that_day(notes):
    _user, f1, f2 = notes
    result = CliRunner().invoke(
        cli, ["followups", "digest", "--date", "2026-12-04", "--user", "digest_tester"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == (
        "digest_tester(测试局) 2026年12月4日：新督办2项、已答复1项\n"
        f"  #{f2.pk} {f2.title} /followups/{f2.pk}/\n"
        f"  #{f1.pk} {f1.title} /followups/{f1.pk}/\n"
    )


def test_the_command_says_so_when_the_day_is_empty_and_refuses_bad_input(notes):
    runner = CliRunner()
    result = runner.invoke(cli, ["followups", "digest", "--date", "2001-01-01"])
    assert (result.exit_code, result.output) == (0, "当日无通知\n")
    result = runner.invoke(cli, ["followups", "digest", "--date", "2026-13-01"])
    assert result.exit_code == 1
    assert result.output == "Error: 日期“2026-13-01”无法识别,请写成 YYYY-MM-DD,例如 2026-12-03。\n"
    result = runner.invoke(cli, ["followups", "digest", "--user", "nobody"])
    assert result.exit_code == 1
    assert result.output == "Error: 用户“nobody”不存在,请检查 --user 的登录名。\n"


def test_actions_record_the_kind(db):
    # The demo replay raised, answered, escalated and closed follow-ups through actions.py.
    seen = set(Notification.objects.values_list("kind", flat=True))
    assert "other" not in seen and {"raise", "escalate", "close"} <= seen


def test_the_migration_classifies_existing_rows_by_message_prefix():
    mod = importlib.import_module("citystat.followups.migrations.0003_digest_notification_kind")
    assert [
        mod.classify(m)
        for m in [
            "新督办:甲,请于2026-12-31前答复。",
            "定襄县人民政府已答复:甲",
            "督办已办结:甲",
            "督办升级(第2次):甲",
            "别的",
        ]
    ] == ["raise", "answer", "close", "escalate", "other"]
