"""Stage 5: compare with what is stored (old → new) and write through observations.actions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction

from citystat.importers.harmonise import Row
from citystat.importers.problems import Problem, error
from citystat.indicators.models import Indicator
from citystat.observations import actions
from citystat.observations.models import Observation, Source, Status
from citystat.regions.models import Region

if TYPE_CHECKING:
    from django.db.models import Model

    from citystat.accounts.models import User

# Stored with six decimals; compare at that precision so re-importing the same file is a no-op.
Q = Decimal("0.000001")


def _q(x: Decimal | None) -> Decimal | None:
    if x is None:
        return None
    try:
        return x.quantize(Q)
    except InvalidOperation:  # beyond the column: the checks refuse it, the plan keeps it as is
        return x


@dataclass
class Change:
    row: Row
    indicator: Indicator
    region: Region
    old_value: Decimal | None
    new_value: Decimal | None
    old_growth: Decimal | None
    new_growth: Decimal | None
    old_status: str
    existing: Observation | None

    @property
    def old_status_label(self) -> str:
        return Status(self.old_status).label if self.old_status else "新增"

    @property
    def kind(self) -> str:
        if self.existing is None:
            return "create"
        if (self.old_value, self.old_growth) == (self.new_value, self.new_growth):
            return "same"
        return "update"


def plan(rows: list[Row], year: int, month: int) -> list[Change]:
    """One Change per row that carries a figure, with the stored values it would replace."""
    indicators = {i.code: i for i in Indicator.objects.filter(code__in={r.indicator for r in rows})}
    regions = {r.code: r for r in Region.objects.filter(code__in={r.region for r in rows})}
    stored = {
        (o.indicator.code, o.region.code): o
        for o in Observation.objects.filter(
            year=year,
            month=month,
            indicator__in=indicators.values(),
            region__in=regions.values(),
        ).select_related("indicator", "region")
    }
    out = []
    for row in rows:
        if row.value is None and row.growth is None:
            continue
        obs = stored.get((row.indicator, row.region))
        out.append(
            Change(
                row=row,
                indicator=indicators[row.indicator],
                region=regions[row.region],
                old_value=obs.value if obs else None,
                new_value=_q(row.value),
                old_growth=obs.growth_reported if obs else None,
                new_growth=_q(row.growth),
                old_status=obs.status if obs else "",
                existing=obs,
            )
        )
    return out


def lock_problems(changes: list[Change], reason: str) -> list[Problem]:
    if reason.strip():
        return []
    return [
        error(
            f"{c.region.name}“{c.indicator.name}”已审核锁定(原值 {c.old_value}),修改须填写原因,修改后重新进入审核。",
            code="locked",
            sheet=c.row.sheet,
            row=c.row.row,
            column=c.row.columns.get("value", ""),
        )
        for c in changes
        if c.kind == "update" and c.old_status == Status.APPROVED
    ]


@transaction.atomic
def apply(
    changes: list[Change],
    *,
    year: int,
    month: int,
    user: User | None,
    source: str = Source.IMPORT,
    reason: str = "",
    explanation: str = "",
    origin: Model | None = None,
) -> int:
    """Write every change as a draft in one transaction; returns how many figures changed.

    ``origin``: the import batch or text document, kept on each revision. Submitting is a
    step of its own (``ingest.submit_stored``).
    """
    status = Status.DRAFT
    new = [
        actions.ObservationInput(
            indicator=c.indicator,
            region=c.region,
            year=year,
            month=month,
            value=c.new_value,
            growth_reported=c.new_growth,
            combined_jan_feb=month == 2 and c.indicator.cumulative and c.indicator.combined_jan_feb,
            status=status,
            source=source,
            is_synthetic=False,
            note=(c.row.note or explanation)[:300],
        )
        for c in changes
        if c.kind == "create"
    ]

    def write_one(
        indicator: Indicator,
        region: Region,
        value: Decimal | None,
        growth: Decimal | None,
        note: str | None,
    ) -> Observation:
        """One figure as a change of what is stored now (a no-op when equal)."""
        return actions.record_observation(
            indicator=indicator,
            region=region,
            year=year,
            month=month,
            value=value,
            growth_reported=growth,
            status=status,
            source=source,
            user=user,
            reason=reason or explanation,
            note=note,
            origin=origin,
        )

    try:
        with transaction.atomic():  # a savepoint: the same entry may be posted twice at once
            count = actions.bulk_create_observations(
                new, user=user, reason=reason or explanation, origin=origin
            )
    except IntegrityError:
        # The twin request stored some of these first: store them one by one, each as a
        # change of what is stored now (a no-op when equal), so this answers with the saved state.
        count = 0
        for n in new:
            write_one(n.indicator, n.region, n.value, n.growth_reported, n.note or None)
            count += 1
    left_approval = []
    for c in changes:
        if c.kind != "update":
            continue
        note = (c.row.note or explanation)[:300] or None
        stored = write_one(c.indicator, c.region, c.new_value, c.new_growth, note)
        if c.old_status == Status.APPROVED:
            left_approval.append(stored)
        count += 1
    if left_approval:
        # Corrections of published figures go back to review: their derived figures (and
        # those they feed) are rebuilt without them until they are approved again.
        actions.recompute_for_observations(left_approval)
    return count
