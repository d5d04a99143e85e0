"""Batch derivation: every derived figure for every indicator × region × month.

:func:`derive` takes long-format pandas DataFrames (contract in
:mod:`citystat.stats.schema`, columns documented in ``docs/statistics/batch.md``)
and returns one row per observed indicator × region × year × month.

How it stays fast: observations are scattered once into a dense
``(series, months)`` array (a series is one indicator in one region, the months
run over the whole span of years), so "same month last year" is a shift of 12
columns, "previous month" a shift of one, a parent indicator or parent region a
row lookup, and rankings a stable sort per chunk of sibling blocks. The work runs
block by block of series so that temporaries stay small; nothing loops over
observations in Python.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt
import pandas as pd

from citystat.stats.lights import DEFAULT_LIGHTS, LightThresholds
from citystat.stats.schema import (
    CATALOGUE_COLUMNS,
    OBSERVATION_COLUMNS,
    REGION_COLUMNS,
    TARGET_COLUMNS,
    SchemaError,
    as_bool,
    as_codes,
    as_number,
    require,
)
from citystat.stats.vectorised import (
    competition_ranks,
    growth_pct,
    half_up_units,
    previous_in_year,
    safe_ratio,
)

__all__ = ["GROWTH_SOURCES", "LIGHTS", "OUTPUT_COLUMNS", "SchemaError", "derive"]

F = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]

OUTPUT_COLUMNS = (
    "indicator",
    "region",
    "year",
    "month",
    "value",
    "growth_reported",
    "monthly_value",
    "base_value",
    "growth",
    "growth_source",
    "growth_derived",
    "monthly_growth",
    "pull",
    "contribution",
    "share_of_region_parent",
    "rank",
    "rank_change",
    "target_value",
    "target_growth",
    "completion",
    "time_progress",
    "progress_gap",
    "growth_gap",
    "light",
)
GROWTH_SOURCES = ("reported", "derived")
LIGHTS = ("green", "yellow", "red")
_BASES = ("months", "calendar_days", "seasonal")
PARALLEL_FROM = 1_000_000  # dense cells from which ranking runs in a second thread
BLOCK_CELLS = 1 << 16  # cells per block of series for the row-local derivations
COMPOSITION_GAP = 1e-3  # parts' bases within 0.1% of the whole's: the parts make it up
DENSE_LOOKUP_MAX = 1 << 22  # indicator × region pairs addressed through a direct table (0: never)


@dataclass(frozen=True)
class _Catalogue:
    codes: pd.Index
    cumulative: B
    additive: B
    higher_is_better: B
    computed: B
    decimals: I64
    growth_decimals: I64
    parent: I64  # catalogue position of the parent indicator, −1 for none
    subset_of: I64  # catalogue position of the whole a 其中 item belongs to, −1 for none
    basis: I64  # index into _BASES
    rank_on_value: B


@dataclass(frozen=True)
class _Regions:
    codes: pd.Index
    parent: I64  # position of the parent region, −1 for none
    rankable: B


@dataclass(frozen=True)
class _Layout:
    """Dense layout: row = series (indicator × region), column = month of the span."""

    n_series: int
    years: int
    first_year: int
    row_indicator: I64
    row_region: I64
    series: I64  # sorted series ids (indicator × n_regions + region), one per row
    dense_lookup: I64 | None  # series id → row (−1 absent), when small enough
    n_regions: int

    @property
    def months(self) -> int:
        return self.years * 12

    def rows_of(self, indicator: I64, region: I64) -> I64:
        """Row of each (indicator, region) pair, −1 where that series is absent."""
        sid = indicator * self.n_regions + region
        if self.dense_lookup is not None:
            rows: I64 = self.dense_lookup[sid]
            return rows
        row = np.searchsorted(self.series, sid)
        row[row == self.series.shape[0]] = 0
        return np.where(self.series[row] == sid, row, -1)


def _catalogue(frame: pd.DataFrame) -> _Catalogue:
    frame = require(frame, CATALOGUE_COLUMNS, "catalogue")
    codes = pd.Index(frame["indicator"].astype(str))
    if codes.has_duplicates:
        dup = codes[codes.duplicated()][0]
        raise SchemaError(f"catalogue: indicator {dup!r} listed twice")
    method = frame["growth_method"].astype(str).str.strip().str.lower()
    # 'none': never derive a growth rate (rates in percent change by percentage points).
    bad = ~method.isin(["reported", "computed", "none"])
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise SchemaError(
            f"catalogue: column 'growth_method' row {row + 1}: expected 'reported', 'computed' "
            f"or 'none', got {frame['growth_method'].iloc[row]!r}"
        )
    basis = frame["progress_basis"].fillna("months").astype(str).str.strip().str.lower()
    basis_codes = pd.Categorical(basis, categories=list(_BASES)).codes
    if (basis_codes < 0).any():
        row = int(np.flatnonzero(basis_codes < 0)[0])
        raise SchemaError(
            f"catalogue: column 'progress_basis' row {row + 1}: expected one of {', '.join(_BASES)}"
        )
    parent_pos = _positions(frame, "parent", codes)
    subset_pos = _positions(frame, "subset_of", codes)
    cumulative = as_bool(frame["cumulative"], "catalogue", "cumulative")
    rank_on = frame["rank_on"].astype("string").str.strip().str.lower()
    rank_on_value = np.where(
        rank_on.isna().to_numpy(),
        ~cumulative,
        (rank_on == "value").to_numpy(dtype=bool, na_value=False),
    )
    return _Catalogue(
        codes=codes,
        cumulative=cumulative,
        additive=as_bool(frame["additive"], "catalogue", "additive"),
        higher_is_better=as_bool(frame["higher_is_better"], "catalogue", "higher_is_better"),
        computed=(method == "computed").to_numpy(),
        decimals=_ints(frame["decimals"], "decimals"),
        growth_decimals=_ints(frame["growth_decimals"].fillna(1), "growth_decimals"),
        parent=parent_pos,
        subset_of=subset_pos,
        basis=np.asarray(basis_codes, dtype=np.int64),
        rank_on_value=rank_on_value.astype(bool),
    )


def _ints(values: pd.Series, column: str) -> I64:
    numbers = as_number(values, "catalogue", column)
    if np.isnan(numbers).any() or (numbers != np.round(numbers)).any():
        row = int(np.flatnonzero(np.isnan(numbers) | (numbers != np.round(numbers)))[0])
        raise SchemaError(f"catalogue: column {column!r} row {row + 1}: not a whole number")
    return numbers.astype(np.int64)


def _positions(frame: pd.DataFrame, column: str, codes: pd.Index) -> I64:
    """Catalogue positions of the indicators a column names, −1 where empty."""
    named = frame[column].where(frame[column].notna() & (frame[column].astype(str) != ""))
    pos = np.full(len(frame), -1, dtype=np.int64)
    has = named.notna().to_numpy()
    if has.any():
        pos[has] = as_codes(named[has].astype(str), codes, "catalogue", column)
    return pos


def _regions(frame: pd.DataFrame | None, observed: pd.Series) -> _Regions:
    if frame is None:
        codes = pd.Index(sorted(pd.unique(observed.astype(str))))
        # Without a region table nobody has siblings: no ranks, no parent shares.
        return _Regions(codes, np.full(len(codes), -1, np.int64), np.zeros(len(codes), bool))
    frame = require(frame, REGION_COLUMNS, "regions")
    codes = pd.Index(frame["region"].astype(str))
    if codes.has_duplicates:
        raise SchemaError(f"regions: region {codes[codes.duplicated()][0]!r} listed twice")
    parents = frame["parent"].where(frame["parent"].notna() & (frame["parent"].astype(str) != ""))
    parent_pos = np.full(len(frame), -1, dtype=np.int64)
    has_parent = parents.notna().to_numpy()
    if has_parent.any():
        parent_pos[has_parent] = as_codes(
            parents[has_parent].astype(str), codes, "regions", "parent"
        )
    return _Regions(codes, parent_pos, as_bool(frame["rankable"], "regions", "rankable"))


def _code_values(values: pd.Series) -> pd.Series:
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.rename_categories([str(c) for c in values.cat.categories])
    if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
        return values
    return values.astype(str)


def _whole(values: pd.Series, table: str, column: str) -> I64:
    if pd.api.types.is_integer_dtype(values.dtype):
        return values.to_numpy(dtype=np.int64)
    numbers = as_number(values, table, column)
    bad = np.isnan(numbers) | (numbers != np.floor(numbers))
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise SchemaError(
            f"{table}: column {column!r} row {row + 1}: not a whole number: {values.iloc[row]!r}"
        )
    return numbers.astype(np.int64)


def _layout(ind: I64, reg: I64, year: I64, n_ind: int, n_reg: int) -> tuple[_Layout, I64]:
    sid = ind * n_reg + reg
    space = n_ind * n_reg
    first_year = int(year.min())
    years = int(year.max()) - first_year + 1
    if DENSE_LOOKUP_MAX > 0 and space <= max(4 * len(sid), DENSE_LOOKUP_MAX):
        present = np.zeros(space, dtype=bool)
        present[sid] = True
        series = np.flatnonzero(present)
        dense_lookup = np.full(space, -1, dtype=np.int64)
        dense_lookup[series] = np.arange(series.shape[0])
        row = dense_lookup[sid]
    else:  # too many indicator × region pairs for a direct table: sorted ids instead
        series, row = np.unique(sid, return_inverse=True)
        dense_lookup = None
    layout = _Layout(
        n_series=int(series.shape[0]),
        years=years,
        first_year=first_year,
        row_indicator=series // n_reg,
        row_region=series % n_reg,
        series=series.astype(np.int64),
        dense_lookup=dense_lookup,
        n_regions=n_reg,
    )
    return layout, row.astype(np.int64)


def _blocks(layout: _Layout) -> Iterator[slice]:
    """Slices of whole series (rows) holding about ``BLOCK_CELLS`` cells each."""
    step = max(1, BLOCK_CELLS // layout.months)
    for start in range(0, layout.n_series, step):
        yield slice(start, min(start + step, layout.n_series))


def _levels(
    v: F,
    reported: F,
    cumulative: B,
    computed: B,
    out: tuple[F, F, F, F, npt.NDArray[np.int8]],
) -> None:
    """当月值, same month last year and growth for a block of rows, written into ``out``."""
    monthly, base, derived, growth, source = out
    _month_difference(v, out=monthly)
    monthly[~cumulative] = np.nan
    base[:, :12] = np.nan
    base[:, 12:] = v[:, :-12]
    # Growth: reported wins; derived only from levels of 'computed' indicators.
    growth_pct(v, base, out=derived)
    derived[~computed] = np.nan
    has_reported = ~np.isnan(reported)
    np.copyto(growth, derived)
    np.copyto(growth, reported, where=has_reported)
    source.fill(-1)
    source[~np.isnan(derived)] = 1
    source[has_reported] = 0


def _first_duplicate(cell: I64) -> int:
    """Position of the first row that repeats an earlier row's cell."""
    order = np.argsort(cell, kind="stable")
    ordered = cell[order]
    repeats = np.flatnonzero(ordered[1:] == ordered[:-1]) + 1
    return int(order[repeats].min())


