"""Year-end projection by the stated method, 按往年进度推算 (no probability)."""

from __future__ import annotations

import math

from citystat.reporting.forecasts import project
from citystat.reporting.inputs import FigureRow
from citystat.stats import display
from tests.reporting.fixtures import bundle, row


def _year(indicator: str, region: str, year: int, values: dict[int, float]) -> list[FigureRow]:
    return [FigureRow(indicator, region, year, m, value=v) for m, v in values.items()]


def test_projection_is_the_year_so_far_over_last_years_share() -> None:
    # The demo's 固定资产投资 (亿元): 1-9月 2022 658.46 of 982.00, 2023 644.38.
    rows = [
        *_year("ind_va", "140900", 2022, {9: 658.46, 12: 982.0}),
        # Peers with other patterns must not move the projection (they did before).
        *_year("ind_va", "140902", 2022, {9: 7.2, 12: 10.0}),
        *_year("ind_va", "140921", 2022, {9: 6.8, 12: 10.0}),
        *_year("ind_va", "140922", 2022, {9: 7.0, 12: 10.0}),
        row("ind_va", value=644.38, target_growth=8.0),
    ]
    data = bundle(*rows)
    p = project(data, data.indicators["ind_va"], "140900", 2023, 9)
    assert p is not None
    assert math.isclose(p.forecast.projection, 644.38 / (658.46 / 982.0))
    assert p.growth is not None and display(p.growth, 1) == "-2.1"
    assert p.forecast.probability is None
    assert math.isclose(p.target_level, 982.0 * 1.08)


def test_no_projection_without_a_target_history_or_at_year_end() -> None:
    data = bundle(*_year("ind_va", "140900", 2022, {9: 70.0, 12: 100.0}), row("ind_va", value=75.6))
    assert project(data, data.indicators["ind_va"], "140900", 2023, 9) is None
    assert project(data, data.indicators["ind_va"], "140900", 2023, 12) is None
    alone = bundle(row("ind_va", value=75.6, target_growth=8.0))
    assert project(alone, alone.indicators["ind_va"], "140900", 2023, 9) is None
