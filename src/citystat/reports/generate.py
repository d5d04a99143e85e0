"""One report from database to file: gather, build, check, render."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from citystat.reporting import build_document, check_document
from citystat.reporting.builders import KINDS
from citystat.reporting.model import Document, date_label
from citystat.reporting.periods import Period, parse_period
from citystat.reporting.render import FORMATS, render
from citystat.reports.queries import report_data

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Generated:
    path: Path
    document: Document
    checked_figures: int


class NoDataError(ValueError):
    """The region has no approved figure for the period: no document is written."""


class IssueDateError(ValueError):
    """A 成文日期 that is not a date, or not after the period."""


def default_filename(kind: str, region_name: str, period: Period, fmt: str) -> str:
    return f"{region_name}{period.code}{KINDS[kind]}.{fmt}"


def default_issue_date(period: Period) -> dt.date:
    """成文日期 by default: the last day of the month after the period's last month
    (2023-Q3 → 2023-10-31, 2023 → 2024-01-31, 2023-11 → 2023-12-31)."""
    year, month = (period.year + 1, 1) if period.month == 12 else (period.year, period.month + 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_issue_date(text: str, period: Period | None = None) -> dt.date:
    """``YYYY-MM-DD`` → date; a Chinese ValueError naming the field and the fix otherwise.
    A date before the period has ended is refused (the figures cannot have been known)."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        if not m:
            raise ValueError
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise IssueDateError(
            f"成文日期「{text}」无效:应写作 YYYY-MM-DD(如 2023-10-31),且为日历上存在的日期"
        ) from None
    if period is not None:
        end = dt.date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])
        if day <= end:
            raise IssueDateError(
                f"成文日期 {day.isoformat()} 不晚于期末 {end.isoformat()}:"
                f"成文日期应在期别结束之后(默认 {default_issue_date(period).isoformat()})"
            )
    return day


def has_approved_data(region_code: str, period: Period) -> bool:
    """Whether the region has any approved figure for the period's last month."""
    from citystat.observations.models import Observation, Status

    return Observation.objects.filter(
        region__code=region_code, year=period.year, month=period.month, status=Status.APPROVED
    ).exists()


def issuing_unit(region_name: str, issuer: str = "") -> str:
    """The unit of the 版头 and 落款: ``issuer`` when given, else the ``REPORT_ISSUER``
    setting (``{region}`` replaced by the region's name), else 「<地区>统计局」."""
    from django.conf import settings

    if issuer.strip():
        return issuer.strip()
    template = str(getattr(settings, "REPORT_ISSUER", "") or "{region}统计局")
    return template.replace("{region}", region_name)


def no_data_message(region_name: str, period: Period) -> str:
    what = {"quarterly": "季度", "review": "年度", "briefing": "月度"}[period.kind]
    return (
        f"{region_name}{period.code}没有审核通过的数据,不生成{KINDS[period.kind]}:"
        f"请先报送并审核通过该{what}数据后再生成"
    )


def generate(
    kind: str,
    region: str,
    period_text: str,
    fmt: str,
    output: Path | None = None,
    *,
    out_dir: Path | None = None,
    progress: Progress | None = None,
    link_base: str = "",
    today: dt.date | None = None,
    issued: dt.date | None = None,
    issuer: str = "",
    number: str = "",
) -> Generated:
    """Raise ValueError (with a Chinese message) on bad input — :class:`NoDataError` when the
    period has no approved figure; CheckError if a sentence disagrees. Nothing is written then.

    ``issued`` is the 成文日期 (default :func:`default_issue_date`), signed under 落款 and
    written into the file's properties; ``issuer`` the issuing unit of the 版头 and 落款
    (default: the region's statistics bureau, 「<地区>统计局」); ``number`` the 发文字号.
    """
    if kind not in KINDS:
        raise ValueError(f"报告类型「{kind}」无效,应为 quarterly、review 或 briefing")
    if fmt not in FORMATS:
        raise ValueError(f"格式「{fmt}」无效,应为 docx、pdf 或 html")
    step = progress or (lambda pct, msg: None)
    period = parse_period(kind, period_text)
    issued = issued or today or default_issue_date(period)
    step(10, "读取数据")
    data = report_data(region, period.year, period.month, today=issued)
    if not has_approved_data(data.region.code, period) or not any(
        k[1] == data.region.code and k[2] == period.year and k[3] == period.month
        for k in data.figures
    ):
        raise NoDataError(no_data_message(data.region.name, period))
    step(35, "撰写文稿")
    doc = build_document(kind, data)
    # The signature is the layout's, whatever wording the builders chose.
    doc.issuer = issuing_unit(data.region.name, issuer)
    doc.issued = issued
    doc.date_label = date_label(issued)
    doc.number = number.strip()
    step(55, "逐句核对数字")
    checked = check_document(doc, data)
    step(70, f"生成 {fmt.upper()} 文件")
    if output is None:
        directory = out_dir or Path.cwd()
        directory.mkdir(parents=True, exist_ok=True)
        output = directory / default_filename(kind, data.region.name, period, fmt)
    render(doc, fmt, output, link_base=link_base)
    step(100, "完成")
    return Generated(output, doc, checked)
