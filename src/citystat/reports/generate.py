"""One report from database to file: gather, build, check, render."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from citystat.reporting import build_document, check_document
from citystat.reporting.builders import KINDS
from citystat.reporting.model import Document
from citystat.reporting.periods import Period, parse_period
from citystat.reporting.render import FORMATS, render
from citystat.reports.queries import report_data

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Generated:
    path: Path
    document: Document
    checked_figures: int


def default_filename(kind: str, region_name: str, period: Period, fmt: str) -> str:
    return f"{region_name}{period.code}{KINDS[kind]}.{fmt}"


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
) -> Generated:
    """Raise ValueError (with a Chinese message) on bad input; CheckError if a sentence disagrees."""
    if kind not in KINDS:
        raise ValueError(f"报告类型「{kind}」无效,应为 quarterly、review 或 briefing")
    if fmt not in FORMATS:
        raise ValueError(f"格式「{fmt}」无效,应为 docx、pdf 或 html")
    step = progress or (lambda pct, msg: None)
    period = parse_period(kind, period_text)
    step(10, "读取数据")
    data = report_data(region, period.year, period.month, today=today)
    if not any(
        k[1] == data.region.code and k[2] == period.year and k[3] <= period.month
        for k in data.figures
    ):
        raise ValueError(f"{data.region.name}{period.code}没有已审核的数据,无法生成报告")
    step(35, "撰写文稿")
    doc = build_document(kind, data)
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
