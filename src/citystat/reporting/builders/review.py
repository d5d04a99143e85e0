"""年度回顾: industry, energy, projects, reform and innovation, tourism, livelihood, ecology.

Written in December: monthly flow statistics come from the latest release (1-11月);
year-end results (stocks, ecology and energy outcomes, tasks) from the year-end figures.
"""

from __future__ import annotations

from citystat.reporting import wording as w
from citystat.reporting.builders.common import SECTION_NUMBERS, growth_words, para
from citystat.reporting.inputs import FigureRow, IndicatorInfo, ReportData, TaskTargetInfo
from citystat.reporting.model import (
    Block,
    Chart,
    Document,
    Fig,
    Label,
    Run,
    Section,
    Source,
    TableBlock,
    Text,
)
from citystat.reporting.periods import span_label
from citystat.stats import display

RELEASE_MONTH = 11  # the statistics available when the review is written
EMERGING = ("sei_ngit", "sei_green", "sei_hiend", "ind_waste")


def _fig(data: ReportData, code: str, month: int) -> tuple[IndicatorInfo, FigureRow] | None:
    ind = data.indicators.get(code)
    row = data.fig(code, data.region.code, data.year, month) if ind else None
    if ind is None or row is None or row.value is None:
        return None
    return ind, row


def _growth_clause(
    data: ReportData, code: str, month: int, *, name: str | None = None
) -> list[Run]:
    found = _fig(data, code, month)
    if found is None or found[1].growth is None:
        return []
    ind, row = found
    runs: list[Run] = [Text(name or ind.name), w.growth(row, ind)]
    if (w.round_or_none(row.growth, ind.growth_decimals) or 0) >= 100:
        runs += [Text("（"), w.growth_rate(row, ind), Text("）")]
    return runs


def industry(data: ReportData) -> Section | None:
    m = RELEASE_MONTH
    va = _fig(data, "ind_va", m)
    if va is None:
        return None
    ind, row = va
    blocks: list[Block] = [
        para(
            [
                Label(span_label(m)),
                Text(f"，{ind.name}"),
                *growth_words(data, ind, row)[1:],
                Text("。"),
            ]
        )
    ]
    emerging = [c for code in EMERGING if (c := _growth_clause(data, code, m))]
    if emerging:
        srcs = [
            (f[1], "growth")
            for code in EMERGING
            if (f := _fig(data, code, m)) and f[1].growth is not None
        ]
        runs: list[Run] = [w.judgement("emerging", srcs), Text("：")]
        for k, c in enumerate(emerging):
            runs += [Text("，" if k else ""), *c]
        runs.append(Text("。"))
        blocks.append(para(runs))
    bars = [
        (i, r)
        for code in ("ind_va", *EMERGING, "ind_nee")
        if (f := _fig(data, code, m))
        for i, r in [f]
        if r.growth is not None
    ]
    if len(bars) >= 3:
        chart = Chart(
            f"{span_label(m, year=data.year)}工业及新兴产业增加值增速",
            "barh",
            [i.name for i, _ in bars],
            [r.growth for _, r in bars],
            "%",
        )
    else:
        chart = None
    nee = _fig(data, "ind_nee", m)
    if nee is not None and nee[1].growth is not None:
        _, nrow = nee
        runs = [*_growth_clause(data, "ind_nee", m)]
        pull = w.pull_runs(nrow, ind.name)
        if pull:
            runs += [Text("，"), *pull]
        lifts = (w.round_or_none(nrow.pull, 1) or 0) > 0
        runs.append(Text("，成为工业领域的一大亮点。" if lifts else "。"))
        blocks.append(para(runs))
    if chart is not None:
        blocks.append(chart)
    return Section("产业转型", blocks)


def energy(data: ReportData) -> Section | None:
    ne = _fig(data, "ne_capacity", 12)
    if ne is None:
        return None
    ind, row = ne
    runs: list[Run] = [
        Text(f"能源方面，年末{ind.name}达到"),
        w.level(row, ind, trim=True),
        Text(ind.unit),
    ]
    if row.value is not None and row.value >= 1000:
        runs += [
            Text("，"),
            Fig("突破千万千瓦", "above", (w.src(row, "value"),), 1000.0, ind.code, row.region),
        ]
    if row.growth is not None:
        runs += [Text("，比上年末"), w.growth(row, ind)]
    power = data.fig("power_capacity", data.region.code, data.year, 12)
    if power is not None and power.value:
        share = row.value / power.value * 100 if row.value is not None else None
        runs += [
            Text("，占电力总装机容量的"),
            Fig(
                f"{display(share, 1)}%",
                "ratio",
                (w.src(row, "value"), w.src(power, "value")),
                1,
                ind.code,
                row.region,
            ),
        ]
    runs.append(Text("。"))
    blocks: list[Block] = [para(runs)]
    coal = _growth_clause(data, "coal_output", RELEASE_MONTH)
    if coal:
        c_ind, c_row = _fig(data, "coal_output", RELEASE_MONTH) or (None, None)
        if c_ind is not None and c_row is not None:
            blocks.append(
                para(
                    [
                        Label(span_label(RELEASE_MONTH)),
                        Text(f"，{c_ind.name}"),
                        w.level(c_row, c_ind),
                        Text(c_ind.unit),
                        Text("，同比"),
                        w.growth(c_row, c_ind),
                        Text("，"),
                        w.judgement("energy", [(c_row, "growth")]),
                        Text("。"),
                    ]
                )
            )
    return Section("能源转型", blocks)


