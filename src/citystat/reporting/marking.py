"""Honest marking of documents (issue 11 item 4).

A document that shows any synthetic figure (示例数据) carries :data:`SYNTHETIC_MARK` on
every page (the renderers put it in the page header) and a note naming the figures that
are published, with their sources. A document built only from published figures carries
no mark. Sources decide: a derived figure is synthetic when any observation behind it is;
a comparison figure (province, other cities) is always published; projects follow their
own flag; task figures and projections count as synthetic (they are not published
statistics); charts count as synthetic when any figure of the report period is.
"""

from __future__ import annotations

from citystat.reporting.inputs import FigureRow, ReportData
from citystat.reporting.model import Chart, Document, Source
from citystat.reporting.periods import span_label

SYNTHETIC_MARK = "含示例数据（合成），非官方统计数据，仅供演示"


# Which part of a derived figure a cited field rests on.
GROWTH_FIELDS = {"growth", "monthly_growth", "growth_derived", "pull", "contribution", "rank"}
GROWTH_FIELDS |= {"rank_change"}
TARGET_FIELDS = {"target_value", "target_growth", "completion", "time_progress"}
TARGET_FIELDS |= {"progress_gap", "growth_gap", "light"}


def _part_synthetic(row: FigureRow, field: str) -> bool:
    parts = set(row.synthetic_parts)
    if field in TARGET_FIELDS:
        return bool(parts)  # a target, and what it is compared with
    if field in GROWTH_FIELDS:
        return "growth" in parts
    return "value" in parts


def _synthetic(s: Source, data: ReportData) -> bool:
    if s.table == "derived":
        row = data.fig(s.indicator, s.region, s.year, s.month)
        return row is None or _part_synthetic(row, s.field)
    if s.table == "comparison":
        return False
    if s.table in ("project", "milestone"):
        p = data.project(s.key)
        return p is None or p.is_synthetic
    if s.table == "forecast":
        row = data.fig(s.indicator, s.region, s.year, s.month)
        return row is None or row.is_synthetic
    return True  # task figures


def _period(year: int, month: int) -> str:
    return f"{year}年" if month == 12 else span_label(month, year=year)


def _charts(doc: Document) -> bool:
    return any(isinstance(b, Chart) for s in doc.walk_sections() for b in s.blocks)


def mark(doc: Document, data: ReportData) -> Document:
    """Set ``doc.synthetic_mark`` and ``doc.data_note`` from the sources the document cites."""
    sources = [s for fig in doc.figs() for s in fig.sources]
    synthetic = any(_synthetic(s, data) for s in sources)
    if _charts(doc):
        synthetic = synthetic or any(
            f.is_synthetic
            for f in data.figures.values()
            if f.year == data.year and f.month <= data.month
        )
    published: dict[tuple[str, str, int, int], FigureRow] = {}
    for s in sources:
        if s.table == "derived":
            row = data.fig(s.indicator, s.region, s.year, s.month)
            if row is not None and not _part_synthetic(row, s.field):
                published[(s.indicator, s.region, s.year, s.month)] = row
    comparison = {
        (s.indicator, s.region, s.year, s.month): data.comparison_row(
            s.indicator, s.region, s.year, s.month
        )
        for s in sources
        if s.table == "comparison"
    }
    note: list[str] = []
    for (ind, reg, y, m), row in sorted(published.items()):
        info, region = data.indicators.get(ind), data.regions.get(reg)
        name = info.name if info else ind
        where = region.name if region else reg
        shown = "；".join(p for p in row.source.split(";") if p and "示例数据" not in p)
        note.append(f"{where}{name}（{_period(y, m)}）：{shown or '公开发布数据'}")
    for c in comparison.values():
        if c is None:
            continue
        info = data.indicators.get(c.indicator)
        name = info.name if info else c.indicator
        url = f" {c.source_url}" if c.source_url else ""
        note.append(f"{c.region_name}{name}（{_period(c.year, c.month)}）：{c.source_title}{url}")
    doc.synthetic_mark = SYNTHETIC_MARK if synthetic else ""
    if synthetic:
        lead = (
            "数据说明：本材料除下列公开发布数据外，其余数字均为示例数据（合成），不代表官方统计。"
            if note
            else "数据说明：本材料中的数字均为示例数据（合成），不代表官方统计。"
        )
    else:
        lead = "数据说明：本材料中的数字均为公开发布数据，来源如下。" if note else ""
    doc.data_note = ([lead] if lead else []) + [f"{k}. {t}" for k, t in enumerate(note, 1)]
    return doc
