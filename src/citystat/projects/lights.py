"""The active 红黄绿 rule for projects and tasks: the one light policy (``indicators.lights``)
with the project-only part (months before a project not started turns red)."""

from __future__ import annotations

from dataclasses import dataclass

from citystat.indicators import lights
from citystat.stats.lights import SEVERITY, LightThresholds


@dataclass(frozen=True)
class ActiveRule:
    name: str
    thresholds: LightThresholds
    start_red_months: int
    note: str


DEFAULT_RULE = ActiveRule(
    name="银川规则(默认)", thresholds=LightThresholds(), start_red_months=3, note=""
)


def active_rule() -> ActiveRule:
    row = lights.active_rule()
    if row is None:
        return DEFAULT_RULE
    return ActiveRule(
        name=row.name,
        thresholds=lights.thresholds_of(row),
        start_red_months=row.start_red_months,
        note=row.note,
    )


def worst(*lights: str | None) -> str:
    """The most severe of several lights ('' when none is set)."""
    best = ""
    for lt in lights:
        if lt and SEVERITY[lt] > SEVERITY[best]:
            best = lt
    return best
