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

import re
import time
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import cast

import numpy as np
import pandas as pd
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from citystat.bulk import (
    create_frame_stage,
    create_stage,
    db_datetime,
    drop_stage,
    is_postgresql,
    write_frame,
    write_rows,
)
from citystat.indicators.models import Indicator
from citystat.observations import summaries
from citystat.observations.models import DataVersion, DerivedFigure, Observation, Status
from citystat.regions.models import Region
from citystat.stats.batch import OUTPUT_COLUMNS, derive
from citystat.targets.models import Target

# Model field → engine column where the names differ.
ENGINE_NAMES = {"share_of_parent_region": "share_of_region_parent"}

# The stored figures: the engine's output columns (one list, ``batch.OUTPUT_COLUMNS``) but the
# key, the reported growth (an input) and the two text columns, in the engine's order.
FIELDS = tuple(
    {v: k for k, v in ENGINE_NAMES.items()}.get(c, c)
    for c in OUTPUT_COLUMNS
    if c
    not in ("indicator", "region", "year", "month", "growth_reported", "growth_source", "light")
)


def frames(
    *,
    approved_only: bool = True,
    indicators: Collection[int] | None = None,
    from_year: int | None = None,
    to_year: int | None = None,
) -> dict[str, pd.DataFrame]:
    """The engine's four input tables, read from the database.

    ``indicators`` (ids) and ``from_year``/``to_year`` narrow the observations and
    targets; the catalogue and the regions are always whole. Observations are read as
    plain tuples (ids and floats), not model instances or Decimals.
    """
    indicator_list = list(Indicator.objects.select_related("parent", "subset_of"))
    region_list = list(Region.objects.select_related("parent"))
    codes = {i.pk: i.code for i in indicator_list}
    region_codes = {r.pk: r.code for r in region_list}
    where: list[str] = []
    params: list[int | str] = []
    if approved_only:
        where.append("status = %s")
        params.append(Status.APPROVED.value)
    if indicators is not None:
        ids = sorted(int(i) for i in indicators) or [-1]
        where.append(f"indicator_id IN ({', '.join('%s' for _ in ids)})")
        params.extend(ids)
    if from_year is not None:
        where.append("year >= %s")
        params.append(from_year)
    if to_year is not None:
        where.append("year <= %s")
        params.append(to_year)
    sql = (
        "SELECT indicator_id, region_id, year, month,"
        " CAST(value AS DOUBLE PRECISION), CAST(growth_reported AS DOUBLE PRECISION)"
        f" FROM {Observation._meta.db_table}" + (" WHERE " + " AND ".join(where) if where else "")
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        records = cursor.fetchall()
    observations = pd.DataFrame.from_records(
        records, columns=["indicator", "region", "year", "month", "value", "growth_reported"]
    )
    observations["indicator"] = observations["indicator"].map(codes)
    observations["region"] = observations["region"].map(region_codes)
    for col in ("value", "growth_reported"):
        observations[col] = pd.to_numeric(observations[col], errors="coerce").astype(float)
    targets_qs = Target.objects.filter(is_current=True)
    if indicators is not None:
        targets_qs = targets_qs.filter(indicator_id__in=indicators)
    if from_year is not None:
        targets_qs = targets_qs.filter(year__gte=from_year)
    if to_year is not None:
        targets_qs = targets_qs.filter(year__lte=to_year)
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
            for i in indicator_list
        ]
    )
    regions = pd.DataFrame.from_records(
        [
            {
                "region": r.code,
                "parent": r.parent.code if r.parent else None,
                "rankable": r.is_county,
            }
            for r in region_list
        ]
    )
    targets = pd.DataFrame.from_records(
        [
            (codes[i], region_codes[r], y, v, g)
            for i, r, y, v, g in targets_qs.values_list(
                "indicator_id", "region_id", "year", "target_value", "target_growth"
            )
        ],
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


def _derive(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return derive(data["observations"], data["catalogue"], data["regions"], data["targets"])


# A stored row as a tuple: its cell, then every derived field (what a rebuild compares).
KEY = ("indicator_id", "region_id", "year", "month")
COLUMNS = (*KEY, "growth_source", "light", *FIELDS)
Row = tuple[object, ...]
INTEGER_FIELDS = ("rank", "rank_change")


def _table(out: pd.DataFrame) -> pd.DataFrame:
    """The engine's output as the stored columns (``COLUMNS``), column by column."""
    indicator_ids = dict(Indicator.objects.values_list("code", "id"))
    region_ids = dict(Region.objects.values_list("code", "id"))
    n = len(out)
    table = pd.DataFrame(
        {
            "indicator_id": out["indicator"].map(indicator_ids).to_numpy(dtype="int64"),
            "region_id": out["region"].map(region_ids).to_numpy(dtype="int64"),
            "year": out["year"].to_numpy(dtype="int64"),
            "month": out["month"].to_numpy(dtype="int64"),
        }
    )
    for name in ("growth_source", "light"):
        col = out[name].astype(object) if name in out else pd.Series([""] * n, index=out.index)
        table[name] = col.where(col.notna(), "").astype(str).to_numpy()
    for f in FIELDS:
        engine = ENGINE_NAMES.get(f, f)
        col = (
            pd.to_numeric(out[engine], errors="coerce")
            if engine in out
            else pd.Series([np.nan] * n, index=out.index)
        )
        table[f] = (col.astype("Int64") if f in INTEGER_FIELDS else col.astype(float)).array
    return table


def _tuples(table: pd.DataFrame) -> list[Row]:
    """Rows of ``table`` as plain Python tuples, ``None`` for missing (what the drivers take)."""
    columns = []
    for name in table.columns:
        col = table[name]
        values = col.to_numpy(dtype=object)
        if col.isna().any():
            values[col.isna().to_numpy()] = None
        columns.append(values.tolist())
    return list(zip(*columns, strict=True))


def _figures(rows: Iterable[Row]) -> list[DerivedFigure]:
    return [DerivedFigure(**dict(zip(COLUMNS, row, strict=True))) for row in rows]


def derived_rows() -> list[DerivedFigure]:
    """Every row a full rebuild stores, unsaved (for tests and inspection; writes use tuples)."""
    data = frames()
    return [] if data["observations"].empty else _figures(_tuples(_table(_derive(data))))


@dataclass
class Timing:
    """Where a rebuild's time went (seconds), for ``bench/scale.py``."""

    read: float = 0.0
    engine: float = 0.0
    write: float = 0.0
    rows: int = 0
    changed: int = 0


LAST_TIMING = Timing()
LAST_SCOPED_ROWS = 0  # rows the last scoped rebuild wrote (for bench/scale.py)


@transaction.atomic
def recompute_derived() -> int:
    """Rebuild the whole derived table from approved observations, in one transaction.

    PostgreSQL changes rows in place: only those whose figures differ are written (plus
    new and vanished rows); SQLite rewrites the table. The data version moves in any case.
    Returns the number of rows stored.
    """
    timing = Timing()
    start = time.perf_counter()
    data = frames()
    timing.read = time.perf_counter() - start
    table = pd.DataFrame(columns=list(COLUMNS))
    if not data["observations"].empty:
        start = time.perf_counter()
        out = _derive(data)
        timing.engine = time.perf_counter() - start
        table = _table(out)
    start = time.perf_counter()
    if is_postgresql():
        timing.changed = _store(table, None)
    else:
        timing.changed = _replace_all(table)
    summaries.write(table, None)  # the per-period summaries, in the same transaction
    bump_data_version()
    timing.write = time.perf_counter() - start
    timing.rows = len(table)
    _remember(timing)
    return len(table)


def _remember(timing: Timing) -> None:
    global LAST_TIMING
    LAST_TIMING = timing


# ---------------------------------------------------------------- storing and versions

STAGE = "citystat_derived_stage"


def _stage_rows(table: pd.DataFrame) -> dict[str, str]:
    """Load ``table`` into the staging table; returns the SQL giving each stored column.

    SQLite: the stored columns as they are, from ``executemany`` of tuples. PostgreSQL:
    every column as a fixed-width number so that numpy can build one binary COPY (see
    ``bulk.write_frame``): the two short strings as codes into their distinct values,
    missing figures as NaN (NULL again in SQL), ranks as floats.
    """
    q = connection.ops.quote_name
    stage = q(STAGE)
    if not is_postgresql():
        create_stage(STAGE, DerivedFigure._meta.db_table, COLUMNS, KEY)
        write_rows(STAGE, COLUMNS, _tuples(table))
        return {c: f"{stage}.{q(c)}" for c in COLUMNS}
    coded = pd.DataFrame(
        {k: table[k].to_numpy(dtype="int64") for k in KEY}, index=range(len(table))
    )
    source = {k: f"{stage}.{q(k)}" for k in KEY}
    for name in ("growth_source", "light"):
        codes, words = pd.factorize(table[name].to_numpy(dtype=object))
        coded[name] = codes.astype("int16")
        if not all(re.fullmatch(r"[a-z_]*", str(w)) for w in words):
            raise ValueError(f"unexpected {name} values from the engine: {list(words)}")
        literals = ", ".join(f"'{w}'" for w in words) or "''"
        source[name] = f"(ARRAY[{literals}]::varchar[])[{stage}.{q(name)} + 1]"
    for f in FIELDS:
        coded[f] = table[f].to_numpy(dtype="float64", na_value=np.nan)
        missing = f"NULLIF({stage}.{q(f)}, 'NaN'::float8)"
        source[f] = f"CAST({missing} AS integer)" if f in INTEGER_FIELDS else missing
    create_frame_stage(STAGE, coded)
    write_frame(STAGE, coded)
    return source


def _replace_all(table: pd.DataFrame) -> int:
    """SQLite, full rebuild: empty the table and insert every row with one ``executemany``.

    SQLite compares a whole table row by row far slower than it rewrites it, and a full
    rebuild has a single writer anyway; ids change, the data version says so.
    """
    name = DerivedFigure._meta.db_table
    DerivedFigure.objects.all()._raw_delete(DerivedFigure.objects.db)
    with connection.cursor() as cursor:
        # Building the secondary indexes once at the end beats updating them row by row.
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s"
            " AND sql IS NOT NULL",
            [name],
        )
        indexes = cursor.fetchall()
        for index, _ in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(index)}")
    now = db_datetime(timezone.now())
    n = write_rows(name, (*COLUMNS, "computed_at"), ((*row, now) for row in _tuples(table)))
    with connection.cursor() as cursor:
        for _, sql in indexes:
            cursor.execute(sql)
    return n


