"""Which month the approved figures have reached, and so which year planning is in.

Read from the stored derived table (a row there is an approved month), through its
``(year, month, region)`` index: one short query. Below the target page, the completeness
board and the dashboard, which all ask.
"""

from __future__ import annotations

from typing import Protocol

from citystat.observations.models import DerivedFigure


class Month(Protocol):
    @property
    def year(self) -> int: ...

    @property
    def month(self) -> int: ...


def newest_approved_month() -> tuple[int, int] | None:
    """(year, month) of the newest month with derived figures; None while nothing is approved."""
    return DerivedFigure.objects.order_by("-year", "-month").values_list("year", "month").first()


def planning_year(newest: Month | None = None) -> int | None:
    """The year the figures are now in: that of the month after the newest approved month.

    After December 2023 this is 2024, the new year whose targets are needed before its
    first figures arrive. None while nothing is approved. ``newest``: when already known.
    """
    if newest is not None:
        year, month = newest.year, newest.month
    else:
        found = newest_approved_month()
        if found is None:
            return None
        year, month = found
    return year + 1 if month == 12 else year
