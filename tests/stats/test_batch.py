"""Batch derivation on a small hand-built frame, with exact values."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citystat.stats import rank, round_half_up
from citystat.stats.batch import OUTPUT_COLUMNS, SchemaError, derive
from citystat.stats.lights import LightThresholds
from citystat.stats.vectorised import competition_ranks, half_up_units, round_half_up_array


@pytest.fixture
def derived(
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame,
    targets: pd.DataFrame,
) -> pd.DataFrame:
    return derive(observations, catalogue, regions, targets)


def row(frame: pd.DataFrame, indicator: str, region: str, year: int, month: int) -> pd.Series:
    match = frame[
        (frame.indicator == indicator)
        & (frame.region == region)
        & (frame.year == year)
        & (frame.month == month)
    ]
    assert len(match) == 1
    return match.iloc[0]


def r(x: float, decimals: int = 1) -> float:
    return round_half_up(float(x), decimals)


def test_one_row_per_observation_sorted_with_all_columns(
    derived: pd.DataFrame, observations: pd.DataFrame
) -> None:
    assert list(derived.columns) == list(OUTPUT_COLUMNS)
    assert len(derived) == len(observations)
    keys = derived[["indicator", "region", "year", "month"]].astype(str).agg("|".join, axis=1)
    assert keys.is_unique


def test_single_months_and_growth_of_retail_series(derived: pd.DataFrame) -> None:
    feb, mar, apr = (row(derived, "FAI", "A", 2025, m) for m in (2, 3, 4))
    assert math.isnan(feb.monthly_value)
    assert (mar.monthly_value, apr.monthly_value) == (28500.0, 25800.0)
    assert (feb.base_value, mar.base_value, apr.base_value) == (49000.0, 75000.0, 99000.0)
    assert [r(x.growth) for x in (feb, mar, apr)] == [6.1, 7.3, 7.4]
    assert [x.growth_source for x in (feb, mar, apr)] == ["derived"] * 3
    assert math.isnan(feb.monthly_growth)
    assert (r(mar.monthly_growth), r(apr.monthly_growth)) == (9.6, 7.5)


def test_first_year_has_no_growth(derived: pd.DataFrame) -> None:
    first = row(derived, "FAI", "A", 2024, 3)
    assert math.isnan(first.growth)
    assert pd.isna(first.growth_source)
    assert first.monthly_value == 26000.0


def test_reported_growth_wins_and_is_not_recomputed(derived: pd.DataFrame) -> None:
    iva = row(derived, "IVA", "A", 2025, 3)
    assert iva.growth == 6.5
    assert iva.growth_source == "reported"
    assert math.isnan(iva.growth_derived)  # real growth cannot be recomputed from levels


def test_pulls_and_contributions_use_base_period_weights(derived: pd.DataFrame) -> None:
    primary, secondary = row(derived, "FAI1", "B", 2025, 4), row(derived, "FAI2", "B", 2025, 4)
    assert (r(primary.pull, 6), r(secondary.pull, 6)) == (-1.0, 10.0)
    assert (r(primary.contribution, 6), r(secondary.contribution, 6)) == (-10.0, 100.0)
    assert math.isnan(row(derived, "FAI", "B", 2025, 4).pull)


def test_share_of_parent_region_for_additive_indicators(derived: pd.DataFrame) -> None:
    assert r(row(derived, "FAI", "A", 2025, 4).share_of_region_parent, 4) == 96.6364
    assert r(row(derived, "FAI", "C", 2025, 4).share_of_region_parent, 4) == 0.9764
    assert math.isnan(row(derived, "FAI", "XZ", 2025, 4).share_of_region_parent)
    assert math.isnan(row(derived, "FAI", "A", 2025, 3).share_of_region_parent)  # no city figure
    assert math.isnan(row(derived, "UNEMP", "A", 2025, 4).share_of_region_parent)  # not additive


def test_ranks_at_published_precision_counties_only(derived: pd.DataFrame) -> None:
    ranks = {reg: row(derived, "FAI", reg, 2025, 4)["rank"] for reg in ("A", "B", "C")}
    assert ranks == {"A": 2, "B": 1, "C": 2}  # A 7.37 and C 7.4 both show as 7.4
    assert pd.isna(row(derived, "FAI", "KF", 2025, 4)["rank"])  # 开发区 not ranked
    assert pd.isna(row(derived, "FAI", "XZ", 2025, 4)["rank"])
    # In March B (which reports FAI in 2025) has not reported yet: 已报 2/3, nobody ranked.
    march = {reg: row(derived, "FAI", reg, 2025, 3)["rank"] for reg in ("A", "C")}
    assert all(pd.isna(v) for v in march.values())


def test_rank_change_needs_a_previous_rank(derived: pd.DataFrame) -> None:
    # March had no ranks (B missing), so April has no 位次变化 for anybody.
    for reg in ("A", "B", "C"):
        assert pd.isna(row(derived, "FAI", reg, 2025, 4).rank_change)


def _league(rows: list[tuple[str, str, int, int, float]]) -> pd.DataFrame:
    obs = pd.DataFrame(rows, columns=["indicator", "region", "year", "month", "value"])
    obs["growth_reported"] = np.nan
    catalogue = pd.DataFrame(
        {
            "indicator": ["X"],
            "cumulative": [True],
            "additive": [True],
            "higher_is_better": [True],
            "growth_method": ["computed"],
            "decimals": [0],
            "growth_decimals": [1],
            "parent": [None],
            "progress_basis": ["months"],
        }
    )
    regions = pd.DataFrame(
        {
            "region": ["P", "A", "B", "C", "D"],
            "parent": [None, "P", "P", "P", "P"],
            "rankable": [False, True, True, True, True],
        }
    )
    return derive(obs, catalogue, regions)


def test_ranks_wait_for_every_expected_reporter() -> None:
    # A, B, C report X in 2024 and 2025; D never reports it, so it is not expected.
    base = [("X", reg, 2024, m, 100.0) for reg in "ABC" for m in (3, 4)]
    now = [
        ("X", "A", 2025, 3, 110.0),
        ("X", "B", 2025, 3, 105.0),
        ("X", "A", 2025, 4, 110.0),
        ("X", "B", 2025, 4, 120.0),
        ("X", "C", 2025, 4, 101.0),
    ]
    out = _league(base + now)
    # March: C, expected (it reported last year), is missing: no rank for A or B.
    assert pd.isna(row(out, "X", "A", 2025, 3)["rank"])
    assert pd.isna(row(out, "X", "B", 2025, 3)["rank"])
    # April: all three expected have reported; D is not expected and does not block.
    april = {reg: row(out, "X", reg, 2025, 4)["rank"] for reg in "ABC"}
    assert april == {"A": 2, "B": 1, "C": 3}


def test_rank_change_against_previous_release() -> None:
    base = [("X", reg, 2024, m, 100.0) for reg in "AB" for m in (3, 4)]
    now = [
        ("X", "A", 2025, 3, 110.0),
        ("X", "B", 2025, 3, 105.0),
        ("X", "A", 2025, 4, 110.0),
        ("X", "B", 2025, 4, 120.0),
    ]
    out = _league(base + now)
    assert row(out, "X", "A", 2025, 4).rank_change == -1  # 1st → 2nd: 下降1位
    assert row(out, "X", "B", 2025, 4).rank_change == 1


def test_lower_is_better_rate_ranked_on_level(derived: pd.DataFrame) -> None:
    ranks = {reg: row(derived, "UNEMP", reg, 2025, 4)["rank"] for reg in ("A", "B", "C")}
    assert ranks == {"A": 2, "B": 2, "C": 1}
    assert math.isnan(row(derived, "UNEMP", "A", 2025, 4).monthly_value)


def test_targets_completion_progress_and_lights(derived: pd.DataFrame) -> None:
    a = row(derived, "FAI", "A", 2025, 4)
    assert r(a.completion, 4) == 70.8667
    assert r(a.time_progress, 4) == 33.3333
    assert r(a.progress_gap, 4) == 37.5333
    assert r(a.growth_gap, 4) == -0.6263
    assert a.light == "green"
    c = row(derived, "FAI", "C", 2025, 4)
    assert math.isnan(c.completion)
    assert r(c.growth_gap) == -0.6
    assert c.light == "yellow"  # growth gap judged against growth thresholds
    assert pd.isna(row(derived, "FAI", "B", 2025, 4).light)


def test_lower_is_better_completion_is_target_over_actual() -> None:
    # PM2.5 35 against a cap of 33: 94.3% (target ÷ actual), never 106.1%; red light.
    obs = pd.DataFrame(
        {
            "indicator": ["PM"] * 2,
            "region": ["C"] * 2,
            "year": [2024, 2025],
            "month": [12, 12],
            "value": [34.0, 35.0],
            "growth_reported": [np.nan, np.nan],
        }
    )
    catalogue = pd.DataFrame(
        {
            "indicator": ["PM"],
            "cumulative": [False],
            "additive": [False],
            "higher_is_better": [False],
            "growth_method": ["none"],
            "decimals": [0],
            "growth_decimals": [1],
            "parent": [None],
            "progress_basis": ["months"],
        }
    )
    targets = pd.DataFrame(
        {
            "indicator": ["PM"],
            "region": ["C"],
            "year": [2025],
            "target_value": [33.0],
            "target_growth": [np.nan],
        }
    )
    pm = row(derive(obs, catalogue, None, targets), "PM", "C", 2025, 12)
    assert r(pm.completion) == 94.3
    assert pm.light == "yellow"  # 6.1% over the cap: behind, inside the red band of 30


def test_light_thresholds_are_configurable(
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame,
    targets: pd.DataFrame,
) -> None:
    lenient = LightThresholds(growth_green_from=-1.0)
    out = derive(observations, catalogue, regions, targets, thresholds=lenient)
    assert row(out, "FAI", "C", 2025, 4).light == "green"


def test_undefined_figures_are_nan_never_inf(derived: pd.DataFrame) -> None:
    numbers = derived.select_dtypes("number").to_numpy(dtype=float, na_value=np.nan)
    assert not np.isinf(numbers).any()


def test_without_regions_there_are_no_ranks(
    observations: pd.DataFrame, catalogue: pd.DataFrame
) -> None:
    out = derive(observations, catalogue)
    assert out["rank"].isna().all()
    assert out["share_of_region_parent"].isna().all()


def test_seasonal_progress_basis_uses_own_history(catalogue: pd.DataFrame) -> None:
    obs = pd.DataFrame(
        {
            "indicator": "FAI",
            "region": "A",
            "year": [2023, 2023, 2024, 2024, 2025],
            "month": [6, 12, 6, 12, 6],
            "value": [40.0, 100.0, 48.0, 120.0, 50.0],
        }
    )
    seasonal = catalogue.assign(progress_basis="seasonal")
    out = derive(obs, seasonal)
    assert out.loc[out.year == 2025, "time_progress"].tolist() == [40.0]
    assert out.loc[out.year == 2023, "time_progress"].tolist() == [50.0, 100.0]  # no history yet


def test_calendar_days_basis(catalogue: pd.DataFrame) -> None:
    obs = pd.DataFrame(
        {"indicator": "FAI", "region": "A", "year": [2024], "month": [2], "value": [1.0]}
    )
    out = derive(obs, catalogue.assign(progress_basis="calendar_days"))
    assert r(out.time_progress.iloc[0], 4) == r(60 / 366 * 100, 4)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda o: o.drop(columns="value"), "observations: missing column 'value'"),
        (lambda o: o.assign(month=o.month.where(o.index != 3, 13)), "row 4: month must be 1–12"),
        (
            lambda o: o.assign(value=o.value.astype(object).where(o.index != 2, "1,2x")),
            "row 3: not a number",
        ),
        (
            lambda o: pd.concat([o, o.iloc[[5]]], ignore_index=True),
            "duplicate indicator/region/year/month",
        ),
        (
            lambda o: o.assign(indicator=o.indicator.where(o.index != 0, "GDP")),
            "row 1: unknown code 'GDP'",
        ),
    ],
)
def test_bad_inputs_raise_one_line_schema_errors(
    observations: pd.DataFrame, catalogue: pd.DataFrame, change, message: str
) -> None:
    with pytest.raises(SchemaError, match=message):
        derive(change(observations), catalogue)


def test_empty_observations_give_empty_table(catalogue: pd.DataFrame) -> None:
    empty = pd.DataFrame(columns=["indicator", "region", "year", "month", "value"])
    assert list(derive(empty, catalogue).columns) == list(OUTPUT_COLUMNS)


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(st.lists(finite, min_size=1, max_size=50), st.integers(min_value=0, max_value=4))
def test_vectorised_rounding_matches_scalar_decimal_rule(xs: list[float], decimals: int) -> None:
    got = round_half_up_array(np.array(xs), decimals).tolist()
    assert got == [round_half_up(x, decimals) for x in xs]


@given(
    st.lists(st.integers(min_value=-(10**6), max_value=10**6), min_size=1, max_size=30),
    st.integers(0, 3),
)
def test_vectorised_rounding_on_exact_ties(ns: list[int], decimals: int) -> None:
    ties = np.array([(n * 10 + 5) / 10 ** (decimals + 1) for n in ns])
    expected = [round_half_up(float(x), decimals) * 10**decimals for x in ties]
    assert half_up_units(ties, decimals).tolist() == [round(e) for e in expected]


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.one_of(st.none(), st.floats(-50, 50, allow_nan=False))),
        min_size=1,
        max_size=40,
    )
)
def test_vectorised_ranks_match_scalar_rank(items: list[tuple[int, float | None]]) -> None:
    groups = np.array([g for g, _ in items], dtype=np.int64)
    keys = np.array([np.nan if v is None else -round_half_up(v, 1) * 10 for _, v in items])
    got = competition_ranks(keys.copy(), groups.copy())  # both are scratch space
    for g in set(groups.tolist()):
        members = {str(i): v for i, (gg, v) in enumerate(items) if gg == g}
        expected = rank(members, decimals=1)
        for name, want in expected.items():
            value = got[int(name)]
            assert (math.isnan(value) and want is None) or value == want


def test_threaded_ranking_gives_the_same_table(
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame,
    targets: pd.DataFrame,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import citystat.stats.batch as batch

    serial = derive(observations, catalogue, regions, targets)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    threaded = derive(observations, catalogue, regions, targets)
    pd.testing.assert_frame_equal(serial, threaded)


def test_sparse_series_lookup_gives_the_same_table(
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame,
    targets: pd.DataFrame,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import citystat.stats.batch as batch

    dense = derive(observations, catalogue, regions, targets)
    monkeypatch.setattr(batch, "DENSE_LOOKUP_MAX", 0)
    sparse = derive(observations, catalogue, regions, targets)
    pd.testing.assert_frame_equal(dense, sparse)


def test_block_by_block_derivation_gives_the_same_table(
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame,
    targets: pd.DataFrame,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import citystat.stats.batch as batch

    whole = derive(observations, catalogue, regions, targets)
    monkeypatch.setattr(batch, "BLOCK_CELLS", 1)  # one series per block
    blocked = derive(observations, catalogue, regions, targets)
    pd.testing.assert_frame_equal(whole, blocked)


def test_point_in_time_indicators_have_no_time_progress_and_light_on_the_target_itself():
    obs = pd.DataFrame(
        {
            "indicator": "pm25",
            "region": "c1",
            "year": [2023, 2023],
            "month": [6, 11],
            "value": [37.0, 33.0],
        }
    )
    cat = pd.DataFrame(
        {
            "indicator": ["pm25"],
            "cumulative": [False],
            "additive": [False],
            "higher_is_better": [False],
            "growth_method": ["computed"],
            "decimals": [0],
        }
    )
    targets = pd.DataFrame(
        {
            "indicator": ["pm25"],
            "region": ["c1"],
            "year": [2023],
            "target_value": [33.0],
            "target_growth": [float("nan")],
        }
    )
    out = derive(obs, cat, None, targets)
    assert out["time_progress"].isna().all()
    assert out["progress_gap"].isna().all()
    assert out["monthly_value"].isna().all()
    assert list(out["light"]) == ["yellow", "green"]


def test_growth_method_none_derives_no_growth_but_keeps_a_reported_one():
    obs = pd.DataFrame(
        {
            "indicator": "ratio",
            "region": "c1",
            "year": [2022, 2023, 2023],
            "month": [11, 10, 11],
            "value": [85.7, 92.9, 100.0],
            "growth_reported": [float("nan"), 1.5, float("nan")],
        }
    )
    cat = pd.DataFrame(
        {
            "indicator": ["ratio"],
            "cumulative": [False],
            "additive": [False],
            "higher_is_better": [True],
            "growth_method": ["none"],
            "decimals": [1],
        }
    )
    out = derive(obs, cat).query("year == 2023").set_index("month")
    assert math.isnan(out.loc[11, "growth"]) and math.isnan(out.loc[11, "growth_derived"])
    assert out.loc[10, "growth"] == 1.5
