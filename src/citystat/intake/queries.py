"""Reads for the intake pages: the unit's indicators for a month, status boards, audit."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import F, Q, QuerySet

from citystat.accounts.permissions import (
    can_read_drafts,
    can_review,
    can_write,
    draft_regions,
    is_admin,
)
from citystat.importers.template import TemplateLine
from citystat.indicators.models import Indicator
from citystat.observations.models import Explanation, Observation, Revision, Status
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.accounts.models import User

QUARTER_END = {3, 6, 9, 12}


def indicators_for(region: Region, month: int, user: User | None = None) -> list[Indicator]:
    """What a unit reports for a month: monthly indicators; quarterly ones in quarter-end months."""
    freqs = ["monthly"]
    if month in QUARTER_END:
        freqs.append("quarterly")
    if month == 12:
        freqs.append("annual")
    qs = Indicator.objects.filter(frequency__in=freqs).select_related("dimension")
    if user is not None and not is_admin(user):
        assigned = list(user.indicators.values_list("id", flat=True))
        if assigned:
            qs = qs.filter(id__in=assigned)
    return list(qs)


def template_lines(
    region: Region, year: int, month: int, user: User | None = None
) -> list[TemplateLine]:
    indicators = indicators_for(region, month, user)
    stored = {
        (o.indicator_id, o.year): o
        for o in Observation.objects.filter(
            region=region, indicator__in=indicators, month=month, year__in=(year - 1, year)
        )
    }
    lines = []
    for ind in indicators:
        prior = stored.get((ind.pk, year - 1))
        current = stored.get((ind.pk, year))
        lines.append(
            TemplateLine(
                code=ind.code,
                name=ind.name,
                unit=ind.unit,
                prior=prior.value if prior else None,
                cumulative=ind.cumulative,
                value=current.value if current else None,
                growth=current.growth_reported if current else None,
            )
        )
    return lines


def writable_regions(user: User) -> list[Region]:
    if is_admin(user):
        return list(
            Region.objects.filter(level__in=["city", "county"]).order_by("sort_order", "code")
        )
    return [r for r in user.regions.all().order_by("sort_order", "code") if can_write(user, r)]


def reviewable_regions(user: User) -> list[Region]:
    regions = Region.objects.filter(level__in=["city", "county"]).order_by("sort_order", "code")
    return [r for r in regions if can_review(user, r)]


def visible_observations(user: User) -> QuerySet[Observation]:
    """Approved figures for everyone signed in; unapproved ones only where drafts may be read."""
    qs = Observation.objects.select_related("indicator", "region")
    regions = draft_regions(user)
    if regions is None:
        return qs
    return qs.filter(Q(status=Status.APPROVED) | Q(region_id__in=regions))


@dataclass
class PeriodEntry:
    indicator: Indicator
    observation: Observation | None
    prior: Decimal | None
    value_text: str = ""
    growth_text: str = ""
    note_text: str = ""
    returned: Revision | None = None  # the reviewer's return of this very figure, with its reason
    cause_text: str = ""  # the 原因说明 entered with the figure (stage intake)


def latest_returns(observations: list[Observation]) -> dict[int, Revision]:
    """The newest return (who, when, reason, the value returned) of each figure that has one."""
    out: dict[int, Revision] = {}
    for rev in (
        Revision.objects.filter(observation__in=observations, new_status=Status.RETURNED)
        .select_related("changed_by")
        .order_by("changed_at", "id")
    ):
        out[rev.observation_id] = rev
    return out


@dataclass(frozen=True)
class Resubmitted:
    """A figure returned, then changed and submitted again: what the reviewer compares."""

    returned: Revision
    value_changed: bool
    growth_changed: bool

    @property
    def changed(self) -> bool:
        return self.value_changed or self.growth_changed


def resubmissions(observations: list[Observation]) -> dict[int, Resubmitted]:
    """Submitted figures that were returned before: the returned value and whether it moved."""
    returns = latest_returns([o for o in observations if o.status == Status.SUBMITTED])
    out = {}
    for o in observations:
        rev = returns.get(o.pk)
        if rev is None or o.status != Status.SUBMITTED:
            continue
        out[o.pk] = Resubmitted(rev, rev.new_value != o.value, rev.new_growth != o.growth_reported)
    return out


def plain(x: Decimal | None) -> str:
    """A stored Decimal as a person would type it (3.200000 → 3.2)."""
    if x is None:
        return ""
    text = f"{x:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def period_entries(
    region: Region,
    year: int,
    month: int,
    user: User | None = None,
    indicators: list[Indicator] | None = None,
) -> list[PeriodEntry]:
    """The unit-month's rows; ``indicators``: ``indicators_for(region, month, user)`` if the
    caller has it already."""
    if indicators is None:
        indicators = indicators_for(region, month, user)
    obs = {
        o.indicator_id: o
        for o in Observation.objects.filter(
            region=region, year=year, month=month, indicator__in=indicators
        )
    }
    prior = dict(
        Observation.objects.filter(
            region=region, year=year - 1, month=month, indicator__in=indicators
        ).values_list("indicator_id", "value")
    )
    returns = latest_returns([o for o in obs.values() if o.status == Status.RETURNED])
    causes = (
        dict(
            Explanation.objects.filter(
                region=region, year=year, month=month, stage=Explanation.Stage.INTAKE
            ).values_list("indicator_id", "text")
        )
        if obs
        else {}
    )
    out = []
    for i in indicators:
        o = obs.get(i.pk)
        out.append(
            PeriodEntry(
                i,
                o,
                prior.get(i.pk),
                plain(o.value) if o else "",
                plain(o.growth_reported) if o else "",
                o.note if o else "",
                returns.get(o.pk) if o else None,
                causes.get(i.pk, ""),
            )
        )
    return out


def period_causes(region: Region, year: int, month: int) -> dict[tuple[int, str], Explanation]:
    """(indicator id, stage) → the 原因说明 of a unit-month's figures, in one query."""
    return {
        (e.indicator_id, e.stage): e
        for e in Explanation.objects.filter(region=region, year=year, month=month)
    }


