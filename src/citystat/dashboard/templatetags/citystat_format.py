"""Display rules of the methodology (§11): half-up at the published precision, "—" for undefined."""

from __future__ import annotations

from django import template

from citystat.stats.growth import growth_wording
from citystat.stats.ranking import rank_wording
from citystat.stats.rounding import display

register = template.Library()


def _num(value: object) -> float | None:
    """Template values as numbers: a missing attribute arrives as "", a Decimal as Decimal."""
    if value is None or value == "":
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


@register.filter
def fixed(value: float | None, decimals: int = 1) -> str:
    return display(_num(value), int(decimals))


@register.filter
def signed(value: float | None, decimals: int = 1) -> str:
    value = _num(value)
    text = display(value, int(decimals))
    return (
        f"+{text}"
        if value is not None and text != "—" and not text.startswith("-") and float(text) > 0
        else text
    )


@register.filter
def growth_words(value: float | None) -> str:
    return growth_wording(_num(value))


@register.filter
def at(sequence: list[object], index: int) -> object:
    return sequence[index]


@register.filter
def pct(value: float | None, decimals: int = 1) -> str:
    """A percentage figure with its sign: ``91.7%``, or "—"."""
    text = display(_num(value), int(decimals))
    return text if text == "—" else f"{text}%"


@register.filter
def rank_move(change: int | None) -> str:
    """位次变化 as an arrow: ↑2 (up two places), ↓1, 持平, or "—"."""
    if change is None or change == "":
        return "—"
    if change == 0:
        return "持平"
    return f"↑{change}" if change > 0 else f"↓{-change}"


@register.filter
def rank_words(rank: int | None, change: int | None = None) -> str:
    return rank_wording(rank, change)


@register.filter
def direction(value: float | None, decimals: int = 1) -> str:
    """CSS class for a growth at display precision: up, down or flat."""
    text = display(_num(value), int(decimals))
    if text == "—":
        return "none"
    number = float(text)
    return "up" if number > 0 else "down" if number < 0 else "flat"


@register.filter
def get(mapping: dict[object, object], key: object) -> object:
    return mapping.get(key) if mapping else None


@register.filter
def sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b
