"""季度经济形势分析: judgement, dimensions, counties, targets and risks, suggestions."""

from __future__ import annotations

from citystat.reporting import wording as w
from citystat.reporting.builders.common import (
    SECTION_NUMBERS,
    components_sentence,
    county_chart,
    indicator_sentence,
    indicator_table,
    observed_month,
    para,
    period_of,
    rank_fig,
    subsets_sentence,
)
from citystat.reporting.forecasts import project
from citystat.reporting.inputs import FigureRow, IndicatorInfo, ReportData
from citystat.reporting.model import (
    Block,
    Chart,
    Document,
    Fig,
    Label,
    Paragraph,
    Run,
    Section,
    Source,
    Text,
)
from citystat.reporting.periods import QUARTER_NAMES, span_label
from citystat.stats import display, growth_wording

RANKED_KEYS = ("ind_va", "fai", "retail", "fiscal_revenue", "trade", "tourists")


def _rows(
    data: ReportData, inds: list[IndicatorInfo], region: str
) -> list[tuple[IndicatorInfo, FigureRow]]:
    out = []
    for ind in inds:
        m = observed_month(ind, data.month)
        row = data.fig(ind.code, region, data.year, m) if m else None
        if row is not None and row.value is not None:
            out.append((ind, row))
    return out


def overview(data: ReportData) -> Section:
    region = data.region.code
    tops = [
        i for i in data.indicators.values() if not i.parent and not i.subset_of and i.kind != "rate"
    ]
    rows = [(i, r) for i, r in _rows(data, tops, region) if r.growth is not None]
    up = sum(1 for i, r in rows if (w.round_or_none(r.growth, i.growth_decimals) or 0) > 0)
    down = sum(1 for i, r in rows if (w.round_or_none(r.growth, i.growth_decimals) or 0) < 0)
    srcs = [(r, "growth") for _, r in rows]
    if not rows:
        return Section(
            "总体情况", [para([Text(f"{data.region.name}本期没有可供分析的同比数据。")])]
        )
    runs: list[Run] = [
        Label(span_label(data.month, year=data.year)),
        Text(f"，在{data.region.name}有同比数据的"),
        w.count(len(rows), "any", srcs),
        Text("项监测指标中，"),
        w.count(up, "growth_pos", srcs),
        Text("项同比为正、"),
        w.count(down, "growth_neg", srcs),
        Text("项同比为负。"),
    ]
    targeted = [(i, r) for i, r in _rows(data, list(data.indicators.values()), region) if r.light]
    if targeted:
        lights = [(r, "light") for _, r in targeted]
        green = sum(1 for _, r in targeted if r.light == "green")
        yellow = sum(1 for _, r in targeted if r.light == "yellow")
        red = sum(1 for _, r in targeted if r.light == "red")
        runs += [
            Text("设有年度目标的"),
            w.count(len(targeted), "any", lights),
            Text("项指标中，"),
            w.count(green, "green", lights),
            Text("项亮绿灯、"),
            w.count(yellow, "yellow", lights),
            Text("项亮黄灯、"),
            w.count(red, "red", lights),
            Text("项亮红灯。"),
        ]
        verdict_runs: list[Run] = [w.verdict([r for _, r in targeted]), Text("。")]
    else:
        verdict_runs = [Text("本年度未设定目标值，以下按同比变动和县域位次分析运行态势。")]
    blocks: list[Block] = [Paragraph(runs, "lead"), para(verdict_runs)]
    keys = [(i, r) for i, r in rows if i.is_key]
    chart = None
    if len(keys) >= 4:
        chart = Chart(
            f"{span_label(data.month, year=data.year)}{data.region.name}主要指标同比增速",
            "barh",
            [i.name for i, _ in keys],
            [r.growth for _, r in keys],
            "%",
        )
    if keys:
        clauses: list[Run] = [Text("主要指标方面：")]
        for k, (ind, row) in enumerate(keys):
            if k:
                clauses.append(Text("；"))
            clauses += [Text(ind.name), w.growth(row, ind)]
        clauses.append(Text("。"))
        blocks.append(para(clauses))
    if chart is not None:
        blocks.append(chart)
    return Section("总体情况", blocks)


