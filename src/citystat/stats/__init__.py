"""citystat.stats: the pure statistics engine (no Django, no file or database I/O).

Every derived figure a statistics bureau publishes, computed from unrounded
inputs and rounded half up only for display. Undefined figures are None
(shown as "—"), never 0, inf or NaN. ``methodology.md`` is the specification;
``docs/statistics/`` has one page per method.

The batch derivation over whole tables lives in :mod:`citystat.stats.batch`
(imported lazily so that the scalar API does not pull in pandas).
"""

from citystat.stats.attainment import (
    ProjectProgress,
    cap_wording,
    completion,
    growth_gap,
    progress_gap,
    progress_wording,
    project_progress,
    sdg_progress_status,
)
from citystat.stats.contribution import contribution, pull, pull_from_growth
from citystat.stats.evaluation import (
    FrameworkItem,
    composite_scores,
    entropy_weights,
    indicator_scores,
)
from citystat.stats.forecast import Forecast, year_end_forecast
from citystat.stats.growth import (
    average_growth,
    average_growth_from_levels,
    back_out_base,
    growth_wording,
    mom,
    monthly_growth_from_cumulative,
    two_year_average,
    yoy,
)
from citystat.stats.lights import DEFAULT_LIGHTS, LightThresholds, light
from citystat.stats.periods import (
    cumulative_from_monthly,
    monthly_from_cumulative,
    seasonal_time_progress,
    time_progress,
)
from citystat.stats.population import average_population, per_capita, per_mille
from citystat.stats.ranking import (
    rank,
    rank_change,
    rank_wording,
    reported_wording,
    reporting_status,
)
from citystat.stats.rounding import display, round_half_up, round_or_none
from citystat.stats.structure import pp_change, residual, residual_tolerance, shares, structure

__all__ = [
    "DEFAULT_LIGHTS",
    "Forecast",
    "FrameworkItem",
    "LightThresholds",
    "ProjectProgress",
    "average_growth",
    "average_growth_from_levels",
    "average_population",
    "back_out_base",
    "cap_wording",
    "completion",
    "composite_scores",
    "contribution",
    "cumulative_from_monthly",
    "display",
    "entropy_weights",
    "growth_gap",
    "growth_wording",
    "indicator_scores",
    "light",
    "mom",
    "monthly_from_cumulative",
    "monthly_growth_from_cumulative",
    "per_capita",
    "per_mille",
    "pp_change",
    "progress_gap",
    "progress_wording",
    "project_progress",
    "pull",
    "pull_from_growth",
    "rank",
    "rank_change",
    "rank_wording",
    "reported_wording",
    "reporting_status",
    "residual",
    "residual_tolerance",
    "round_half_up",
    "round_or_none",
    "sdg_progress_status",
    "seasonal_time_progress",
    "shares",
    "structure",
    "time_progress",
    "two_year_average",
    "year_end_forecast",
    "yoy",
]
