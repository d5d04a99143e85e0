"""Shared pieces of the three documents: indicator sentences, tables and charts."""

from __future__ import annotations

from citystat.reporting import wording as w
from citystat.reporting.inputs import FigureRow, IndicatorInfo, ReportData
from citystat.reporting.model import (
    Chart,
    Fig,
    Label,
    Paragraph,
    Run,
    Source,
    TableBlock,
    Text,
)
from citystat.reporting.periods import (
    QUARTER_NAMES,
    comparison_label,
    point_label,
    previous_comparison_month,
    span_label,
)
from citystat.stats.comparison import province_wording

CN_NUM = "零一二三四五六七八九十"
SECTION_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def observed_month(ind: IndicatorInfo, month: int) -> int | None:
    """The month an indicator reports at a period end, by its frequency."""
    if ind.frequency == "annual":
        return 12 if month == 12 else None
    if ind.frequency == "quarterly":
        return month - month % 3 if month >= 3 else None
    return month


def is_point(ind: IndicatorInfo) -> bool:
    return not ind.cumulative or ind.kind == "stock"


def period_of(ind: IndicatorInfo, month: int, year: int | None = None) -> str:
    prefix = f"{year}年" if year else ""
    if is_point(ind):
        return prefix + point_label(month)
    if ind.frequency == "annual" or month == 12:
        return prefix + "全年"
    if ind.frequency == "quarterly" and month % 3 == 0:
        return prefix + QUARTER_NAMES[month // 3]  # 一季度, 上半年, 前三季度
    return span_label(month, year=year)


def previous_month(ind: IndicatorInfo, month: int) -> int | None:
    if ind.frequency == "monthly":
        return previous_comparison_month(month)
    if ind.frequency == "quarterly" and month > 3:
        return month - 3
    return None


def growth_words(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """同比增长6.5%，比上半年增速加快0.3个百分点 (the comparison when it exists)."""
    runs: list[Run] = [Text("同比"), w.growth(row, ind)]
    prev = previous_month(ind, row.month)
    if prev is not None:
        before = data.fig(ind.code, row.region, row.year, prev)
        if before is not None and row.growth is not None and before.growth is not None:
            trend = w.trend(row, before, ind)
            if trend is not None:
                runs += [Text("，较"), Label(comparison_label(prev)), trend]
    return runs


def level_words(ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    return [w.level(row, ind), Text(ind.unit)]


def rank_tied(data: ReportData, row: FigureRow) -> bool:
    if row.rank is None:
        return False
    return data.is_tied(row.indicator, row.region, row.year, row.month, row.rank)


def rank_step(ind: IndicatorInfo) -> str:
    return "上季度" if ind.frequency == "quarterly" else "上月"


def rank_fig(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> Fig:
    return w.rank(row, tied=rank_tied(data, row), scope="全市", step=rank_step(ind))


def target_words(row: FigureRow, ind: IndicatorInfo) -> list[Run]:
    if ind.target_kind == "growth" and row.growth_gap is not None:
        return w.growth_target(row)
    if ind.target_kind == "level" and not ind.higher_is_better and row.target_value is not None:
        return [
            Text("年度控制目标为不超过"),
            w.number(row, "target_value", ind.decimals),
            Text(ind.unit),
        ]
    if ind.target_kind == "level" and row.completion is not None:
        runs: list[Run] = [w.completion(row)]
        if ind.cumulative and row.progress_gap is not None and row.month < 12:
            runs += [Text("，"), w.progress(row)]
        return runs
    return []


def indicator_sentence(
    data: ReportData,
    ind: IndicatorInfo,
    row: FigureRow,
    *,
    with_rank: bool,
    year_prefix: bool = False,
) -> list[Run]:
    """One sentence about an indicator, clauses chosen by what the data holds."""
    runs: list[Run] = [
        Label(period_of(ind, row.month, row.year if year_prefix else None)),
        Text("，"),
    ]
    if ind.kind == "rate" or (ind.unit == "%" and ind.kind != "flow"):
        runs += [Text(f"{ind.name}为"), *level_words(ind, row)]
    else:
        runs += [Text(ind.name), *level_words(ind, row)]
        if row.growth is not None:
            runs += [Text("，"), *growth_words(data, ind, row)]
    target = target_words(row, ind)
    if target:
        runs += [Text("；"), *target]
    if with_rank and row.rank is not None:
        runs += [Text("，"), rank_fig(data, ind, row)]
    beside = province_fig(data, ind, row)
    if beside is not None:
        runs += [Text("，"), beside]
    runs.append(Text("。"))
    return runs


def province_fig(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> Fig | None:
    """比全省高/低 X 个百分点，居全省N市第X位: computed from the province's published figure."""
    if data.region.is_county or row.region != data.region.code:
        return None
    found = data.province_comparison(ind.code, row.year, row.month)
    if found is None:
        return None
    comparison, rows = found
    words = province_wording(comparison)
    if not words:
        return None
    sources = (
        w.src(row, "growth"),
        *(Source("comparison", "growth", c.indicator, c.region, c.year, c.month) for c in rows),
    )
    return Fig(words, "province", sources, ind.growth_decimals, ind.code, row.region)


def components_sentence(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """其中 … 上拉 parent N个百分点 for the components with the largest pulls."""
    parts = []
    for child in data.children_of(ind.code):
        c = data.fig(child.code, row.region, row.year, row.month)
        if c is not None and c.growth is not None and c.pull is not None:
            parts.append((child, c))
    if not parts:
        return []
    parts.sort(key=lambda p: -abs(p[1].pull or 0))
    runs: list[Run] = [Text("从构成看，")]
    for k, (child, c) in enumerate(parts[:4]):
        if k:
            runs.append(Text("；"))
        pull = w.pull_runs(c, ind.name)
        runs += [Text(child.name), w.growth(c, child)]
        if pull:
            runs += [Text("，"), *pull]
        if pull and c.contribution is not None and 0 <= c.contribution <= 100:
            runs += [Text("（"), w.contribution(c), Text("）")]
    runs.append(Text("。"))
    return runs


def subsets_sentence(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """其中 items: growth, share of the whole and the change of that share (methodology §3)."""
    runs: list[Run] = []
    before = data.fig(ind.code, row.region, row.year - 1, row.month)
    for item in data.subsets_of(ind.code):
        c = data.fig(item.code, row.region, row.year, row.month)
        if c is None or c.value is None or c.growth is None or not row.value:
            continue
        runs += [Text("其中，" if not runs else "；"), Text(item.name), w.growth(c, item)]
        runs += [Text(f"，占{ind.name}的比重为"), w.share(c, row)]
        c0 = data.fig(item.code, row.region, row.year - 1, row.month)
        if c0 is not None and c0.value is not None and before is not None and before.value:
            runs += [Text("，比上年同期"), w.share_change(c, row, c0, before)]
    if runs:
        runs.append(Text("。"))
    return runs


def indicator_table(
    data: ReportData, inds: list[IndicatorInfo], region: str, year: int, month: int, title: str
) -> TableBlock | None:
    rows: list[list[list[Run]]] = []
    for ind in inds:
        m = observed_month(ind, month)
        row = data.fig(ind.code, region, year, m) if m else None
        if row is None or row.value is None:
            continue
        target: list[Run] = [Text("—")]
        if ind.target_kind == "growth" and row.target_growth is not None:
            target = [w.number(row, "target_growth", 1), Text("%")]
        elif ind.target_kind == "level" and row.target_value is not None:
            target = [w.number(row, "target_value", ind.decimals)]
        done: list[Run] = [Text("—")]
        if ind.target_kind == "growth" and row.growth_gap is not None:
            done = [w.growth_target(row)[-1]]
        elif ind.target_kind == "level" and row.completion is not None:
            done = [w.number(row, "completion", 1), Text("%")]
        light: list[Run] = [w.light(row)] if row.light else [Text("—")]
        rows.append(
            [
                [Text(ind.name)],
                [Text(ind.unit)],
                [Label(period_of(ind, m or month))],
                [w.level(row, ind)],
                [w.growth_rate(row, ind)] if row.growth is not None else [Text("—")],
                target,
                done,
                light,
            ]
        )
    if not rows:
        return None
    return TableBlock(
        title,
        "见各行，增速为%",
        ["指标", "单位", "期别", "数值", "同比(%)", "年度目标", "完成情况", "监测"],
        rows,
    )


def county_chart(data: ReportData, ind: IndicatorInfo, year: int, month: int) -> Chart | None:
    cats: list[str] = []
    vals: list[float | None] = []
    for county in data.counties():
        row = data.fig(ind.code, county.code, year, month)
        if row is not None and row.growth is not None:
            cats.append(county.name)
            vals.append(row.growth)
    if len(cats) < 3:
        return None
    city = data.fig(
        ind.code,
        data.region.code if data.region.level != "county" else data.region.parent,
        year,
        month,
    )
    order = sorted(range(len(cats)), key=lambda k: -(vals[k] or 0))
    return Chart(
        f"{span_label(month, year=year)}各县(市、区){ind.name}增速",
        "bar",
        [cats[k] for k in order],
        [vals[k] for k in order],
        "%",
        reference=city.growth if city is not None else None,
        reference_label="全市",
    )


def para(runs: list[Run], style: str = "body") -> Paragraph:
    return Paragraph(runs, style)  # type: ignore[arg-type]


def join_clauses(clauses: list[list[Run]], sep: str = "，", end: str = "。") -> list[Run]:
    out: list[Run] = []
    for k, c in enumerate(clauses):
        if k:
            out.append(Text(sep))
        out += c
    out.append(Text(end))
    return out
