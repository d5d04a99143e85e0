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

import time
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pandas as pd
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from citystat.bulk import (
    Kind,
    build_beside,
    create_stage,
    db_datetime,
    drop_stage,
    is_postgresql,
    read_columns,
    swap_in,
    swappable,
    without_indexes,
    write_columns,
    write_rows,
)
from citystat.indicators.lights import active_thresholds
from citystat.indicators.models import Indicator
from citystat.observations import summaries
from citystat.observations.models import (
    DataVersion,
    DerivedFigure,
    Observation,
    PeriodSummary,
    Status,
)
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
    in_regions: Collection[int] | None = None,
) -> dict[str, pd.DataFrame]:
    """The engine's four input tables, read from the database.

    ``indicators`` and ``in_regions`` (ids) and ``from_year``/``to_year`` narrow the
    observations and targets; the catalogue and the region table are always whole.
    Observations are read as numpy columns of ids and floats (``bulk.read_columns``), not
    model instances, tuples or Decimals.
    """
    indicator_list = list(Indicator.objects.select_related("parent", "subset_of"))
    # Plain values, not model instances: a national deployment has thousands of regions.
    region_list = list(Region.objects.values_list("id", "code", "parent__code", "kind"))
    codes = {i.pk: i.code for i in indicator_list}
    region_codes = {pk: code for pk, code, _, _ in region_list}
    where: list[str] = []
    params: list[int | float | str] = []
    if approved_only:
        where.append("status = %s")
        params.append(Status.APPROVED.value)
    if indicators is not None:
        ids = sorted(int(i) for i in indicators) or [-1]
        where.append(f"indicator_id IN ({', '.join('%s' for _ in ids)})")
        params.extend(ids)
    if in_regions is not None:
        wanted = sorted(int(r) for r in in_regions) or [-1]
        where.append(f"region_id IN ({', '.join('%s' for _ in wanted)})")
        params.extend(wanted)
    if from_year is not None:
        where.append("year >= %s")
        params.append(from_year)
    if to_year is not None:
        where.append("year <= %s")
        params.append(to_year)
    indicator_ids, region_ids, years, months, values, growths = read_columns(
        [
            ("indicator_id", "int"),
            ("region_id", "int"),
            ("year", "int"),
            ("month", "int"),
            ("value", "float"),
            ("growth_reported", "float"),
        ],
        f"FROM {Observation._meta.db_table}" + (" WHERE " + " AND ".join(where) if where else ""),
        params,
    )
    observations = pd.DataFrame(
        {
            "indicator": _lookup(indicator_ids, codes),
            "region": _lookup(region_ids, region_codes),
            "year": years,
            "month": months,
            "value": values,
            "growth_reported": growths,
        }
    )
    targets_qs = Target.objects.filter(is_current=True)
    if indicators is not None:
        targets_qs = targets_qs.filter(indicator_id__in=indicators)
    if in_regions is not None:
        targets_qs = targets_qs.filter(region_id__in=in_regions)
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
            {"region": code, "parent": parent, "rankable": kind in Region.COUNTY_KINDS}
            for _, code, parent, kind in region_list
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


def _lookup(ids: npt.NDArray[np.int64], names: dict[int, str]) -> npt.NDArray[np.object_]:
    """``names[id]`` for every id, by one array index (None where an id has no name)."""
    size = max(max(names, default=0), int(ids.max()) if len(ids) else 0) + 1
    table = np.full(size, None, dtype=object)
    table[list(names)] = list(names.values())
    return cast("npt.NDArray[np.object_]", table[ids])