def status_summary(observations: list[Observation]) -> str:
    counts = Counter(o.status for o in observations)
    if not counts:
        return "none"
    for status in (Status.RETURNED, Status.DRAFT, Status.SUBMITTED):
        if counts.get(status):
            return status
    return Status.APPROVED


@dataclass
class BoardCell:
    status: str  # none | draft | submitted | approved | returned
    counts: dict[str, int] = field(default_factory=dict)
    late: bool = False


@dataclass
class Board:
    months: list[tuple[int, int]]
    rows: list[tuple[Region, list[BoardCell]]]


def completeness_board(
    user: User, year: int, today: tuple[int, int], deadline_day: int = 10
) -> Board:
    """Which unit has submitted which month of a year, and what is late.

    A month is due in the following month; after that a missing or unsubmitted month is late.
    """
    regions = reviewable_regions(user) or [
        r for r in Region.objects.filter(level="county") if can_read_drafts(user, r)
    ]
    months = [(year, m) for m in range(1, 13) if (year, m) < today]
    counts: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for region_id, month, status in Observation.objects.filter(
        year=year, region__in=regions
    ).values_list("region_id", "month", "status"):
        counts[(region_id, month)][status] += 1
    rows = []
    for r in regions:
        cells = []
        for y, m in months:
            c = counts.get((r.pk, m), Counter())
            if not c:
                status = "none"
            elif c.get(Status.RETURNED):
                status = Status.RETURNED
            elif c.get(Status.DRAFT):
                status = Status.DRAFT
            elif c.get(Status.SUBMITTED):
                status = Status.SUBMITTED
            else:
                status = Status.APPROVED
            due = (y + (m == 12), 1 if m == 12 else m + 1)
            overdue = today > due
            cells.append(
                BoardCell(status, dict(c), late=status in {"none", "draft", "returned"} and overdue)
            )
        rows.append((r, cells))
    return Board(months, rows)


def user_can_write_any(user: User, region: Region) -> bool:
    return can_write(user, region)


def next_due(last: tuple[int, int], now: tuple[int, int]) -> tuple[int, int] | None:
    """The month due after ``last`` (the newest submitted or approved month), once it has
    ended: 2024-01 after 2023-12; None while that month is still running."""
    y, m = last
    due = (y + 1, 1) if m == 12 else (y, m + 1)
    return due if due < now else None


def due_periods(regions: list[Region]) -> dict[Region, tuple[int, int]]:
    """The month each unit must report now (see ``next_due``)."""
    from django.db.models import Max

    from citystat.intake.context import today

    now = today()
    newest = dict(
        Observation.objects.filter(
            region__in=regions, status__in=(Status.SUBMITTED, Status.APPROVED)
        )
        .values("region_id")
        .annotate(last=Max(F("year") * 100 + F("month")))
        .values_list("region_id", "last")
    )
    out = {}
    for r in regions:
        last = newest.get(r.pk)
        due = None if last is None else next_due(divmod(last, 100), now)
        if due is not None:
            out[r] = due
    return out
