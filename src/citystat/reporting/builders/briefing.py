"""调度会材料: what is behind — indicators, counties, projects, tasks — and who answers for it."""

from __future__ import annotations

import datetime as dt

from citystat.reporting import wording as w
from citystat.reporting.builders.common import (
    SECTION_NUMBERS,
    observed_month,
    para,
    period_of,
    rank_fig,
)
from citystat.reporting.inputs import FigureRow, IndicatorInfo, ProjectInfo, ReportData
from citystat.reporting.model import (
    Block,
    Document,
    Fig,
    Label,
    Run,
    Section,
    Source,
    TableBlock,
    Text,
)
from citystat.stats import display

MILESTONE_NAMES = {
    "start": "开工",
    "structure": "主体完工",
    "completion": "竣工",
    "operation": "投产运营",
}


def _behind(data: ReportData, region: str) -> list[tuple[IndicatorInfo, FigureRow]]:
    out = []
    for ind in data.indicators.values():
        m = observed_month(ind, data.month)
        row = data.fig(ind.code, region, data.year, m) if m else None
        if row is not None and row.light in ("red", "yellow"):
            out.append((ind, row))
    out.sort(key=lambda ir: (ir[1].light != "red", ir[0].dimension, ir[0].code))
    return out


def _gap_cell(ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    if ind.target_kind == "growth":
        return [w.growth_target(row)[-1]] if row.growth_gap is not None else [Text("—")]
    if not ind.higher_is_better:
        return [Text("控制目标"), w.number(row, "target_value", ind.decimals), Text(ind.unit)]
    if row.progress_gap is not None and ind.cumulative and row.month < 12:
        return [w.progress(row)]
    return [w.completion(row)] if row.completion is not None else [Text("—")]


def indicators(data: ReportData) -> Section:
    region = data.region.code
    behind = _behind(data, region)
    blocks: list[Block] = []
    if not behind:
        has_targets = any(f.light for f in data.figures.values() if f.year == data.year)
        text = "本期设有目标的指标均运行在目标区间内，暂无亮黄灯或红灯的指标。"
        if not has_targets:
            text = "本年度尚未录入年度目标，无法按目标判断进度；请目标管理部门尽快录入。"
        blocks.append(para([Text(text)]))
        return Section("进度滞后的指标", blocks)
    srcs = [(r, "light") for _, r in behind]
    red = sum(1 for _, r in behind if r.light == "red")
    blocks.append(
        para(
            [
                Label(f"截至{data.year}年{data.month}月"),
                Text("，"),
                w.count(red, "red", srcs),
                Text("项指标亮红灯、"),
                w.count(len(behind) - red, "yellow", srcs),
                Text("项亮黄灯，需在会上逐项说明原因和追赶措施。"),
            ]
        )
    )
    rows: list[list[list[Run]]] = []
    for ind, row in behind:
        rows.append(
            [
                [Text(ind.name)],
                [Label(period_of(ind, row.month))],
                [w.level(row, ind), Text(ind.unit)],
                [w.growth_rate(row, ind)] if row.growth is not None else [Text("—")],
                _gap_cell(ind, row),
                [w.light(row)],
                [Text(ind.source_unit or "—")],
            ]
        )
    blocks.append(
        TableBlock(
            "亮灯指标清单",
            "见各行，增速为%",
            ["指标", "期别", "本期数值", "同比(%)", "与目标差距", "监测", "责任单位"],
            rows,
        )
    )
    return Section("进度滞后的指标", blocks)


def declines(data: ReportData) -> Section | None:
    """Key indicators below last year, whatever the targets say."""
    rows: list[list[list[Run]]] = []
    for ind in data.indicators.values():
        m = observed_month(ind, data.month)
        row = data.fig(ind.code, data.region.code, data.year, m) if m else None
        if not ind.is_key or row is None or row.growth is None or ind.kind == "rate":
            continue
        if (w.round_or_none(row.growth, ind.growth_decimals) or 0) >= 0:
            continue
        rows.append(
            [
                [Text(ind.name)],
                [Label(period_of(ind, row.month))],
                [w.level(row, ind), Text(ind.unit)],
                [w.growth_rate(row, ind)],
                [Text(ind.source_unit or "—")],
            ]
        )
    if not rows:
        return None
    return Section(
        "同比下降的主要指标",
        [
            para([Text("下列主要指标同比为负，请责任单位在会上说明原因和应对措施：")]),
            TableBlock(
                "同比下降的主要指标",
                "见各行，增速为%",
                ["指标", "期别", "本期数值", "同比(%)", "责任单位"],
                rows,
            ),
        ],
    )


def counties(data: ReportData) -> Section | None:
    if data.region.is_county or not data.counties():
        return None
    if not any(f.light for f in data.figures.values() if f.year == data.year):
        return None  # no targets this year: nothing to light
    rows: list[list[list[Run]]] = []
    for ind in data.indicators.values():
        if not ind.is_key or ind.target_kind != "growth":
            continue
        m = observed_month(ind, data.month)
        if m is None:
            continue
        for c in data.counties():
            row = data.fig(ind.code, c.code, data.year, m)
            if row is None or row.light != "red":
                continue
            rows.append(
                [
                    [Text(c.name)],
                    [Text(ind.name)],
                    [w.growth_rate(row, ind)] if row.growth is not None else [Text("—")],
                    [w.growth_target(row)[-1]] if row.growth_gap is not None else [Text("—")],
                    [rank_fig(data, ind, row)] if row.rank is not None else [Text("—")],
                ]
            )
    if not rows:
        return Section("亮红灯的县(市、区)", [para([Text("本期主要指标中没有县(市、区)亮红灯。")])])
    intro = para(
        [
            Text(
                "下列县(市、区)的主要指标增速与年度目标差距较大（红灯），请相关县(市、区)政府在会上作表态发言："
            )
        ]
    )
    return Section(
        "亮红灯的县(市、区)",
        [
            intro,
            TableBlock(
                "县(市、区)红灯指标",
                "见各行，增速为%",
                ["县(市、区)", "指标", "同比(%)", "与目标差距", "位次"],
                rows,
            ),
        ],
    )


def _project_gap(p: ProjectInfo, month: int) -> float | None:
    if not p.annual_plan or p.completed_ytd is None:
        return None
    return p.completed_ytd / p.annual_plan * 100 - month / 12 * 100


def projects(data: ReportData) -> Section | None:
    planned = [p for p in data.projects if p.annual_plan and p.completed_ytd is not None]
    if not planned:
        return None
    m = data.month
    lagging = [p for p in planned if (g := _project_gap(p, m)) is not None and g < 0]
    gaps = tuple(Source("project", "progress_gap", key=p.code, month=m) for p in planned)
    blocks: list[Block] = [
        para(
            [
                Text("纳入调度的"),
                Fig(str(len(planned)), "count:any", gaps, 1),
                Text("个重点项目中，"),
                Fig(str(len(lagging)), "count:behind", gaps, 1),
                Text("个项目投资完成进度落后于序时进度（按月均衡计算）。"),
            ]
        )
    ]
    rows: list[list[list[Run]]] = []
    for p in sorted(lagging, key=lambda p: _project_gap(p, m) or 0):

        def s(f: str, code: str = p.code) -> Source:
            return Source("project", f, key=code, month=m)

        rows.append(
            [
                [Text(p.name)],
                [Text(p.region_name)],
                [Fig(display(p.annual_plan, 2), "project_number", (s("annual_plan"),), 2)],
                [Fig(display(p.completed_ytd, 2), "project_number", (s("completed_ytd"),), 2)],
                [
                    Fig(
                        f"{display((p.completed_ytd or 0) / (p.annual_plan or 1) * 100, 1)}%",
                        "percent",
                        (s("progress_pct"),),
                        1,
                    )
                ],
                [
                    Fig(
                        f"落后{display(-(_project_gap(p, m) or 0), 1)}个百分点",
                        "gap",
                        (s("progress_gap"),),
                        1,
                    )
                ],
                [Text(p.responsible_unit or "—")],
            ]
        )
    if rows:
        blocks.append(
            TableBlock(
                "投资进度滞后的重点项目",
                "亿元",
                ["项目", "所在地", "年度计划", "本年完成", "完成率", "较序时进度", "责任单位"],
                rows,
            )
        )
    overdue: list[tuple[ProjectInfo, dt.date, str]] = []
    for p in data.projects:
        for ms in p.milestones:
            if ms.planned is None:
                continue
            late = ms.actual is None and (ms.planned.year, ms.planned.month) <= (
                data.year,
                data.month,
            )
            if late:
                overdue.append((p, ms.planned, ms.kind))
    if overdue:
        runs: list[Run] = [Text("节点到期未完成的有：")]
        for k, (p, due, kind) in enumerate(overdue):
            runs += [
                Text(("；" if k else "") + f"{p.name}计划于"),
                Label(f"{due.year}年{due.month}月{due.day}日"),
                Text(f"{MILESTONE_NAMES.get(kind, kind)}（{p.responsible_unit}）"),
            ]
        runs.append(Text("。"))
        blocks.append(para(runs))
    return Section("进度滞后的重点项目", blocks)


def tasks(data: ReportData) -> Section | None:
    if not data.tasks:
        return None
    rows: list[list[list[Run]]] = []
    for task in data.tasks:
        for t in task.targets:
            if (
                t.actual_value is not None
                and t.target_value is not None
                and t.actual_value >= t.target_value
            ):
                continue

            def s(f: str, key: str = str(t.id)) -> Source:
                return Source("task", f, key=key)

            rows.append(
                [
                    [Text(task.title)],
                    [Text(t.name)],
                    [Text(t.unit)],
                    [
                        Fig(
                            display(t.target_value, 2).rstrip("0").rstrip("."),
                            "task",
                            (s("target_value"),),
                            2,
                        )
                    ],
                    [
                        Fig(
                            display(t.actual_value, 2).rstrip("0").rstrip("."),
                            "task",
                            (s("actual_value"),),
                            2,
                        )
                    ]
                    if t.actual_value is not None
                    else [Text("未报")],
                    [Text(task.responsible_unit)],
                ]
            )
    if not rows:
        srcs = tuple(
            Source("task", "done", key=str(t.id)) for task in data.tasks for t in task.targets
        )
        return Section(
            "民生实事",
            [
                para(
                    [
                        Text("年度民生实事目标项"),
                        Fig("均已完成", "all_true", srcs),
                        Text("，会上不再逐项调度。"),
                    ]
                )
            ],
        )
    return Section(
        "未完成的民生实事",
        [
            TableBlock(
                "未完成的民生实事目标项",
                "见各行",
                ["事项", "目标项", "单位", "目标", "实际", "责任单位"],
                rows,
            )
        ],
    )


def agenda(data: ReportData, sections: list[Section]) -> Section:
    behind = _behind(data, data.region.code)
    units = sorted({i.source_unit for i, r in behind if r.light == "red" and i.source_unit})
    items = []
    if units:
        items.append(f"请{'、'.join(units)}分别汇报红灯指标的原因分析和追赶措施。")
    if any("项目" in s.title for s in sections):
        items.append("请项目责任单位说明投资进度滞后和节点逾期的原因，提出需市级协调解决的问题。")
    items.append("会议确定的事项纳入督办清单，由市委、市政府督查室跟踪落实。")
    return Section("建议会议研究的事项", [para([Text(t)]) for t in items])


def build_briefing(data: ReportData) -> Document:
    parts = [indicators(data), declines(data), counties(data), projects(data), tasks(data)]
    sections = [s for s in parts if s is not None]
    sections.append(agenda(data, sections))
    for k, s in enumerate(sections):
        s.title = f"{SECTION_NUMBERS[k]}、{s.title}"
    return Document(
        "briefing",
        f"{data.region.name}经济运行调度会材料",
        f"（{data.year}年{data.month}月 · 数据截至{data.year}年{data.month}月）",
        data.region.code,
        data.region.name,
        f"{data.year}-{data.month:02d}",
        f"{data.region.name}统计局",
        f"{data.today.year}年{data.today.month}月{data.today.day}日",
        sections,
    )