def _derive(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The engine over ``data``, lights by the active 红黄绿 rule (the one light policy)."""
    return derive(
        data["observations"],
        data["catalogue"],
        data["regions"],
        data["targets"],
        thresholds=active_thresholds(),
    )


# A stored row as a tuple: its cell, then every derived field (what a rebuild compares).
KEY = ("indicator_id", "region_id", "year", "month")
COLUMNS = (*KEY, "growth_source", "light", *FIELDS)
Row = tuple[object, ...]
INTEGER_FIELDS = ("rank", "rank_change")
TEXTS = ("growth_source", "light")
# The stored columns as numpy arrays (``COLUMNS``): the cell as int64, the two short strings
# as ``str`` objects, every figure as float64 with NaN for missing (the ranks too).
Columns = dict[str, npt.NDArray[Any]]


def _labels(col: pd.Series) -> tuple[npt.NDArray[np.int64], list[object]]:
    """A column as codes into its distinct labels (-1: missing); the engine's are categorical."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        return col.cat.codes.to_numpy(dtype=np.int64), list(col.cat.categories)
    codes, labels = pd.factorize(col)
    return codes.astype(np.int64), list(labels)


def _table(out: pd.DataFrame) -> Columns:
    """The engine's output as the stored columns, column by column (codes, not strings)."""
    n = len(out)
    table: Columns = {}
    for key, name, model in (
        ("indicator_id", "indicator", Indicator),
        ("region_id", "region", Region),
    ):
        codes, labels = _labels(out[name])
        ids = dict(model.objects.values_list("code", "id")) if n else {}
        lookup = np.array([ids.get(str(label), -1) for label in labels] + [-1], dtype=np.int64)
        table[key] = lookup[codes]  # code -1 (missing) picks the last entry, -1 too
        if (table[key] < 0).any():
            raise ValueError(f"the engine returned a {name} code not in the database")
    for key in ("year", "month"):
        table[key] = out[key].to_numpy(dtype=np.int64)
    for name in ("growth_source", "light"):
        if name not in out:
            table[name] = np.full(n, "", dtype=object)
            continue
        codes, labels = _labels(out[name])
        words = np.array([str(label) for label in labels] + [""], dtype=object)
        table[name] = words[codes]  # missing (code -1) is the empty string, the last word
    for f in FIELDS:
        engine = ENGINE_NAMES.get(f, f)
        table[f] = (
            pd.to_numeric(out[engine], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
            if engine in out
            else np.full(n, np.nan)
        )
    return table


def _empty() -> Columns:
    return _table(pd.DataFrame(columns=["indicator", "region", "year", "month"]))


def _tuples(table: Columns) -> list[Row]:
    """Rows of ``table`` as plain Python tuples, ``None`` for missing, ints for the ranks."""
    columns = []
    for name in COLUMNS:
        values = table[name]
        if values.dtype.kind != "f":
            columns.append(values.tolist())
            continue
        missing = np.isnan(values)
        if name in INTEGER_FIELDS:
            values = np.where(missing, 0, values).astype(np.int64)
        cells = values.astype(object)
        cells[missing] = None
        columns.append(cells.tolist())
    return list(zip(*columns, strict=True))


def _sqlite_rows(table: Columns, names: Sequence[str] = COLUMNS) -> Iterator[Row]:
    """SQLite: rows of ``table`` for ``executemany``.

    Floats go as they are: SQLite stores a NaN as NULL, and a whole float as an integer in
    an integer column (the ranks).
    """
    return zip(*(table[name].tolist() for name in names), strict=True)


def _figures(rows: Iterable[Row]) -> list[DerivedFigure]:
    return [DerivedFigure(**dict(zip(COLUMNS, row, strict=True))) for row in rows]


def derived_rows() -> list[DerivedFigure]:
    """Every row a full rebuild stores, unsaved (for tests and inspection; writes use arrays)."""
    data = frames()
    return [] if data["observations"].empty else _figures(_tuples(_table(_derive(data))))


@dataclass
class Timing:
    """Where a rebuild's time went (seconds), for ``bench/scale.py``.

    ``read``: the approved observations into the engine's frames; ``frame``: the engine's
    output into the stored columns; ``write``: into the table (with emptying it);
    ``index``: rebuilding its indexes (full rebuild) and the data version; ``summaries``:
    the per-period summaries the home page and the 大屏 read (full rebuild: writing them,
    and waiting for what of making them the write and the indexes did not cover).
    """

    read: float = 0.0
    engine: float = 0.0
    frame: float = 0.0
    write: float = 0.0
    index: float = 0.0
    summaries: float = 0.0
    rows: int = 0
    changed: int = 0


LAST_TIMING = Timing()
LAST_SCOPED_ROWS = 0  # rows the last scoped rebuild wrote (for bench/scale.py)


@transaction.atomic
def recompute_derived() -> int:
    """Rebuild the whole derived table from approved observations, in one transaction.

    The table is emptied and every row written afresh (see :func:`_replace_all`); the data
    version moves. Returns the number of rows stored.
    """
    timing = Timing()
    start = time.perf_counter()
    one_writer()
    data = frames()
    timing.read = time.perf_counter() - start
    table = _empty()
    if not data["observations"].empty:
        start = time.perf_counter()
        out = _derive(data)
        timing.engine = time.perf_counter() - start
        start = time.perf_counter()
        table = _table(out)
        timing.frame = time.perf_counter() - start
    parent_of = summaries.parents()
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The per-period summaries are numpy only: made in a thread while this one waits
        # for the database (``begin``: when this thread has no Python work of its own).
        made: list[Future[list[summaries.SummaryRow]]] = []

        def begin() -> None:
            if not made:
                made.append(pool.submit(summaries.compute, table, parent_of))

        def summarise() -> None:
            start = time.perf_counter()
            begin()
            summaries.write(table, None, made[0].result())  # in the same transaction
            timing.summaries = time.perf_counter() - start

        timing.changed = _replace_all(table, timing, begin, summarise)
    start = time.perf_counter()
    bump_data_version()
    timing.index += time.perf_counter() - start
    timing.rows = timing.changed
    _remember(timing)
    return timing.changed


# PostgreSQL advisory lock held by a transaction that writes derived figures (any number).
WRITER_LOCK = 0x63697479_64657276


def one_writer() -> None:
    """PostgreSQL: wait until no other transaction is writing derived figures, and keep
    the others waiting until this one ends (a transaction-level advisory lock).

    A full rebuild writes a new table from the observations it read at its start and swaps
    it in at its end: an approval committed in between would be lost with the old table.
    Full and scoped rebuilds therefore take turns; each reads the observations after it
    has its turn. Readers are not affected. (SQLite: one writer at a time anyway, the
    transaction holding the write lock from its start.)
    """
    if is_postgresql():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])


