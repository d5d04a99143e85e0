"""Feeds stored observations to the statistics engine and stores what it derives.

The engine (``citystat.stats.batch.derive``) is pure and vectorised; this module only
moves data between the database and DataFrames.

Two ways to refresh the stored table:

- :func:`recompute_derived` rebuilds all of it (``citystat compute``, demo load, imports);
- :func:`recompute_scope` rebuilds only the rows a change can reach (approval, target
  change). Which rows those are follows from what the engine reads; see
  ``docs/statistics/recompute.md`` for the argument that the result equals a full rebuild.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import pandas as pd
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

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


def frames(
    *,
    approved_only: bool = True,
    indicators: Collection[int] | None = None,
    from_year: int | None = None,
    to_year: int | None = None,
) -> dict[str, pd.DataFrame]:
    """The engine's four input tables, read from the database.

    ``indicators`` (ids) and ``from_year``/``to_year`` narrow the observations and
    targets; the catalogue and the regions are always whole.
    """
    obs = Observation.objects.all()
    targets_qs = Target.objects.filter(is_current=True)
    if approved_only:
        obs = obs.filter(status=Status.APPROVED)
    if indicators is not None:
        obs = obs.filter(indicator_id__in=indicators)
        targets_qs = targets_qs.filter(indicator_id__in=indicators)
    if from_year is not None:
        obs = obs.filter(year__gte=from_year)
        targets_qs = targets_qs.filter(year__gte=from_year)
    if to_year is not None:
        obs = obs.filter(year__lte=to_year)
        targets_qs = targets_qs.filter(year__lte=to_year)
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
                "subset_of": i.subset_of.code if i.subset_of else None,
                "progress_basis": i.progress_basis,
            }
            for i in Indicator.objects.select_related("parent", "subset_of")
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
            targets_qs.values_list(
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


def _derive(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return derive(data["observations"], data["catalogue"], data["regions"], data["targets"])


# A stored row as a tuple: its cell, then every derived field (what a rebuild compares).
COLUMNS = ("indicator_id", "region_id", "year", "month", "growth_source", "light", *FIELDS)
Row = tuple[object, ...]


def _rows(out: pd.DataFrame) -> list[Row]:
    """The engine's output rows as stored tuples (``COLUMNS``)."""
    indicator_ids = dict(Indicator.objects.values_list("code", "id"))
    region_ids = dict(Region.objects.values_list("code", "id"))
    rows = []
    for rec in out.to_dict("records"):
        fields = {f: _clean(rec.get(ENGINE_NAMES.get(f, f))) for f in FIELDS}
        for f in ("rank", "rank_change"):
            if fields[f] is not None:
                fields[f] = int(fields[f])  # type: ignore[call-overload]
        rows.append(
            (
                indicator_ids[rec["indicator"]],
                region_ids[rec["region"]],
                int(rec["year"]),
                int(rec["month"]),
                str(_clean(rec.get("growth_source")) or ""),
                str(_clean(rec.get("light")) or ""),
                *fields.values(),
            )
        )
    return rows


def _figures(rows: Iterable[Row]) -> list[DerivedFigure]:
    return [DerivedFigure(**dict(zip(COLUMNS, row, strict=True))) for row in rows]


def derived_rows() -> list[DerivedFigure]:
    """Every row a full rebuild stores (unsaved): the engine's output for all approved data."""
    data = frames()
    return [] if data["observations"].empty else _figures(_rows(_derive(data)))


@transaction.atomic
def recompute_derived() -> int:
    """Rebuild the whole derived table from approved observations, in one transaction."""
    rows = derived_rows()
    DerivedFigure.objects.all().delete()
    DerivedFigure.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


# ---------------------------------------------------------------- incremental rebuild


@dataclass(frozen=True)
class Scope:
    """Derived rows to rebuild: ``indicators`` × years ``first_year``…``last_year`` × all regions.

    ``last_year`` None means every later year as well.
    """

    indicators: frozenset[int]
    first_year: int
    last_year: int | None = None