def _month_difference(a: F, out: F | None = None) -> F:
    """``a[m] − a[m−1]`` within each year; month 1 keeps its own value (C[1] = M[1])."""
    out = np.empty_like(a) if out is None else out
    np.subtract(a[:, 1:], a[:, :-1], out=out[:, 1:])
    out[:, 0::12] = a[:, 0::12]
    return out


def _progress_templates(layout: _Layout) -> tuple[F, F]:
    """序时进度 of every month of the span: by months (m/12) and by calendar days."""
    t = np.arange(layout.months)
    by_months = (t % 12 + 1) / 12 * 100
    days = np.array(
        [
            [calendar.monthrange(int(y), m)[1] for m in range(1, 13)]
            for y in range(layout.first_year, layout.first_year + layout.years)
        ]
    )
    by_days = (np.cumsum(days, axis=1) / days.sum(axis=1, keepdims=True) * 100).ravel()
    return by_months, by_days


def _time_progress(
    layout: _Layout,
    cat: _Catalogue,
    indicators: I64,
    values: F,
    templates: tuple[F, F],
    out: F,
) -> None:
    """Fill ``out`` (rows of ``values``) with 序时进度 by each row's progress basis."""
    by_months, by_days = templates
    basis = cat.basis[indicators]
    out[:] = by_months
    calendar_rows = np.flatnonzero(basis == 1)
    if calendar_rows.size:
        out[calendar_rows] = by_days
    seasonal_rows = np.flatnonzero(basis == 2)
    if seasonal_rows.size:
        # Expected share of the annual total: the mean C[m]/C[12] of earlier years.
        cube = values[seasonal_rows].reshape(-1, layout.years, 12)
        annual = np.broadcast_to(cube[:, :, 11:12], cube.shape)
        share = safe_ratio(cube, np.ascontiguousarray(annual))
        ok = ~np.isnan(share)
        total = np.cumsum(np.where(ok, share, 0.0), axis=1) - np.where(ok, share, 0.0)
        count = np.cumsum(ok, axis=1) - ok
        expected = safe_ratio(total, count.astype(np.float64)) * 100
        fallback = np.broadcast_to(by_months.reshape(layout.years, 12), expected.shape)
        out[seasonal_rows] = np.where(np.isnan(expected), fallback, expected).reshape(
            -1, layout.months
        )
    out[~cat.cumulative[indicators]] = np.nan


