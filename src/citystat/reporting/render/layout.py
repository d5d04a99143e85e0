"""What every renderer lays out the same way: 图N/表N numbering, captions, source lines."""

from __future__ import annotations

import datetime as dt

from citystat.reporting.model import Chart, Document, TableBlock


class Numbering:
    """图1、图2… and 表1、表2… in reading order, whatever the builders put where."""

    def __init__(self, doc: Document) -> None:
        self._charts = {id(c): k for k, c in enumerate(doc.charts(), start=1)}
        self._tables = {id(t): k for k, t in enumerate(doc.tables(), start=1)}

    def chart(self, chart: Chart) -> int:
        return self._charts[id(chart)]

    def table(self, table: TableBlock) -> int:
        return self._tables[id(table)]


BEIJING = dt.timezone(dt.timedelta(hours=8))  # 成文日期 09:00 China time


def issued_date(doc: Document) -> dt.date:
    """The 成文日期 written in the file: the document's, else today in China."""
    return doc.issued or dt.datetime.now(BEIJING).date()


def chart_caption(chart: Chart, number: int) -> str:
    return f"图{number}　{chart.title}（单位：{chart.unit}）"


def table_caption(table: TableBlock, number: int) -> str:
    return f"表{number}　{table.title}"


def source_line(chart: Chart, doc: Document) -> str:
    """资料来源 under a chart: the chart's own source, else the issuing unit's data."""
    line = f"资料来源：{chart.source or doc.issuer}"
    return line + ("（含示例数据）" if doc.synthetic_mark else "")
