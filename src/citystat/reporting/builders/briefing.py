"""调度会材料: what each 牵头单位 answers for, the counties against the city, the projects
behind 序时进度, the 督办 records, and the items the meeting is asked to settle.

Every item names its 牵头单位 (``ReportData.lead_unit``), not the data source: the
statistics bureau only for the indicators that are its own.
"""

from __future__ import annotations

import datetime as dt

from citystat.reporting import wording as w
from citystat.reporting.builders.common import (
    SECTION_NUMBERS,
    cause_runs,
    followup_text,
    indicator_sentence,
    observed_month,
    para,
    period_of,
    project_gap_fig,
    rank_fig,
    scope_word,
    vs_reference,
)
from citystat.reporting.inputs import (
    FigureRow,
    FollowupInfo,
    IndicatorInfo,
    ProjectInfo,
    ReportData,
)
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
from citystat.stats import display, round_or_none

MILESTONE_NAMES = {
    "start": "开工",
    "structure": "主体完工",
    "completion": "竣工",
    "operation": "投产运营",
}
#: The place (``ReportData.placements``) holding the indicators a county is compared on.
COMPARED = "briefing_counties"
NO_UNIT = "（未设定牵头单位）"


def _row(data: ReportData, ind: IndicatorInfo, region: str) -> FigureRow | None:
    m = observed_month(ind, data.month)
    return data.fig(ind.code, region, data.year, m) if m else None


def _watched(data: ReportData) -> list[tuple[IndicatorInfo, FigureRow]]:
    """Indicators the meeting goes through: every lit one, and key ones falling."""
    out = []
    for ind in data.indicators.values():
        row = _row(data, ind, data.region.code)
        if row is None or row.value is None:
            continue
        falling = (
            ind.is_key
            and not ind.parent
            and not w.by_change(ind)
            and (round_or_none(row.growth, ind.growth_decimals) or 0) < 0
        )
        if row.light or falling:
            out.append((ind, row))
    order = {"red": 0, "yellow": 1, "green": 3}
    out.sort(key=lambda ir: (order.get(ir[1].light, 2), list(data.indicators).index(ir[0].code)))
    return out


def _by_unit(data: ReportData) -> dict[str, list[tuple[IndicatorInfo, FigureRow]]]:
    groups: dict[str, list[tuple[IndicatorInfo, FigureRow]]] = {}
    for ind, row in _watched(data):
        groups.setdefault(data.lead_unit(ind.code) or NO_UNIT, []).append((ind, row))
    return groups


def overview(data: ReportData) -> Section:
    scope = scope_word(data)
    lit = [(i, r) for i, r in _watched(data) if r.light]
    blocks: list[Block] = []
    if not lit:
        blocks.append(para([Text("本年度尚未录入年度目标，以下按同比变动调度。")]))
    else:
        lights = [(r, "light") for _, r in lit]
        blocks.append(
            para(
                [
                    Label(f"截至{data.year}年{data.month}月"),
                    Text(f"，{scope}设有年度目标的"),
                    w.count(len(lit), "any", lights),
                    Text("项指标中，"),
                    w.count(sum(1 for _, r in lit if r.light == "green"), "green", lights),
                    Text("项亮绿灯、"),
                    w.count(sum(1 for _, r in lit if r.light == "yellow"), "yellow", lights),
                    Text("项亮黄灯、"),
                    w.count(sum(1 for _, r in lit if r.light == "red"), "red", lights),
                    Text("项亮红灯；黄灯、红灯指标和同比为负的主要指标按牵头单位列示如下。"),
                ]
            )
        )
    return Section("总体情况", blocks)


