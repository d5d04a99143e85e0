"""Year-end projection with a probability from the peers' seasonal patterns."""

from __future__ import annotations

import math

from citystat.reporting.forecasts import project
from citystat.stats import year_end_forecast
from tests.reporting.fixtures import bundle, row


def _year(indicator: str, region: str, year: int, values: dict[int, float]) -> list:  # type: ignore[type-arg]
    from citystat.reporting.inputs import FigureRow

    return [FigureRow(indicator, region, year, m, value=v) for m, v in values.items()]


def test_projection_uses_last_year_pattern_and_peer_spread_for_the_probability() -> None:
    rows = [
        *_year("ind_va", "140900", 2022, {9: 70.0, 12: 100.0}),
        *_year("ind_va", "140902", 2022, {9: 7.2, 12: 10.0}),
        *_year("ind_va", "140921", 2022, {9: 6.8, 12: 10.0}),
        *_year("ind_va", "140922", 2022, {9: 7.0, 12: 10.0}),
        row("ind_va", value=75.6, target_growth=8.0),
    ]
    data = bundle(*rows)
    p = project(data, data.indicators["ind_va"], "140900", 2023, 9)
    assert p is not None
    assert math.isclose(p.target_level, 108.0)
    errors = [0.7 / 0.72 - 1, 0.7 / 0.68 - 1, 0.0]
    expected = year_end_forecast(75.6, 9, [{9: 70.0, 12: 100.0}], 108.0, past_errors=errors)
    assert expected is not None and expected.probability is not None
    assert math.isclose(p.forecast.projection, expected.projection)
    assert math.isclose(p.forecast.probability or 0, expected.probability)
    assert 0.4 < expected.probability < 0.6  # on course for 108 (75.6 / 0.7 = 108.0)
    assert p.growth is not None and math.isclose(p.growth, p.forecast.projection - 100)


def test_no_projection_without_a_target_or_at_year_end() -> None:
    data = bundle(*_year("ind_va", "140900", 2022, {9: 70.0, 12: 100.0}), row("ind_va", value=75.6))
    assert project(data, data.indicators["ind_va"], "140900", 2023, 9) is None
    assert project(data, data.indicators["ind_va"], "140900", 2023, 12) is None