def _store(table: pd.DataFrame, scope: Scope | None) -> int:
    """Make the stored rows of ``scope`` (None: all) equal to ``table``; returns rows written.

    The rows go to a temporary staging table in bulk, then three set-based statements
    change the stored table in place: delete the scope's rows that are no longer derived,
    update the rows whose figures differ, insert the new ones. Ids of unchanged rows stay.
    """
    q = connection.ops.quote_name
    target = q(DerivedFigure._meta.db_table)
    stage = q(STAGE)
    source = _stage_rows(table)
    now = timezone.now()
    same_key = " AND ".join(f"{stage}.{q(k)} = {target}.{q(k)}" for k in KEY)
    distinct = "IS DISTINCT FROM" if is_postgresql() else "IS NOT"
    differs = " OR ".join(
        f"{target}.{q(c)} {distinct} {source[c]}" for c in COLUMNS if c not in KEY
    )
    in_scope, params = "", cast(list[int], [])
    if scope is not None:
        ids = sorted(scope.indicators) or [-1]
        marks = ", ".join("%s" for _ in ids)
        in_scope = f"{target}.{q('indicator_id')} IN ({marks}) AND {target}.{q('year')} >= %s"
        params = [*ids, scope.first_year]
        if scope.last_year is not None:
            in_scope += f" AND {target}.{q('year')} <= %s"
            params.append(scope.last_year)
        # Also on the update and insert: the planner then reads the scope by its index.
        in_scope += " AND "
    values = [c for c in COLUMNS if c not in KEY]
    with connection.cursor() as cursor:
        if is_postgresql() and len(table) > 50_000:
            cursor.execute(f"ANALYZE {stage}")  # a big stage: plan the joins by its size
            # Hash the stage and the stored rows in memory rather than in batches on disk
            # (the default 4 MB spills at province scale); for this transaction only.
            cursor.execute("SET LOCAL work_mem = '256MB'")
        cursor.execute(
            f"DELETE FROM {target} WHERE {in_scope}"
            f"NOT EXISTS (SELECT 1 FROM {stage} WHERE {same_key})",
            params,
        )
        deleted = cursor.rowcount
        cursor.execute(
            f"UPDATE {target} SET "
            + ", ".join(f"{q(c)} = {source[c]}" for c in values)
            + f", {q('computed_at')} = %s FROM {stage}"
            f" WHERE {in_scope}{same_key} AND ({differs})",
            [now, *params],
        )
        updated = cursor.rowcount
        cols = ", ".join(q(c) for c in COLUMNS)
        cursor.execute(
            f"INSERT INTO {target} ({cols}, {q('computed_at')}) "
            f"SELECT {', '.join(source[c] for c in COLUMNS)}, %s FROM {stage} "
            f"WHERE NOT EXISTS (SELECT 1 FROM {target} WHERE {in_scope}{same_key})",
            [now, *params],
        )
        inserted = cursor.rowcount
    drop_stage(STAGE)
    if deleted and not (updated or inserted):
        bump_data_version()  # rows only went away
    return updated + inserted