def departments(data: ReportData) -> Section:
    """Each 牵头单位's indicators: the figure, its gap, the causes entered and the 督办."""
    subs: list[Section] = []
    rows: list[list[list[Run]]] = []
    for k, (unit, items) in enumerate(_by_unit(data).items()):
        blocks: list[Block] = []
        for ind, row in items:
            if not row.light and not ind.is_key:
                continue
            runs = indicator_sentence(data, ind, row, with_rank=data.region.is_county)
            if row.light:
                runs[-1:] = [Text("，"), w.light(row), Text("。")]
            blocks.append(para(runs + cause_runs(data, ind.code, row)))
            rows.append(
                [
                    [Text(unit)],
                    [Text(ind.name)],
                    [Label(period_of(ind, row.month))],
                    [w.growth_rate(row, ind)]
                    if row.growth is not None and not w.by_change(ind)
                    else [Text("—")],
                    _gap_cell(ind, row),
                    [w.light(row)] if row.light else [Text("—")],
                ]
            )
        if blocks:
            subs.append(Section(f"（{SECTION_NUMBERS[min(k, 19)]}）{unit}", blocks))
    blocks = []
    if rows:
        blocks.append(
            TableBlock(
                "分牵头单位指标清单",
                "见各行，增速为%",
                ["牵头单位", "指标", "期别", "同比(%)", "与目标差距", "监测"],
                rows,
            )
        )
    else:
        blocks.append(para([Text("本期没有亮黄灯、红灯或同比为负的主要指标。")]))
    return Section("分牵头单位调度事项", blocks, subs)


