"""Year-to-date (累计) and single-month (当月) values, and 序时进度.

A combined 1–2月 figure is stored as month 2 with month 1 absent; month 2 then
has no single-month value and the first one is ``M[3] = C[3] − C[2]``
(methodology §1). Missing months are never interpolated.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Mapping, Sequence
from typing import Literal

from citystat.stats._values import defined, is_missing

__all__ = [
    "PeriodError",
    "ProgressBasis",
    "cumulative_from_monthly",
    "days_elapsed",
    "month_end",
    "monthly_from_cumulative",
    "parse_month",
    "parse_month_or_none",
    "seasonal_time_progress",
    "time_progress",
]

ProgressBasis = Literal["months", "calendar_days"]


class PeriodError(ValueError):
    """A month written wrongly; the message (Chinese) says how to write it."""


def parse_month(text: str) -> tuple[int, int]:
    """Read a month written ``YYYY-MM`` (``2023-11``, also ``2023-1``).

    The one parser for period arguments of pages, forms, the API and the CLI.

    Examples
    --------
    >>> parse_month(" 2023-11 ")
    (2023, 11)
    >>> parse_month("2023-13")
    Traceback (most recent call last):
    ...
    citystat.stats.periods.PeriodError: 期别“2023-13”不存在,月份应为 01–12。
    """
    try:
        year, month = (int(x) for x in text.strip().split("-"))
    except ValueError:
        raise PeriodError(f"期别“{text}”格式不对,应为 YYYY-MM,例如 2023-12。") from None
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise PeriodError(f"期别“{text}”不存在,月份应为 01–12。")
    return year, month


def parse_month_or_none(text: str | None) -> tuple[int, int] | None:
    """:func:`parse_month`, or None for anything else (an optional period of a page or form).

    >>> parse_month_or_none("2023-1"), parse_month_or_none("最新"), parse_month_or_none(None)
    ((2023, 1), None, None)
    """
    try:
        return parse_month(text or "")
    except PeriodError:
        return None


def month_end(year: int, month: int) -> datetime.date:
    """The last day of the month: the date a month's figures, deadlines and plans stand at.

    >>> month_end(2024, 2), month_end(2023, 12)
    (datetime.date(2024, 2, 29), datetime.date(2023, 12, 31))
    """
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def monthly_from_cumulative(cumulative: Mapping[int, float | None]) -> dict[int, float | None]:
    """Single-month values from year-to-date cumulative values.

    ``M[1] = C[1]`` and ``M[m] = C[m] − C[m−1]``; ``M[m]`` is None when either
    cumulative value is missing. A negative difference is returned as is (it is
    a revision signal for flows that cannot fall; the caller flags it).

    Parameters
    ----------
    cumulative : Mapping[int, float | None]
        Month (1–12) → cumulative value, None or absent when not reported.

    Returns
    -------
    dict[int, float | None]
        Month → single-month value, for every month present in the input.

    Examples
    --------
    Retail sales with a combined 1–2月 figure (methodology §1):

    >>> monthly_from_cumulative({2: 52000.0, 3: 80500.0, 4: 106300.0})
    {2: None, 3: 28500.0, 4: 25800.0}
    >>> monthly_from_cumulative({1: 10.0, 2: 25.0, 3: None, 4: 41.0})
    {1: 10.0, 2: 15.0, 3: None, 4: None}
    """
    out: dict[int, float | None] = {}
    for month in sorted(cumulative):
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1–12, got {month}")
        now = defined(cumulative[month])
        if month == 1:
            out[month] = now
            continue
        before = defined(cumulative.get(month - 1))
        out[month] = None if now is None or before is None else now - before
    return out


def cumulative_from_monthly(
    monthly: Mapping[int, float | None], start: float = 0.0
) -> dict[int, float | None]:
    """Re-accumulate single-month values (the inverse of :func:`monthly_from_cumulative`).

    ``start`` is the cumulative value before the first month given (for a
    combined 1–2月 series, pass ``C[2]`` and the months from 3 on).

    Examples
    --------
    >>> cumulative_from_monthly({3: 28500.0, 4: 25800.0}, start=52000.0)
    {3: 80500.0, 4: 106300.0}
    """
    out: dict[int, float | None] = {}
    running: float | None = start
    for month in sorted(monthly):
        value = defined(monthly[month])
        running = None if running is None or value is None else running + value
        out[month] = running
    return out


def days_elapsed(month: int, year: int | None = None) -> tuple[int, int]:
    """Days from 1 January to the end of ``month``, and days in the year.

    Without a year a 365-day year is assumed.

    Examples
    --------
    >>> days_elapsed(2, 2024), days_elapsed(2)
    ((60, 366), (59, 365))
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1–12, got {month}")
    y = 2023 if year is None else year  # 2023 is a common (365-day) year
    elapsed = sum(calendar.monthrange(y, m)[1] for m in range(1, month + 1))
    return elapsed, 366 if calendar.isleap(y) else 365


def time_progress(month: int, basis: ProgressBasis = "months", *, year: int | None = None) -> float:
    """序时进度: the percent of the year elapsed after ``month``.

    Parameters
    ----------
    month : int
        Last month covered by the year-to-date figure (1–12).
    basis : {"months", "calendar_days"}
        ``months`` (the default, matching most published cases) gives m/12;
        ``calendar_days`` gives days elapsed / days in the year.
    year : int, optional
        Needed by ``calendar_days`` to count 29 February.

    Examples
    --------
    >>> round(time_progress(8), 4), round(time_progress(11), 4)
    (66.6667, 91.6667)
    >>> round(time_progress(6, "calendar_days", year=2023), 4)
    49.589
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1–12, got {month}")
    if basis == "months":
        return month / 12 * 100
    if basis == "calendar_days":
        elapsed, total = days_elapsed(month, year)
        return elapsed / total * 100
    raise ValueError(f"unknown progress basis {basis!r}")


def seasonal_time_progress(
    month: int,
    history: Sequence[Mapping[int, float | None]],
    basis: ProgressBasis = "months",
    *,
    year: int | None = None,
) -> float:
    """Seasonality-aware 序时进度 from the region's own history.

    The expected share of the annual total reached after ``month`` is the mean,
    over past years with both figures, of ``C[month] / C[12]``. Where no usable
    history exists, falls back to :func:`time_progress`.

    Parameters
    ----------
    month : int
        Last month covered by the year-to-date figure.
    history : sequence of mappings
        One mapping month → cumulative value per past year.
    basis, year
        The fallback rule when there is no history.

    Examples
    --------
    A county that does 40% of its investment by June in both past years:

    >>> past = [{6: 40.0, 12: 100.0}, {6: 48.0, 12: 120.0}]
    >>> seasonal_time_progress(6, past)
    40.0
    >>> seasonal_time_progress(6, [])
    50.0
    """
    ratios = []
    for past in history:
        now, annual = past.get(month), past.get(12)
        if now is None or annual is None or is_missing(now) or is_missing(annual) or annual <= 0:
            continue
        ratios.append(now / annual)
    if not ratios:
        return time_progress(month, basis, year=year)
    return sum(ratios) / len(ratios) * 100
