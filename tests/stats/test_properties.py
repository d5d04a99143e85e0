"""Hypothesis properties of the scalar API (issue 3, Correctness)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from citystat.stats import (
    completion,
    contribution,
    cumulative_from_monthly,
    monthly_from_cumulative,
    pull,
    rank,
    round_half_up,
    shares,
    yoy,
)

levels = st.floats(min_value=0.01, max_value=1e7, allow_nan=False, allow_infinity=False)


@given(st.lists(st.tuples(levels, levels), min_size=1, max_size=8))
def test_pulls_of_a_partition_add_up_to_total_growth(parts: list[tuple[float, float]]) -> None:
    base_total = sum(b for b, _ in parts)
    now_total = sum(n for _, n in parts)
    pulls = [pull(now, base, base_total) for base, now in parts]
    growth = yoy(now_total, base_total)
    assert growth is not None
    assert math.isclose(sum(p for p in pulls if p is not None), growth, rel_tol=1e-9, abs_tol=1e-6)


@given(st.lists(st.tuples(levels, levels), min_size=1, max_size=8))
def test_contributions_add_to_100(parts: list[tuple[float, float]]) -> None:
    total_delta = sum(n - b for b, n in parts)
    assume(abs(total_delta) > 1e-3 * max(1.0, sum(n for _, n in parts)))
    contribs = [contribution(n - b, total_delta) for b, n in parts]
    assert math.isclose(sum(c for c in contribs if c is not None), 100.0, rel_tol=1e-6)


@given(st.dictionaries(st.text(min_size=1, max_size=3), levels, min_size=1, max_size=8))
def test_shares_add_to_100(parts: dict[str, float]) -> None:
    assert math.isclose(sum(v for v in shares(parts).values() if v is not None), 100.0)


@given(
    st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=1, max_size=12),
    st.booleans(),
)
def test_monthly_values_reaccumulate_to_the_cumulative_series(
    increments: list[float], combined_jan_feb: bool
) -> None:
    first = 2 if combined_jan_feb and len(increments) <= 11 else 1
    cumulative: dict[int, float | None] = {}
    running = 0.0
    for offset, inc in enumerate(increments):
        running += inc
        cumulative[first + offset] = running
    monthly = monthly_from_cumulative(cumulative)
    start = cumulative[first]
    assert start is not None
    rebuilt = cumulative_from_monthly({m: v for m, v in monthly.items() if m > first}, start=start)
    for month, value in rebuilt.items():
        expected = cumulative[month]
        assert value is not None
        assert expected is not None
        assert math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-6)
    if first == 2:
        assert monthly[2] is None


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=3),
        st.one_of(st.none(), st.floats(min_value=-100, max_value=100, allow_nan=False)),
        max_size=15,
    ),
    st.booleans(),
    st.one_of(st.none(), st.integers(min_value=0, max_value=2)),
)
def test_ranks_are_a_permutation_with_ties(
    values: dict[str, float | None], higher_is_better: bool, decimals: int | None
) -> None:
    ranks = rank(values, higher_is_better, decimals)
    assert set(ranks) == set(values)
    ranked = sorted(r for r in ranks.values() if r is not None)
    assert [r is None for r in ranks.values()] == [v is None for v in values.values()]
    # Competition ranking: each rank equals 1 + the number of strictly better entries.
    for name, r in ranks.items():
        v = values[name]
        if v is None:
            continue
        key = round_half_up(v, decimals) if decimals is not None else v
        better = 0
        for other in values.values():
            if other is None:
                continue
            o = round_half_up(other, decimals) if decimals is not None else other
            better += (o > key) if higher_is_better else (o < key)
        assert r == better + 1
    if ranked:
        assert ranked[0] == 1
        assert ranked[-1] <= len(ranked)


@given(st.floats(min_value=1e-6, max_value=1e12, allow_nan=False))
def test_completion_of_exactly_the_target_is_100(target: float) -> None:
    assert completion(target, target) == 100.0


@given(st.integers(min_value=-(10**9), max_value=10**9), st.integers(min_value=0, max_value=4))
def test_rounding_is_half_up_on_exact_ties(n: int, decimals: int) -> None:
    # n·10^-(d+1) with last digit 5 is a decimal tie; half-up goes away from zero.
    tie = Decimal(n * 10 + 5).scaleb(-(decimals + 1))
    expected = float(tie.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
    assert round_half_up(float(tie), decimals) == expected
    assert abs(round_half_up(float(tie), decimals)) >= abs(float(tie)) - 1e-9


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9))
def test_rounding_moves_at_most_half_a_unit(x: float) -> None:
    assert abs(round_half_up(x, 1) - x) <= 0.05 + 1e-9
