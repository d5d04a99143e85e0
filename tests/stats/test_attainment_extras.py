"""Lights, Open SDG status, seasonal 序时进度, evaluation scores and the forecast."""

from __future__ import annotations

import math

import pytest

from citystat.stats import (
    DEFAULT_LIGHTS,
    FrameworkItem,
    LightThresholds,
    composite_scores,
    entropy_weights,
    growth_wording,
    indicator_scores,
    light,
    progress_wording,
    rank_wording,
    round_half_up,
    sdg_progress_status,
    seasonal_time_progress,
    time_progress,
    year_end_forecast,
)


@pytest.mark.parametrize(
    ("gap", "colour"),
    [
        (3.1, "green"),
        (0.0, "green"),
        (-0.04, "green"),
        (-0.06, "yellow"),
        (-9.9, "yellow"),
        (-10.0, "yellow"),
        (-30.0, "yellow"),
        (-30.04, "yellow"),
        (-30.05, "red"),
        (-45.0, "red"),
    ],
)
def test_yinchuan_lights_with_the_0_to_10_band_yellow(gap: float, colour: str) -> None:
    assert light(gap) == colour


def test_light_defaults_are_documented_values() -> None:
    assert LightThresholds(0.0, -30.0, 0.0, -3.0, 1) == DEFAULT_LIGHTS
    with pytest.raises(ValueError, match="red_below"):
        LightThresholds(green_from=-40.0, red_below=-30.0)


def test_sdg_status_thresholds() -> None:
    kwargs = {"target_value": 20.0, "target_year": 2025}
    assert sdg_progress_status(10, 2020, 21, 2023, **kwargs) == "target_achieved"
    assert sdg_progress_status(10, 2020, 15.2, 2023, **kwargs) == "on_track"
    assert sdg_progress_status(10, 2020, 14, 2023, **kwargs) == "acceleration_needed"
    assert sdg_progress_status(10, 2020, 11, 2023, **kwargs) == "limited_progress"
    assert sdg_progress_status(10, 2020, 9, 2023, **kwargs) == "deterioration"
    assert sdg_progress_status(None, 2020, 9, 2023) is None
    assert sdg_progress_status(10, 2020, 10.2, 2023) == "acceleration_needed"  # 0.66%/yr


def test_seasonal_progress_falls_back_to_months() -> None:
    past = [{3: 15.0, 12: 100.0}, {3: 25.0, 12: 100.0}, {3: None, 12: 90.0}]
    assert seasonal_time_progress(3, past) == 20.0
    assert seasonal_time_progress(3, [{3: 1.0, 12: 0.0}]) == time_progress(3)


def test_composite_scores_three_methods() -> None:
    framework = [
        FrameworkItem("gdp", "经济", 2.0),
        FrameworkItem("fai", "经济", 1.0),
        FrameworkItem("pm25", "生态", 1.0, higher_is_better=False),
    ]
    data = {
        "甲": {"gdp": 8.0, "fai": 10.0, "pm25": 30.0},
        "乙": {"gdp": 6.0, "fai": 20.0, "pm25": 20.0},
        "丙": {"gdp": 7.0, "fai": 15.0, "pm25": None},
    }
    minmax = composite_scores(data, framework)
    assert minmax["甲"]["经济"] == pytest.approx(200 / 3)
    assert minmax["乙"]["生态"] == 100.0
    assert minmax["丙"]["总分"] is None  # missing PM2.5: no silent partial score
    assert minmax["丙"]["经济"] == 50.0
    efficacy = composite_scores(data, framework, "efficacy")
    assert efficacy["甲"]["经济"] == pytest.approx((2 * 100 + 60) / 3)
    entropy = composite_scores(data, framework, "entropy")
    assert set(entropy["甲"]) == {"经济", "生态", "总分"}


def test_constant_indicator_scores_full_marks_and_zero_entropy_weight() -> None:
    assert indicator_scores({"a": 5.0, "b": 5.0}) == {"a": 100.0, "b": 100.0}
    weights = entropy_weights(
        {"x": {"a": 100.0, "b": 0.0, "c": 50.0}, "y": {"a": 1.0, "b": 1.0, "c": 1.0}}
    )
    assert weights["y"] == 0.0
    assert weights["x"] == 1.0


def test_forecast_interval_and_probability() -> None:
    past = [{6: 40.0, 12: 100.0}, {6: 45.0, 12: 100.0}, {6: 50.0, 12: 110.0}]
    f = year_end_forecast(46.0, 6, past, target=100.0)
    assert f is not None
    assert f.low is not None
    assert f.high is not None
    assert f.probability is not None
    assert round_half_up(f.expected_share, 4) == 0.4348
    assert f.low < f.projection < f.high
    assert 0.5 < f.probability < 0.8
    higher = year_end_forecast(46.0, 6, past, target=130.0)
    assert higher is not None
    assert higher.probability is not None
    assert higher.probability < f.probability


def test_forecast_edge_cases() -> None:
    no_history = year_end_forecast(30.0, 3, [])
    assert no_history is not None
    assert (no_history.projection, no_history.low, no_history.probability) == (120.0, None, None)
    december = year_end_forecast(105.0, 12, [], target=100.0)
    assert december is not None
    assert (december.projection, december.probability) == (105.0, 1.0)
    assert year_end_forecast(0.0, 6, []) is None
    supplied = year_end_forecast(50.0, 6, [], target=100.0, past_errors=[0.02, -0.02, 0.0])
    assert supplied is not None
    assert supplied.probability is not None
    assert math.isclose(supplied.projection, 100.0, rel_tol=1e-3)


def test_chinese_wording() -> None:
    assert growth_wording(-7.75) == "下降7.8%"
    assert progress_wording(-12.04) == "落后序时进度12.0个百分点"
    assert rank_wording(6, 1) == "居第6位,较上期上升1位"
    assert rank_wording(3, -2) == "居第3位,较上期下降2位"
