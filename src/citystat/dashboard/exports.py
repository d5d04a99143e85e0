"""Tables of the dashboard pages as Excel workbooks (numbers stay numbers, rounded half-up)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from citystat.cells import safe_cell, safe_row
from citystat.dashboard.figures import Fig
from citystat.dashboard.queries import CountyPage, IndicatorPage, Overview
from citystat.observations.synthetic import any_synthetic
from citystat.stats.rounding import round_or_none

Cell = str | float | int | None
HEADER_FILL = PatternFill("solid", fgColor="EEF2F7")
LIGHT_FILL = {
    "red": PatternFill("solid", fgColor="FDE2E1"),
    "yellow": PatternFill("solid", fgColor="FFF3C4"),
    "green": PatternFill("solid", fgColor="DCF5E3"),
}


@dataclass
class Sheet:
    title: str
    caption: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    decimals: list[int | None] = field(default_factory=list)  # per column; None = text
    lights: list[str] = field(default_factory=list)  # per row, for the fill
    # (indicator id, region id, year, month) of every figure shown: decides the 示例数据 mark
    keys: list[tuple[int, int, int, int]] = field(default_factory=list)


SYNTHETIC_CAPTION = "（含示例数据，非官方统计数据）"
SYNTHETIC_NOTE = "注：本表含示例数据（合成），不代表官方统计；公开发布数据见平台各指标页的来源。"


def _key(f: Fig) -> tuple[int, int, int, int]:
    return (f.indicator_id, f.region_id, f.year, f.month)


def _n(x: float | None, decimals: int) -> float | None:
    return round_or_none(x, decimals)


def overview_sheet(o: Overview) -> Sheet:
    inds = o.indicators
    headers = ["地区"]
    decimals: list[int | None] = [None]
    for i in inds:
        headers += [f"{i.name}({i.unit})" if i.unit else i.name, f"{i.name}同比(%)"]
        decimals += [i.decimals, i.growth_decimals]
    rows: list[list[Cell]] = []
    keys = []
    for row in o.rows:
        cells: list[Cell] = [row.region.name]
        for ind, fig in zip(inds, row.cells, strict=True):
            cells += [
                _n(fig.value, ind.decimals) if fig else None,
                _n(fig.growth, ind.growth_decimals) if fig else None,
            ]
            if fig:
                keys.append(_key(fig))
        rows.append(cells)
    return Sheet(
        "主要指标",
        f"全市及各县(市、区)主要指标 {o.frame.period.label}",
        headers,
        rows,
        decimals,
        keys=keys,
    )


def alerts_sheet(o: Overview) -> Sheet:
    s = Sheet(
        "预警",
        f"目标预警清单 {o.frame.period.label}",
        [
            "地区",
            "指标",
            "期别",
            "单位",
            "数值",
            "同比(%)",
            "完成率(%)",
            "序时进度(%)",
            "差距",
            "灯",
        ],
        decimals=[None, None, None, None, 2, 1, 1, 1, None, None],
    )
    for a in o.alerts:
        f, i = a.fig, a.indicator
        s.rows.append(
            [
                a.region.name,
                i.name,
                f"{f.year}年{f.month}月",
                i.unit,
                _n(f.value, i.decimals),
                _n(f.growth, i.growth_decimals),
                _n(f.completion, 1) if f.shows_completion(i) else None,
                _n(f.time_progress, 1),
                f.gap_for(i),
                f.light_words,
            ]
        )
        s.lights.append(f.light)
        s.keys.append(_key(f))
    return s


def league_sheet(p: IndicatorPage) -> Sheet:
    i = p.indicator
    waiting = f"（{p.reported_words}，位次待全部报齐后排定）" if p.reported_words else ""
    s = Sheet(
        "县域排名",
        f"{i.name} 各县(市、区) {p.label}{waiting}",
        ["地区", f"数值({i.unit})", "同比(%)", "位次", "位次变化", "完成率(%)", "灯"],
        decimals=[None, i.decimals, i.growth_decimals, 0, 0, 1, None],
    )
    for row in [*p.league, *p.others]:
        f = row.fig
        s.rows.append(
            [
                row.region.name,
                _n(f.value, i.decimals) if f else None,
                _n(f.growth, i.growth_decimals) if f else None,
                f.rank if f else None,
                f.rank_change if f else None,
                _n(f.completion, 1) if f and f.shows_completion(i) else None,
                f.light_words if f else "",
            ]
        )
        s.lights.append(f.light if f else "")
        if f:
            s.keys.append(_key(f))
    return s


def breakdown_sheet(p: IndicatorPage) -> Sheet:
    s = Sheet(
        "拉动分解",
        f"{p.indicator.name} 分项拉动与贡献率 {p.region.name} {p.label}",
        ["分项", "单位", "数值", "同比(%)", "拉动(百分点)", "贡献率(%)"],
        decimals=[None, None, 2, 1, 1, 1],
    )
    for c, f in p.components:
        s.rows.append(
            [
                c.name,
                c.unit,
                _n(f.value, c.decimals) if f else None,
                _n(f.growth, c.growth_decimals) if f else None,
                _n(f.pull, 1) if f else None,
                _n(f.contribution, 1) if f else None,
            ]
        )
        if f:
            s.keys.append(_key(f))
    return s


def county_sheet(p: CountyPage) -> Sheet:
    waiting = f"（尚未报齐：{p.pending}，暂不排位）" if p.pending else ""
    s = Sheet(
        "主要指标",
        f"{p.region.name}主要指标 {p.frame.period.label}{waiting}",
        ["维度", "指标", "期别", "单位", "数值", "同比(%)", "位次", "完成率(%)", "差距", "灯"],
        decimals=[None, None, None, None, 2, 1, 0, 1, None, None],
    )
    for g in p.groups:
        for c in g.cards:
            f, i = c.fig, c.indicator
            s.rows.append(
                [
                    g.dimension.name,
                    i.name,
                    c.label,
                    i.unit,
                    _n(f.value, i.decimals) if f else None,
                    _n(f.growth, i.growth_decimals) if f else None,
                    f.rank if f else None,
                    _n(f.completion, 1) if f and f.shows_completion(i) else None,
                    f.gap_for(i) if f and f.has_target else "",
                    f.light_words if f else "",
                ]
            )
            s.lights.append(f.light if f else "")
            if f:
                s.keys.append(_key(f))
    return s


def scores_sheet(p: CountyPage) -> Sheet:
    s = Sheet(
        "综合评价",
        f"{p.region.name}综合评价得分(功效系数法) {p.frame.period.label}",
        ["维度", p.region.name, "县域平均"],
        decimals=[None, 1, 1],
    )
    for name, mine, avg in p.score_rows():
        s.rows.append([name, _n(mine, 1), _n(avg, 1)])
    return s


def lagging_sheet(p: CountyPage) -> Sheet:
    s = Sheet(
        "需关注指标",
        f"{p.region.name}需关注的指标 {p.frame.period.label}",
        ["指标", "单位", "数值", "同比(%)", "位次", "原因"],
        decimals=[None, None, 2, 1, 0, None],
    )
    for item in p.lagging:
        f, i = item.fig, item.indicator
        s.rows.append(
            [
                i.name,
                i.unit,
                _n(f.value, i.decimals),
                _n(f.growth, i.growth_decimals),
                f.rank,
                ";".join(item.reasons),
            ]
        )
        s.lights.append(f.light)
        s.keys.append(_key(f))
    return s


def projects_sheet(p: CountyPage) -> Sheet:
    year = p.frame.period.year
    s = Sheet(
        "重点项目",
        f"{p.region.name}重点项目 {p.frame.period.label}",
        [
            "项目",
            "类别",
            "状态",
            "总投资(亿元)",
            f"{year}年计划(亿元)",
            "累计完成(亿元)",
            "完成率(%)",
        ],
        decimals=[None, None, None, 2, 2, 2, 1],
    )
    for row in p.projects:
        s.rows.append(
            [
                row.project.name,
                row.project.get_category_display(),
                row.project.get_status_display(),
                _n(
                    float(row.project.total_investment)
                    if row.project.total_investment is not None
                    else None,
                    2,
                ),
                _n(row.plan, 2),
                _n(row.done, 2),
                _n(row.completion, 1),
            ]
        )
    return s


def workbook(sheet: Sheet) -> bytes:
    """One sheet: caption row, bold header, numbers formatted at their precision, "—" for gaps."""
    synthetic = any_synthetic(sheet.keys)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet.title
    ws.append([safe_cell(sheet.caption + (SYNTHETIC_CAPTION if synthetic else ""))])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(safe_row(sheet.headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for r, row in enumerate(sheet.rows, start=3):
        light = sheet.lights[r - 3] if r - 3 < len(sheet.lights) else ""
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value="—" if value is None else safe_cell(value))
            dec = sheet.decimals[c - 1] if c - 1 < len(sheet.decimals) else None
            if isinstance(value, float | int) and dec is not None:
                cell.number_format = "0" if dec <= 0 else "0." + "0" * dec
            if value is None:
                cell.alignment = Alignment(horizontal="right")
            if light in LIGHT_FILL:
                cell.fill = LIGHT_FILL[light]
    for c, header in enumerate(sheet.headers, start=1):
        ws.column_dimensions[get_column_letter(c)].width = max(10, min(28, len(header) * 2 + 2))
    if synthetic:
        ws.append([])
        ws.append([SYNTHETIC_NOTE])
    ws.freeze_panes = "B3"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