def _remember(timing: Timing) -> None:
    global LAST_TIMING
    LAST_TIMING = timing


# ---------------------------------------------------------------- storing and versions

STAGE = "citystat_derived_stage"


def _replace_all(
    table: Columns, timing: Timing, begin: Callable[[], None], summarise: Callable[[], None]
) -> int:
    """Full rebuild: write every row at once into an empty table, indexes built afterwards.

    Comparing a whole table row by row costs far more than rewriting it (PostgreSQL: three
    joins of every row with the stored table), and building an index at once beats
    updating it row by row. Ids change; the data version says so.

    - PostgreSQL: a new table beside the stored one (``bulk.build_beside``), one binary
      ``COPY … FREEZE`` with the row ids, its indexes built, and swapped in for the stored
      table by renames (``bulk.swap_in``): readers go on reading the stored figures while
      the new ones are written and wait only for the swap and the commit. The commit does
      not wait for the disk (a cache: a crash loses at most the rebuild, which the data
      version then does not claim). A table something else refers to (a view, a foreign
      key; ``bulk.swappable``) is emptied by ``TRUNCATE`` and filled in place instead,
      readers waiting for the whole rebuild.
      ``summarise`` (writing the summaries, ``timing.summaries``) runs before the swap,
      so that readers wait for as little as possible. ``begin`` (making the summaries in
      a thread) is called once the rows are sent, while the server builds the indexes:
      during the COPY this thread lays the rows out and a second one would only take turns
      with it for the interpreter.
    - SQLite: ``DELETE`` and the rows by ``bulk.write_columns`` (grouped by layout,
      several rows per statement), its secondary indexes dropped and created again.
      Readers go on reading the stored figures meanwhile (WAL). ``begin`` is called
      before the ``DELETE``, during which the sqlite3 module releases the interpreter lock.
    """
    name = DerivedFigure._meta.db_table
    n = len(table["indicator_id"])
    now = timezone.now()
    start = time.perf_counter()
    if not is_postgresql():
        with without_indexes(name) as rebuild_indexes:
            begin()
            DerivedFigure.objects.all()._raw_delete(DerivedFigure.objects.db)
            text = np.full(n, db_datetime(now), dtype=object)
            write_columns(
                name,
                {c: table[c] for c in COLUMNS} | {"computed_at": text},
                cluster=table["indicator_id"],
            )
            timing.write = time.perf_counter() - start
            start = time.perf_counter()
            rebuild_indexes()
        timing.index = time.perf_counter() - start
        summarise()
        return n
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
    at = np.datetime64(now.astimezone(UTC).replace(tzinfo=None), "us")
    columns = {c: table[c] for c in COLUMNS} | {"computed_at": np.full(n, at)}
    swap = swappable(name)
    with nullcontext(None) if swap else without_indexes(name, primary_key=True) as rebuild_indexes:
        if swap:
            target = build_beside(name)
        else:
            target = name
            with connection.cursor() as cursor:
                cursor.execute(f"TRUNCATE {connection.ops.quote_name(name)}")
        # Rows in the order of the primary key (indicator, region, year, month): it is
        # then built from presorted input, and the table stays in indicator order.
        write_columns(target, columns, freeze=True, sort=[table[c] for c in reversed(KEY)])
        begin()
        timing.write = time.perf_counter() - start
        start = time.perf_counter()
        if rebuild_indexes is None:
            swap_in(name, target, before=summarise)
        else:
            rebuild_indexes()
            summarise()
    timing.index = time.perf_counter() - start - timing.summaries
    return n


