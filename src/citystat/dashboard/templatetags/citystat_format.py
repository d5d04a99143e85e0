"""Display rules of the methodology (§11): half-up at the published precision, "—" for undefined."""

from __future__ import annotations

from typing import Literal

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from citystat.stats.growth import growth_wording
from citystat.stats.ranking import rank_wording
from citystat.stats.rounding import display

register = template.Library()

# 'No value' must not read as 一 (第—位 looks like 第一位 in CJK fonts): an en dash set apart
# by its style and titled 无数据, so it reads as "no figure" and never as a digit.
NO_VALUE = "—"


def no_value() -> SafeString:
    return format_html('<span class="nv" title="{}">–</span>', "无数据")


def _or_mark(text: str) -> str:
    return no_value() if text == NO_VALUE else text


@register.simple_tag(name="nv")
def nv_tag() -> SafeString:
    """The 'no value' mark, for cells that have no figure at all."""
    return no_value()


@register.filter
def or_nv(value: object) -> object:
    """The value, or the 'no value' mark when it is None or empty."""
    return no_value() if value is None or value == "" else value


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
    return _or_mark(display(_num(value), int(decimals)))


@register.filter
def signed(value: float | None, decimals: int = 1) -> str:
    value = _num(value)
    text = display(value, int(decimals))
    return (
        f"+{text}"
        if value is not None and text != NO_VALUE and not text.startswith("-") and float(text) > 0
        else _or_mark(text)
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
    return _or_mark(text) if text == NO_VALUE else f"{text}%"


@register.filter
def rank_move(change: int | Literal[""] | None) -> str:
    """位次变化 as an arrow: ↑2 (up two places), ↓1, 持平, or "—"."""
    if change is None or change == "":
        return no_value()
    if change == 0:
        return "持平"
    return f"↑{change}" if change > 0 else f"↓{-change}"


@register.filter
def rank_words(rank: int | None, change: int | None = None) -> str:
    return _or_mark(rank_wording(rank, change))


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


@register.filter
def gap_for(fig: object, indicator: object) -> str:
    """The figure against its target, worded by the indicator's polarity (控制目标 for caps)."""
    method = getattr(fig, "gap_for", None)
    return method(indicator) if method is not None else ""


@register.filter
def completion_for(fig: object, indicator: object) -> str:
    """完成率 at one decimal, or "—" where none is shown (a cap before the year is over)."""
    shows = getattr(fig, "shows_completion", None)
    if shows is None or not shows(indicator):
        return NO_VALUE
    return display(getattr(fig, "completion", None), 1)


@register.filter
def is_cap(fig: object, indicator: object) -> bool:
    method = getattr(fig, "is_cap", None)
    return bool(method(indicator)) if method is not None else False


@register.filter
def shows_completion(fig: object, indicator: object) -> bool:
    method = getattr(fig, "shows_completion", None)
    return bool(method(indicator)) if method is not None else False