def scope_for_observations(changes: Iterable[tuple[int, int]]) -> Scope | None:
    """What a change to approved observations can reach; ``changes``: (indicator id, year).

    An observation of indicator I in year Y is read by the engine for: I's own series
    (its later months, the same months of later years, the 序时进度 of seasonal
    series), I in every region (shares of the parent region, ranks of siblings) and
    the components of I (their 拉动 and 贡献率 use I's base and growth). So: I and its
    components, every region, year Y onwards.
    """
    pairs = set(changes)
    if not pairs:
        return None
    changed = {indicator for indicator, _ in pairs}
    # A part's 贡献率 reads its siblings' pulls (the whole's increment is their sum).
    wholes = set(
        Indicator.objects.filter(id__in=changed, parent__isnull=False).values_list(
            "parent_id", flat=True
        )
    )
    components = set(
        Indicator.objects.filter(
            Q(parent_id__in=changed | wholes) | Q(subset_of_id__in=changed)
        ).values_list("id", flat=True)
    )
    return Scope(frozenset(changed | components), min(year for _, year in pairs))


def scope_for_target(indicator_id: int, year: int) -> Scope:
    """What a target of indicator I for year Y can reach: I's rows of year Y.

    Targets feed only the target columns, 完成率, the gaps and the light of their own
    series and year; nothing else in the engine reads them.
    """
    return Scope(frozenset({indicator_id}), year, year)


@transaction.atomic
def recompute_scope(scope: Scope) -> int:
    """Rebuild the derived rows in ``scope`` only, in one transaction; returns rows rewritten.

    The rows of the scope are derived afresh and compared with the stored ones; only those
    that differ are replaced (and rows whose observation is no longer approved deleted).

    The engine gets what those rows read: the scope's indicators and their parent
    indicators (拉动), in every region, from the year before the scope (同比 bases) up
    to its last year, or all years when a seasonal 序时进度 is involved. The catalogue
    and regions are whole. Assumes the stored table was current before the change.
    """
    catalogue = {
        pk: (code, parent, basis, subset_of)
        for pk, code, parent, basis, subset_of in Indicator.objects.values_list(
            "id", "code", "parent_id", "progress_basis", "subset_of_id"
        )
    }
    wanted = {i for i in scope.indicators if i in catalogue}
    wholes = {catalogue[i][1] for i in wanted if catalogue[i][1] is not None}
    siblings = {i for i, row in catalogue.items() if row[1] in wholes}
    inputs = (
        wanted
        | wholes
        | siblings
        | {catalogue[i][3] for i in wanted if catalogue[i][3] is not None}
    )
    # A seasonal 序时进度 reads every earlier year of its series; the other bases only the month.
    seasonal = any(str(catalogue[i][2]).strip().lower() == "seasonal" for i in wanted)
    data = frames(
        indicators=inputs,
        from_year=None if seasonal else scope.first_year - 1,
        to_year=scope.last_year,
    )
    stored = DerivedFigure.objects.filter(indicator_id__in=wanted, year__gte=scope.first_year)
    if scope.last_year is not None:
        stored = stored.filter(year__lte=scope.last_year)
    fresh: list[Row] = []
    if wanted and not data["observations"].empty:
        out = _derive(data)
        codes = {catalogue[i][0] for i in wanted}
        last = scope.last_year if scope.last_year is not None else int(out["year"].max())
        keep = out["indicator"].isin(codes) & out["year"].between(scope.first_year, last)
        fresh = _rows(out[keep])
    # Rewrite only the rows of the scope that differ (new ids, so the data version moves).
    old = {row[1:5]: row for row in stored.values_list("id", *COLUMNS)}
    changed = []
    for row in fresh:
        before = old.pop(row[:4], None)
        if before is None or before[5:] != row[4:]:
            changed.append((before, row))
    gone = [before[0] for before, _ in changed if before is not None] + [r[0] for r in old.values()]
    for start in range(0, len(gone), 500):
        DerivedFigure.objects.filter(pk__in=gone[start : start + 500]).delete()
    DerivedFigure.objects.bulk_create(_figures(row for _, row in changed), batch_size=2000)
    if gone and not changed:
        # Rows only went away: move the data version (newest row's id and time) anyway.
        DerivedFigure.objects.filter(
            pk=DerivedFigure.objects.order_by("-id").values("id")[:1]
        ).update(computed_at=timezone.now())
    return len(changed)