def _gap_cell(ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    if ind.target_kind == "growth":
        return [w.growth_target(row)[-1]] if row.growth_gap is not None else [Text("—")]
    if ind.target_kind == "level" and not ind.higher_is_better:
        return w.control(row, ind) or [Text("—")]
    if row.progress_gap is not None and ind.cumulative and row.month < 12:
        return [w.progress(row)]
    return [w.completion(row)] if row.completion is not None else [Text("—")]


def counties(data: ReportData) -> Section | None:
    """Each county against the city average and its 位次 (a county document: itself)."""
    codes = data.placements.get(COMPARED, ())
    inds = [data.indicators[c] for c in codes if c in data.indicators]
    if data.region.is_county:
        return _own_county(data, inds)
    places = data.counties()
    city = data.region.code
    cols: list[tuple[IndicatorInfo, FigureRow]] = []
    for ind in inds:
        ref = _row(data, ind, city)
        if ref is not None and ref.growth is not None:
            cols.append((ind, ref))
    if not places or not cols:
        return None
    rows: list[list[list[Run]]] = [[[Text(f"{data.region.name}（平均）")]]]
    rows[0] += [[w.growth_rate(ref, ind)] for ind, ref in cols]
    for place in places:
        cells: list[list[Run]] = [[Text(place.name)]]
        for ind, _ref in cols:
            row = _row(data, ind, place.code)
            if row is None or row.growth is None:
                cells.append([Text("—")])
                continue
            cell: list[Run] = [w.growth_rate(row, ind)]
            if row.rank is not None:
                tied = data.is_tied(ind.code, row.region, row.year, row.month, row.rank)
                text = f"{'并列' if tied else ''}第{row.rank}位"
                cell += [Text("（"), Fig(text, "rank_short", (w.src(row, "rank"),), 0), Text("）")]
            cells.append(cell)
        rows.append(cells)
    runs: list[Run] = [Text("与全市平均水平比：")]
    for k, (ind, ref) in enumerate(cols):
        county_rows = [
            r for c in places if (r := _row(data, ind, c.code)) is not None and r.growth is not None
        ]
        if len(county_rows) < 3:
            continue
        above = sum(
            1
            for r in county_rows
            if (round_or_none(r.growth, ind.growth_decimals) or 0)
            > (round_or_none(ref.growth, ind.growth_decimals) or 0)
        )
        srcs = (w.src(ref, "growth"), *(w.src(r, "growth") for r in county_rows))
        text = f"{above}个县（市、区）增速高于全市"
        runs += [Text("；" if k else ""), Text(f"{ind.name}，")]
        runs += [Fig(text, "count_above", srcs, ind.growth_decimals, ind.code, city)]
    runs.append(Text("。请与全市差距较大、位次靠后的县（市、区）政府在会上说明原因和追赶措施。"))
    columns = ["县(市、区)"] + [f"{i.name}（{period_of(i, r.month)}）" for i, r in cols]
    return Section(
        "县（市、区）对比",
        [
            para(runs),
            TableBlock("各县（市、区）主要指标增速和位次", "增速为%", columns, rows),
        ],
    )


def _own_county(data: ReportData, inds: list[IndicatorInfo]) -> Section | None:
    city = data.region.parent
    rows: list[list[list[Run]]] = []
    for ind in inds:
        row, ref = _row(data, ind, data.region.code), _row(data, ind, city)
        if row is None or ref is None or row.growth is None or ref.growth is None:
            continue
        rows.append(
            [
                [Text(ind.name)],
                [Label(period_of(ind, row.month))],
                [w.growth_rate(row, ind)],
                [w.growth_rate(ref, ind)],
                [vs_reference(row, ref, ind, "全市")],
                [rank_fig(data, ind, row)] if row.rank is not None else [Text("—")],
            ]
        )
    if not rows:
        return None
    return Section(
        "与全市比较",
        [
            para([Text(f"{data.region.name}主要指标与全市平均水平的比较和在全市的位次：")]),
            TableBlock(
                f"{data.region.name}主要指标与全市比较",
                "增速为%",
                ["指标", "期别", f"{data.region.name}(%)", "全市(%)", "较全市", "位次"],
                rows,
            ),
        ],
    )


def projects(data: ReportData) -> Section | None:
    """Projects behind 序时进度 by the one rule (``ProjectInfo.progress``, as the page)."""
    m = data.month
    planned = [p for p in data.projects if p.annual_plan and p.completed_ytd is not None]
    if not planned:
        return None
    lagging = [p for p in planned if (p.progress(m).gap or 0) < 0]
    gaps = tuple(Source("project", "progress_gap", key=p.code, month=m) for p in planned)
    blocks: list[Block] = [
        para(
            [
                Text("纳入调度的"),
                Fig(str(len(planned)), "count:any", gaps, 1),
                Text("个重点项目中，"),
                Fig(str(len(lagging)), "count:behind", gaps, 1),
                Text(
                    "个项目投资完成进度落后于序时进度（序时进度按项目往年进度，无往年数据的按月均衡计算）。"
                ),
            ]
        )
    ]
    rows: list[list[list[Run]]] = []
    for p in sorted(lagging, key=lambda p: p.progress(m).gap or 0):

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
                        f"{display(p.progress(m).completion, 1)}%",
                        "percent",
                        (s("progress_pct"),),
                        1,
                    )
                ],
                [
                    Fig(
                        f"{display(p.progress(m).expected, 1)}%",
                        "percent",
                        (s("expected_progress"),),
                        1,
                    )
                ],
                [project_gap_fig(p, m)],
                [Text(p.responsible_unit or NO_UNIT)],
            ]
        )
    if rows:
        blocks.append(
            TableBlock(
                "投资进度滞后的重点项目",
                "亿元",
                [
                    "项目",
                    "所在地",
                    "年度计划",
                    "本年完成",
                    "完成率",
                    "序时进度",
                    "较序时进度",
                    "牵头单位",
                ],
                rows,
            )
        )
    overdue: list[tuple[ProjectInfo, dt.date, str]] = []
    for p in data.projects:
        for ms in p.milestones:
            if ms.planned is None:
                continue
            late = ms.actual is None and (ms.planned.year, ms.planned.month) <= (data.year, m)
            if late:
                overdue.append((p, ms.planned, ms.kind))
    if overdue:
        runs: list[Run] = [Text("节点到期未完成的有：")]
        for k, (p, due, kind) in enumerate(overdue):
            runs += [
                Text(("；" if k else "") + f"{p.name}计划于"),
                Label(f"{due.year}年{due.month}月{due.day}日"),
                Text(
                    f"{MILESTONE_NAMES.get(kind, kind)}（牵头单位：{p.responsible_unit or NO_UNIT}）"
                ),
            ]
        runs.append(Text("。"))
        blocks.append(para(runs))
    return Section("进度滞后的重点项目", blocks)


