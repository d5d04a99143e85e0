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
from django.db.models import Q

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


def write(columns: Mapping[str, npt.NDArray[Any]], scope: Scope | None) -> int:
    """Replace the summaries of ``scope`` (None: all) by those of ``columns`` (the engine's
    output as the derivation stores it, column by column: every region of the scope's
    indicators and years); returns the rows written.

    Summaries of a database that has none yet (made before they existed) are first built
    whole from the stored figures, so that a scoped write never leaves the rest missing.
    """
    table = pd.DataFrame({name: columns[name] for name in SOURCE}, copy=False)
    rows = PeriodSummary.objects.all()
    if scope is not None and not rows.exists():
        table, scope = stored(), None
    if scope is not None:
        rows = rows.filter(indicator_id__in=sorted(scope.indicators), year__gte=scope.first_year)
        if scope.last_year is not None:
            rows = rows.filter(year__lte=scope.last_year)
    rows._raw_delete(rows.db)
    if table.empty:
        return 0
    # Read before the rows are streamed: no other query may run on the connection during a COPY.
    parent_of: dict[int, int | None] = dict(Region.objects.values_list("id", "parent_id"))
    return write_rows(
        PeriodSummary._meta.db_table,
        ("indicator_id", "parent_id", "year", "month", "figures"),
        _summaries(table, parent_of),
    )


def stored() -> pd.DataFrame:
    """The stored derived figures' ``SOURCE`` columns (to build every summary afresh)."""
    cols = ", ".join(connection.ops.quote_name(c) for c in SOURCE)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {cols} FROM {DerivedFigure._meta.db_table}")
        return pd.DataFrame.from_records(cursor.fetchall(), columns=list(SOURCE))


def rebuild() -> int:
    """Every summary from the stored derived figures (a database migrated with figures)."""
    table = stored()
    return write({name: table[name].to_numpy() for name in SOURCE}, None)


def _summaries(
    table: pd.DataFrame, parent_of: dict[int, int | None]
) -> Iterator[tuple[int, int, int, int, bytes]]:
    """The rows of ``table``'s summaries; ``parent_of``: region id → parent id."""
    ind = table["indicator_id"].to_numpy(dtype="int64")
    reg = table["region_id"].to_numpy(dtype="int64")
    year = table["year"].to_numpy(dtype="int64")
    month = table["month"].to_numpy(dtype="int64")

    def floats(name: str) -> np.ndarray:
        return pd.to_numeric(table[name], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan
        )

    value, growth = floats("value"), floats("growth")
    rank = np.nan_to_num(floats("rank"), nan=0.0).astype("int32")
    progress_gap, growth_gap = floats("progress_gap"), floats("growth_gap")
    gap = np.where(np.isnan(progress_gap), growth_gap, progress_gap)
    target = ~np.isnan(floats("target_value")) | ~np.isnan(floats("target_growth"))
    light_text = table["light"].fillna("").astype(str)
    light = pd.Categorical(light_text, categories=list(LIGHTS)).codes.astype("int8")
    if (light < 0).any():
        unknown = sorted(set(light_text[light < 0]))
        raise ValueError(f"unexpected lights from the engine: {unknown}")

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

    # Month by month: each region's latest figure at or before it, in its parent's row and,
    # for a region with children, first in its own.
    for m in range(1, 13):
        idx = np.nonzero(np.isin(month, latest_months(m)) & known)[0]
        if not len(idx):
            continue
        # The latest of the (at most two) months per (indicator, region, year).
        idx = idx[np.lexsort((month[idx], reg[idx], year[idx], ind[idx]))]
        key = np.stack([ind[idx], year[idx], reg[idx]])
        last = np.ones(len(idx), dtype=bool)
        last[:-1] = (key[:, 1:] != key[:, :-1]).any(axis=0)
        idx = idx[last]
        child = idx[grp_of[idx] >= 0]
        head = idx[is_head[reg[idx]]]
        rows = np.concatenate([child, head])
        grp = np.concatenate([grp_of[child], reg[head]])
        order = np.concatenate([reg[child], np.full(len(head), -1, dtype="int64")])
        sort = np.lexsort((order, grp, year[rows], ind[rows]))
        rows, grp = rows[sort], grp[sort]
        packed = np.empty(len(rows), dtype=FIGURES)
        packed["region"] = reg[rows]
        packed["month"] = month[rows]
        packed["light"] = light[rows]
        packed["target"] = target[rows]
        packed["rank"] = rank[rows]
        packed["value"] = value[rows]
        packed["growth"] = growth[rows]
        packed["gap"] = gap[rows]
        for start, stop in _runs(np.stack([ind[rows], year[rows], grp])):
            i = rows[start]
            yield int(ind[i]), int(grp[start]), int(year[i]), m, packed[start:stop].tobytes()

    # The year: every child region, whether it has a value / a growth in any month.
    inds, ind_code = np.unique(ind, return_inverse=True)
    years, year_code = np.unique(year, return_inverse=True)
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
