"""Per-period summaries of the derived figures, written with them (``PeriodSummary``).

The home page and the 大屏 summarise one month over every unit of the city: composite
scores, the most severe alerts and the counts by light, 「已报 N/M」. Read from the derived
table, one month's rows are scattered over the whole of it (it is in indicator, region,
year, month order), so each summary scans tens of thousands of heap pages at province
scale. The derivation therefore also stores, per (indicator, year, month, region with
children), the few columns those summaries need of each child region's latest figure at or
before the month, packed into one array: a page reads one row per indicator.

Nothing stored depends on policy (dimension weights, which indicators are key, the order
of regions): the pages apply it when they read. ``write`` is called by
``observations.derivation`` with the engine's output of a full or scoped rebuild, in the
same transaction, and replaces the summaries of exactly the indicators and years rebuilt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from itertools import pairwise
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import pandas as pd
from django.db import connection
from django.db.models import Q, QuerySet

from citystat.bulk import write_rows
from citystat.observations.models import DerivedFigure, PeriodSummary
from citystat.regions.models import Region

# One child region's latest figure at or before the month (``month`` is the figure's).
FIGURES = np.dtype(
    [
        ("region", "<i4"),
        ("month", "i1"),
        ("light", "i1"),  # index into LIGHTS
        ("target", "?"),  # a target value or growth
        ("rank", "<i4"),  # 0: none
        ("value", "<f8"),  # NaN: none
        ("growth", "<f8"),
        ("gap", "<f8"),  # 序时进度 gap, else the gap to the growth target; NaN: none
    ]
)
# Month 0: whether each child region has a value / a growth in any month of the year.
SEEN = np.dtype([("region", "<i4"), ("value", "?"), ("growth", "?")])
LIGHTS = ("", "green", "yellow", "red")
YEAR = 0  # the month of the SEEN rows

# The derived columns a summary reads.
SOURCE = (
    "indicator_id",
    "region_id",
    "year",
    "month",
    "value",
    "growth",
    "rank",
    "light",
    "target_value",
    "target_growth",
    "progress_gap",
    "growth_gap",
)


class Scope(Protocol):
    """The rebuilt part: ``observations.derivation.Scope``."""

    @property
    def indicators(self) -> frozenset[int]: ...

    @property
    def first_year(self) -> int: ...

    @property
    def last_year(self) -> int | None: ...


def latest_months(month: int) -> list[int]:
    """Stored months whose figures can be "the latest at or before ``month``" in a year.

    Monthly figures sit in the month itself, quarterly ones at the last quarter end
    (3, 6, 9, 12) and annual ones in December, so these two months are enough.
    """
    quarter_end = 3 * (month // 3)
    return sorted({month, quarter_end} - {0})


SummaryRow = tuple[int, int, int, int, bytes]  # indicator, parent region, year, month, figures


def parents() -> dict[int, int | None]:
    """Region id → parent id, what :func:`compute` needs of the database."""
    return dict(Region.objects.values_list("id", "parent_id"))


def compute(
    columns: Mapping[str, npt.NDArray[Any]], parent_of: dict[int, int | None]
) -> list[SummaryRow]:
    """Every summary row of ``columns`` (see :func:`write`). Numpy only, no database: the
    full rebuild runs it in a thread while the database builds the derived table's indexes.
    """
    if not len(columns["indicator_id"]):
        return []
    return list(_summaries({name: columns[name] for name in SOURCE}, parent_of))


def in_scope(scope: Scope) -> QuerySet[PeriodSummary]:
    """The stored summaries of ``scope``'s indicators and years (of every parent region)."""
    rows = PeriodSummary.objects.filter(
        indicator_id__in=sorted(scope.indicators), year__gte=scope.first_year
    )
    return rows if scope.last_year is None else rows.filter(year__lte=scope.last_year)


