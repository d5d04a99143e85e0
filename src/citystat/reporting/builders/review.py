"""年度盘点 (year-end review): the year framed, the city's own priorities, every record.

The sections are the city's own priorities, held as data (``ReportData.priorities``, e.g.
the 七大能级 of the demo city); without them, one section per evaluation dimension. Each
section states the key indicators of its dimensions (with composition, 其中 items, the
attributed 原因说明 and the 牵头单位), the indicator groups and the other indicators, then
the records it shows: industrial chains, specialised towns, major projects by category,
livelihood tasks and honours. Whatever no priority shows still appears, in a closing
section, so the review names every record the database holds for the region.

Periods: each figure is stated for the year (全年/年末); when the year-end figure is 示例数据
and the last monthly release before it (1-11月) is published, the published one is stated
— the review of a year is written before the December statistics appear.
"""

from __future__ import annotations

import re

from citystat.reporting import wording as w
from citystat.reporting.builders.common import (
    SECTION_NUMBERS,
    cause_runs,
    components_sentence,
    indicator_sentence,
    indicator_table,
    para,
    period_of,
    scope_word,
    subsets_sentence,
)
from citystat.reporting.inputs import (
    ChainInfo,
    FigureRow,
    HonourInfo,
    IndicatorInfo,
    PriorityInfo,
    ProjectInfo,
    ReportData,
    TaskInfo,
    TaskTargetInfo,
    TownInfo,
)
from citystat.reporting.model import (
    Block,
    Document,
    Fig,
    Label,
    Run,
    Section,
    Source,
    Text,
)
from citystat.stats import display, round_or_none

RELEASE_MONTH = 11  # the last monthly release before the year-end statistics
OPENING = "总体情况"
OUTLOOK_SUFFIX = "年展望"
OTHERS = "其他重点工作"
LEVEL_ORDER = {"national": 0, "provincial": 1, "municipal": 2}
LEVEL_NAMES = {"national": "国家级", "provincial": "省级", "municipal": "市级"}
_YEARISH = re.compile(r"\d+年度?")


# --- periods and figures -------------------------------------------------------------


def _published(row: FigureRow) -> bool:
    return not {"value", "growth"} <= set(row.synthetic_parts)


def review_month(data: ReportData, ind: IndicatorInfo, region: str) -> int | None:
    """The month whose figure the review states for an indicator (see the module doc)."""
    year_end = data.fig(ind.code, region, data.year, 12)
    if year_end is not None and year_end.value is None:
        year_end = None
    if ind.frequency == "monthly" and (year_end is None or not _published(year_end)):
        release = data.fig(ind.code, region, data.year, RELEASE_MONTH)
        if (
            release is not None
            and release.value is not None
            and (year_end is None or _published(release))
        ):
            return RELEASE_MONTH
    return 12 if year_end is not None else None


def _row(data: ReportData, ind: IndicatorInfo) -> FigureRow | None:
    m = review_month(data, ind, data.region.code)
    return data.fig(ind.code, data.region.code, data.year, m) if m else None


def _names(text: str) -> list[Run]:
    """A name from the records; a year inside it (「2023年度」) is a period label."""
    runs: list[Run] = []
    pos = 0
    for m in _YEARISH.finditer(text):
        if m.start() > pos:
            runs.append(Text(text[pos : m.start()]))
        runs.append(Label(m.group()))
        pos = m.end()
    if pos < len(text):
        runs.append(Text(text[pos:]))
    return runs


def _and(names: list[str]) -> str:
    """甲、乙和丙."""
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + "和" + names[-1]


def _scope(data: ReportData) -> str:
    return scope_word(data)


def _is_city(data: ReportData) -> bool:
    return data.region.level != "county"


# --- the sections by priority --------------------------------------------------------


def priorities(data: ReportData) -> list[PriorityInfo]:
    """The city's own priorities, then one per evaluation dimension none of them claims
    (all dimensions when no priority is set up), so no figure is left out."""
    claimed = {d for p in data.priorities for d in p.dimensions}
    rest = [PriorityInfo(c, n, (c,)) for c, n in data.dimensions if c not in claimed]
    return [*data.priorities, *rest]


def headline(data: ReportData) -> IndicatorInfo | None:
    """The first key indicator in catalogue order with a year figure and a growth."""
    for ind in data.indicators.values():
        if ind.is_key and ind.kind == "flow":
            row = _row(data, ind)
            if row is not None and row.growth is not None:
                return ind
    return None


