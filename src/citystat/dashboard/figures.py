"""A stored derived figure as the pages use it: plain values, no model instances.

Reading ``values_list`` tuples into a slotted dataclass keeps a page's figure reads cheap
(no ORM object per row), which matters at province scale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from citystat.observations.models import DerivedFigure
from citystat.stats.attainment import progress_wording
from citystat.stats.lights import SEVERITY
from citystat.stats.rounding import display, round_or_none

FIELDS = (
    "indicator_id",
    "region_id",
    "year",
    "month",
    "value",
    "monthly_value",
    "growth",
    "monthly_growth",
    "growth_source",
    "pull",
    "contribution",
    "rank",
    "rank_change",
    "target_value",
    "target_growth",
    "completion",
    "time_progress",
    "progress_gap",
    "growth_gap",
    "light",
)

LIGHT_WORDS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "": ""}


@dataclass(slots=True)
class Fig:
    indicator_id: int
    region_id: int
    year: int
    month: int
    value: float | None
    monthly_value: float | None
    growth: float | None
    monthly_growth: float | None
    growth_source: str
    pull: float | None
    contribution: float | None
    rank: int | None
    rank_change: int | None
    target_value: float | None
    target_growth: float | None
    completion: float | None
    time_progress: float | None
    progress_gap: float | None
    growth_gap: float | None
    light: str

    @property
    def has_target(self) -> bool:
        return self.target_value is not None or self.target_growth is not None

    @property
    def gap_words(self) -> str:
        """序时进度 gap for level targets, gap to the growth target otherwise."""
        if self.progress_gap is not None:
            return progress_wording(self.progress_gap)
        if self.growth_gap is None and self.completion is not None:
            # Stock targets (装机容量) have no 序时进度: the completion itself is the gap.
            return f"完成目标的{display(self.completion, 1)}%"
        return growth_gap_wording(self.growth_gap)

    @property
    def light_words(self) -> str:
        return LIGHT_WORDS.get(self.light, "")

    @property
    def severity(self) -> tuple[int, float]:
        gap = self.progress_gap if self.progress_gap is not None else self.growth_gap
        return -SEVERITY.get(self.light, 0), gap if gap is not None else 0.0  # worst first


def growth_gap_wording(gap: float | None, decimals: int = 1) -> str:
    """Gap to a growth target, oriented so that positive is better.

    >>> growth_gap_wording(0.2), growth_gap_wording(-4.84), growth_gap_wording(0.01)
    ('高于目标0.2个百分点', '低于目标4.8个百分点', '与目标持平')
    """
    r = round_or_none(gap, decimals)
    if r is None:
        return "—"
    if r == 0:
        return "与目标持平"
    word = "高于目标" if r > 0 else "低于目标"
    return f"{word}{abs(r):.{decimals}f}个百分点"


def read(queryset: QuerySet[DerivedFigure]) -> list[Fig]:
    return [Fig(*row) for row in queryset.values_list(*FIELDS)]


def latest_by_key(figs: Iterable[Fig]) -> dict[tuple[int, int], Fig]:
    """(indicator id, region id) → the figure of the latest month among ``figs``."""
    out: dict[tuple[int, int], Fig] = {}
    for f in figs:
        key = (f.indicator_id, f.region_id)
        current = out.get(key)
        if current is None or f.month > current.month:
            out[key] = f
    return out