def write(
    columns: Mapping[str, npt.NDArray[Any]],
    scope: Scope | None,
    computed: list[SummaryRow] | None = None,
) -> int:
    """Replace the summaries of ``scope`` (None: all) by those of ``columns`` (the engine's
    output as the derivation stores it, column by column: every region of the scope's
    indicators and years); returns the rows written. ``computed``: the rows of
    ``columns`` already made by :func:`compute`.

    Summaries of a database that has none yet (made before they existed) are first built
    whole from the stored figures, so that a scoped write never leaves the rest missing.
    """
    table = {name: columns[name] for name in SOURCE}
    rows = PeriodSummary.objects.all()
    if scope is not None and not rows.exists():
        table, scope, computed = stored(), None, None
    if scope is not None:
        rows = in_scope(scope)
    rows._raw_delete(rows.db)
    if not len(table["indicator_id"]):
        return 0
    # Read before the rows are streamed: no other query may run on the connection during a COPY.
    made = _summaries(table, parents()) if computed is None else computed
    return write_rows(
        PeriodSummary._meta.db_table,
        ("indicator_id", "parent_id", "year", "month", "figures"),
        made,
    )


def stored() -> dict[str, npt.NDArray[Any]]:
    """The stored derived figures' ``SOURCE`` columns (to build every summary afresh)."""
    cols = ", ".join(connection.ops.quote_name(c) for c in SOURCE)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {cols} FROM {DerivedFigure._meta.db_table}")
        records = cursor.fetchall()
    values = list(zip(*records, strict=True)) if records else [()] * len(SOURCE)
    return {name: np.array(v, dtype=object) for name, v in zip(SOURCE, values, strict=True)}


def rebuild() -> int:
    """Every summary from the stored derived figures (a database migrated with figures)."""
    return write(stored(), None)


