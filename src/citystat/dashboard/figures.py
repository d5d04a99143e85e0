"""A stored derived figure as the pages use it: plain values, no model instances.

Reading ``values_list`` tuples into a slotted dataclass keeps a page's figure reads cheap
(no ORM object per row), which matters at province scale.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from django.db.models import QuerySet

from citystat.indicators.models import Indicator
from citystat.observations.models import DerivedFigure
from citystat.stats.attainment import cap_wording, progress_wording
from citystat.stats.lights import SEVERITY, light_label
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


class Polarised(Protocol):
    """What the target wording needs of an indicator (``indicators.Indicator`` has it)."""

    @property
    def higher_is_better(self) -> bool: ...

    decimals: int
    unit: str


# A parameter of the raw SQL below.
SqlParam = bool | int | float | str | None


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

    def is_cap(self, indicator: Polarised) -> bool:
        """A 越低越好 level target (PM2.5 ≤ 33, 死亡人数 ≤ 42): a 控制目标."""
        return not indicator.higher_is_better and self.target_value is not None

    def on_cap_pace(self, indicator: Polarised) -> bool:
        """A year-to-date total against an annual cap, before the year is over."""
        return (
            self.is_cap(indicator)
            and self.progress_gap is not None
            and self.time_progress is not None
            and self.time_progress < 100
        )

    def shows_completion(self, indicator: Polarised) -> bool:
        """Whether a 完成率 is shown: never for a cap before the year is over (a year-to-date
        total against the annual cap is 「已达控制目标的X%」, not a completion)."""
        return self.completion is not None and not self.on_cap_pace(indicator)

    def gap_for(self, indicator: Polarised) -> str:
        """How the figure stands against its target, in the words the methodology gives.

        For a 越低越好 cap the gap is in the indicator's unit (PM2.5 35 against 33:
        「超出目标2微克/立方米」), and a year-to-date total against an annual cap states the
        share of the cap used against 序时进度 (「已达控制目标的78.6%，快于序时进度3.6个百分点」):
        never 「完成目标的106.1%」 or 「超序时进度」, which read as over-fulfilment.
        """
        if not self.is_cap(indicator):
            return self.gap_words
        if self.on_cap_pace(indicator):
            t = self.target_value
            used = self.value / t * 100 if self.value is not None and t and t > 0 else None
            gap = round_or_none(self.progress_gap, 1)
            if used is None or gap is None:
                return "—"
            pace = (
                "与序时进度持平"
                if gap == 0
                else f"{'快于' if gap > 0 else '慢于'}序时进度{abs(gap):.1f}个百分点"
            )
            return f"已达控制目标的{display(used, 1)}%，{pace}"
        return cap_wording(self.value, self.target_value, indicator.decimals, indicator.unit)

    @property
    def gap_words(self) -> str:
        """序时进度 gap for level targets, gap to the growth target otherwise (越高越好;
        pages use :meth:`gap_for`, which words a 越低越好 cap by its own rule)."""
        if self.progress_gap is not None:
            return progress_wording(self.progress_gap)
        if self.growth_gap is None and self.completion is not None:
            # Stock targets (装机容量) have no 序时进度: the completion itself is the gap.
            return f"完成目标的{display(self.completion, 1)}%"
        return growth_gap_wording(self.growth_gap)

    @property
    def light_words(self) -> str:
        return light_label(self.light, missing="")

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


def latest_sql(
    columns: Sequence[tuple[str, str]],
    where: str,
    params: Sequence[SqlParam],
    months: Sequence[int],
) -> tuple[str, list[SqlParam]]:
    """SQL and parameters of :func:`latest_by_key` in the database: of the derived figures
    of ``months`` that ``where`` selects, the one of the latest month of each (indicator,
    region), with ``columns`` as (name, SQL expression) (``d.`` is the figure, ``i.`` its
    indicator).

    With two months (a quarterly figure seen from a later month) one scan and a hash
    aggregate per (indicator, region) pick each column from the latest month: no sort of
    every row (a window would need one) and no second scan (an anti-join would).
    """
    d = DerivedFigure._meta.db_table
    i = Indicator._meta.db_table
    ordered = sorted({int(m) for m in months}, reverse=True)
    source = (
        f"FROM {d} d JOIN {i} i ON i.id = d.indicator_id"
        f" WHERE {where} AND d.month IN ({marks(ordered)})"
    )
    if len(ordered) == 1:
        chosen = ", ".join(f"{expr} AS {name}" for name, expr in columns)
        return f"SELECT {chosen} {source}", [*params, *ordered]

    def pick(expr: str) -> str:
        cases = " ".join(
            f"WHEN MAX(d.month) = {m} THEN MAX(CASE WHEN d.month = {m} THEN {expr} END)"
            for m in ordered
        )
        return f"CASE {cases} END"

    sql = (
        f"SELECT {', '.join(f'{pick(expr)} AS {name}' for name, expr in columns)} {source}"
        " GROUP BY d.indicator_id, d.region_id"
    )
    return sql, [*params, *ordered]


def marks(values: Iterable[object]) -> str:
    """``%s, %s, …``: one SQL parameter mark per value."""
    return ", ".join("%s" for _ in values)