def _ranks(
    layout: _Layout, cat: _Catalogue, regions: _Regions, value: F, growth: F
) -> npt.NDArray[np.float32]:
    # float32 holds every rank exactly (< 2**24) in half the memory of float64.
    out = np.full((layout.n_series, layout.months), np.nan, dtype=np.float32)
    eligible = np.flatnonzero(regions.rankable[layout.row_region])
    if eligible.size == 0:
        return out
    # Siblings (same indicator, same parent region) become neighbouring rows.
    parent = regions.parent[layout.row_region[eligible]]
    order = eligible[np.lexsort((parent, layout.row_indicator[eligible]))]
    ind, parent = layout.row_indicator[order], regions.parent[layout.row_region[order]]
    block_start = np.ones(order.shape[0], dtype=bool)
    block_start[1:] = (ind[1:] != ind[:-1]) | (parent[1:] != parent[:-1])
    block = np.cumsum(block_start) - 1
    # Sibling blocks are independent: rank them a chunk of whole blocks at a time.
    starts = np.flatnonzero(block_start)
    step = max(1, BLOCK_CELLS // layout.months)
    cuts = np.searchsorted(starts, np.arange(0, order.shape[0], step))
    bounds = np.unique(np.append(starts[cuts[cuts < starts.shape[0]]], order.shape[0]))
    months = np.arange(layout.months)
    for lo, hi in pairwise(bounds.tolist()):
        rows, chunk_ind = order[lo:hi], ind[lo:hi]
        on_value = cat.rank_on_value[chunk_ind]
        figure = growth[rows]
        if on_value.any():
            figure[on_value] = value[rows[on_value]]
        decimals = np.where(on_value, cat.decimals[chunk_ind], cat.growth_decimals[chunk_ind])
        keys = half_up_units(figure, decimals[:, None])
        keys[cat.higher_is_better[chunk_ind]] *= -1.0  # ascending order puts the best first
        # One group per sibling block and month.
        groups = ((block[lo:hi] - block[lo])[:, None] * layout.months + months).ravel()
        waiting = _waiting(figure, groups, layout.years)
        ranks = competition_ranks(keys.ravel(), groups)
        ranks[waiting] = np.nan
        out[rows] = ranks.reshape(hi - lo, layout.months)
    return out


def _waiting(figure: F, groups: I64, years: int) -> npt.NDArray[np.bool_]:
    """Cells whose sibling block has not fully reported that month (no rank yet).

    A unit is expected to report an indicator in a year when it has the ranked figure
    for any month of that year or of the year before; a rank is taken only once every
    expected sibling has reported that month (issue 11: with 2 of 14 in, nobody is
    「居第1位」). ``figure`` is ``(rows, years*12)``; ``groups`` labels its cells.
    """
    has: npt.NDArray[np.bool_] = ~np.isnan(figure)
    yearly: npt.NDArray[np.bool_] = np.any(has.reshape(has.shape[0], years, 12), axis=2)
    expected_year = yearly.copy()
    expected_year[:, 1:] |= yearly[:, :-1]
    expected = np.repeat(expected_year, 12, axis=1)
    n_groups = int(groups.max()) + 1 if groups.size else 0
    n_expected = np.bincount(groups, weights=expected.ravel(), minlength=n_groups)
    n_reported = np.bincount(groups, weights=has.ravel(), minlength=n_groups)
    waiting: npt.NDArray[np.bool_] = (n_reported < n_expected)[groups]
    return waiting


R32 = npt.NDArray[np.float32]


def _ranks_and_changes(
    layout: _Layout, cat: _Catalogue, regions: _Regions, value: F, growth: F
) -> tuple[R32, R32]:
    rank = _ranks(layout, cat, regions, value, growth)
    change = previous_in_year(rank, layout.years)
    change -= rank
    return rank, change


def _done(result: tuple[R32, R32]) -> Future[tuple[R32, R32]]:
    future: Future[tuple[R32, R32]] = Future()
    future.set_result(result)
    return future


def _targets(
    frame: pd.DataFrame | None, layout: _Layout, cat: _Catalogue, regions: _Regions
) -> tuple[F, F]:
    shape = (layout.n_series, layout.years)
    target_value, target_growth = np.full(shape, np.nan), np.full(shape, np.nan)
    if frame is not None and len(frame):
        frame = require(frame, TARGET_COLUMNS, "targets")
        ind = as_codes(_code_values(frame["indicator"]), cat.codes, "targets", "indicator").astype(
            np.int64
        )
        reg = as_codes(_code_values(frame["region"]), regions.codes, "targets", "region").astype(
            np.int64
        )
        year = _whole(frame["year"], "targets", "year") - layout.first_year
        row = layout.rows_of(ind, reg)
        keep = (row >= 0) & (year >= 0) & (year < layout.years)
        cell = row[keep] * layout.years + year[keep]
        if cell.size and np.bincount(cell, minlength=target_value.size).max() > 1:
            raise SchemaError(
                "targets: more than one target for the same indicator, region and year"
            )
        target_value.ravel()[cell] = as_number(frame["target_value"], "targets", "target_value")[
            keep
        ]
        target_growth.ravel()[cell] = as_number(frame["target_growth"], "targets", "target_growth")[
            keep
        ]
    return target_value, target_growth


def _lights(
    indicators: I64,
    cat: _Catalogue,
    completion: F,
    progress_gap: F,
    growth_gap: F,
    thresholds: LightThresholds,
) -> npt.NDArray[np.int8]:
    # Level targets first: 序时进度 gap for YTD flows, distance from 100% for stocks;
    # where there is no level target, the growth gap.
    use_growth = np.isnan(progress_gap)
    gap = np.where(use_growth, growth_gap, progress_gap)
    stock = np.flatnonzero(~cat.cumulative[indicators])
    if stock.size:
        stock_level = completion[stock] - 100.0
        stock_growth = np.isnan(stock_level)
        use_growth[stock] = stock_growth
        gap[stock] = np.where(stock_growth, growth_gap[stock], stock_level)
        del stock_level, stock_growth
    # Orient by polarity so that a positive gap always means better than planned.
    gap *= np.where(cat.higher_is_better[indicators], 1.0, -1.0)[:, None]
    shown = half_up_units(gap, thresholds.decimals)
    del gap
    shown /= 10.0**thresholds.decimals
    with np.errstate(invalid="ignore"):
        green = np.where(
            use_growth, shown >= thresholds.growth_green_from, shown >= thresholds.green_from
        )
        red = np.where(
            use_growth, shown < thresholds.growth_red_below, shown < thresholds.red_below
        )
    codes = np.ones(shown.shape, dtype=np.int8)  # yellow unless green (0) or red (2)
    np.subtract(codes, green, out=codes, casting="unsafe")
    np.add(codes, red, out=codes, casting="unsafe")
    codes[np.isnan(shown)] = -1
    return codes


def derive(
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame | None = None,
    targets: pd.DataFrame | None = None,
    *,
    thresholds: LightThresholds = DEFAULT_LIGHTS,
) -> pd.DataFrame:
    """Derive every figure for every indicator × region × period in one pass.

    Parameters
    ----------
    observations : DataFrame
        ``indicator``, ``region``, ``year``, ``month`` (1–12; a combined
        1–2月 figure is month 2 with no month 1), ``value`` (YTD for cumulative
        indicators; NaN if missing) and optionally ``growth_reported`` (%).
    catalogue : DataFrame
        ``indicator``, ``cumulative``, ``additive``, ``higher_is_better``,
        ``growth_method`` ('reported'|'computed'|'none'), ``decimals``; optional
        ``growth_decimals`` (1), ``parent`` (component of), ``progress_basis``
        ('months'|'calendar_days'|'seasonal') and ``rank_on`` ('growth'|'value').
    regions : DataFrame, optional
        ``region``, ``parent``, ``rankable``. Without it there are no ranks and
        no shares of the parent region.
    targets : DataFrame, optional
        ``indicator``, ``region``, ``year``, ``target_value``, ``target_growth``.
    thresholds : LightThresholds
        Traffic-light cut-offs (Yinchuan defaults, see :mod:`citystat.stats.lights`).

    Returns
    -------
    DataFrame
        One row per observation, sorted by indicator, region, year, month, with
        the columns in :data:`OUTPUT_COLUMNS` (documented in ``batch.md``).
        Undefined figures are NaN / <NA>, never 0 or inf.

    Examples
    --------
    >>> obs = pd.DataFrame({"indicator": "retail", "region": "c1", "year": [2024] * 3 + [2025] * 3,
    ...     "month": [2, 3, 4] * 2, "value": [49000, 75000, 99000, 52000, 80500, 106300]})
    >>> cat = pd.DataFrame({"indicator": ["retail"], "cumulative": [True], "additive": [True],
    ...     "higher_is_better": [True], "growth_method": ["computed"], "decimals": [0]})
    >>> out = derive(obs, cat)
    >>> out[out.year == 2025][["month", "monthly_value", "growth", "monthly_growth"]].round(1)
       month  monthly_value  growth  monthly_growth
    3      2            NaN     6.1             NaN
    4      3        28500.0     7.3             9.6
    5      4        25800.0     7.4             7.5
    """
    observations = require(observations, OBSERVATION_COLUMNS, "observations")
    if len(observations) == 0:
        return pd.DataFrame({name: [] for name in OUTPUT_COLUMNS})
    cat = _catalogue(catalogue)
    regs = _regions(regions, observations["region"])
    ind = as_codes(_code_values(observations["indicator"]), cat.codes, "observations", "indicator")
    reg = as_codes(_code_values(observations["region"]), regs.codes, "observations", "region")
    year = _whole(observations["year"], "observations", "year")
    month = _whole(observations["month"], "observations", "month")
    bad_month = (month < 1) | (month > 12)
    if bad_month.any():
        bad = int(np.flatnonzero(bad_month)[0])
        raise SchemaError(
            f"observations: column 'month' row {bad + 1}: month must be 1–12, got {month[bad]}"
        )
    layout, row = _layout(
        ind.astype(np.int64), reg.astype(np.int64), year, len(cat.codes), len(regs.codes)
    )
    n_cells = layout.n_series * layout.months
    cell = row * layout.months + (year - layout.first_year) * 12 + (month - 1)
    counts = np.bincount(cell, minlength=n_cells)
    duplicated = counts.max() > 1
    observed = counts > 0
    del counts
    if duplicated:
        dup = _first_duplicate(cell)
        raise SchemaError(
            f"observations: row {dup + 1}: duplicate indicator/region/year/month "
            f"({observations['indicator'].iloc[dup]}, {observations['region'].iloc[dup]}, "
            f"{year[dup]}, {month[dup]})"
        )
    shape = (layout.n_series, layout.months)
    value = np.full(n_cells, np.nan)
    value[cell] = as_number(observations["value"], "observations", "value")
    reported = np.full(n_cells, np.nan)
    reported[cell] = as_number(observations["growth_reported"], "observations", "growth_reported")
    del cell, row
    v, g_rep = value.reshape(shape), reported.reshape(shape)
    ri = layout.row_indicator
    cumulative_row, computed_row = cat.cumulative[ri], cat.computed[ri]

    # Row-local figures are computed block by block of series: the temporaries stay
    # small and are reused, while full-size arrays are only the outputs themselves.
    monthly, base, derived, growth = (np.empty(shape) for _ in range(4))
    source = np.empty(shape, dtype=np.int8)
    for rows in _blocks(layout):
        _levels(
            v[rows],
            g_rep[rows],
            cumulative_row[rows],
            computed_row[rows],
            (monthly[rows], base[rows], derived[rows], growth[rows], source[rows]),
        )

    # League tables need only levels and growth: on large inputs they run on a second
    # core while the rest is derived (numpy releases the GIL in sorts and ufuncs).
    with ThreadPoolExecutor(max_workers=1) as pool:
        if n_cells >= PARALLEL_FROM:
            ranked = pool.submit(_ranks_and_changes, layout, cat, regs, v, growth)
        else:
            ranked = _done(_ranks_and_changes(layout, cat, regs, v, growth))

        yearly_value, yearly_growth = _targets(targets, layout, cat, regs)
        templates = _progress_templates(layout)
        monthly_growth, target_value, target_growth = (np.empty(shape) for _ in range(3))
        completion, time_progress, progress_gap, growth_gap = (np.empty(shape) for _ in range(4))
        light = np.empty(shape, dtype=np.int8)
        for rows in _blocks(layout):
            # Single-month growth with the bases backed out of the cumulative growth.
            implied_base = np.divide(growth[rows], 100.0)
            implied_base += 1.0
            safe_ratio(v[rows], implied_base, out=implied_base)
            growth_pct(monthly[rows], _month_difference(implied_base), out=monthly_growth[rows])
            # Targets, 完成率, 序时进度, gaps and lights.
            n = implied_base.shape[0]
            target_value[rows].reshape(n, layout.years, 12)[:] = yearly_value[rows, :, None]
            target_growth[rows].reshape(n, layout.years, 12)[:] = yearly_growth[rows, :, None]
            done = safe_ratio(v[rows], target_value[rows], out=completion[rows])
            done *= 100.0
            _time_progress(layout, cat, ri[rows], v[rows], templates, time_progress[rows])
            np.subtract(done, time_progress[rows], out=progress_gap[rows])
            # 序时进度 only means something for year-to-date flows; a stock or an average
            # either meets its level target or not (the light uses completion − 100).
            point_in_time = ~cat.cumulative[ri[rows]]
            time_progress[rows][point_in_time] = np.nan
            progress_gap[rows][point_in_time] = np.nan
            np.subtract(growth[rows], target_growth[rows], out=growth_gap[rows])
            light[rows] = _lights(
                ri[rows], cat, done, progress_gap[rows], growth_gap[rows], thresholds
            )
            # 越低越好: completion is target ÷ actual (§6), never actual ÷ target, which
            # reads as over-fulfilment (PM2.5 35 against 33 is 94.3%, not 106.1%).
            # The light and the 序时进度 gap above keep the share of the cap used.
            lower = np.flatnonzero(~cat.higher_is_better[ri[rows]])
            if lower.size:
                inverse = safe_ratio(target_value[rows][lower], v[rows][lower])
                inverse *= 100.0
                done[lower] = inverse

        pull, contribution = _pulls(layout, cat, base, growth)
        share = _region_shares(layout, cat, regs, v)
        rank, rank_change = ranked.result()

    columns: dict[str, np.ndarray] = {
        "value": value,
        "growth_reported": reported,
        "monthly_value": monthly,
        "base_value": base,
        "growth": growth,
        "growth_source": source,
        "growth_derived": derived,
        "monthly_growth": monthly_growth,
        "pull": pull,
        "contribution": contribution,
        "share_of_region_parent": share,
        "rank": rank,
        "rank_change": rank_change,
        "target_value": target_value,
        "target_growth": target_growth,
        "completion": completion,
        "time_progress": time_progress,
        "progress_gap": progress_gap,
        "growth_gap": growth_gap,
        "light": light,
    }
    return _assemble(layout, cat, regs, observed, columns)


def _pulls(layout: _Layout, cat: _Catalogue, base: F, growth: F) -> tuple[F, F]:
    """拉动 and 贡献率 of the parts of each composition (``parent``: parts add up to it).

    贡献率 is a part's increment over the whole's increment; the whole's increment is the
    sum of its parts' pulls (comparable-price increments need not equal the rounded total
    growth), so the 贡献率 of a composition add up to 100%. Where a part's pull is missing or
    the stored parts do not make up the whole, the whole's growth stands in. A whole growth shown as 0.0 leaves 贡献率 undefined.
    """
    pull = np.full(base.shape, np.nan)
    contribution = np.full(base.shape, np.nan)
    _subset_pulls(layout, cat, base, growth, pull)
    parent_ind = cat.parent[layout.row_indicator]
    children = np.flatnonzero(parent_ind >= 0)
    if children.size == 0:
        return pull, contribution
    parents = layout.rows_of(parent_ind[children], layout.row_region[children])
    children, parents = children[parents >= 0], parents[parents >= 0]
    step = max(1, BLOCK_CELLS // layout.months)
    for start in range(0, children.shape[0], step):
        child, parent = children[start : start + step], parents[start : start + step]
        # Base-period weights: the component's and the total's same period last year.
        pulls = safe_ratio(base[child], base[parent])
        pulls *= growth[child]
        pull[child] = pulls
    increment = np.zeros(base.shape)
    np.add.at(increment, parents, pull[children])  # NaN where any part's pull is missing
    covered = np.zeros(base.shape)
    np.add.at(covered, parents, base[children])
    with np.errstate(invalid="ignore", divide="ignore"):
        # Only parts that make up the whole (bases adding up to its base) give its increment.
        incomplete = ~(np.abs(covered - base) <= COMPOSITION_GAP * np.abs(base))
    increment[incomplete] = np.nan
    for start in range(0, children.shape[0], step):
        child, parent = children[start : start + step], parents[start : start + step]
        total = increment[parent]
        missing = np.isnan(total)
        total[missing] = growth[parent][missing]
        shown = half_up_units(
            growth[parent], cat.growth_decimals[layout.row_indicator[parent]][:, None]
        )
        total[shown == 0] = np.nan  # a total growth shown as 0.0: contributions undefined
        share = safe_ratio(pull[child], total, positive=False)
        share *= 100.0
        contribution[child] = share
    return pull, contribution


def _subset_pulls(layout: _Layout, cat: _Catalogue, base: F, growth: F, pull: F) -> None:
    """拉动 of a 其中 item on its whole (上拉全市工业增速0.3个百分点): the same formula, but
    no 贡献率, and never summed with the parts of a composition (methodology §3)."""
    whole = cat.subset_of[layout.row_indicator]
    items = np.flatnonzero(whole >= 0)
    if items.size == 0:
        return
    wholes = layout.rows_of(whole[items], layout.row_region[items])
    items, wholes = items[wholes >= 0], wholes[wholes >= 0]
    step = max(1, BLOCK_CELLS // layout.months)
    for start in range(0, items.shape[0], step):
        item, of = items[start : start + step], wholes[start : start + step]
        pulls = safe_ratio(base[item], base[of])
        pulls *= growth[item]
        pull[item] = pulls


def _region_shares(layout: _Layout, cat: _Catalogue, regs: _Regions, v: F) -> F:
    share = np.full(v.shape, np.nan)
    parent_region = regs.parent[layout.row_region]
    rows = np.flatnonzero((parent_region >= 0) & cat.additive[layout.row_indicator])
    if rows.size == 0:
        return share
    parents = layout.rows_of(layout.row_indicator[rows], parent_region[rows])
    rows, parents = rows[parents >= 0], parents[parents >= 0]
    step = max(1, BLOCK_CELLS // layout.months)
    for start in range(0, rows.shape[0], step):
        row, parent = rows[start : start + step], parents[start : start + step]
        part = safe_ratio(v[row], v[parent])
        part *= 100.0
        share[row] = part
    return share


def _categorical(codes: np.ndarray, categories: pd.Index) -> pd.Categorical:
    # pandas-stubs types ``codes`` as a Sequence[int]; an int array is what pandas wants.
    return pd.Categorical.from_codes(codes, categories=categories)  # type: ignore[arg-type]


def _assemble(
    layout: _Layout, cat: _Catalogue, regs: _Regions, observed: B, columns: dict[str, np.ndarray]
) -> pd.DataFrame:
    months = layout.months
    full = bool(observed.all())
    cells = None if full else np.flatnonzero(observed)

    def pick(a: np.ndarray) -> np.ndarray:
        flat = a.reshape(-1)
        return flat if cells is None else flat[cells]

    def per_row(codes: I64) -> np.ndarray:
        small = codes.astype(np.int32)
        return np.repeat(small, months) if cells is None else small[cells // months]

    t = np.tile(np.arange(months, dtype=np.int32), layout.n_series)
    t = t if cells is None else t[cells]
    out: dict[str, object] = {
        "indicator": _categorical(per_row(layout.row_indicator), cat.codes),
        "region": _categorical(per_row(layout.row_region), regs.codes),
        "year": layout.first_year + t // 12,
        "month": t % 12 + 1,
    }
    del t
    for name, array in columns.items():
        flat = pick(array)
        if name == "growth_source":
            out[name] = _categorical(flat, pd.Index(GROWTH_SOURCES))
        elif name == "light":
            out[name] = _categorical(flat, pd.Index(LIGHTS))
        elif name in ("rank", "rank_change"):
            missing = np.isnan(flat)
            with np.errstate(invalid="ignore"):
                whole = flat.astype(np.int32)  # NaN casts to an arbitrary int, masked below
            whole[missing] = 0
            out[name] = pd.arrays.IntegerArray(whole, missing)
        else:
            out[name] = flat
    return pd.DataFrame(out, columns=list(OUTPUT_COLUMNS), copy=False)