def projects(data: ReportData) -> Section | None:
    planned = [p for p in data.projects if p.annual_plan and p.completed_ytd is not None]
    if not planned:
        return None
    plans = tuple(Source("project", "annual_plan", key=p.code) for p in planned)
    done = tuple(Source("project", "completed_ytd", key=p.code) for p in planned)
    total_plan = sum(p.annual_plan or 0 for p in planned)
    total_done = sum(p.completed_ytd or 0 for p in planned)
    ahead = [p for p in planned if (p.completed_ytd or 0) >= (p.annual_plan or 0)]
    runs: list[Run] = [
        Text("重点项目建设方面，纳入调度的"),
        Fig(str(len(planned)), "count:any", plans, 0),
        Text("个重点项目年度计划投资"),
        Fig(display(total_plan, 1), "sum", plans, 1),
        Text("亿元，全年完成"),
        Fig(display(total_done, 1), "sum", done, 1),
        Text("亿元，完成年度计划的"),
        Fig(f"{display(total_done / total_plan * 100, 1)}%", "ratio_sum", (*done, *plans), 1),
        Text("，其中"),
        Fig(
            str(len(ahead)),
            "count:done_project",
            tuple(Source("project", "progress_pct", key=p.code) for p in planned),
            1,
        ),
        Text("个项目完成或超额完成年度计划。"),
    ]
    blocks: list[Block] = [para(runs)]
    top = sorted(planned, key=lambda p: -(p.completed_ytd or 0))[:3]
    runs = [Text("投资完成额居前的项目是")]
    for k, p in enumerate(top):
        runs += [
            Text(("、" if k else "") + f"{p.name}（"),
            Fig(
                display(p.completed_ytd, 2).rstrip("0").rstrip("."),
                "project_number",
                (Source("project", "completed_ytd", key=p.code),),
                2,
            ),
            Text("亿元）"),
        ]
    runs.append(Text("。"))
    blocks.append(para(runs))
    return Section("项目建设", blocks)


def _clauses(data: ReportData, specs: list[tuple[str, int]]) -> list[Run]:
    runs: list[Run] = []
    for code, month in specs:
        found = _fig(data, code, month)
        if found is None:
            continue
        ind, row = found
        if runs:
            runs.append(Text("；"))
        runs += [Text(ind.name), w.level(row, ind, trim=ind.kind != "rate"), Text(ind.unit)]
        if row.growth is not None and ind.kind != "rate":
            runs += [Text("，同比"), w.growth(row, ind)]
    return runs


def innovation(data: ReportData) -> Section | None:
    runs = _clauses(data, [("hitech_firms", 12), ("sme_tech", 12)])
    contracts = _clauses(data, [("tech_contracts", RELEASE_MONTH)])
    reform = _clauses(data, [("market_entities", 12)])
    new = _clauses(data, [("new_market_entities", RELEASE_MONTH)])
    blocks: list[Block] = []
    if runs:
        tail: list[Run] = [Text("。")]
        if contracts:
            tail = [
                Text("。"),
                Label(span_label(RELEASE_MONTH)),
                Text("，"),
                *contracts,
                Text("。"),
            ]
        blocks.append(para([Text("创新方面，年末"), *runs, *tail]))
    if reform:
        tail = [Text("。")]
        if new:
            tail = [Text("；"), Label(span_label(RELEASE_MONTH)), Text("，"), *new, Text("。")]
        blocks.append(para([Text("市场主体方面，年末"), *reform, *tail]))
    return Section("改革创新", blocks) if blocks else None


def tourism(data: ReportData) -> Section | None:
    runs = _clauses(
        data,
        [
            ("tourists", RELEASE_MONTH),
            ("tourism_revenue", RELEASE_MONTH),
            ("scenic_visitors", RELEASE_MONTH),
        ],
    )
    tourists = _fig(data, "tourists", RELEASE_MONTH)
    if not runs or tourists is None or tourists[1].growth is None:
        return None
    lead = w.judgement("tourism", [(tourists[1], "growth")])
    return Section(
        "文旅融合",
        [para([Label(span_label(RELEASE_MONTH)), Text("，"), lead, Text("："), *runs, Text("。")])],
    )


