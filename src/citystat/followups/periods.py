"""Period text for follow-up commands and forms (no Django imports, so the CLI can check it first)."""

from __future__ import annotations


class PeriodError(ValueError):
    pass


def parse_period(text: str) -> tuple[int, int]:
    try:
        y, m = (int(x) for x in text.strip().split("-"))
    except ValueError:
        raise PeriodError(f"期别“{text}”格式不对,应为 YYYY-MM,例如 2023-12。") from None
    if not 1 <= m <= 12 or not 2000 <= y <= 2100:
        raise PeriodError(f"期别“{text}”不存在,月份应为 01–12。")
    return y, m