def _in_scope(scope: Scope | None) -> tuple[str, list[int | float | str]]:
    """SQL ``WHERE …`` (or '') picking the stored rows of ``scope``, and its parameters."""
    if scope is None:
        return "", []
    q = connection.ops.quote_name
    ids = sorted(scope.indicators) or [-1]
    where = f" WHERE {q('indicator_id')} IN ({', '.join('%s' for _ in ids)}) AND {q('year')} >= %s"
    params: list[int | float | str] = [*ids, scope.first_year]
    if scope.last_year is not None:
        where += f" AND {q('year')} <= %s"
        params.append(scope.last_year)
    if scope.regions is not None:
        regions = sorted(scope.regions) or [-1]
        where += f" AND {q('region_id')} IN ({', '.join('%s' for _ in regions)})"
        params.extend(regions)
    return where, params


def _stored(scope: Scope | None) -> Columns:
    """The stored rows of ``scope`` as columns like :func:`_table`'s."""
    kinds: dict[str, Kind] = {
        c: "int" if c in KEY else "text" for c in COLUMNS if c in KEY or c in TEXTS
    }
    kinds |= dict.fromkeys(FIELDS, "float")
    where, params = _in_scope(scope)
    q = connection.ops.quote_name
    arrays = read_columns(
        [(q(c), k) for c, k in kinds.items()],
        f"FROM {q(DerivedFigure._meta.db_table)}{where}",
        params,
    )
    return dict(zip(kinds, arrays, strict=True))


