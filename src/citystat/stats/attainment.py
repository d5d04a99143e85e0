"""目标完成率, 超/落后序时进度, growth-target gaps, and Open SDG progress status (§6).

Level targets are compared with 序时进度 (time-proportioned); growth targets are
compared in pp and are **not** time-proportioned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from citystat.stats._values import defined
from citystat.stats.periods import ProgressBasis, seasonal_time_progress, time_progress
from citystat.stats.rounding import round_or_none

__all__ = [
    "ProjectProgress",
    "SdgStatus",
    "cap_wording",
    "completion",
    "growth_gap",
    "progress_gap",
    "progress_wording",
    "project_progress",
    "sdg_progress_status",
]

SdgStatus = Literal[
    "target_achieved", "on_track", "acceleration_needed", "limited_progress", "deterioration"
]


def completion(
    actual: float | None, target: float | None, *, higher_is_better: bool = True
) -> float | None:
    """目标完成率 in percent: ``actual / target × 100``; over 100 is allowed.

    For 越低越好 targets (PM2.5 ≤ 33) the inverse rule: ``target / actual × 100``,
    so that missing the cap reads below 100 (35 against 33 is 94.3%, never 106.1%).
    None when the target is 0, negative (计划为负) or missing; use the pp gap or
    pass/fail instead.

    Examples
    --------
    Qinshui key projects 2021 and the Shanxi 开工率 (77 of 230):

    >>> from citystat.stats.rounding import round_half_up
    >>> round_half_up(completion(77.57, 63.27), 1), round_half_up(completion(77, 230), 2)
    (122.6, 33.48)
    >>> completion(5, 0) is None
    True
    >>> round_half_up(completion(35, 33, higher_is_better=False), 1)
    94.3
    """
    a, t = defined(actual), defined(target)
    if a is None or t is None or t <= 0:
        return None
    if not higher_is_better:
        return t / a * 100 if a > 0 else None
    return a / t * 100


def cap_wording(actual: float | None, target: float | None, decimals: int, unit: str) -> str:
    """A 越低越好 level against its cap, in the indicator's unit (methodology §6).

    Examples
    --------
    >>> cap_wording(35, 33, 0, "微克/立方米"), cap_wording(30.04, 33, 1, "%")
    ('超出目标2微克/立方米', '低于目标3.0个百分点')
    >>> cap_wording(33.01, 33, 1, "人"), cap_wording(None, 33, 0, "人")
    ('与目标持平', '—')
    """
    a, t = defined(actual), defined(target)
    if a is None or t is None:
        return "—"
    gap = round_or_none(a - t, decimals)
    if gap is None:
        return "—"
    if gap == 0:
        return "与目标持平"
    word = "超出目标" if gap > 0 else "低于目标"
    return f"{word}{abs(gap):.{decimals}f}{'个百分点' if unit == '%' else unit}"


def progress_gap(
    completion_pct: float | None,
    month: int,
    basis: ProgressBasis = "months",
    *,
    year: int | None = None,
    expected: float | None = None,
) -> float | None:
    """超(落后)序时进度 in pp: completion minus 序时进度.

    Positive is ahead (超序时进度), negative behind (落后序时进度).
    ``expected`` overrides the 序时进度 (for example a seasonal one from
    :func:`citystat.stats.periods.seasonal_time_progress`).

    Examples
    --------
    Jiangmen 1–10月: 629.0/647.4 is 97.16%, 13.8 pp ahead (from unrounded values).

    >>> from citystat.stats.rounding import round_half_up
    >>> round_half_up(progress_gap(completion(629.0, 647.4), 10), 1)
    13.8
    >>> round_half_up(progress_gap(77.2, 8), 1)
    10.5
    """
    c = defined(completion_pct)
    if c is None:
        return None
    due = expected if expected is not None else time_progress(month, basis, year=year)
    return c - due


def growth_gap(
    actual_growth: float | None, target_growth: float | None, *, higher_is_better: bool = True
) -> float | None:
    """Gap to a growth target in pp: ``actual − target``.

    For 越低越好 targets the sign is inverted, so a positive gap always means
    better than target.

    Examples
    --------
    >>> from citystat.stats.rounding import round_half_up
    >>> round_half_up(growth_gap(6.5, 8.0), 1), round_half_up(growth_gap(-0.6, 4.8), 1)
    (-1.5, -5.4)
    >>> round_half_up(growth_gap(5.2, 5.5, higher_is_better=False), 1)  # below a cap
    0.3
    """
    a, t = defined(actual_growth), defined(target_growth)
    if a is None or t is None:
        return None
    return a - t if higher_is_better else t - a


def progress_wording(gap: float | None, decimals: int = 1) -> str:
    """Chinese wording of a 序时进度 gap at the display precision.

    Examples
    --------
    >>> progress_wording(3.07), progress_wording(-12.0), progress_wording(0.01), progress_wording(None)
    ('超序时进度3.1个百分点', '落后序时进度12.0个百分点', '与序时进度持平', '—')
    """
    r = round_or_none(gap, decimals)
    if r is None:
        return "—"
    if r == 0:
        return "与序时进度持平"
    word = "超序时进度" if r > 0 else "落后序时进度"
    return f"{word}{abs(r):.{decimals}f}个百分点"


def _cagr(start: float, end: float, years: float) -> float | None:
    if start <= 0 or end <= 0 or years <= 0:
        return None
    root: float = (end / start) ** (1 / years)  # a positive base: a real root, not complex
    return root - 1


def sdg_progress_status(
    base_value: float | None,
    base_year: int,
    latest_value: float | None,
    latest_year: int,
    *,
    target_value: float | None = None,
    target_year: int | None = None,
    higher_is_better: bool = True,
    thresholds: tuple[float, float, float] = (0.95, 0.6, 0.0),
    no_target_rates: tuple[float, float, float] = (0.015, 0.005, 0.0),
) -> SdgStatus | None:
    """Open SDG / Statistics Canada progress status, a second attainment method.

    With a target: ``R = CAGR_observed / CAGR_required`` (both signed by the
    desired direction) against ``thresholds`` (on track ≥ 0.95, acceleration
    needed ≥ 0.6, limited progress ≥ 0, else deterioration); a target already
    met is ``target_achieved``. Without a target the signed observed CAGR is
    compared with ``no_target_rates`` (1.5%, 0.5%, 0). Needs positive values.

    Examples
    --------
    A county that must double its R&D spending from 2020 to 2025:

    >>> sdg_progress_status(10, 2020, 14, 2023, target_value=20, target_year=2025)
    'acceleration_needed'
    >>> sdg_progress_status(10, 2020, 18, 2023, target_value=20, target_year=2025)
    'on_track'
    >>> sdg_progress_status(8.0, 2020, 7.0, 2023, higher_is_better=False)
    'on_track'
    """
    start, latest = defined(base_value), defined(latest_value)
    if start is None or latest is None:
        return None
    direction = 1.0 if higher_is_better else -1.0
    observed = _cagr(start, latest, latest_year - base_year)
    if observed is None:
        return None
    target = defined(target_value)
    if target is not None and target_year is not None:
        if direction * (latest - target) >= 0:
            return "target_achieved"
        required = _cagr(start, target, target_year - base_year)
        if required is None or required * direction <= 0:
            # The base already met the target but the latest value fell back.
            return "deterioration"
        ratio = observed / required
        on_track, needs_more, limited = thresholds
    else:
        ratio = direction * observed
        on_track, needs_more, limited = no_target_rates
    if ratio >= on_track:
        return "on_track"
    if ratio >= needs_more:
        return "acceleration_needed"
    if ratio >= limited:
        return "limited_progress"
    return "deterioration"


@dataclass(frozen=True, slots=True)
class ProjectProgress:
    """A project's investment against its annual plan after month m (all in %, gap in pp)."""

    completion: float | None  # 本年完成投资 / 年度计划投资 × 100
    expected: float  # 序时进度
    gap: float | None  # 超(落后)序时进度 = completion − expected


def project_progress(
    completed_ytd: float | None,
    annual_plan: float | None,
    month: int,
    history: Sequence[Mapping[int, float | None]] = (),
    basis: ProgressBasis = "months",
    *,
    year: int | None = None,
) -> ProjectProgress:
    """The one rule for a project's 序时进度 and its gap, used by every page and document.

    The 序时进度 follows the project's own past years where it has them (the share of
    the year's investment it reached by this month, :func:`seasonal_time_progress`), and
    the months rule (m/12) otherwise.

    Examples
    --------
    A project that did 30% of its investment by June last year, now at 40% of its plan:

    >>> p = project_progress(4.0, 10.0, 6, [{6: 3.0, 12: 10.0}])
    >>> round(p.completion, 1), round(p.expected, 1), round(p.gap, 1)
    (40.0, 30.0, 10.0)
    >>> round(project_progress(4.0, 10.0, 6).gap, 1)
    -10.0
    >>> project_progress(None, 10.0, 6).gap is None
    True
    """
    expected = seasonal_time_progress(month, list(history), basis, year=year)
    comp = completion(completed_ytd, annual_plan)
    return ProjectProgress(comp, expected, progress_gap(comp, month, expected=expected))
