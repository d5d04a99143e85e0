"""Display rules of the methodology (§11): half-up at the published precision, "—" for undefined."""

from __future__ import annotations

from django import template

from citystat.stats.growth import growth_wording
from citystat.stats.rounding import display

register = template.Library()


@register.filter
def fixed(value: float | None, decimals: int = 1) -> str:
    return display(value, int(decimals))


@register.filter
def signed(value: float | None, decimals: int = 1) -> str:
    text = display(value, int(decimals))
    return (
        f"+{text}"
        if value is not None and text != "—" and not text.startswith("-") and float(text) > 0
        else text
    )


@register.filter
def growth_words(value: float | None) -> str:
    return growth_wording(value)


@register.filter
def at(sequence: list[object], index: int) -> object:
    return sequence[index]
