"""The active 红黄绿 rule, read from data (LightRule) and handed to citystat.stats.light."""

from __future__ import annotations

from dataclasses import dataclass

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
    from citystat.projects.models import LightRule

    row = LightRule.objects.filter(is_active=True).first()
    if row is None:
        return DEFAULT_RULE
    return ActiveRule(
        name=row.name,
        thresholds=LightThresholds(
            green_from=float(row.green_from), red_below=float(row.red_below)
        ),
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
