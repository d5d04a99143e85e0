"""Feeds stored observations to the statistics engine and stores what it derives.

The engine (``citystat.stats.batch.derive``) is pure and vectorised; this module only
moves data between the database and DataFrames.
"""

from __future__ import annotations

import math

import pandas as pd
from django.db import transaction

from citystat.indicators.models import Indicator
from citystat.observations.models import DerivedFigure, Observation, Status
from citystat.regions.models import Region
from citystat.stats.batch import derive
from citystat.targets.models import Target

FIELDS = (
    "value",
    "monthly_value",
    "base_value",
    "growth",
    "growth_derived",
    "monthly_growth",
    "pull",
    "contribution",
    "share_of_parent_region",
    "rank",
    "rank_change",
    "target_value",
    "target_growth",
    "completion",
    "time_progress",
    "progress_gap",
    "growth_gap",
)


# Model field → engine column where the names differ.
ENGINE_NAMES = {"share_of_parent_region": "share_of_region_parent"}


def frames(*, approved_only: bool = True) -> dict[str, pd.DataFrame]:
    obs = Observation.objects.all()
    if approved_only:
        obs = obs.filter(status=Status.APPROVED)
    observations = pd.DataFrame.from_records(
        list(
            obs.values_list(
                "indicator__code", "region__code", "year", "month", "value", "growth_reported"
            )
        ),
        columns=["indicator", "region", "year", "month", "value", "growth_reported"],
    )
    for col in ("value", "growth_reported"):
        observations[col] = pd.to_numeric(observations[col], errors="coerce").astype(float)
    catalogue = pd.DataFrame.from_records(
        [
            {
                "indicator": i.code,
                "cumulative": i.cumulative,
                "additive": i.additive,
                "higher_is_better": i.higher_is_better,
                # A rate in percent moves by percentage points, never by a % growth (§4).
                "growth_method": "none"
                if i.unit == "%" and i.growth_method == "computed"
                else i.growth_method,
                "decimals": i.decimals,
                "growth_decimals": i.growth_decimals,
                "parent": i.parent.code if i.parent else None,
                "progress_basis": i.progress_basis,
            }
            for i in Indicator.objects.select_related("parent")
        ]
    )
    regions = pd.DataFrame.from_records(
        [
            {
                "region": r.code,
                "parent": r.parent.code if r.parent else None,
                "rankable": r.is_county,
            }
            for r in Region.objects.select_related("parent")
        ]
    )
    targets = pd.DataFrame.from_records(
        list(
            Target.objects.filter(is_current=True).values_list(
                "indicator__code", "region__code", "year", "target_value", "target_growth"
            )
        ),
        columns=["indicator", "region", "year", "target_value", "target_growth"],
    )
    for col in ("target_value", "target_growth"):
        targets[col] = pd.to_numeric(targets[col], errors="coerce").astype(float)
    return {
        "observations": observations,
        "catalogue": catalogue,
        "regions": regions,
        "targets": targets,
    }


def _clean(x: object) -> object:
    if x is None:
        return None
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


@transaction.atomic
def recompute_derived() -> int:
    """Rebuild the whole derived table from approved observations, in one transaction."""
    data = frames()
    if data["observations"].empty:
        DerivedFigure.objects.all().delete()
        return 0
    out = derive(data["observations"], data["catalogue"], data["regions"], data["targets"])
    indicator_ids = dict(Indicator.objects.values_list("code", "id"))
    region_ids = dict(Region.objects.values_list("code", "id"))
    DerivedFigure.objects.all().delete()
    rows = []
    for rec in out.to_dict("records"):
        fields = {f: _clean(rec.get(ENGINE_NAMES.get(f, f))) for f in FIELDS}
        for f in ("rank", "rank_change"):
            if fields[f] is not None:
                fields[f] = int(fields[f])  # type: ignore[call-overload]
        rows.append(
            DerivedFigure(
                indicator_id=indicator_ids[rec["indicator"]],
                region_id=region_ids[rec["region"]],
                year=int(rec["year"]),
                month=int(rec["month"]),
                growth_source=str(_clean(rec.get("growth_source")) or ""),
                light=str(_clean(rec.get("light")) or ""),
                **fields,
            )
        )
    DerivedFigure.objects.bulk_create(rows, batch_size=2000)
    return len(rows)
