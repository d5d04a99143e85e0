"""Undefined figures are None (shown as "—"), never 0, inf or NaN."""

from __future__ import annotations

import math

import pytest

from citystat.stats import (
    average_growth,
    average_growth_from_levels,
    completion,
    contribution,
    display,
    growth_wording,
    light,
    monthly_from_cumulative,
    monthly_growth_from_cumulative,
    per_capita,
    per_mille,
    pp_change,
    progress_gap,
    pull,
    pull_from_growth,
    rank,
    rank_change,
    round_or_none,
    shares,
    structure,
    yoy,
)

NAN = float("nan")


@pytest.mark.parametrize(("current", "base"), [(5, 0), (5, -3), (None, 4), (4, None), (NAN, 4)])
def test_yoy_undefined_on_zero_negative_or_missing_base(
    current: float | None, base: float | None
) -> None:
    assert yoy(current, base) is None


def test_missing_month_is_not_interpolated() -> None:
    assert monthly_from_cumulative({3: 30.0, 4: None, 5: 52.0, 6: 61.0}) == {
        3: None,
        4: None,
        5: None,
        6: 9.0,
    }


def test_single_month_growth_undefined_when_a_base_is_missing() -> None:
    assert monthly_growth_from_cumulative(100, 5.0, None, 4.0) is None
    assert monthly_growth_from_cumulative(100, None, 90, 4.0) is None


def test_undefined_pulls_contributions_shares() -> None:
    assert pull(1, 2, 0) is None
    assert pull_from_growth(None, 40) is None
    assert contribution(1, 0) is None
    assert shares({"a": 0.0, "b": 0.0}) == {"a": None, "b": None}
    assert shares({"a": 1.0, "b": None}) == {"a": None, "b": None}
    assert structure([0.0, 0.0]) is None
    assert pp_change(None, 1.0) is None


def test_undefined_averages_and_rates() -> None:
    assert average_growth([None, 3.0]) is None
    assert average_growth([-100.0, 3.0]) is None
    assert average_growth_from_levels(10, -1, 2) is None
    assert per_capita(100, 0, 0) is None
    assert per_mille(3, None, 100) is None


def test_undefined_attainment() -> None:
    assert completion(5, 0) is None
    assert completion(5, -10) is None
    assert progress_gap(None, 6) is None
    assert light(None) is None


def test_undefined_ranks() -> None:
    assert rank({"a": None, "b": NAN}) == {"a": None, "b": None}
    assert rank_change(None, 1) is None


def test_undefined_shows_as_dash_never_zero_or_nan() -> None:
    for value in (None, NAN, math.inf):
        assert display(value) == "—"
        assert growth_wording(value) == "—"
        assert round_or_none(value, 1) is None
