"""Chinese labels of report periods and the parsing of PERIOD arguments."""

from __future__ import annotations

import re
from dataclasses import dataclass

QUARTER_NAMES = {1: "一季度", 2: "上半年", 3: "前三季度", 4: "全年"}
ORDINAL = "零一二三四五六七八九十"


class PeriodError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Period:
    kind: str  # quarterly | review | briefing
    year: int
    month: int  # last month covered
    quarter: int = 0

    @property
    def code(self) -> str:
        if self.kind == "quarterly":
            return f"{self.year}-Q{self.quarter}"
        if self.kind == "review":
            return str(self.year)
        return f"{self.year}-{self.month:02d}"


def parse_period(kind: str, text: str) -> Period:
    """``2023-Q3`` (quarterly), ``2023`` (review) or ``2023-11`` (briefing)."""
    text = text.strip()
    if kind == "quarterly":
        m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text)
        if not m:
            raise PeriodError(f"季度报告的期别应写作 2023-Q3,收到「{text}」")
        q = int(m.group(2))
        return Period(kind, int(m.group(1)), q * 3, q)
    if kind == "review":
        if not re.fullmatch(r"\d{4}", text):
            raise PeriodError(f"年度回顾的期别应写作 2023,收到「{text}」")
        return Period(kind, int(text), 12)
    if kind == "briefing":
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise PeriodError(f"调度会材料的期别应写作 2023-11,收到「{text}」")
        return Period(kind, int(m.group(1)), int(m.group(2)))
    raise PeriodError(f"未知的报告类型「{kind}」,应为 quarterly、review 或 briefing")


def span_label(month: int, *, year: int | None = None, combined: bool = True) -> str:
    """Cumulative span: 1月, 1-2月, 1-9月 (prefixed with the year when given)."""
    prefix = f"{year}年" if year else ""
    if month == 1 and not combined:
        return f"{prefix}1月"
    if month <= 2:
        return f"{prefix}1-2月"
    return f"{prefix}1-{month}月"


def point_label(month: int) -> str:
    return "年末" if month == 12 else f"{month}月末"


def previous_comparison_month(month: int) -> int | None:
    """The period whose growth a quarter-end is compared with (增速加快/回落)."""
    if month <= 2:
        return None
    if month == 3:
        return 2
    return month - 3 if month % 3 == 0 else month - 1


def comparison_label(month: int) -> str:
    return {2: "1-2月", 3: "一季度", 6: "上半年", 9: "前三季度"}.get(month, f"1-{month}月")


def previous_month_label(month: int) -> str:
    return "上年末" if month == 12 else f"{month}月末"