def _ints(values: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    return np.asarray(values).astype(np.int64)


def _floats(values: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    """A column as float64, NaN for missing (the derivation's already are; stored ones may
    hold None)."""
    if values.dtype.kind == "f":
        return values.astype(np.float64, copy=False)
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )


def _codes(values: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The distinct values of small non-negative ints and each value's index into them."""
    present = np.zeros(int(values.max()) + 1, dtype=bool)
    present[values] = True
    distinct = np.flatnonzero(present)
    return distinct, (np.cumsum(present) - 1)[values]


def _summaries(
    table: Mapping[str, npt.NDArray[Any]], parent_of: dict[int, int | None]
) -> Iterator[SummaryRow]:
    """The rows of ``table``'s summaries (``SOURCE`` columns); ``parent_of``: region id →
    parent id."""
    ind, reg = _ints(table["indicator_id"]), _ints(table["region_id"])
    year, month = _ints(table["year"]), _ints(table["month"])
    value, growth = _floats(table["value"]), _floats(table["growth"])
    rank = np.nan_to_num(_floats(table["rank"]), nan=0.0).astype("int32")
    progress_gap, growth_gap = _floats(table["progress_gap"]), _floats(table["growth_gap"])
    gap = np.where(np.isnan(progress_gap), growth_gap, progress_gap)
    target = ~np.isnan(_floats(table["target_value"])) | ~np.isnan(_floats(table["target_growth"]))
    light_codes, light_words = pd.factorize(table["light"], use_na_sentinel=False)
    words = [
        "" if w is None or (isinstance(w, float) and np.isnan(w)) else str(w) for w in light_words
    ]
    unknown = sorted(set(words) - set(LIGHTS))
    if unknown:
        raise ValueError(f"unexpected lights from the engine: {unknown}")
    light = np.array([LIGHTS.index(w) for w in words], dtype="int8")[light_codes]

    children: dict[int, list[int]] = {}
    for r, p in parent_of.items():
        if p is not None:
            children.setdefault(p, []).append(r)
    top = max(parent_of, default=0) + 1
    parent = np.full(top, -1, dtype="int64")
    for r, p in parent_of.items():
        parent[r] = -1 if p is None else p
    is_head = np.zeros(top, dtype=bool)
    is_head[list(children)] = True
    known = reg < top
    grp_of = np.where(known, parent[np.minimum(reg, top - 1)], -1)

    # Each figure goes in its parent's row and, for a region with children, first in its
    # own: one entry per place, sorted once by (indicator, year, group, place in the group,
    # month). A month's row then takes, per place, the last entry of the stored months
    # ``latest_months`` names, in that order already.
    child = np.flatnonzero(known & (grp_of >= 0))
    head = np.flatnonzero(known & is_head[np.minimum(reg, top - 1)])
    rows = np.concatenate([child, head])
    grp = np.concatenate([grp_of[child], reg[head]])
    place = np.concatenate([reg[child], np.full(len(head), -1, dtype="int64")])
    sort = np.lexsort((month[rows], place, grp, year[rows], ind[rows]))
    rows, grp, place = rows[sort], grp[sort], place[sort]
    ind_r, year_r, month_r = ind[rows], year[rows], month[rows]
    packed_all = np.empty(len(rows), dtype=FIGURES)
    packed_all["region"] = reg[rows]
    packed_all["month"] = month_r
    packed_all["light"] = light[rows]
    packed_all["target"] = target[rows]
    packed_all["rank"] = rank[rows]
    packed_all["value"] = value[rows]
    packed_all["growth"] = growth[rows]
    packed_all["gap"] = gap[rows]
    records = packed_all.view(np.uint8).reshape(len(rows), FIGURES.itemsize)  # rows as bytes
    for m in range(1, 13):
        pick = np.flatnonzero(np.isin(month_r, latest_months(m)))
        if not len(pick):
            continue
        # The latest of the (at most two) months per place: the last of its run.
        key = np.stack([ind_r[pick], year_r[pick], grp[pick], place[pick]])
        last = np.ones(len(pick), dtype=bool)
        last[:-1] = (key[:, 1:] != key[:, :-1]).any(axis=0)
        pick = pick[last]
        data = records[pick].tobytes()
        keys = np.stack([ind_r[pick], year_r[pick], grp[pick]])
        bounds = list(_runs(keys))
        firsts = keys[:, [start for start, _ in bounds]].tolist()
        size = FIGURES.itemsize
        for (start, stop), i, y, g in zip(bounds, *firsts, strict=True):
            yield i, g, y, m, data[start * size : stop * size]

    # The year: every child region, whether it has a value / a growth in any month.
    inds, ind_code = _codes(ind)
    years, year_code = _codes(year)
    has = np.zeros((len(inds), len(years), top), dtype=bool)
    has[ind_code[known], year_code[known], reg[known]] = True
    has_value = np.zeros_like(has)
    has_growth = np.zeros_like(has)
    ok = known & ~np.isnan(value)
    has_value[ind_code[ok], year_code[ok], reg[ok]] = True
    ok = known & ~np.isnan(growth)
    has_growth[ind_code[ok], year_code[ok], reg[ok]] = True
    for p, kids in children.items():
        members = np.asarray(sorted(kids), dtype="int64")
        for a, b in zip(*np.nonzero(has[:, :, members].any(axis=2)), strict=True):
            v, g = has_value[a, b, members], has_growth[a, b, members]
            if not (v.any() or g.any()):
                continue
            packed = np.zeros(len(members), dtype=SEEN)
            packed["region"] = members
            packed["value"] = v
            packed["growth"] = g
            yield int(inds[a]), p, int(years[b]), YEAR, packed.tobytes()


def _runs(keys: np.ndarray) -> Iterator[tuple[int, int]]:
    """(start, stop) of each run of equal columns in ``keys`` (rows: the key's parts)."""
    n = keys.shape[1]
    if n == 0:
        return
    change = np.nonzero((keys[:, 1:] != keys[:, :-1]).any(axis=0))[0] + 1
    bounds = [0, *change.tolist(), n]
    yield from pairwise(bounds)


def read(
    parent_id: int, year: int, month: int, indicators: Collection[int] | None = None
) -> tuple[dict[int, np.ndarray], dict[int, np.ndarray], dict[int, np.ndarray]] | None:
    """The summaries of ``parent_id`` and its children in a month, one query: (indicator
    id → ``FIGURES`` of the month (``parent_id`` first), → ``SEEN`` of the year, → ``SEEN``
    of the year before).

    None when the month has no summary (a database whose summaries were never built).
    """
    rows = PeriodSummary.objects.filter(
        Q(year=year, month__in=[month, YEAR]) | Q(year=year - 1, month=YEAR), parent_id=parent_id
    )
    if indicators is not None:
        rows = rows.filter(indicator_id__in=sorted(indicators))
    figures: dict[int, np.ndarray] = {}
    seen: dict[int, np.ndarray] = {}
    before: dict[int, np.ndarray] = {}
    for i, y, m, data in rows.values_list("indicator_id", "year", "month", "figures"):
        if m == YEAR:
            (seen if y == year else before)[i] = np.frombuffer(bytes(data), dtype=SEEN)
        elif y == year:
            figures[i] = np.frombuffer(bytes(data), dtype=FIGURES)
    if not seen:
        return None
    return figures, seen, before
