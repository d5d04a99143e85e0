"""The daily digest of a user's follow-up notifications (pure: no Django).

One entry per calendar day in Asia/Shanghai, newest day first: counts by kind in the
order given (``Notification.Kind.choices``), the follow-ups concerned (each once, newest
first) and how many of that day's notifications are still unread.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Item:
    """One notification as the digest sees it."""

    at: dt.datetime  # timezone-aware
    kind: str
    followup_id: int
    title: str
    is_read: bool = False


@dataclass
class Day:
    date: dt.date
    counts: list[tuple[str, int]] = field(default_factory=list)  # (label, n), n > 0
    followups: list[tuple[int, str]] = field(default_factory=list)  # (id, title)
    unread: int = 0

    @property
    def summary(self) -> str:
        """「12月4日：新督办2项、已答复1项」."""
        parts = "、".join(f"{label}{n}项" for label, n in self.counts)
        return f"{self.date.month}月{self.date.day}日：{parts}"


def local_date(at: dt.datetime, tz: dt.tzinfo = SHANGHAI) -> dt.date:
    return at.astimezone(tz).date()


def group_by_day(
    items: Iterable[Item], labels: Sequence[tuple[str, str]], tz: dt.tzinfo = SHANGHAI
) -> list[Day]:
    """Group notifications into one ``Day`` per local date, newest day first.

    ``labels`` is the ordered (kind, label) list; a kind not in it is counted under its own
    code after the known ones.
    """
    order = {kind: i for i, (kind, _) in enumerate(labels)}
    names = dict(labels)
    by_day: dict[dt.date, list[Item]] = {}
    for it in sorted(items, key=lambda i: i.at, reverse=True):
        by_day.setdefault(local_date(it.at, tz), []).append(it)
    days = []
    for date in sorted(by_day, reverse=True):
        rows = by_day[date]
        counts = Counter(r.kind for r in rows)
        kinds = sorted(counts, key=lambda k: (order.get(k, len(order)), k))
        seen: dict[int, str] = {}
        for r in rows:
            seen.setdefault(r.followup_id, r.title)
        days.append(
            Day(
                date=date,
                counts=[(names.get(k, k), counts[k]) for k in kinds],
                followups=list(seen.items()),
                unread=sum(not r.is_read for r in rows),
            )
        )
    return days