def _store(table: Columns, scope: Scope | None) -> tuple[int, set[int]]:
    """Make the stored rows of ``scope`` (None: all) equal to ``table``; returns the number
    of rows written and the ids of the regions whose rows were written or deleted.

    The scope's stored rows are read as columns and compared with ``table`` in numpy
    (exactly, NULL equal to NULL, as SQL's ``IS DISTINCT FROM``); only the rows that differ
    are written, by their cell (the primary key): the rows no longer derived deleted, those
    whose figures differ updated from a staging table, the new ones appended. Unchanged
    rows are not touched; an approval writes a handful of rows.
    """
    stored = _stored(scope)
    new = pd.DataFrame({k: table[k] for k in KEY}).assign(new=np.arange(len(table["year"])))
    old = pd.DataFrame({k: stored[k] for k in KEY}).assign(old=np.arange(len(stored["year"])))
    both = new.merge(old, on=list(KEY), how="outer")
    gone_at = both["old"][both["new"].isna()].to_numpy(dtype=np.int64)
    added = both["new"][both["old"].isna()].to_numpy(dtype=np.int64)
    pairs = both[both["new"].notna() & both["old"].notna()]
    i, j = pairs["new"].to_numpy(dtype=np.int64), pairs["old"].to_numpy(dtype=np.int64)
    differs = np.zeros(len(i), dtype=bool)
    for c in COLUMNS:
        if c in KEY:
            continue
        a, b = table[c][i], stored[c][j]
        if a.dtype.kind == "f":
            differs |= (a != b) & ~(np.isnan(a) & np.isnan(b))
        else:
            differs |= a != b
    updated = i[differs]

    q = connection.ops.quote_name
    target, stage = q(DerivedFigure._meta.db_table), q(STAGE)
    now = timezone.now()
    key = ", ".join(q(k) for k in KEY)
    with connection.cursor() as cursor:
        gone = list(zip(*(stored[k][gone_at].tolist() for k in KEY), strict=True))
        for start in range(0, len(gone), 200):
            chunk = gone[start : start + 200]
            cursor.execute(
                f"DELETE FROM {target} WHERE ({key}) IN"
                f" (VALUES {', '.join('(%s, %s, %s, %s)' for _ in chunk)})",
                [v for cell in chunk for v in cell],
            )
    if len(updated):
        changed = {c: table[c][updated] for c in COLUMNS}
        create_stage(STAGE, DerivedFigure._meta.db_table, COLUMNS, KEY)
        if is_postgresql():
            write_columns(STAGE, changed)
        else:
            write_rows(STAGE, COLUMNS, _sqlite_rows(changed))
        values = [c for c in COLUMNS if c not in KEY]
        with connection.cursor() as cursor:
            if is_postgresql() and len(updated) > 50_000:
                cursor.execute(f"ANALYZE {stage}")  # a big stage: plan the join by its size
            cursor.execute(
                f"UPDATE {target} SET "
                + ", ".join(f"{q(c)} = {stage}.{q(c)}" for c in values)
                + f", {q('computed_at')} = %s FROM {stage} WHERE "
                + " AND ".join(f"{stage}.{q(k)} = {target}.{q(k)}" for k in KEY),
                [now],
            )
        drop_stage(STAGE)
    if len(added):
        fresh = {c: table[c][added] for c in COLUMNS}
        if is_postgresql():
            at = np.datetime64(now.astimezone(UTC).replace(tzinfo=None), "us")
            write_columns(
                DerivedFigure._meta.db_table, fresh | {"computed_at": np.full(len(added), at)}
            )
        else:
            write_rows(
                DerivedFigure._meta.db_table,
                (*COLUMNS, "computed_at"),
                ((*row, db_datetime(now)) for row in _sqlite_rows(fresh)),
            )
    if len(gone_at) and not (len(updated) or len(added)):
        bump_data_version()  # rows only went away
    rows = np.concatenate([updated, added])
    touched = {int(r) for r in np.unique(stored["region_id"][gone_at])}
    touched |= {int(r) for r in np.unique(table["region_id"][rows])}
    return len(rows), touched


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
    """Derived rows to rebuild: ``indicators`` × years ``first_year``…``last_year`` × ``regions``.

    ``last_year`` None means every later year as well; ``regions`` None every region.
    """

    indicators: frozenset[int]
    first_year: int
    last_year: int | None = None
    regions: frozenset[int] | None = None


