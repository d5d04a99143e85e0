"""The active 红黄绿 rule (``LightRule``) as the engine's thresholds: one light policy.

Derived figures (``observations.derivation``), projects and livelihood tasks
(``projects.lights``) all read their cut-offs here, so a page, a report and the checker
colour a gap alike.
"""

from __future__ import annotations

from citystat.indicators.models import LightRule
from citystat.stats.lights import DEFAULT_LIGHTS, LightThresholds


def active_rule() -> LightRule | None:
    """The rule in force (at most one is active; None: the defaults)."""
    return LightRule.objects.filter(is_active=True).first()


def thresholds_of(rule: LightRule | None) -> LightThresholds:
    """``rule``'s cut-offs in percentage points (the defaults when there is no rule)."""
    if rule is None:
        return DEFAULT_LIGHTS
    return LightThresholds(
        green_from=float(rule.green_from),
        red_below=float(rule.red_below),
        growth_green_from=float(rule.growth_green_from),
        growth_red_below=float(rule.growth_red_below),
    )


def active_thresholds() -> LightThresholds:
    return thresholds_of(active_rule())
