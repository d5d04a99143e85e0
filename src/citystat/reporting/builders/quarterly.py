"""季度经济形势分析, in the bureau's four parts.

一、总体情况 — the headline (按可比价格 where it applies, beside the province), the verdict
   and its reasons, the lights, then each field's figures and the counties;
二、主要特点 — 3–5 bold lead sentences chosen from the data (the strongest driver by 拉动,
   the biggest drag, the fastest improver, the structure change, the newest growth), each
   with its figures;
三、需要关注的问题 — persistent and widening declines, targets at risk (what the rest of the
   year must grow by, in 公文 words), lagging counties;
四、下步建议 — grouped by 牵头单位 (``ReportData.lead_unit``), never the data source.

Causes are cited as entered and attributed (``ReportData.causes_for``, 督办 answers); where
nothing is known the sentence states the fact and invents no cause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from citystat.reporting import wording as w
from citystat.reporting.builders.common import (
    SECTION_NUMBERS,
    cause_runs,
    components_sentence,
    county_chart,
    indicator_sentence,
    indicator_table,
    observed_month,
    para,
    period_of,
    previous_month,
    rank_fig,
    scope_word,
    structure_runs,
    subsets_sentence,
    vs_reference,
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
from citystat.reporting.periods import QUARTER_NAMES, comparison_label, span_label
from citystat.stats import display, growth_wording, round_or_none

#: The place (``ReportData.placements``) holding the indicators whose 位次 the analysis states.
RANKED = "quarterly_counties"
SECTIONS = ("总体情况", "主要特点", "需要关注的问题", "下步建议")


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


def _g(row: FigureRow | None, ind: IndicatorInfo) -> float | None:
    return None if row is None else round_or_none(row.growth, ind.growth_decimals)


def _tops(data: ReportData) -> list[IndicatorInfo]:
    return [i for i in data.indicators.values() if not i.parent and not i.subset_of]


def _key_flows(data: ReportData) -> list[tuple[IndicatorInfo, FigureRow]]:
    """Key top-level indicators that grow in % (not rates, not counts) with a growth."""
    inds = [i for i in _tops(data) if i.is_key and i.kind not in ("rate", "count")]
    return [(i, r) for i, r in _rows(data, inds, data.region.code) if r.growth is not None]


def _headline(data: ReportData) -> tuple[IndicatorInfo, FigureRow] | None:
    keys = _key_flows(data)
    return keys[0] if keys else None


def _previous(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> FigureRow | None:
    prev = previous_month(ind, row.month)
    return None if prev is None else data.fig(ind.code, row.region, row.year, prev)


# ---------------------------------------------------------------- 一、总体情况


def overview(data: ReportData) -> Section:
    region = data.region.code
    scope = scope_word(data)
    keys = _key_flows(data)
    if not keys:
        blocks: list[Block] = [para([Text(f"{data.region.name}本期主要指标没有同比数据。")])]
        return Section("总体情况", blocks, _numbered(dimension_sections(data)))
    head_ind, head = keys[0]
    blocks = []
    sentence = indicator_sentence(data, head_ind, head, with_rank=data.region.is_county)
    sentence[1] = Text(f"，{scope}")
    blocks.append(para(sentence))  # bold is for the 主要特点 lead sentences only
    others = keys[1:]
    runs: list[Run] = [Text(f"总体看，{scope}"), w.verdict(head, [r for _, r in others])]
    up = [(i, r) for i, r in others if (_g(r, i) or 0) > 0]
    down = [(i, r) for i, r in others if (_g(r, i) or 0) < 0]
    if up:
        runs.append(Text("。从主要指标看，"))
        for k, (i, r) in enumerate(up):
            runs += [Text("、" if k else ""), Text(i.name), w.growth(r, i)]
    if down:
        runs.append(Text("；" if up else "。"))
        for k, (i, r) in enumerate(down):
            runs += [Text("、" if k else ""), Text(i.name), w.growth(r, i)]
        runs.append(Text("，是拖累当前运行的主要因素"))
    runs.append(Text("。"))
    blocks.append(para(runs))
    targeted = [(i, r) for i, r in _rows(data, list(data.indicators.values()), region) if r.light]
    if targeted:
        lights = [(r, "light") for _, r in targeted]
        green = sum(1 for _, r in targeted if r.light == "green")
        yellow = sum(1 for _, r in targeted if r.light == "yellow")
        red = sum(1 for _, r in targeted if r.light == "red")
        blocks.append(
            para(
                [
                    Text("对照年度目标，设有目标的"),
                    w.count(len(targeted), "any", lights),
                    Text("项指标中，"),
                    w.count(green, "green", lights),
                    Text("项亮绿灯、"),
                    w.count(yellow, "yellow", lights),
                    Text("项亮黄灯、"),
                    w.count(red, "red", lights),
                    Text("项亮红灯。"),
                ]
            )
        )
    key_all = [
        (i, r) for i, r in _rows(data, _tops(data), region) if i.is_key and r.growth is not None
    ]
    key_all = [(i, r) for i, r in key_all if not w.by_change(i)]
    if len(key_all) >= 4:
        blocks.append(
            Chart(
                f"{span_label(data.month, year=data.year)}{data.region.name}主要指标同比增速",
                "barh",
                [i.name for i, _ in key_all],
                [r.growth for _, r in key_all],
                "%",
            )
        )
    subs = dimension_sections(data, skip=head_ind.code)
    county = county_section(data)
    if county is not None:
        subs.append(county)
    return Section("总体情况", blocks, _numbered(subs))


def _numbered(subs: list[Section]) -> list[Section]:
    for k, s in enumerate(subs):
        s.title = f"（{SECTION_NUMBERS[k]}）{s.title}"
    return subs


def dimension_sections(data: ReportData, skip: str = "") -> list[Section]:
    """Each field's figures; ``skip`` is the headline indicator already stated (its parts
    still follow in its field)."""
    region = data.region.code
    out: list[Section] = []
    for dim_code, dim_name in data.dimensions:
        inds = [i for i in data.indicators.values() if i.dimension == dim_code]
        tops = [i for i in inds if not i.parent and not i.subset_of]
        blocks: list[Block] = []
        for ind, row in _rows(data, tops, region):
            if ind.code != skip:
                sentence = indicator_sentence(data, ind, row, with_rank=data.region.is_county)
                blocks.append(para(sentence))
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
    for code in data.placements.get(RANKED, ()):
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


# ---------------------------------------------------------------- 二、主要特点


@dataclass
class Point:
    """One lead sentence (bold) with the body that backs it."""

    lead: list[Run]
    body: list[Run] = field(default_factory=list)
    indicators: tuple[str, ...] = ()

    def blocks(self) -> list[Block]:
        out: list[Block] = [Paragraph(self.lead, "lead")]
        if self.body:
            out.append(para(self.body))
        return out


def _compositions(
    data: ReportData,
) -> list[tuple[IndicatorInfo, FigureRow, IndicatorInfo, FigureRow]]:
    """(whole, row, part, part row) for the parts of the key wholes, with a pull."""
    out = []
    for whole, row in _rows(data, [i for i in _tops(data) if i.is_key], data.region.code):
        for part in data.children_of(whole.code):
            c = data.fig(part.code, row.region, row.year, row.month)
            if c is not None and c.growth is not None and c.pull is not None:
                out.append((whole, row, part, c))
    return out


def _driver(data: ReportData) -> Point | None:
    parts = [p for p in _compositions(data) if (round_or_none(p[3].pull, 1) or 0) > 0]
    if not parts:
        return None
    whole, _row, part, c = max(parts, key=lambda p: p[3].pull or 0)
    lead: list[Run] = [Text(f"{part.name}支撑作用突出。"), Label(period_of(part, c.month))]
    lead += [Text(f"，{part.name}同比"), w.growth(c, part), Text("，"), *w.pull(c, whole.name)]
    if c.contribution is not None and 0 < c.contribution <= 100:
        lead += [Text("，"), w.contribution(c)]
    lead.append(Text("。"))
    body = cause_runs(data, part.code, c, followups=False)
    return Point(lead, body, (part.code, whole.code))


def _drag(data: ReportData) -> Point | None:
    parts = [p for p in _compositions(data) if (round_or_none(p[3].pull, 1) or 0) < 0]
    if parts:
        whole, row, part, c = min(parts, key=lambda p: p[3].pull or 0)
        lead: list[Run] = [Text(f"{part.name}拖累明显。"), Label(period_of(part, c.month))]
        lead += [Text(f"，{part.name}同比"), w.growth(c, part), Text("，"), *w.pull(c, whole.name)]
        lead.append(Text("。"))
        body = cause_runs(data, part.code, c) + cause_runs(data, whole.code, row)
        return Point(lead, body, (part.code, whole.code))
    falling = [(i, r) for i, r in _key_flows(data) if (_g(r, i) or 0) < 0]
    if not falling:
        return None
    ind, row = min(falling, key=lambda ir: ir[1].growth or 0)
    lead = [Text(f"{ind.name}下行压力较大。"), Label(period_of(ind, row.month))]
    lead += [Text(f"，{ind.name}同比"), w.growth(row, ind), Text("。")]
    return Point(lead, cause_runs(data, ind.code, row), (ind.code,))


def _improver(data: ReportData) -> Point | None:
    best: tuple[float, IndicatorInfo, FigureRow, FigureRow] | None = None
    for ind, row in _key_flows(data):
        before = _previous(data, ind, row)
        g1, g0 = _g(row, ind), _g(before, ind)
        if before is None or g1 is None or g0 is None or g1 <= 0 or g0 <= 0 or g1 <= g0:
            continue  # an acceleration of positive growth (turnarounds are their own story)
        if best is None or g1 - g0 > best[0]:
            best = (g1 - g0, ind, row, before)
    if best is None:
        return None
    _, ind, row, before = best
    prev = previous_month(ind, row.month) or row.month
    lead: list[Run] = [Text(f"{ind.name}提速最为明显。"), Label(period_of(ind, row.month))]
    lead += [Text(f"，{ind.name}同比"), w.growth(row, ind)]
    lead += [*w.trend_runs(row, before, ind, comparison_label(prev)), Text("。")]
    return Point(lead, cause_runs(data, ind.code, row, followups=False), (ind.code,))


def _structure(data: ReportData) -> Point | None:
    for ind, row in _rows(data, [i for i in _tops(data) if i.is_key], data.region.code):
        runs = structure_runs(data, ind, row)
        if runs:
            lead: list[Run] = [Text("产业结构继续调整。"), Label(period_of(ind, row.month))]
            return Point([*lead, Text("，"), *runs, Text("。")], [], (ind.code,))
    return None


def _newest(data: ReportData) -> Point | None:
    """The 其中 item (new industries) growing fastest, with its share of the whole."""
    best: tuple[IndicatorInfo, FigureRow, IndicatorInfo, FigureRow] | None = None
    for whole, row in _rows(data, [i for i in _tops(data) if i.is_key], data.region.code):
        for item in data.subsets_of(whole.code):
            c = data.fig(item.code, row.region, row.year, row.month)
            if c is None or c.growth is None or c.value is None or not row.value:
                continue
            if (_g(c, item) or 0) > 0 and (best is None or (c.growth or 0) > (best[3].growth or 0)):
                best = (whole, row, item, c)
    if best is None:
        return None
    whole, row, item, c = best
    lead: list[Run] = [Text("新动能成长壮大。"), Label(period_of(item, c.month))]
    lead += [Text(f"，{item.name}同比"), w.growth(c, item)]
    c0 = data.fig(item.code, row.region, row.year - 1, row.month)
    r0 = data.fig(whole.code, row.region, row.year - 1, row.month)
    if c0 is not None and r0 is not None and c0.value is not None and r0.value:
        lead += [Text(f"，占{whole.name}的比重比上年同期"), w.share_change(c, row, c0, r0)]
    lead.append(Text("。"))
    return Point(lead, cause_runs(data, item.code, c, followups=False), (item.code, whole.code))


def features(data: ReportData) -> Section:
    points = [p for f in (_driver, _improver, _structure, _newest, _drag) if (p := f(data))]
    blocks: list[Block] = []
    for k, p in enumerate(points[:5]):
        p.lead.insert(0, Text(f"（{SECTION_NUMBERS[k]}）"))
        blocks += p.blocks()
    if not blocks:
        blocks.append(para([Text("本期主要指标缺少可比数据，暂不归纳运行特点。")]))
    return Section("主要特点", blocks)


# ---------------------------------------------------------------- 三、需要关注的问题


def _negative_run(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[FigureRow]:
    """The unbroken run of negative growth ending at ``row`` (this year, same frequency)."""
    out: list[FigureRow] = []
    cur: FigureRow | None = row
    while cur is not None and (_g(cur, ind) or 0) < 0:
        out.append(cur)
        prev = previous_month(ind, cur.month)
        cur = None if prev is None else data.fig(ind.code, cur.region, cur.year, prev)
    return out


def _declines(data: ReportData) -> list[Point]:
    points = []
    for ind, row in _key_flows(data):
        run = _negative_run(data, ind, row)
        before = _previous(data, ind, row)
        widening = (
            before is not None
            and (_g(before, ind) or 0) < 0
            and (_g(row, ind) or 0) < (_g(before, ind) or 0)
        )
        if len(run) < 2 and not widening:
            continue
        unit = "个季度" if ind.frequency == "quarterly" else "个月"
        if len(run) >= 2:
            title = Fig("持续下降", "decline", tuple(w.src(r, "growth") for r in run), 1)
        else:
            assert before is not None
            title = Fig("降幅扩大", "decline", (w.src(row, "growth"), w.src(before, "growth")), 1)
        lead: list[Run] = [Text(ind.name), title, Text("。"), Label(period_of(ind, row.month))]
        lead += [Text(f"，{ind.name}同比"), w.growth(row, ind)]
        if len(run) >= 2:
            lead += [
                Text("，已连续"),
                w.count(len(run), "growth_neg", [(r, "growth") for r in run]),
                Text(f"{unit}同比为负"),
            ]
        if widening and before is not None:
            prev = previous_month(ind, row.month) or row.month
            lead += w.trend_runs(row, before, ind, comparison_label(prev))
        lead.append(Text("。"))
        points.append(Point(lead, _explained(data, ind, row), (ind.code,)))
    return points


def _explained(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """Causes entered for the indicator and for its falling parts (attributed)."""
    runs = cause_runs(data, ind.code, row)
    for part in data.children_of(ind.code):
        c = data.fig(part.code, row.region, row.year, row.month)
        if c is not None and (round_or_none(c.pull, 1) or 0) < 0:
            runs += cause_runs(data, part.code, c)
    return runs


def _at_risk(data: ReportData, done: dict[str, Point]) -> list[Point]:
    region = data.region.code
    scope = scope_word(data)
    lagging = [
        (i, r)
        for i, r in _rows(data, list(data.indicators.values()), region)
        if r.light in ("red", "yellow")
    ]
    lagging.sort(key=lambda ir: (ir[1].light != "red", list(data.indicators).index(ir[0].code)))
    points = []
    yellow: list[Run] = []
    yellow_codes: list[str] = []
    for ind, row in lagging:
        lead: list[Run] = [Label(period_of(ind, row.month)), Text(f"，{scope}{ind.name}")]
        if ind.target_kind == "growth":
            lead += [Text("同比"), w.growth(row, ind), Text("，"), *w.growth_target(row)]
            lead += _projection_runs(data, ind, row)
            lead += _required(data, ind, row)
        elif not ind.higher_is_better:
            lead += [Text("为"), w.level(row, ind), Text(ind.unit), Text("，")]
            lead += [*w.control(row, ind)]
        else:
            lead += [w.completion(row)]
            if row.progress_gap is not None and row.month < 12:
                lead += [Text("，"), w.progress(row)]
            lead += _projection_runs(data, ind, row)
        if row.light == "yellow":
            # The yellow ones together: close to target, one sentence each.
            yellow += [Text("；" if yellow else ""), *lead]
            yellow_codes.append(ind.code)
            continue
        if ind.code in done:
            # Already named for its decline: the target's distance joins that paragraph.
            point = done[ind.code]
            skip = 5 if ind.target_kind == "growth" else 2  # period, name (and the growth)
            point.lead[-1:] = [Text("；"), *lead[skip:], Text("。")]
            continue
        body = _explained(data, ind, row)
        title = Text(
            f"{ind.name}完成全年目标压力较大。"
            if ind.higher_is_better
            else f"{ind.name}控制压力较大。"
        )
        points.append(Point([title, *lead, Text("。")], body, (ind.code,)))
    if yellow:
        title = Text("部分指标与年度目标仍有差距。")
        points.append(Point([title, *yellow, Text("。")], [], tuple(yellow_codes)))
    return points


def _projection_runs(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """；按往年进度推算，全年预计增长X% / 约为N亿元 (only where the method applies)."""
    if not ind.higher_is_better or (
        ind.target_kind == "growth" and ind.growth_method != "computed"
    ):
        return []
    p = project(data, ind, row.region, row.year, row.month)
    if p is None:
        return []

    def src(f: str) -> Source:
        return Source("forecast", f, ind.code, row.region, row.year, row.month)

    if ind.target_kind == "growth":
        if p.growth is None:
            return []
        return [
            Text("；按往年进度推算，全年预计"),
            Fig(growth_wording(p.growth, 1), "growth", (src("growth"),), 1, ind.code, row.region),
        ]
    d = w.prose_decimals(ind)
    return [
        Text("；按往年进度推算，全年预计约为"),
        Fig(
            display(p.forecast.projection, d),
            "number",
            (src("projection"),),
            d,
            ind.code,
            row.region,
        ),
        Text(ind.unit),
    ]


def _required(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    """；四季度需增长X%以上方能完成全年目标，难度较大 (nominal flows with a growth target)."""
    if ind.growth_method != "computed" or not ind.cumulative or row.month == 12:
        return []
    before = data.fig(ind.code, row.region, row.year - 1, row.month)
    annual = data.fig(ind.code, row.region, row.year - 1, 12)
    if before is None or annual is None:
        return []
    runs = w.required_runs(row, before, annual, ind)
    return [Text("；"), *runs] if runs else []


def _counties(data: ReportData) -> Point | None:
    """X个县（市、区）增速高于全市，Y个为负 — or, for a county, where it stands in the city."""
    inds = [data.indicators[c] for c in data.placements.get(RANKED, ()) if c in data.indicators]
    if data.region.is_county:
        city = data.region.parent
        lead: list[Run] = []
        for ind in inds:
            m = observed_month(ind, data.month)
            own = data.fig(ind.code, data.region.code, data.year, m) if m else None
            ref = data.fig(ind.code, city, data.year, m) if m else None
            if own is None or ref is None or _g(own, ind) is None or _g(ref, ind) is None:
                continue
            if (_g(own, ind) or 0) >= (_g(ref, ind) or 0):
                continue
            lead += [Text("；" if lead else ""), Text(ind.name), w.growth(own, ind), Text("，")]
            lead += [vs_reference(own, ref, ind, "全市")]
            if own.rank is not None:
                lead += [Text("，"), rank_fig(data, ind, own)]
        if not lead:
            return None
        return Point(
            [
                Text("部分指标与全市相比仍有差距。"),
                Label(span_label(data.month)),
                Text("，"),
                *lead,
                Text("。"),
            ]
        )
    lead = []
    for ind in inds:
        m = observed_month(ind, data.month)
        ref = data.fig(ind.code, data.region.code, data.year, m) if m else None
        rows = [
            r
            for c in data.counties()
            if m
            and (r := data.fig(ind.code, c.code, data.year, m)) is not None
            and r.growth is not None
        ]
        if ref is None or ref.growth is None or len(rows) < 3:
            continue
        above = sum(1 for r in rows if (_g(r, ind) or 0) > (_g(ref, ind) or 0))
        below0 = sum(1 for r in rows if (_g(r, ind) or 0) < 0)
        srcs = [w.src(ref, "growth"), *(w.src(r, "growth") for r in rows)]
        text = f"{above}个县（市、区）增速高于{scope_word(data)}"
        lead += [
            Text("；" if lead else ""),
            Text(f"{ind.name}，"),
            Fig(text, "count_above", tuple(srcs), ind.growth_decimals, ind.code, ref.region),
        ]
        if below0:
            grs = [(r, "growth") for r in rows]
            lead += [Text("，"), w.count(below0, "growth_neg", grs, ind.growth_decimals)]
            lead.append(Text("个为负"))
    if not lead:
        return None
    return Point(
        [Text("县域发展不够均衡。"), Label(span_label(data.month)), Text("，"), *lead, Text("。")]
    )


def concerns(data: ReportData) -> tuple[Section, list[Point]]:
    declines = _declines(data)
    done = {p.indicators[0]: p for p in declines}
    risks = _at_risk(data, done)
    points = [*declines, *risks]
    county = _counties(data)
    blocks: list[Block] = []
    all_points = [*points, *([county] if county else [])]
    for k, p in enumerate(all_points):
        p.lead.insert(0, Text(f"（{SECTION_NUMBERS[k]}）"))
        blocks += p.blocks()
    if not blocks:
        blocks.append(para([Text("本期没有亮黄灯或红灯的指标，也没有连续为负的主要指标。")]))
    return Section("需要关注的问题", blocks), points


# ---------------------------------------------------------------- 四、下步建议

#: What a department is asked to do, by words in the indicator's name (first match).
ACTIONS = (
    ("投资", "逐个项目倒排开工、入库和投资完成时间，推动在建项目尽早形成实物工作量"),
    ("招商", "推动签约项目落地和资金到位，逐项跟踪在谈项目"),
    ("工业", "逐户跟踪重点工业企业生产，推动停产企业复产、新投产企业尽快达产"),
    ("预算收入", "加强重点税源监控和非税收入征管，做到应收尽收"),
    ("税收", "加强重点税源监控，做到应收尽收"),
    ("进出口", "稳住外贸龙头企业订单，帮助中小外贸企业拓展市场"),
    ("出口", "稳住外贸龙头企业订单，帮助中小外贸企业拓展市场"),
    ("零售", "落实促消费政策，组织重点商贸企业开展促销活动，推动限额以上企业应统尽统"),
    ("可支配收入", "落实稳就业和增收政策，关注重点群体收入"),
    ("生产总值", "会同各行业主管部门逐项对接核算指标，补齐拖后腿的行业短板"),
    ("死亡", "压实安全生产责任，开展重点行业领域隐患排查整治，严防事故反弹"),
    ("PM2.5", "加强扬尘、散煤和机动车污染管控，做好重污染天气应对"),
)
DEFAULT_ACTION = "梳理影响指标的主要企业和事项，逐项制定追赶措施"


def _action(ind: IndicatorInfo) -> str:
    return next((a for word, a in ACTIONS if word in ind.name), DEFAULT_ACTION)


def suggestions(data: ReportData, points: list[Point]) -> Section:
    """One recommendation per 牵头单位, for the indicators the concerns named."""
    scope = scope_word(data)
    by_unit: dict[str, list[IndicatorInfo]] = {}
    for p in points:
        for code in p.indicators:
            ind = data.indicators[code]
            unit = data.lead_unit(code) or "相关部门"
            if ind not in by_unit.setdefault(unit, []):
                by_unit[unit].append(ind)
    blocks: list[Block] = []
    for k, (unit, inds) in enumerate(by_unit.items()):
        names = "、".join(i.name for i in inds)
        lead: list[Run] = [Text(f"（{SECTION_NUMBERS[k]}）{names}（牵头单位：{unit}）。")]
        actions = []
        for i in inds:
            a = _action(i)
            if a not in actions:
                actions.append(a)
        body = f"建议{unit}牵头，{'；'.join(actions)}，按月分解剩余目标，在下次调度会上报告进展。"
        if not data.region.is_county and data.counties() and all(i.higher_is_better for i in inds):
            body = body.replace("按月分解剩余目标", "督促增速靠后的县（市、区）按月分解剩余目标")
        blocks += [Paragraph(lead, "lead"), para([Text(body)])]
    if not blocks:
        blocks.append(
            para([Text(f"{scope}本期没有需要专项调度的指标，建议各牵头单位按年度目标推进工作。")])
        )
    return Section("下步建议", blocks)


def build_quarterly(data: ReportData) -> Document:
    q = data.month // 3
    concern, points = concerns(data)
    sections = [overview(data), features(data), concern, suggestions(data, points)]
    for k, s in enumerate(sections):
        s.title = f"{SECTION_NUMBERS[k]}、{s.title}"
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