def _cause_runs(data: ReportData, indicator: str, row: FigureRow) -> list[Run]:
    """Attributed 原因说明 of the figure; nothing when none was entered. A year-end review
    states the year's results: pending 督办 items belong to the briefing, not here."""
    return cause_runs(data, indicator, row, followups=False)


def _verdict(head: FigureRow, keys: list[FigureRow]) -> Fig | None:
    """The headline verdict over the key indicators (the shared wording's rule)."""
    return w.verdict(head, keys) if head.growth is not None else None


def _key_blocks(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Block]:
    sentence = indicator_sentence(data, ind, row, with_rank=not _is_city(data))
    # A year-end review states what the year achieved; who answers for a shortfall is named
    # once, in the outlook (由…牵头), not inside every figure's sentence.
    blocks: list[Block] = [para([*sentence, *_cause_runs(data, ind.code, row)])]
    extras = [components_sentence(data, ind, row)]
    if _subsets_with_the_whole(data, ind, row):
        extras.append(subsets_sentence(data, ind, row))
    for extra in extras:
        if extra:
            blocks.append(para(extra))
    return blocks


def _grouped(data: ReportData) -> set[str]:
    return {code for g in data.groups for code in g.members}


def _subsets_with_the_whole(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> bool:
    """Whether the 其中 items are stated beside their whole: not when one belongs to an
    indicator group (stated with the group) or is stated for another period."""
    items = data.subsets_of(ind.code)
    grouped = _grouped(data)
    return bool(items) and all(
        i.code not in grouped and review_month(data, i, row.region) in (row.month, None)
        for i in items
    )


def _group_blocks(data: ReportData, codes: set[str], stated: set[str]) -> list[Block]:
    blocks: list[Block] = []
    for group in data.groups:
        members = [
            (ind, row)
            for code in group.members
            if code in codes
            and code not in stated
            and (ind := data.indicators.get(code)) is not None
            and (row := _row(data, ind)) is not None
            and row.growth is not None
        ]
        if not members:
            continue
        # The pull is cited for the fastest-growing member, the group's highlight.
        fastest = max(members, key=lambda m: m[1].growth or 0)[0].code
        runs: list[Run] = []
        label = ""
        for k, (ind, row) in enumerate(members):
            here = period_of(ind, row.month)
            if here != label:
                runs += [Text("；" if k else ""), Label(here), Text("，")]
                label = here
            elif k:
                runs.append(Text("，"))
            if k == 0:
                runs.append(Text(f"{group.name}中，"))
            runs += [Text(ind.name), w.growth(row, ind)]
            if (round_or_none(row.growth, ind.growth_decimals) or 0) >= 100:
                runs += [Text("（"), w.growth_rate(row, ind), Text("）")]
            whole = data.indicators.get(ind.subset_of or ind.parent)
            if whole is not None and ind.code == fastest:
                pull = w.pull(row, whole.name)
                if pull:
                    runs += [Text("，"), *pull]
            stated.add(ind.code)
        runs.append(Text("。"))
        blocks.append(para(runs))
    return blocks


def _clause(data: ReportData, ind: IndicatorInfo, row: FigureRow) -> list[Run]:
    runs: list[Run] = [Label(period_of(ind, row.month)), Text(f"{ind.name}")]
    if ind.kind == "rate" or (ind.unit == "%" and ind.kind != "flow"):
        return [*runs, Text("为"), w.level(row, ind, trim=True), Text(ind.unit)]
    runs += [w.level(row, ind, trim=True), Text(ind.unit)]
    if ind.kind == "count":
        before = data.fig(ind.code, row.region, row.year - 1, row.month)
        if before is not None and before.value is not None:
            runs += [Text("，"), *w.change_runs(row, before, ind)]
        return runs
    if row.growth is not None:
        runs += [Text("，同比"), w.growth(row, ind)]
    return runs


def _indicator_blocks(data: ReportData, dims: tuple[str, ...], stated: set[str]) -> list[Block]:
    inds = [i for i in data.indicators.values() if i.dimension in dims]
    blocks: list[Block] = []
    for ind in inds:
        if not ind.is_key or ind.code in stated:
            continue
        row = _row(data, ind)
        if row is None:
            continue
        blocks += _key_blocks(data, ind, row)
        stated.add(ind.code)
        stated.update(c.code for c in data.children_of(ind.code))
        if _subsets_with_the_whole(data, ind, row):
            stated.update(c.code for c in data.subsets_of(ind.code))
    blocks += _group_blocks(data, {i.code for i in inds}, stated)
    rest: list[list[Run]] = []
    for ind in inds:
        if ind.code in stated:
            continue
        row = _row(data, ind)
        if row is None:
            continue
        rest.append(_clause(data, ind, row))
        stated.add(ind.code)
    if rest:
        runs: list[Run] = [Text("此外，")]
        for k, clause in enumerate(rest):
            runs += [Text("；" if k else ""), *clause]
        blocks.append(para([*runs, Text("。")]))
    return blocks


# --- the records ---------------------------------------------------------------------


def _chains(data: ReportData) -> list[ChainInfo]:
    if _is_city(data):
        return list(data.chains)
    return [c for c in data.chains if data.region.code in c.regions]


def _towns(data: ReportData) -> list[TownInfo]:
    if _is_city(data):
        return list(data.towns)
    return [t for t in data.towns if t.region == data.region.code]


def _honours(data: ReportData) -> list[HonourInfo]:
    mine = [h for h in data.honours if h.year == data.year]
    if _is_city(data):
        return mine
    return [h for h in mine if h.region == data.region.code]


def _tasks(data: ReportData) -> list[TaskInfo]:
    # The livelihood tasks are the city government's: a county review does not list them.
    return [t for t in data.tasks if t.year == data.year] if _is_city(data) else []


def _project_figures(p: ProjectInfo) -> list[Run]:
    if p.completed_ytd is None:
        return []
    done = Source("project", "completed_ytd", key=p.code)
    runs: list[Run] = [
        Text("全年完成投资"),
        Fig(_trim(display(p.completed_ytd, 2)), "project_number", (done,), 2),
        Text("亿元"),
    ]
    if p.annual_plan:
        pct = p.completed_ytd / p.annual_plan * 100
        runs += [
            Text("，为年度计划的"),
            Fig(
                f"{display(pct, 1)}%",
                "percent",
                (Source("project", "progress_pct", key=p.code),),
                1,
            ),
        ]
    return runs


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def chain_blocks(data: ReportData) -> list[Block]:
    chains = _chains(data)
    if not chains:
        return []
    runs: list[Run] = [Text("重点产业链方面，")]
    levels = sorted({c.level for c in chains}, key=lambda x: LEVEL_ORDER.get(x, 9))
    for k, level in enumerate(levels):
        members = [c for c in chains if c.level == level]
        name = members[0].level_name or LEVEL_NAMES.get(level, "")
        where = "" if _is_city(data) else f"在{_scope(data)}布局的"
        runs.append(Text(("；" if k else "") + f"{name}重点产业链中{where}有"))
        for j, c in enumerate(members):
            lead = f"（{c.lead_unit}牵头）" if c.lead_unit else ""
            runs.append(Text(("、" if j else "") + f"{c.name}{lead}"))
    runs.append(Text("。"))
    blocks: list[Block] = [para(runs)]
    by_chain = [
        (c, [p for p in data.projects if p.chain == c.name and p.completed_ytd is not None])
        for c in chains
    ]
    lines: list[Run] = []
    for c, projects in by_chain:
        if not projects:
            continue
        done = tuple(Source("project", "completed_ytd", key=p.code) for p in projects)
        total = sum(p.completed_ytd or 0 for p in projects)
        lines += [
            Text(("；" if lines else "链上重点项目中，") + f"{c.name}链"),
            Text("（" + "、".join(p.name for p in projects) + "）"),
            Text("全年完成投资"),
            Fig(display(total, 1), "sum", done, 1),
            Text("亿元"),
        ]
    if lines:
        blocks.append(para([*lines, Text("。")]))
    return blocks


def town_blocks(data: ReportData) -> list[Block]:
    towns = _towns(data)
    if not towns:
        return []
    kinds: list[str] = []
    for t in sorted(towns, key=lambda t: LEVEL_ORDER.get(t.level, 9)):
        kind = t.batch or f"{t.level_name}专业镇"
        if kind not in kinds:
            kinds.append(kind)
    runs: list[Run] = [Text("专业镇方面，")]
    for k, kind in enumerate(kinds):
        members = [t for t in towns if (t.batch or f"{t.level_name}专业镇") == kind]
        runs.append(Text(("；" if k else "") + f"{kind}有"))
        for j, t in enumerate(members):
            where = t.region_name if _is_city(data) else ""
            detail = "，".join(x for x in (where, f"主导产品{t.product}" if t.product else "") if x)
            runs.append(Text(("、" if j else "") + t.name + (f"（{detail}）" if detail else "")))
    runs.append(Text("。"))
    return [para(runs)]


def project_blocks(data: ReportData, categories: tuple[str, ...] | None) -> list[Block]:
    """The major projects of the given categories (all when None), one line each."""
    projects = [p for p in data.projects if categories is None or p.category in categories]
    if not projects:
        return []
    blocks: list[Block] = []
    order = list(dict.fromkeys(p.category for p in projects))
    for cat in order:
        members = [p for p in projects if p.category == cat]
        name = members[0].category_name or cat
        runs: list[Run] = [Text(f"{name}类重点项目中，")]
        for k, p in enumerate(members):
            where = p.region_name if _is_city(data) and p.region != data.region.code else ""
            tags = "，".join(
                x for x in (where, p.status_name, f"{p.chain}链" if p.chain else "") if x
            )
            runs.append(Text(("；" if k else "") + p.name + (f"（{tags}）" if tags else "")))
            figures = _project_figures(p)
            if figures:
                runs += [Text("，"), *figures]
        blocks.append(para([*runs, Text("。")]))
    return blocks


def projects_total(data: ReportData) -> list[Block]:
    planned = [p for p in data.projects if p.annual_plan and p.completed_ytd is not None]
    if not planned:
        return []
    plans = tuple(Source("project", "annual_plan", key=p.code) for p in planned)
    done = tuple(Source("project", "completed_ytd", key=p.code) for p in planned)
    total_plan = sum(p.annual_plan or 0 for p in planned)
    total_done = sum(p.completed_ytd or 0 for p in planned)
    ahead = tuple(Source("project", "progress_pct", key=p.code) for p in planned)
    n_ahead = sum(1 for p in planned if (p.completed_ytd or 0) >= (p.annual_plan or 0))
    return [
        para(
            [
                Text("重点项目建设方面，纳入调度的"),
                Fig(str(len(planned)), "count:any", plans, 0),
                Text("个重点项目年度计划投资"),
                Fig(display(total_plan, 1), "sum", plans, 1),
                Text("亿元，全年完成"),
                Fig(display(total_done, 1), "sum", done, 1),
                Text("亿元，为年度计划的"),
                Fig(
                    f"{display(total_done / total_plan * 100, 1)}%", "ratio_sum", (*done, *plans), 1
                ),
                Text("，其中"),
                Fig(str(n_ahead), "count:done_project", ahead, 1),
                Text("个项目完成年度计划。"),
            ]
        )
    ]


def _task_value(t: TaskTargetInfo) -> list[Run]:
    v = t.actual_value
    if v is None:
        return [Text("尚未报送")]
    s = Source("task", "actual_value", key=str(t.id))
    if v >= 5000 and v % 100 == 0:  # a figure rounded to hundreds reads better in 万
        return [Fig(_trim(display(v / 10000, 2)), "task_wan", (s,), 2), Text(f"万{t.unit}")]
    return [Fig(_trim(display(v, 2)), "task", (s,), 2), Text(t.unit)]


def task_blocks(data: ReportData) -> list[Block]:
    tasks = _tasks(data)
    if not tasks:
        return []
    blocks: list[Block] = [para([Text("年初确定的民生实事逐项推进：")])]
    for task in tasks:
        lead = f"（{task.responsible_unit}牵头）" if task.responsible_unit else ""
        if not task.targets:
            blocks.append(para([Text(f"{task.title}{lead}，未设量化目标。")]))
            continue
        runs: list[Run] = [Text(f"{task.title}{lead}，")]
        for k, t in enumerate(task.targets):
            runs += [Text(("，" if k else "") + t.name), *_task_value(t)]
        srcs = tuple(Source("task", "done", key=str(t.id)) for t in task.targets)
        if task.targets and all(
            t.actual_value is not None
            and t.target_value is not None
            and t.actual_value >= t.target_value
            for t in task.targets
        ):
            runs += [Text("，"), Fig("各项目标均已完成", "all_true", srcs)]
        runs.append(Text("。"))
        blocks.append(para(runs))
    return blocks


def honour_blocks(data: ReportData, priority: str | None) -> list[Block]:
    """Honours of one section (``priority`` code), or those no section claims (None)."""
    codes = {p.code for p in data.priorities}
    honours = [
        h
        for h in _honours(data)
        if (h.priority == priority if priority is not None else h.priority not in codes)
    ]
    if not honours:
        return []
    honours.sort(key=lambda h: LEVEL_ORDER.get(h.level, 9))
    # One entry per honour, the places or units it went to in brackets:
    # 「省级生态文明示范区（甲县、乙县和丙县）」.
    by_title: dict[str, list[str]] = {}
    for h in honours:
        by_title.setdefault(h.title, []).append(h.subject)
    runs: list[Run] = [Text("获得的荣誉和入选的名单有：")]
    for k, (title, who) in enumerate(by_title.items()):
        runs.append(Text("；" if k else ""))
        runs += [*_names(title), Text("（"), *_names(_and(who)), Text("）")]
    return [para([*runs, Text("。")])]


# --- opening and outlook -------------------------------------------------------------


def opening(data: ReportData, sections: list[PriorityInfo]) -> Section:
    scope = _scope(data)
    titles = "、".join(p.title for p in sections)
    blocks: list[Block] = [
        para(
            [
                Label(f"{data.year}年"),
                Text(f"，{scope}围绕{titles}等方面抓重点、补短板，扎实推进经济社会发展各项工作。"),
            ]
        )
    ]
    head = headline(data)
    keys = [
        (ind, row)
        for ind in data.indicators.values()
        if ind.is_key and (row := _row(data, ind)) is not None
    ]
    if head is not None:
        row = _row(data, head)
        assert row is not None
        sentence = indicator_sentence(data, head, row, with_rank=not _is_city(data))
        verdict = _verdict(row, [r for _, r in keys])
        if verdict is not None:
            sentence = [*sentence, verdict, Text("。")]
        blocks.append(para([*sentence, *_cause_runs(data, head.code, row)]))
    others: list[Run] = []
    label = ""
    for ind, row in keys:
        if head is not None and ind.code == head.code:
            continue
        if ind.kind != "flow" or row.growth is None:
            continue
        here = period_of(ind, row.month)
        others.append(Text("；" if others else "主要指标中，"))
        if here != label:
            others += [Label(here), Text("，")]
            label = here
        others.append(Text(ind.name))
        if ind.growth_method != "reported":  # a comparable-price growth is published alone
            others += [w.level(row, ind, trim=True), Text(f"{ind.unit}，同比")]
        others.append(w.growth(row, ind))
    if others:
        blocks.append(para([*others, Text("。")]))
    blocks += projects_total(data)
    return Section(OPENING, blocks)


def outlook(data: ReportData, sections: list[PriorityInfo]) -> Section:
    nxt = data.year + 1
    scope = _scope(data)
    blocks: list[Block] = []
    targets: list[Run] = []
    for ind in data.indicators.values():
        row = data.fig(ind.code, data.region.code, nxt, 12)
        if row is None:
            continue
        phrase = w.target_phrase(row, ind)
        if phrase is None:
            continue
        unit = "" if row.target_growth is not None else ind.unit
        targets += [Text(("，" if targets else "") + ind.name), phrase, Text(unit)]
    if targets:
        blocks.append(para([Label(f"{nxt}年"), Text("主要预期目标为："), *targets, Text("。")]))
    concerns: list[Run] = []
    for ind in data.indicators.values():
        if not ind.is_key:
            continue
        row = _row(data, ind)
        if row is None or row.growth is None or ind.kind != "flow":
            continue
        behind = (row.growth_gap is not None and row.growth_gap < 0) or (
            round_or_none(row.growth, ind.growth_decimals) or 0
        ) < 0
        if not behind or not ind.higher_is_better:
            continue
        lead = data.lead_unit(ind.code)
        concerns += [
            Text(("；" if concerns else "") + ind.name),
            Label(period_of(ind, row.month)),
            w.growth(row, ind),
        ]
        if row.growth_gap is not None:
            concerns += [Text("，"), w.growth_target(row)[-1]]
        if lead:
            concerns.append(Text(f"，由{lead}牵头"))
    if concerns:
        blocks.append(para([Text("仍需着力的方面："), *concerns, Text("。")]))
    titles = "、".join(p.title for p in sections)
    blocks.append(
        para(
            [
                Label(f"{nxt}年"),
                Text(f"，{scope}将继续围绕{titles}，逐项抓好年度目标任务的落实。"),
            ]
        )
    )
    return Section(f"{nxt}{OUTLOOK_SUFFIX}", blocks)


# --- the document --------------------------------------------------------------------


def build_review(data: ReportData) -> Document:
    sections_def = priorities(data)
    body: list[Section] = [opening(data, sections_def)]
    stated: set[str] = set()
    head = headline(data)
    if head is not None:
        stated.add(head.code)
    shown_chains = shown_towns = shown_tasks = False
    shown_categories: set[str] = set()
    for p in sections_def:
        comp: list[Run] = []
        if head is not None and head.dimension in p.dimensions:
            row = _row(data, head)
            comp = components_sentence(data, head, row) if row is not None else []
            if comp:
                stated.update(c.code for c in data.children_of(head.code))
        blocks = _indicator_blocks(data, p.dimensions, stated)
        if comp:
            blocks.insert(0, para(comp))
        if p.show_chains:
            blocks += chain_blocks(data)
            shown_chains = True
        if p.show_towns:
            blocks += town_blocks(data)
            shown_towns = True
        if p.project_categories:
            blocks += project_blocks(data, p.project_categories)
            shown_categories.update(p.project_categories)
        if p.show_tasks:
            blocks += task_blocks(data)
            shown_tasks = True
        blocks += honour_blocks(data, p.code)
        if blocks:
            body.append(Section(p.title, blocks))
    rest: list[Block] = []
    if not shown_chains:
        rest += chain_blocks(data)
    if not shown_towns:
        rest += town_blocks(data)
    leftover = tuple(
        sorted({p.category for p in data.projects if p.category not in shown_categories})
    )
    if leftover:
        rest += project_blocks(data, leftover)
    if not shown_tasks:
        rest += task_blocks(data)
    rest += honour_blocks(data, None)
    if rest:
        body.append(Section(OTHERS, rest))
    body.append(outlook(data, sections_def))
    keys = [i for i in data.indicators.values() if i.is_key]
    table = indicator_table(data, keys, data.region.code, data.year, 12, "主要指标完成情况")
    if table is not None:
        body.append(Section("附表", [table]))
    for k, s in enumerate(body):
        s.title = f"{chinese_number(k + 1)}、{s.title}"
    months = {f.sources[0].month for s in body for f in _figs(s) if f.sources}
    note = (
        f"（除注明1-{RELEASE_MONTH}月者外，均为{data.year}年全年或年末数据）"
        if RELEASE_MONTH in months
        else f"（{data.year}年全年或年末数据）"
    )
    return Document(
        "review",
        f"{data.region.name}{data.year}年高质量发展年度盘点",
        note,
        data.region.code,
        data.region.name,
        str(data.year),
        f"{data.region.name}统计局",
        f"{data.today.year}年{data.today.month}月{data.today.day}日",
        body,
    )


def _figs(section: Section) -> list[Fig]:
    return [r for b in section.blocks if hasattr(b, "runs") for r in b.runs if isinstance(r, Fig)]


def chinese_number(n: int) -> str:
    """一 … 十, 十一 … 九十九 (section numbers)."""
    digits = "零一二三四五六七八九"
    if n <= 10:
        return SECTION_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


# --- structure check -----------------------------------------------------------------


def review_structure_problems(document: Document, data: ReportData | None = None) -> list[str]:
    """What a year-end review lacks: its opening, a section per priority, its outlook and,
    given the bundle, the region named as 全市/全县/全区, each key indicator with a figure,
    and each chain, town, project, livelihood task and honour of the region."""
    problems: list[str] = []
    titles = [re.sub(r"^[^、]*、", "", s.title) for s in document.sections]
    if not titles or titles[0] != OPENING:
        problems.append(f"缺少开篇「{OPENING}」")
    if not any(t.endswith(OUTLOOK_SUFFIX) for t in titles):
        problems.append("缺少「展望」一节")
    if data is None:
        return problems
    for p in priorities(data):
        has_content = any(i.dimension in p.dimensions for i in data.indicators.values())
        if has_content and p.title not in titles:
            problems.append(f"缺少「{p.title}」一节")
    text = document.plain_text()
    scope = _scope(data)
    if f"{scope}围绕" not in text:
        problems.append(f"开篇未以「{scope}」称本地")
    wanted = [("主要指标", i.name) for i in data.indicators.values() if i.is_key and _row(data, i)]
    wanted += [("产业链", c.name) for c in _chains(data)]
    wanted += [("专业镇", t.name) for t in _towns(data)]
    wanted += [("重点项目", p.name) for p in data.projects]
    wanted += [("民生实事", t.title) for t in _tasks(data)]
    wanted += [("荣誉", h.title) for h in _honours(data)]
    for kind, name in wanted:
        if name not in text:
            problems.append(f"未写到{kind}「{name}」")
    return problems