def _task_value(t: TaskTargetInfo) -> list[Run]:
    v = t.actual_value
    if v is None:
        return [Text("—")]
    s = Source("task", "actual_value", key=str(t.id))
    if v >= 5000 and v % 100 == 0:  # a figure rounded to hundreds reads better in 万
        return [
            Fig(display(v / 10000, 2).rstrip("0").rstrip("."), "task_wan", (s,), 2),
            Text(f"万{t.unit}"),
        ]
    text = display(v, 2).rstrip("0").rstrip(".")
    return [Fig(text, "task", (s,), 2), Text(t.unit)]


def livelihood(data: ReportData) -> Section | None:
    if data.region.level != "city":
        return None  # the livelihood tasks are the city government's
    blocks: list[Block] = []
    for task in data.tasks:
        if not task.targets:
            continue
        runs: list[Run] = [Text(f"{task.title}（{task.responsible_unit}牵头）：")]
        for k, t in enumerate(task.targets):
            runs += [Text(("，" if k else "") + t.name), *_task_value(t)]
        srcs = tuple(Source("task", "done", key=str(t.id)) for t in task.targets)
        if all(
            t.actual_value is not None
            and t.target_value is not None
            and t.actual_value >= t.target_value
            for t in task.targets
        ):
            runs += [Text("，"), Fig("各项目标均已完成", "all_true", srcs)]
        runs.append(Text("。"))
        blocks.append(para(runs))
    if not blocks:
        return None
    return Section("民生实事", [para([Text("年初确定的民生实事进展如下：")]), *blocks])


def ecology(data: ReportData) -> Section | None:
    blocks: list[Block] = []
    aff = _fig(data, "afforestation", 12)
    if aff is not None:
        ind, row = aff
        runs: list[Run] = [
            Text("生态建设方面，全年完成营造林"),
            w.level(row, ind, trim=True),
            Text(ind.unit),
        ]
        if row.completion is not None:
            runs += [Text("，"), w.completion(row)]
        blocks.append(para([*runs, Text("。")]))
    waste = _fig(data, "yr_solid_waste", 12)
    if waste is not None:
        ind, row = waste
        blocks.append(
            para(
                [
                    Text("黄河流域生态保护方面，全年清运黄河流域固废"),
                    w.level(row, ind, trim=True),
                    Text(f"{ind.unit}。"),
                ]
            )
        )
    water = _fig(data, "water_good_sections", RELEASE_MONTH)
    if water is not None:
        ind, row = water
        runs = [
            Label(f"截至{RELEASE_MONTH}月末"),
            Text("，全市"),
            w.level(row, ind, trim=True),
            Text(f"{ind.unit}国考断面水质达到优良"),
        ]
        ratio = data.fig("water_good_ratio", data.region.code, data.year, RELEASE_MONTH)
        if ratio is not None and ratio.value is not None:
            r_ind = data.indicators["water_good_ratio"]
            runs += [Text("，优良比例为"), w.level(ratio, r_ind), Text("%")]
        blocks.append(para([*runs, Text("。")]))
    air = _clauses(data, [("good_air_days", 12), ("pm25", 12)])
    if air:
        blocks.append(para([Text("全年"), *air, Text("。")]))
    return Section("生态保护", blocks) if blocks else None


def summary_table(data: ReportData) -> TableBlock:
    rows: list[list[list[Run]]] = []
    for code in (
        "ind_va",
        *EMERGING,
        "ind_nee",
        "ne_capacity",
        "tourists",
        "afforestation",
        "yr_solid_waste",
    ):
        month = 12 if code in ("ne_capacity", "afforestation", "yr_solid_waste") else RELEASE_MONTH
        found = _fig(data, code, month)
        if found is None:
            continue
        ind, row = found
        rows.append(
            [
                [Text(ind.name)],
                [
                    Label(
                        "年末"
                        if month == 12 and not ind.cumulative
                        else ("全年" if month == 12 else span_label(month))
                    )
                ],
                [w.level(row, ind)],
                [Text(ind.unit)],
                [w.growth_rate(row, ind)] if row.growth is not None else [Text("—")],
            ]
        )
    return TableBlock(
        "年度主要指标一览", "见各行，增速为%", ["指标", "期别", "数值", "单位", "同比(%)"], rows
    )


def build_review(data: ReportData) -> Document:
    parts = [
        industry(data),
        energy(data),
        projects(data),
        innovation(data),
        tourism(data),
        livelihood(data),
        ecology(data),
    ]
    sections = [s for s in parts if s is not None]
    for k, s in enumerate(sections):
        s.title = f"{SECTION_NUMBERS[k]}、{s.title}"
    table = summary_table(data)
    if table.rows:
        sections.append(Section(f"{SECTION_NUMBERS[len(sections)]}、附表", [table]))
    return Document(
        "review",
        f"{data.region.name}{data.year}年高质量发展年度回顾",
        f"（工业等月度统计数据截至{data.year}年{RELEASE_MONTH}月，年末数据截至{data.year}年12月）",
        data.region.code,
        data.region.name,
        str(data.year),
        f"{data.region.name}统计局",
        f"{data.today.year}年{data.today.month}月{data.today.day}日",
        sections,
    )
