from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from citystat.stats import progress_wording
from citystat.stats.lights import light_label
from citystat.stats.rounding import display

register = template.Library()


@register.filter
def light_badge(light: str | None) -> SafeString:
    key = light or ""
    label = light_label(key)
    return format_html('<span class="lamp lamp-{}">{}</span>', key or "none", label)


@register.filter
def gap_words(gap: float | None) -> str:
    return progress_wording(gap)


@register.filter
def yi(value: Decimal | float | None) -> str:
    """An amount in 亿元 at two decimals."""
    return display(float(value) if value is not None else None, 2)
