"""红黄绿 traffic lights for target tracking (methodology §6).

No national standard exists. The defaults follow Yinchuan's 发改委 project
rule (on or ahead of 序时进度 green; 10–30 pp behind inclusive yellow; more
than 30 pp behind red). Yinchuan says nothing about 0–10 pp behind: citystat
colours that band **yellow**, a local choice, configurable through
:class:`LightThresholds`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from citystat.stats._values import defined
from citystat.stats.rounding import round_half_up

__all__ = [
    "DEFAULT_LIGHTS",
    "LIGHT_LABELS",
    "SEVERITY",
    "Light",
    "LightThresholds",
    "light",
    "light_label",
]

Light = Literal["green", "yellow", "red"]

# The one vocabulary of the lights: pages, reports and the report checker say these words.
LIGHT_LABELS: dict[str, str] = {"green": "绿灯", "yellow": "黄灯", "red": "红灯"}


def light_label(value: str | None, missing: str = "—") -> str:
    """绿灯/黄灯/红灯 for a light, ``missing`` for none.

    >>> light_label("red"), light_label(""), light_label(None, missing="")
    ('红灯', '—', '')
    """
    return LIGHT_LABELS.get(value or "", missing)


SEVERITY: dict[str | None, int] = {None: 0, "": 0, "green": 1, "yellow": 2, "red": 3}
"""How bad a light is, none 0 … red 3: the one order for "the worst of" and "worst first"."""


@dataclass(frozen=True, slots=True)
class LightThresholds:
    """Cut-offs on a gap in pp where positive means ahead / better than target.

    Attributes
    ----------
    green_from : float
        A gap at or above this is green (default 0: on or ahead of schedule).
    red_below : float
        A gap strictly below this is red (default −30: more than 30 pp behind).
        Anything in between is yellow, including the 0–10 pp band that the
        Yinchuan rule leaves open (local choice).
    growth_green_from, growth_red_below : float
        The same cut-offs for gaps to growth targets (not time-proportioned);
        defaults 0 and −3 pp, a local choice (no published rule found).
    decimals : int
        Gaps are judged at this display precision, so the colour always agrees
        with the figure printed beside it.
    """

    green_from: float = 0.0
    red_below: float = -30.0
    growth_green_from: float = 0.0
    growth_red_below: float = -3.0
    decimals: int = 1

    def __post_init__(self) -> None:
        if self.red_below > self.green_from or self.growth_red_below > self.growth_green_from:
            raise ValueError("red_below must not be above green_from")


DEFAULT_LIGHTS = LightThresholds()


def light(
    gap: float | None,
    thresholds: LightThresholds = DEFAULT_LIGHTS,
    *,
    kind: Literal["progress", "growth"] = "progress",
) -> Light | None:
    """Colour for a gap in pp (positive = ahead of 序时进度 or above target).

    Parameters
    ----------
    gap : float or None
        ``completion − 序时进度`` for level targets (``kind="progress"``) or the
        growth gap oriented so that positive is better (``kind="growth"``).
    thresholds : LightThresholds
        Cut-offs; defaults documented on the class.
    kind : {"progress", "growth"}

    Examples
    --------
    >>> light(3.1), light(-5.0), light(-30.0), light(-30.04), light(-30.06), light(None)
    ('green', 'yellow', 'yellow', 'yellow', 'red', None)
    >>> light(-1.5, kind="growth"), light(-3.2, kind="growth")
    ('yellow', 'red')
    >>> light(-5.0, LightThresholds(green_from=-10.0))
    'green'
    """
    g = defined(gap)
    if g is None:
        return None
    shown = round_half_up(g, thresholds.decimals)
    if kind == "progress":
        green_from, red_below = thresholds.green_from, thresholds.red_below
    else:
        green_from, red_below = thresholds.growth_green_from, thresholds.growth_red_below
    if shown >= green_from:
        return "green"
    if shown < red_below:
        return "red"
    return "yellow"