def scope_for_observations(
    changes: Iterable[tuple[int, int]], regions: Collection[int] | None = None
) -> Scope | None:
    """What a change to approved observations can reach; ``changes``: (indicator id, year),
    ``regions``: the ids of the regions whose observations changed (None: any region).

    An observation of indicator I in region R, year Y is read by the engine for: I's own
    series (its later months, the same months of later years, the 序时进度 of seasonal
    series), I in R's sibling regions (ranks) and R's child regions (their shares of R),
    and the components of I (their 拉动 and 贡献率 use I's base and growth). So: I and its
    components, R's family (:func:`region_family`), year Y onwards.
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
    return Scope(
        frozenset(changed | components),
        min(year for _, year in pairs),
        regions=None if regions is None else region_family(regions),
    )


def region_family(changed: Collection[int]) -> frozenset[int]:
    """The regions whose derived rows read the observations of ``changed`` (ids): each
    region, its own children (their shares of it) and, for a ranked (county-level) region,
    its ranked siblings (the top ranked regions when it has no parent).

    The engine never adds regions up (a city total is an observation of its own), so a
    region's figures reach no ancestor; and only county-level regions are ranked, among
    their county-level siblings, so a city's figures reach no other city.
    """
    ranked = Region.COUNTY_KINDS  # what ``frames`` marks rankable
    parents = set(
        Region.objects.filter(id__in=changed, kind__in=ranked).values_list("parent_id", flat=True)
    )
    family = Q(id__in=changed) | Q(parent_id__in=changed)
    if parents - {None}:
        family |= Q(parent_id__in=parents - {None}, kind__in=ranked)
    if None in parents:
        family |= Q(parent__isnull=True, kind__in=ranked)
    return frozenset(Region.objects.filter(family).values_list("id", flat=True))


def scope_for_target(indicator_id: int, year: int, regions: Collection[int] | None = None) -> Scope:
    """What a target of indicator I for year Y can reach: I's rows of year Y in the regions
    whose targets changed (``regions``; None: every region).

    Targets feed only the target columns, 完成率, the gaps and the light of their own
    series and year; nothing else in the engine reads them (no rank, share or total). The
    scope is still the regions' family (:func:`region_family`): the engine ranks among the
    regions it is given, and only the rows that differ are written.
    """
    return Scope(
        frozenset({indicator_id}), year, year, None if regions is None else region_family(regions)
    )


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
    one_writer()
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
    # A region's share reads its parent region: the scope's regions and their parents.
    regions = (
        None
        if scope.regions is None
        else scope.regions
        | set(
            Region.objects.filter(id__in=scope.regions, parent__isnull=False).values_list(
                "parent_id", flat=True
            )
        )
    )
    data = frames(
        indicators=inputs,
        from_year=None if seasonal else scope.first_year - 1,
        to_year=scope.last_year,
        in_regions=regions,
    )
    table = _empty()
    if wanted and not data["observations"].empty:
        out = _derive(data)
        codes = {catalogue[i][0] for i in wanted}
        last = scope.last_year if scope.last_year is not None else int(out["year"].max())
        keep = out["indicator"].isin(codes) & out["year"].between(scope.first_year, last)
        if scope.regions is not None:
            ids = dict(Region.objects.filter(id__in=scope.regions).values_list("code", "id"))
            keep &= out["region"].isin(ids)
        table = _table(out[keep])
    # Change in place only the rows of the scope that differ; the version moves if any did.
    changed, touched = _store(table, scope)
    _write_summaries(table, scope, touched)  # the per-period summaries of the scope
    if changed:
        bump_data_version()
    global LAST_SCOPED_ROWS
    LAST_SCOPED_ROWS = changed
    return changed


def _write_summaries(table: Columns, scope: Scope, touched: set[int]) -> None:
    """The per-period summaries (``summaries``) of ``scope``, after its rows are stored;
    ``touched``: the regions whose rows :func:`_store` wrote or deleted.

    A scope of every region replaces those of its indicators and years (``summaries.write``).
    A scope of some regions replaces only the summaries a touched region's rows appear in:
    its parent's and, for a region with children, its own (each holds a region's row and its
    children's), built from ``table`` and the stored rows of the other regions they hold.
    """
    if scope.regions is None or not PeriodSummary.objects.exists():
        summaries.write(table, scope)
        return
    parent_of = summaries.parents()
    heads = {p for p in parent_of.values() if p is not None}
    groups = {p for r in touched if (p := parent_of.get(r)) is not None} | (touched & heads)
    if not groups:
        return
    members = frozenset(groups | {r for r, p in parent_of.items() if p in groups})
    rows = summaries.in_scope(scope).filter(parent_id__in=sorted(groups))
    rows._raw_delete(rows.db)
    # The scope's rows are ``table`` (stored as they are): only the other members are read.
    parts = [table]
    if others := members - scope.regions:
        parts.append(_stored(Scope(scope.indicators, scope.first_year, scope.last_year, others)))
    columns = {name: np.concatenate([part[name] for part in parts]) for name in summaries.SOURCE}
    write_rows(
        PeriodSummary._meta.db_table,
        ("indicator_id", "parent_id", "year", "month", "figures"),
        # The members' parents only: a member city is then no head of a summary of its own.
        (
            row
            for row in summaries.compute(columns, {r: parent_of[r] for r in members})
            if row[1] in groups
        ),
    )
