"""Writes to targets: each change is a new version; the old one stays for the record."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from citystat.audit import actions as audit
from citystat.audit.models import EventType
from citystat.indicators.models import Indicator
from citystat.regions.models import Region
from citystat.targets.models import Target
from citystat.targets.signals import targets_changed

if TYPE_CHECKING:
    from citystat.accounts.models import User


@transaction.atomic
def set_target(
    *,
    indicator: Indicator,
    region: Region,
    year: int,
    target_value: Decimal | None = None,
    target_growth: Decimal | None = None,
    user: User | None = None,
    reason: str = "",
    is_synthetic: bool = False,
    recompute: bool = True,
) -> Target:
    """Set the current target (a new version when it changes) and refresh the derived figures.

    Only the figures of that indicator and year are rebuilt: nothing else reads a target.
    Bulk loaders pass ``recompute=False`` and rebuild once at the end.
    """
    if target_value is None and target_growth is None:
        raise ValueError("目标需要给出目标值或目标增速")
    current = (
        Target.objects.select_for_update()
        .filter(indicator=indicator, region=region, year=year, is_current=True)
        .first()
    )
    if current and current.target_value == target_value and current.target_growth == target_growth:
        return current
    version = 1
    if current:
        version = current.version + 1
        current.is_current = False
        current.save(update_fields=["is_current"])
    target = Target.objects.create(
        indicator=indicator,
        region=region,
        year=year,
        version=version,
        target_value=target_value,
        target_growth=target_growth,
        set_by=user,
        reason=reason,
        is_synthetic=is_synthetic,
    )
    audit.record(
        EventType.TARGET_SET,
        obj=target,
        user=user,
        reason=reason,
        old=_state(current) if current else None,
        new=_state(target),
    )
    # The observations app rebuilds what the target reaches (``recompute``) and moves the
    # data version, which the page caches key on (the home page's "no targets yet" reminder
    # depends on targets even for a year without figures).
    targets_changed.send(
        sender=Target, indicators={indicator.pk}, year=year, regions={region.pk}, rebuild=recompute
    )
    return target


def _state(target: Target) -> dict[str, object]:
    """A target version as the audit log records it."""
    return {
        "target_value": target.target_value,
        "target_growth": target.target_growth,
        "version": target.version,
    }


@transaction.atomic
def delete_target(*, target: Target, user: User | None, reason: str) -> None:
    """Delete one target version (the admin's delete), audited; no rebuild of figures here
    beyond what ``targets_changed`` asks for."""
    audit.record(EventType.TARGET_DELETED, obj=target, user=user, reason=reason, old=_state(target))
    indicator_id, region_id, year = target.indicator_id, target.region_id, target.year
    target.delete()
    targets_changed.send(
        sender=Target, indicators={indicator_id}, year=year, regions={region_id}, rebuild=True
    )


@transaction.atomic
def load_targets(
    rows: Iterable[tuple[object, ...]],
    *,
    user: User | None = None,
    reason: str = "",
    is_synthetic: bool = False,
) -> int:
    """Store many first targets in bulk: (indicator id, region id, year, value, growth) tuples.

    For years that have no target yet (bulk loads, benchmark data); each becomes version 1
    and current. No rebuild: the loader rebuilds the derived figures once at the end.
    """
    from django.utils import timezone

    from citystat.bulk import db_datetime, write_rows

    now, user_id = db_datetime(timezone.now()), (user.pk if user is not None else None)
    count = write_rows(
        Target._meta.db_table,
        (
            "indicator_id",
            "region_id",
            "year",
            "target_value",
            "target_growth",
            "version",
            "is_current",
            "reason",
            "is_synthetic",
            "set_at",
            "set_by_id",
        ),
        ((*row, 1, True, reason[:300], is_synthetic, now, user_id) for row in rows),
    )
    audit.record(EventType.TARGETS_LOADED, user=user, reason=reason, extra={"count": count})
    return count
