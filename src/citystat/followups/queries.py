"""Reads for the follow-up board: what a user may see, counts per unit, notifications."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import QuerySet

from citystat.accounts.models import User
from citystat.projects.permissions import can_read_unit_files, sees_all_units

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