def dimension_sections(data: ReportData) -> list[Section]:
    region = data.region.code
    out: list[Section] = []
    for dim_code, dim_name in data.dimensions:
        inds = [i for i in data.indicators.values() if i.dimension == dim_code]
        tops = [i for i in inds if not i.parent and not i.subset_of]
        blocks: list[Block] = []
        for ind, row in _rows(data, tops, region):
            blocks.append(para(indicator_sentence(data, ind, row, with_rank=data.region.is_county)))
            for extra in (components_sentence(data, ind, row), subsets_sentence(data, ind, row)):
                if extra:
                    blocks.append(para(extra))
        if not blocks:
            continue
        table = indicator_table(
            data, inds, region, data.year, data.month, f"{dim_name}领域主要指标"
        )
        if table is not None:
            blocks.append(table)
        out.append(Section(f"{dim_name}领域", blocks))
    return out


def county_section(data: ReportData) -> Section | None:
    counties = data.counties()
    if data.region.is_county or not counties:
        return None
    blocks: list[Block] = []
    chart_done = False
    for code in RANKED_KEYS:
        ind = data.indicators.get(code)
        if ind is None:
            continue
        m = observed_month(ind, data.month)
        if m is None:
            continue
        ranked = [
            (c, r)
            for c in counties
            if (r := data.fig(code, c.code, data.year, m)) is not None and r.rank is not None
        ]
        reported, expected = data.reported(code, data.year, m)
        if reported and len(reported) < len(expected):
            # Ranks wait until every expected county has reported (issue 11): 已报 N/M.
            field_name = "growth" if ind.cumulative else "value"
            blocks.append(
                para(
                    [
                        Label(period_of(ind, m)),
                        Text(f"，{ind.name}各县（市、区）已报"),
                        w.count(len(reported), "any", [(r, field_name) for r in reported]),
                        Text("/"),
                        w.count(len(expected), "any", [(r, field_name) for r in expected]),
                        Text("，位次待全部报齐后排定。"),
                    ]
                )
            )
            continue
        if len(ranked) < 6:
            continue
        ranked.sort(key=lambda cr: cr[1].rank or 0)
        runs: list[Run] = [Label(period_of(ind, m)), Text(f"，{ind.name}增速位居前列的是")]
        for k, (c, r) in enumerate(ranked[:3]):
            runs += [
                Text("、" if k else ""),
                Text(f"{c.name}（"),
                w.growth(r, ind),
                Text("，"),
                rank_fig(data, ind, r),
                Text("）"),
            ]
        runs.append(Text("；位次靠后的是"))
        for k, (c, r) in enumerate(ranked[-3:]):
            runs += [
                Text("、" if k else ""),
                Text(f"{c.name}（"),
                w.growth(r, ind),
                Text("，"),
                rank_fig(data, ind, r),
                Text("）"),
            ]
        movers = [(c, r) for c, r in ranked if r.rank_change]
        if movers:
            best = max(movers, key=lambda cr: (cr[1].rank_change or 0, -(cr[1].rank or 0)))
            worst = min(movers, key=lambda cr: (cr[1].rank_change or 0, cr[1].rank or 0))
            if (best[1].rank_change or 0) > 0:
                runs += [Text(f"。位次变化看，{best[0].name}"), rank_fig(data, ind, best[1])]
            if (worst[1].rank_change or 0) < 0:
                runs += [Text(f"；{worst[0].name}"), rank_fig(data, ind, worst[1])]
        runs.append(Text("。"))
        blocks.append(para(runs))
        if not chart_done:
            chart = county_chart(data, ind, data.year, m)
            if chart is not None:
                blocks.append(chart)
                chart_done = True
    if not blocks:
        return None
    return Section("县域比较", blocks)


