"""Array versions of the scalar rules, for the batch derivation.

Each function reproduces its scalar counterpart exactly on every element (the
tests compare them with Hypothesis); none loops over elements in Python.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
import numpy.typing as npt

__all__ = [
    "competition_ranks",
    "growth_pct",
    "half_up_units",
    "previous_in_year",
    "round_half_up_array",
    "safe_ratio",
]

FloatArray = npt.NDArray[np.float64]
AnyFloat = TypeVar("AnyFloat", npt.NDArray[np.float64], npt.NDArray[np.float32])
IntArray = npt.NDArray[np.int64]


def half_up_units(x: FloatArray, decimals: int | npt.NDArray[np.int64]) -> FloatArray:
    """``x`` rounded half up, in units of the last kept digit (8.25 at 1 → 83.0).

    Exact emulation of ``Decimal(str(x)).quantize(..., ROUND_HALF_UP)``: the
    candidate ``k = floor(|x|·10^d)`` may be off by one ulp-driven step, so the
    decision is taken by comparing ``|x|`` with the tie ``(2k+1)/(2·10^d)``,
    which IEEE division rounds exactly like the decimal literal. NaN stays NaN.

    Examples
    --------
    >>> half_up_units(np.array([8.25, 0.15, -2.405, 2.675, np.nan]), 1).tolist()[:4]
    [83.0, 2.0, -24.0, 27.0]
    """
    # Written with in-place operations: on large arrays, fresh memory costs more than arithmetic.
    scale = np.power(10.0, decimals)
    k = np.abs(x)
    k *= scale
    np.floor(k, out=k)
    tie = np.multiply(k, 2.0)
    tie += 1.0
    tie /= 2.0 * scale
    # |x| ≥ tie, without a full-size |x| temporary.
    with np.errstate(invalid="ignore"):
        up = np.greater_equal(x, tie)
        np.negative(tie, out=tie)
        up |= np.less_equal(x, tie)
    del tie
    k += up
    return np.copysign(k, x, out=k)


def round_half_up_array(x: FloatArray, decimals: int | npt.NDArray[np.int64]) -> FloatArray:
    """Vectorised :func:`citystat.stats.rounding.round_half_up`.

    Examples
    --------
    >>> round_half_up_array(np.array([8.25, 0.15, 1.005]), 2).tolist()
    [8.25, 0.15, 1.01]
    >>> round_half_up_array(np.array([8.25, 0.15]), 1).tolist()
    [8.3, 0.2]
    """
    return half_up_units(x, decimals) / np.power(10.0, decimals)


def safe_ratio(
    num: FloatArray, den: FloatArray, *, positive: bool = True, out: FloatArray | None = None
) -> FloatArray:
    """``num / den`` where the denominator is usable (> 0, or ≠ 0), else NaN.

    ``out`` may be ``num`` or ``den`` itself, to save memory on large arrays.

    Examples
    --------
    >>> safe_ratio(np.array([1.0, 1.0, 1.0]), np.array([4.0, 0.0, -2.0])).tolist()
    [0.25, nan, nan]
    """
    with np.errstate(invalid="ignore"):
        bad = np.less_equal(den, 0) if positive else np.equal(den, 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.divide(num, den, out=out)
    result[bad] = np.nan
    return result


def growth_pct(
    current: FloatArray, base: FloatArray, *, out: FloatArray | None = None
) -> FloatArray:
    """Vectorised :func:`citystat.stats.growth.yoy`: NaN where base ≤ 0 or missing.

    Examples
    --------
    >>> growth_pct(np.array([110.0, 5.0]), np.array([100.0, 0.0])).round(6).tolist()
    [10.0, nan]
    """
    result = safe_ratio(current, base, out=out)
    result -= 1.0
    result *= 100.0
    return result


def previous_in_year(values: AnyFloat, years: int) -> AnyFloat:
    """For a ``(series, years*12)`` array, the previous *available* month's value.

    Looks back within the same year only (a combined 1–2月 figure is month 3's
    previous release); NaN where nothing was published earlier that year.

    Examples
    --------
    >>> v = np.full((1, 12), np.nan); v[0, [1, 2, 5]] = [1.0, 2.0, 3.0]
    >>> previous_in_year(v, 1)[0, [0, 1, 2, 5, 6]].tolist()
    [nan, nan, 1.0, 2.0, 3.0]
    """
    rows = values.shape[0]
    cube = values.reshape(rows, years, 12)
    # Month index of the latest value so far, as int8 (12 months) to keep it small.
    last = np.where(np.isnan(cube), np.int8(-1), np.arange(12, dtype=np.int8))
    np.maximum.accumulate(last, axis=2, out=last)
    before = np.empty_like(last)
    before[..., 0] = -1
    before[..., 1:] = last[..., :-1]
    del last
    missing = before < 0
    np.maximum(before, 0, out=before)
    out = np.take_along_axis(cube, before.astype(np.intp), axis=2)
    out[missing] = np.nan
    return out.reshape(rows, years * 12)


def competition_ranks(keys: FloatArray, groups: IntArray) -> npt.NDArray[np.float32]:
    """Competition ranks (1, 2, 2, 4) of ``keys`` ascending within ``groups``.

    ``keys`` are integers stored as floats (NaN = not ranked); smaller ranks
    first, so negate keys for 越高越好. Mostly ordered ``groups`` (callers lay
    siblings out next to each other) let the stable sort find long runs.
    Both arrays are **overwritten** (they are scratch space on large inputs);
    ranks come back as float32, exact below 2**24, NaN where unranked.

    Examples
    --------
    >>> competition_ranks(np.array([-65.0, -65.0, -71.0, np.nan, -30.0, 2.0]),
    ...                   np.array([0, 0, 0, 0, 0, 1])).tolist()
    [2.0, 2.0, 1.0, nan, 4.0, 1.0]
    """
    n = keys.shape[0]
    out = np.full(n, np.nan, dtype=np.float32)
    missing = np.isnan(keys)
    if missing.all():
        return out
    low = float(np.nanmin(keys))
    # NaN keys sort after every real key of their group and are masked at the end.
    span = float(np.nanmax(keys)) - low + 2.0
    if span * (float(groups.max()) + 1.0) >= 2.0**62:
        return _competition_ranks_wide(keys, groups).astype(np.float32)
    keys -= low
    keys[missing] = span - 1.0
    composite = keys.astype(np.int64)
    np.multiply(groups, np.int64(span), out=groups, casting="unsafe")
    composite += groups
    order = np.argsort(composite, kind="stable")
    composite = composite[order]
    first = np.empty(n, dtype=bool)
    first[0] = True
    np.not_equal(composite[1:], composite[:-1], out=first[1:])
    position = np.arange(n, dtype=np.int32)
    value_start = np.where(first, position, 0)
    np.maximum.accumulate(value_start, out=value_start)
    del keys
    composite //= np.int64(span)  # now the group of each sorted element
    np.not_equal(composite[1:], composite[:-1], out=first[1:])
    del composite
    group_start = np.where(first, position, 0)
    del position, first
    np.maximum.accumulate(group_start, out=group_start)
    value_start -= group_start
    del group_start
    value_start += 1
    out[order] = value_start
    out[missing] = np.nan
    return out


def _competition_ranks_wide(keys: FloatArray, groups: IntArray) -> FloatArray:
    # Keys too wide to pack with the group into one int64: a two-key sort.
    out = np.full(keys.shape[0], np.nan)
    valid = np.flatnonzero(~np.isnan(keys))
    k, g = keys[valid], groups[valid]
    order = np.lexsort((k, g))
    k, g = k[order], g[order]
    position = np.arange(k.shape[0])
    new_group = np.r_[True, g[1:] != g[:-1]]
    new_value = new_group | np.r_[True, k[1:] != k[:-1]]
    group_start = np.maximum.accumulate(np.where(new_group, position, 0))
    value_start = np.maximum.accumulate(np.where(new_value, position, 0))
    out[valid[order]] = value_start - group_start + 1
    return out