DATA_ROW, POLICY_ROW = 1, 2  # the two DataVersion rows: derived figures, policy


def _bump(pk: int) -> None:
    now = timezone.now()
    token = uuid.uuid4().hex
    if not DataVersion.objects.filter(pk=pk).update(
        counter=F("counter") + 1, token=token, changed_at=now
    ):
        DataVersion.objects.create(pk=pk, counter=1, token=token, changed_at=now)


def bump_data_version() -> None:
    """Move the derived figures' version, in the caller's transaction."""
    _bump(DATA_ROW)


def bump_policy_version() -> None:
    """Move the policy version (catalogue, dimensions and weights, rules), in the caller's
    transaction. Cache keys carry it beside the data version (:func:`cache_version`)."""
    _bump(POLICY_ROW)


def data_version() -> str:
    """The derived figures' version: one primary-key lookup."""
    row = DataVersion.objects.filter(pk=DATA_ROW).values_list("counter", "token").first()
    return "empty" if row is None else f"{row[0]}-{row[1]}"


def cache_version() -> str:
    """Data version and policy version joined, for every page cache key: one query."""
    rows = dict.fromkeys((DATA_ROW, POLICY_ROW), "empty")
    for pk, counter, token in DataVersion.objects.filter(pk__in=rows).values_list(
        "pk", "counter", "token"
    ):
        rows[pk] = f"{counter}-{token}"
    return f"{rows[DATA_ROW]}/{rows[POLICY_ROW]}"


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
    table = pd.DataFrame(columns=list(COLUMNS))
    if wanted and not data["observations"].empty:
        out = _derive(data)
        codes = {catalogue[i][0] for i in wanted}
        last = scope.last_year if scope.last_year is not None else int(out["year"].max())
        keep = out["indicator"].isin(codes) & out["year"].between(scope.first_year, last)
        table = _table(out[keep])
    # Change in place only the rows of the scope that differ; the version moves if any did.
    changed = _store(table, scope)
    summaries.write(table, scope)  # the per-period summaries of the scope
    if changed:
        bump_data_version()
    global LAST_SCOPED_ROWS
    LAST_SCOPED_ROWS = changed
    return changed