def _forecastable(ind: IndicatorInfo) -> bool:
    # Growth of value added is at comparable prices: not projectable from nominal levels.
    return ind.higher_is_better and not (
        ind.target_kind == "growth" and ind.growth_method != "computed"
    )


def _probability_text(p: float) -> str:
    if p < 0.005:
        return "不足1%"
    if p > 0.995:
        return "超过99%"
    return f"约为{display(p * 100, 0)}%"


def _forecast_runs(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """全年预计 … ，完成目标的概率约为P% (see ``reporting.forecasts``)."""
    if not ind.higher_is_better or (
        ind.target_kind == "growth" and ind.growth_method != "computed"
    ):
        return []
    p = project(data, ind, row.region, row.year, row.month)
    if p is None:
        return []

    def src(field: str) -> Source:
        return Source("forecast", field, ind.code, row.region, row.year, row.month)

    if ind.target_kind == "growth":
        if p.growth is None:
            return []
        runs: list[Run] = [
            Text("；按往年进度推算，全年预计"),
            Fig(growth_wording(p.growth, 1), "growth", (src("growth"),), 1, ind.code, row.region),
        ]
    else:
        runs = [
            Text("；按往年进度推算，全年预计约为"),
            Fig(
                display(p.forecast.projection, ind.decimals),
                "number",
                (src("projection"),),
                ind.decimals,
                ind.code,
                row.region,
            ),
            Text(ind.unit),
        ]
    if p.forecast.probability is not None:
        runs += [
            Text("，完成年度目标的概率"),
            Fig(
                _probability_text(p.forecast.probability),
                "probability",
                (src("probability"),),
                0,
                ind.code,
                row.region,
            ),
        ]
    return runs


def _required_growth_runs(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """What the rest of the year must grow by (on last year's same months) to meet a growth
    target; only for nominal flows (value added grows at comparable prices)."""
    if (
        ind.growth_method != "computed"
        or not ind.cumulative
        or row.month == 12
        or row.target_growth is None
    ):
        return []
    before = data.fig(ind.code, row.region, row.year - 1, row.month)
    annual = data.fig(ind.code, row.region, row.year - 1, 12)
    if (
        before is None
        or annual is None
        or row.value is None
        or before.value is None
        or annual.value is None
    ):
        return []
    rest_last_year = annual.value - before.value
    if rest_last_year <= 0:
        return []
    need = (annual.value * (1 + row.target_growth / 100) - row.value) / rest_last_year * 100 - 100
    srcs = (
        w.src(row, "value"),
        w.src(row, "target_growth"),
        w.src(before, "value"),
        w.src(annual, "value"),
    )
    return [
        Text("；要完成全年目标，"),
        Label(f"{row.month + 1}-12月" if row.month < 11 else "12月"),
        Text("需同比"),
        Fig(growth_wording(need, 1), "required_growth", srcs, 1, ind.code, row.region),
    ]


def risk_section(data: ReportData) -> Section:
    region = data.region.code
    blocks: list[Block] = []
    lagging = [
        (i, r)
        for i, r in _rows(data, list(data.indicators.values()), region)
        if r.light in ("red", "yellow")
    ]
    lagging.sort(key=lambda ir: (ir[1].light != "red", ir[0].code))
    # Also the green ones the projection gives less than an even chance.
    for ind, row in _rows(data, list(data.indicators.values()), region):
        if row.light == "green" and _forecastable(ind):
            p = project(data, ind, region, row.year, row.month)
            if (
                p is not None
                and p.forecast.probability is not None
                and p.forecast.probability < 0.5
            ):
                lagging.append((ind, row))
    for ind, row in lagging:
        runs: list[Run] = [
            Text(f"{ind.name}（"),
            w.light(row),
            Text("）："),
            Label(period_of(ind, row.month)),
        ]
        if ind.target_kind == "growth":
            runs += [Text("同比"), w.growth(row, ind), Text("，"), *w.growth_target(row)]
            runs += _forecast_runs(data, ind, row)
            runs += _required_growth_runs(data, ind, row)
        elif not ind.higher_is_better:
            runs += [
                Text(f"累计{ind.name}" if ind.cumulative and ind.kind != "rate" else "为"),
                w.level(row, ind),
                Text(ind.unit),
            ]
            runs += [
                Text("，年度控制目标为不超过"),
                w.number(row, "target_value", ind.decimals),
                Text(ind.unit),
            ]
        else:
            runs += [Text("，"), w.completion(row)]
            if row.progress_gap is not None and row.month < 12:
                runs += [Text("，"), w.progress(row)]
            runs += _forecast_runs(data, ind, row)
        runs.append(Text("。"))
        blocks.append(para(runs))
    if not blocks:
        blocks.append(para([Text("本期设有目标的指标均未亮黄灯或红灯，暂无需要预警的指标。")]))
    return Section("目标进度与风险提示", blocks)


def _laggards(
    data: ReportData, ind: IndicatorInfo, month: int, n: int = 2
) -> list[tuple[str, FigureRow]]:
    ranked = [
        (c.name, r)
        for c in data.counties()
        if (r := data.fig(ind.code, c.code, data.year, month)) is not None and r.rank is not None
    ]
    ranked.sort(key=lambda cr: -(cr[1].rank or 0))
    return ranked[:n]


def suggestions(data: ReportData) -> Section:
    """One suggestion per red light, naming who should act and where the gap sits."""
    region = data.region.code
    lagging = [
        (i, r) for i, r in _rows(data, list(data.indicators.values()), region) if r.light == "red"
    ]
    blocks: list[Block] = []
    for k, (ind, row) in enumerate(lagging):
        runs: list[Run] = [
            Text(f"{'补齐' if k % 2 == 0 else '聚焦'}{ind.name}短板。建议{ind.source_unit}牵头，")
        ]
        worst = [] if data.region.is_county else _laggards(data, ind, row.month)
        if worst:
            runs.append(Text("重点盯住"))
            for j, (name, r) in enumerate(worst):
                runs += [Text(("、" if j else "") + f"{name}（"), w.growth(r, ind), Text("）")]
            runs.append(Text("等位次靠后的县(市、区)，"))
        if ind.code in ("fai", "investment_attracted"):
            runs.append(Text("逐个项目倒排开工、入库和投资完成时间，"))
        elif ind.code in ("fiscal_revenue",):
            runs.append(Text("加强重点税源监控和非税收入征管，"))
        elif ind.code in ("trade",):
            runs.append(Text("稳住外贸龙头企业订单、帮助中小外贸企业拓展市场，"))
        else:
            runs.append(Text("梳理影响指标的主要企业和事项，"))
        runs.append(Text("按月分解剩余目标，在下次调度会上报告追赶措施和成效。"))
        blocks.append(para(runs))
    if not blocks:
        blocks.append(
            para(
                [
                    Text(
                        "设有目标的指标均未亮红灯，建议保持工作力度，巩固向好态势，提前谋划下一阶段重点工作。"
                    )
                ]
            )
        )
    return Section("下一步工作建议", blocks)


def build_quarterly(data: ReportData) -> Document:
    q = data.month // 3
    sections = [overview(data)]
    dims = dimension_sections(data)
    sections.append(Section("分领域运行情况", subsections=dims))
    county = county_section(data)
    if county is not None:
        sections.append(county)
    sections += [risk_section(data), suggestions(data)]
    for k, s in enumerate(sections):
        s.title = f"{SECTION_NUMBERS[k]}、{s.title}"
    for k, s in enumerate(dims):
        s.title = f"（{SECTION_NUMBERS[k]}）{s.title}"
    return Document(
        "quarterly",
        f"{data.region.name}{data.year}年{QUARTER_NAMES[q]}经济形势分析",
        f"（数据截至{data.year}年{data.month}月）",
        data.region.code,
        data.region.name,
        f"{data.year}-Q{q}",
        f"{data.region.name}统计局",
        f"{data.today.year}年{data.today.month}月{data.today.day}日",
        sections,
    )
