"""Shared pieces of the three documents: indicator sentences, tables and charts."""

from __future__ import annotations

from citystat.reporting import wording as w
from citystat.reporting.inputs import (
    FigureRow,
    FollowupInfo,
    IndicatorInfo,
    ProjectInfo,
    ReportData,
)
from citystat.reporting.model import (
    Chart,
    Fig,
    Label,
    Paragraph,
    ParagraphStyle,
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
from citystat.stats import display, progress_wording, round_or_none, structure
from citystat.stats.comparison import province_wording

CN_NUM = "零一二三四五六七八九十"
_DIGITS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
SECTION_NUMBERS = [*_DIGITS, "十", *(f"十{d}" for d in _DIGITS), "二十"]  # 一 … 二十


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
    if w.is_period_average(ind):
        return span_label(month, year=year, combined=False) if month < 12 else prefix + "全年"
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
    """同比增长6.5%，较上半年增速加快0.3个百分点 (the comparison when it exists); counts
    and rates in % by their difference: 比上年同期增加2人 / 提高0.3个百分点."""
    if w.by_change(ind):
        before = data.fig(ind.code, row.region, row.year - 1, row.month)
        return w.change_runs(row, before, ind) if before is not None else []
    runs: list[Run] = [Text("同比"), w.growth(row, ind)]
    prev = previous_month(ind, row.month)
    if prev is not None:
        before = data.fig(ind.code, row.region, row.year, prev)
        if before is not None and row.growth is not None and before.growth is not None:
            runs += w.trend_runs(row, before, ind, comparison_label(prev))
    return runs


def level_words(ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    return [w.level(row, ind), Text(ind.unit)]


def scope_word(data: ReportData) -> str:
    """全市 / 全县 / 全区: how a document calls its own region."""
    if data.region.level != "county":
        return "全市"
    return {"district": "全区", "county": "全县"}.get(data.region.kind, "全市")


def comparable(ind: IndicatorInfo) -> str:
    """按可比价格计算， for growth at comparable prices (GDP, value added)."""
    return "按可比价格计算，" if ind.growth_method == "reported" else ""


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
            Text("，"),
            *w.control(row, ind),
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
    if w.growth_only(ind, data.indicators):
        runs += [Text(ind.name)]
        if row.growth is not None:
            runs += [Text("同比"), w.growth(row, ind)]
            runs += growth_words(data, ind, row)[2:]
    elif ind.kind == "rate" or (ind.unit == "%" and ind.kind != "flow"):
        runs += [Text(f"{ind.name}为"), *level_words(ind, row)]
        change = growth_words(data, ind, row) if w.by_change(ind) else []
        if change:
            runs += [Text("，"), *change]
    else:
        runs += [Text(ind.name), *level_words(ind, row)]
        if row.growth is not None or w.by_change(ind):
            words = growth_words(data, ind, row)
            if words and comparable(ind):
                words = [Text(comparable(ind) + "同比"), *words[1:]]
            if words:
                runs += [Text("，"), *words]
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
    """从构成看，each part's growth and 拉动 of the whole (with 贡献率 when all are meaningful)."""
    parts = []
    for child in data.children_of(ind.code):
        c = data.fig(child.code, row.region, row.year, row.month)
        if c is not None and c.growth is not None and c.pull is not None:
            parts.append((child, c))
    if not parts:
        return []
    # In the catalogue's order (一、二、三产; 采矿业、制造业、电力…), as bulletins list them.
    # 贡献率 for every part or for none: when the whole falls the shares change sign
    # (methodology §3), and a lone printed share could not add up to 100% for a reader.
    shares = all(c.contribution is not None and 0 <= c.contribution <= 100 for _, c in parts)
    runs: list[Run] = [Text("从构成看，")]
    for k, (child, c) in enumerate(parts[:4]):
        if k:
            runs.append(Text("；"))
        pull = w.pull(c, ind.name)
        runs += [Text(child.name), w.growth(c, child)]
        if pull:
            runs += [Text("，"), *pull]
        if pull and shares:
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
        elif ind.target_kind == "level" and not ind.higher_is_better:
            done = w.control(row, ind) or [Text("—")]
            if done and isinstance(done[0], Text) and done[0].text.startswith("为"):
                done = [Text("已用"), *done[1:]]
        elif ind.target_kind == "level" and row.completion is not None:
            done = [w.number(row, "completion", 1), Text("%")]
        light: list[Run] = [w.light(row)] if row.light else [Text("—")]
        rows.append(
            [
                [Text(ind.name)],
                [Text(ind.unit)],
                [Label(period_of(ind, m or month))],
                [Text("—")] if w.growth_only(ind, data.indicators) else [w.level(row, ind)],
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


def para(runs: list[Run], style: ParagraphStyle = "body") -> Paragraph:
    return Paragraph(runs, style)


def join_clauses(clauses: list[list[Run]], sep: str = "，", end: str = "。") -> list[Run]:
    out: list[Run] = []
    for k, c in enumerate(clauses):
        if k:
            out.append(Text(sep))
        out += c
    out.append(Text(end))
    return out


def structure_runs(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """三次产业结构由上年同期的a:b:c调整为x:y:z (current prices, shares of the parts' sum)."""
    parts = data.children_of(ind.code)
    if len(parts) != 3 or not all(p.name.startswith(("第一", "第二", "第三")) for p in parts):
        return []
    now = [data.fig(p.code, row.region, row.year, row.month) for p in parts]
    before = [data.fig(p.code, row.region, row.year - 1, row.month) for p in parts]
    if any(r is None or r.value is None for r in [*now, *before]):
        return []
    rows_now = [r for r in now if r is not None]
    rows_before = [r for r in before if r is not None]
    shown_now = structure([r.value for r in rows_now])
    shown_before = structure([r.value for r in rows_before])
    if shown_now is None or shown_before is None:
        return []

    def fig(text: str, rows: list[FigureRow]) -> Fig:
        return Fig(
            text, "structure", tuple(w.src(r, "value") for r in rows), 1, ind.code, row.region
        )

    return [
        Text("三次产业结构由上年同期的"),
        fig(shown_before, rows_before),
        Text("调整为"),
        fig(shown_now, rows_now),
    ]


def project_gap_fig(p: ProjectInfo, month: int) -> Fig:
    """超序时进度/落后序时进度N个百分点 by the one project rule (``ProjectInfo.progress``)."""
    gap = p.progress(month).gap
    return Fig(
        progress_wording(gap, 1),
        "progress",
        (Source("project", "progress_gap", key=p.code, month=month),),
        1,
    )


def cause_runs(
    data: ReportData, indicator: str, row: FigureRow, *, followups: bool = True
) -> list[Run]:
    """据市工信局说明，… — each 原因说明 entered for the figure, attributed, then the 督办
    records on it (open: who is to answer; answered: the answer). Nothing when none exist:
    no cause is ever made up."""
    runs: list[Run] = []
    src = (w.src(row, "value"),)
    for c in data.causes_for(indicator, row.region, row.year, row.month):
        text = c.text.strip().rstrip("。；;")
        if text:
            runs += [Text(f"据{c.unit}说明，" if c.unit else "据说明，")]
            runs += [Fig(text, "cause", src, 0, indicator, row.region), Text("。")]
    for f in followups_for(data, indicator, row) if followups else []:
        if f.answer.strip():
            runs += [Text("该项已列入督办，")]
            runs += [Fig(followup_text(f), "followup", src, 0, indicator, row.region), Text("。")]
        else:
            runs += [Fig(followup_text(f), "followup", src, 0, indicator, row.region), Text("。")]
    return runs


def followups_for(data: ReportData, indicator: str, row: FigureRow) -> list[FollowupInfo]:
    """督办 records on an indicator in the region this year, up to the figure's month."""
    return [
        f
        for f in data.followups
        if f.indicator == indicator
        and f.region == row.region
        and f.year == row.year
        and f.month <= row.month
    ]


def followup_text(f: FollowupInfo) -> str:
    if f.answer.strip():
        who = f.responsible_unit or "责任单位"
        return f"{who}答复：{f.answer.strip().rstrip('。；;')}"
    return f"该项已列入督办，尚待{f.responsible_unit or '责任单位'}答复"


def vs_reference(own: FigureRow, ref: FigureRow, ind: IndicatorInfo, name: str) -> Fig:
    """高于全市X个百分点 / 低于全市… / 与全市持平, at the published precision."""
    d = ind.growth_decimals
    a, b = round_or_none(own.growth, d), round_or_none(ref.growth, d)
    if a is None or b is None or a == b:
        text = f"与{name}持平"
    else:
        text = f"{'高于' if a > b else '低于'}{name}{display(abs(a - b), d)}个百分点"
    return Fig(
        text, "vs_ref", (w.src(own, "growth"), w.src(ref, "growth")), d, ind.code, own.region
    )
