"""Every write to observations goes through here: one transaction, one revision per change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from citystat.indicators.models import Indicator
from citystat.observations.models import Observation, Revision, Source, Status
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.accounts.models import User


@dataclass(frozen=True)
class ObservationInput:
    """One figure to store, as the bulk loaders hand it over."""

    indicator: Indicator
    region: Region
    year: int
    month: int
    value: Decimal | None
    growth_reported: Decimal | None = None
    combined_jan_feb: bool = False
    status: str = Status.APPROVED
    source: str = Source.SYNTHETIC
    is_synthetic: bool = True
    source_url: str = ""
    note: str = ""


@transaction.atomic
def record_observation(
    *,
    indicator: Indicator,
    region: Region,
    year: int,
    month: int,
    value: Decimal | None,
    growth_reported: Decimal | None = None,
    status: str = Status.DRAFT,
    source: str = Source.FORM,
    user: User | None = None,
    reason: str = "",
    is_synthetic: bool = False,
    source_url: str = "",
) -> Observation:
    """Create or change one observation and write its revision; no-op when nothing changed."""
    obs = (
        Observation.objects.select_for_update()
        .filter(indicator=indicator, region=region, year=year, month=month)
        .first()
    )
    combined = month == 2 and indicator.cumulative and indicator.combined_jan_feb
    if obs is None:
        obs = Observation.objects.create(
            indicator=indicator,
            region=region,
            year=year,
            month=month,
            combined_jan_feb=combined,
            value=value,
            growth_reported=growth_reported,
            status=status,
            source=source,
            is_synthetic=is_synthetic,
            source_url=source_url,
            updated_by=user,
        )
        Revision.objects.create(
            observation=obs,
            action=Revision.Action.CREATE,
            changed_by=user,
            new_value=value,
            new_growth=growth_reported,
            new_status=status,
            source=source,
            reason=reason,
        )
        return obs
    if obs.value == value and obs.growth_reported == growth_reported and obs.status == status:
        return obs
    Revision.objects.create(
        observation=obs,
        action=Revision.Action.UPDATE
        if (obs.value, obs.growth_reported) != (value, growth_reported)
        else Revision.Action.STATUS,
        changed_by=user,
        old_value=obs.value,
        new_value=value,
        old_growth=obs.growth_reported,
        new_growth=growth_reported,
        old_status=obs.status,
        new_status=status,
        source=source,
        reason=reason,
    )
    obs.value = value
    obs.growth_reported = growth_reported
    obs.status = status
    obs.source = source
    obs.is_synthetic = is_synthetic
    obs.source_url = source_url or obs.source_url
    obs.updated_by = user
    obs.save()
    return obs


@transaction.atomic
def set_status(
    *, observation: Observation, status: str, user: User | None, reason: str = ""
) -> Observation:
    """Move an observation through draft → submitted → approved / returned, audited."""
    if observation.status == status:
        return observation
    Revision.objects.create(
        observation=observation,
        action=Revision.Action.STATUS,
        changed_by=user,
        old_value=observation.value,
        new_value=observation.value,
        old_growth=observation.growth_reported,
        new_growth=observation.growth_reported,
        old_status=observation.status,
        new_status=status,
        source=observation.source,
        reason=reason,
    )
    observation.status = status
    observation.updated_by = user
    observation.save(update_fields=["status", "updated_by", "updated_at"])
    return observation


@transaction.atomic
def bulk_create_observations(
    rows: Iterable[ObservationInput], *, user: User | None = None, reason: str = ""
) -> int:
    """Insert many new observations with their creation revisions (for loads into empty periods)."""
    objs = [
        Observation(
            indicator=r.indicator,
            region=r.region,
            year=r.year,
            month=r.month,
            combined_jan_feb=r.combined_jan_feb,
            value=r.value,
            growth_reported=r.growth_reported,
            status=r.status,
            source=r.source,
            is_synthetic=r.is_synthetic,
            source_url=r.source_url,
            note=r.note,
            updated_by=user,
        )
        for r in rows
    ]
    created = Observation.objects.bulk_create(objs, batch_size=2000)
    # bulk_create returns primary keys on PostgreSQL and SQLite ≥ 3.35, both of which we support.
    Revision.objects.bulk_create(
        [
            Revision(
                observation=o,
                action=Revision.Action.CREATE,
                changed_by=user,
                new_value=o.value,
                new_growth=o.growth_reported,
                new_status=o.status,
                source=o.source,
                reason=reason,
            )
            for o in created
        ],
        batch_size=2000,
    )
    return len(created)


def recompute_derived() -> int:
    """Rebuild the stored derived figures (after approval, import or a target change)."""
    from citystat.observations.derivation import recompute_derived as rebuild

    return rebuild()