def _followups(data: ReportData) -> list[FollowupInfo]:
    regions = {data.region.code} | {c.code for c in data.counties() if not data.region.is_county}
    return [
        f
        for f in data.followups
        if f.region in regions
        and f.year == data.year
        and f.month <= data.month
        and data.fig(f.indicator, f.region, f.year, f.month) is not None
    ]


def followups(data: ReportData) -> Section | None:
    """督办 records: how many are open and answered, and each with its answer."""
    items = _followups(data)
    if not items:
        return None

    def src(f: FollowupInfo) -> Source:
        return Source("derived", "value", f.indicator, f.region, f.year, f.month)

    open_ = [f for f in items if not f.answer.strip() and f.status != "closed"]
    answered = [f for f in items if f.answer.strip()]
    blocks: list[Block] = [
        para(
            [
                Text("本年度针对滞后指标发起的督办事项中，"),
                Fig(
                    str(len(open_)),
                    "count:any",
                    tuple(src(f) for f in open_) or (src(items[0]),),
                    0,
                )
                if open_
                else Text("没有"),
                Text("项尚待答复，"),
                Fig(str(len(answered)), "count:any", tuple(src(f) for f in answered), 0)
                if answered
                else Text("没有"),
                Text("项已答复。"),
            ]
        )
    ]
    rows: list[list[list[Run]]] = []
    for f in sorted(items, key=lambda f: (bool(f.answer.strip()), f.month, f.indicator)):
        ind = data.indicators.get(f.indicator)
        region = data.regions.get(f.region)
        rows.append(
            [
                [Text(ind.name if ind else f.indicator)],
                [Text(region.name if region else f.region)],
                [Label(f"{f.year}年{f.month}月")],
                [Text(f.responsible_unit or NO_UNIT)],
                [Fig(followup_text(f), "followup", (src(f),), 0, f.indicator, f.region)],
            ]
        )
    blocks.append(
        TableBlock("督办事项", "", ["指标", "地区", "期别", "牵头单位", "办理情况"], rows)
    )
    return Section("督办事项办理情况", blocks)


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
                ["事项", "目标项", "单位", "目标", "实际", "牵头单位"],
                rows,
            )
        ],
    )


def agenda(data: ReportData) -> Section:
    """The items the meeting is asked to settle, each naming its 牵头单位."""
    items: list[str] = []
    for unit, group in _by_unit(data).items():
        names = "、".join(i.name for i, r in group if r.light in ("red", "yellow") or not r.light)
        if names:
            items.append(f"请{unit}汇报{names}的进展、原因分析和追赶措施。")
    m = data.month
    behind = sorted(
        {
            p.responsible_unit or NO_UNIT
            for p in data.projects
            if p.annual_plan and p.completed_ytd is not None and (p.progress(m).gap or 0) < 0
        }
    )
    if behind:
        items.append(f"请{'、'.join(behind)}说明重点项目投资进度滞后的原因，提出需协调解决的问题。")
    waiting = sorted(
        {
            f.responsible_unit or NO_UNIT
            for f in _followups(data)
            if not f.answer.strip() and f.status != "closed"
        }
    )
    if waiting:
        items.append(f"请{'、'.join(waiting)}在会前答复尚未办结的督办事项。")
    items.append("会议确定的事项纳入督办清单，由督查部门跟踪落实。")
    return Section("建议会议研究的事项", [para([Text(t)]) for t in items])


def build_briefing(data: ReportData) -> Document:
    parts = [
        overview(data),
        departments(data),
        counties(data),
        projects(data),
        followups(data),
        tasks(data),
    ]
    sections = [s for s in parts if s is not None]
    sections.append(agenda(data))
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
