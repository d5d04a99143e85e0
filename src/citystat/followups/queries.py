"""Reads for the follow-up board: what a user may see, counts per unit, notifications."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db.models import QuerySet

from citystat.accounts.models import User
from citystat.accounts.permissions import can_read_unit_files, sees_all_units

from .digest import SHANGHAI, Day, Item, group_by_day
from .models import Followup, Notification


def visible_followups(user: User) -> QuerySet[Followup]:
    qs = Followup.objects.select_related("rule", "region", "indicator", "project", "task")
    if sees_all_units(user):
        return qs
    return qs.filter(responsible_unit=user.unit_name) if user.unit_name else qs.none()


def can_see(user: User, f: Followup) -> bool:
    return can_read_unit_files(user, f.responsible_unit)


@dataclass
class UnitCount:
    unit: str
    open: int
    answered: int
    escalated: int
    closed: int

    @property
    def active(self) -> int:
        return self.open + self.answered + self.escalated


def unit_counts(qs: QuerySet[Followup]) -> list[UnitCount]:
    counts: Counter[tuple[str, str]] = Counter(qs.values_list("responsible_unit", "status"))
    units = sorted({u for u, _ in counts})
    rows = [
        UnitCount(
            u,
            counts[(u, "open")],
            counts[(u, "answered")],
            counts[(u, "escalated")],
            counts[(u, "closed")],
        )
        for u in units
    ]
    rows.sort(key=lambda r: (-r.escalated, -r.active, r.unit))
    return rows


def unread_count(user: User) -> int:
    return Notification.objects.filter(user=user, is_read=False).count()


# The page groups at most this many of a user's newest notifications.
DIGEST_ROWS = 1000


def digest(user: User, date: dt.date | None = None) -> list[Day]:
    """The user's notifications grouped per Shanghai day; only ``date`` when given."""
    qs = Notification.objects.filter(user=user)
    if date is not None:
        start = dt.datetime.combine(date, dt.time(), tzinfo=SHANGHAI)
        qs = qs.filter(created_at__gte=start, created_at__lt=start + dt.timedelta(days=1))
    rows = qs.values_list("created_at", "kind", "followup_id", "followup__title", "is_read")
    items = [Item(*row) for row in rows[:DIGEST_ROWS]]
    return group_by_day(items, Notification.Kind.choices)
