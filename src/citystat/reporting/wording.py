"""Sentence pieces chosen by the situation, each number a traced :class:`Fig` run.

The plain wording comes from ``citystat.stats`` (growth_wording, progress_wording,
rank_wording); this module splits it into traced runs and adds the comparisons the
engine does not word (增速加快/回落, 由负转正, 降幅收窄, 拉动, 增长N倍).
"""

from __future__ import annotations

from citystat.reporting.inputs import FigureRow, IndicatorInfo
from citystat.reporting.model import Fig, Label, Run, Source, Text
from citystat.stats import display, growth_wording, progress_wording, rank_wording, round_or_none
from citystat.stats.lights import light_label


def src(row: FigureRow, field: str) -> Source:
    """A DerivedFigure source; growth also cites the base-year observation."""
    ids = (
        row.observation_ids
        if field in ("growth", "pull", "contribution")
        else row.observation_ids[:1]
    )
    origin = row.growth_source if field == "growth" else ""
    return Source(
        "derived",
        field,
        indicator=row.indicator,
        region=row.region,
        year=row.year,
        month=row.month,
        origin=origin,
        observation_ids=tuple(i for i in ids if i),
    )


def _fig(text: str, claim: str, rows: list[tuple[FigureRow, str]], param: float = 0.0) -> Fig:
    first = rows[0][0]
    return Fig(
        text,
        claim,
        tuple(src(r, f) for r, f in rows),
        param,
        indicator=first.indicator,
        region=first.region,
    )


def growth(row: FigureRow, ind: IndicatorInfo) -> Fig:
    """增长6.5% / 下降0.6% / 持平; 增长1.2倍 from 100% up (statistical usage)."""
    d = ind.growth_decimals
    g = round_or_none(row.growth, d)
    if g is not None and g >= 100:
        return _fig(f"增长{display(g / 100, 1)}倍", "growth", [(row, "growth")], d)
    return _fig(growth_wording(row.growth, d), "growth", [(row, "growth")], d)


def growth_rate(row: FigureRow, ind: IndicatorInfo) -> Fig:
    """The bare signed rate for parentheses and tables: 120.0% or -3.8%."""
    d = ind.growth_decimals
    return _fig(f"{display(row.growth, d)}%", "rate", [(row, "growth")], d)


def level(row: FigureRow, ind: IndicatorInfo, *, wan: bool = False, trim: bool = False) -> Fig:
    d = prose_decimals(ind, row.value)
    if wan:
        return _fig(display((row.value or 0) / 10000, 2), "level_wan", [(row, "value")], 2)
    text = display(row.value, d)
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return _fig(text, "level", [(row, "value")], d)


def number(row: FigureRow, field: str, decimals: int) -> Fig:
    return _fig(display(getattr(row, field), decimals), "number", [(row, field)], decimals)


def trend(now: FigureRow, before: FigureRow, ind: IndicatorInfo, label: str = "") -> Fig | None:
    """How growth moved since the previous period: 加快/回落, 由负转正, 降幅收窄 …

    An unchanged rate is said against the period it equals: 增速与上半年持平, 降幅与上半年
    持平 (never 「降幅持平」, which reads as "the fall stayed flat"); ``label`` names that
    period (上期 when not given).
    """
    d = ind.growth_decimals
    g1, g0 = round_or_none(now.growth, d), round_or_none(before.growth, d)
    if g1 is None or g0 is None:
        return None
    diff = display(abs(g1 - g0), d)
    same = f"与{label or '上期'}持平"
    if g0 == 0 or g1 == 0:
        # A zero at either end: the movement is a change of state, not a change of pace.
        if g0 == g1:
            text = "增速" + same
        elif g0 == 0:
            text = "由持平转为增长" if g1 > 0 else "由持平转为下降"
        else:
            text = "由增长转为持平" if g0 > 0 else "由下降转为持平"
    elif g0 < 0 < g1:
        text = "由负转正"
    elif g1 < 0 < g0:
        text = "由正转负"
    elif g1 < 0 and g0 < 0:
        if g1 == g0:
            text = "降幅" + same
        else:
            text = f"降幅收窄{diff}个百分点" if g1 > g0 else f"降幅扩大{diff}个百分点"
    elif g1 == g0:
        text = "增速" + same
    else:
        text = f"增速加快{diff}个百分点" if g1 > g0 else f"增速回落{diff}个百分点"
    return _fig(text, "trend", [(now, "growth"), (before, "growth")], d)


def trend_runs(now: FigureRow, before: FigureRow, ind: IndicatorInfo, label: str) -> list[Run]:
    """，较上半年增速加快0.3个百分点 — or ，增速与上半年持平 when unchanged."""
    fig = trend(now, before, ind, label)
    if fig is None:
        return []
    if "持平" in fig.text and fig.text.startswith(("增速与", "降幅与")):
        return [Text("，"), fig]
    return [Text("，较"), Label(label), fig]


def contribution(child: FigureRow) -> Fig:
    return _fig(
        f"贡献率{display(child.contribution, 1)}%", "contribution", [(child, "contribution")], 1
    )


def share(item: FigureRow, whole: FigureRow) -> Fig:
    """占 whole 的比重 X% (current period, one decimal)."""
    assert item.value is not None and whole.value
    return _fig(
        f"{display(item.value / whole.value * 100, 1)}%",
        "ratio",
        [(item, "value"), (whole, "value")],
        1,
    )


def share_change(item: FigureRow, whole: FigureRow, item0: FigureRow, whole0: FigureRow) -> Fig:
    """比上年同期提高/下降 N个百分点 (from unrounded shares, methodology §4)."""
    assert item.value is not None and whole.value and item0.value is not None and whole0.value
    diff = item.value / whole.value * 100 - item0.value / whole0.value * 100
    shown = round_or_none(diff, 1) or 0.0
    text = (
        "持平"
        if shown == 0
        else f"{'提高' if shown > 0 else '下降'}{display(abs(diff), 1)}个百分点"
    )
    rows = [(item, "value"), (whole, "value"), (item0, "value"), (whole0, "value")]
    return _fig(text, "share_change", rows, 1)


def progress(row: FigureRow) -> Fig:
    return _fig(progress_wording(row.progress_gap, 1), "progress", [(row, "progress_gap")], 1)


def completion(row: FigureRow) -> Fig:
    return _fig(
        f"完成年度目标的{display(row.completion, 1)}%", "completion", [(row, "completion")], 1
    )


def growth_target(row: FigureRow) -> list[Run]:
    gap = round_or_none(row.growth_gap, 1)
    if gap is None or row.target_growth is None:
        return []
    runs: list[Run] = [
        Text("年度目标为"),
        _fig(growth_wording(row.target_growth, 1), "growth", [(row, "target_growth")], 1),
        Text("，"),
    ]
    if gap == 0:
        runs.append(_fig("与目标持平", "growth_gap", [(row, "growth_gap")], 1))
    else:
        word = "高于目标" if gap > 0 else "低于目标"
        runs.append(
            _fig(f"{word}{display(abs(gap), 1)}个百分点", "growth_gap", [(row, "growth_gap")], 1)
        )
    return runs


def rank(row: FigureRow, *, tied: bool, scope: str, step: str) -> Fig:
    """居全市第N位，较上月前移N位 — the engine's rank_wording in the report's idiom."""
    text = rank_wording(row.rank, row.rank_change, tied=tied)
    text = (
        text.replace("居第", f"居{scope}第").replace("并列第", f"并列{scope}第").replace(",", "，")
    )
    text = text.replace("较上期上升", f"较{step}前移").replace("较上期下降", f"较{step}后退")
    text = text.replace("与上期持平", f"位次与{step}相同")
    return _fig(text, "rank", [(row, "rank"), (row, "rank_change")], 0)


def light(row: FigureRow) -> Fig:
    text = light_label(row.light)
    return _fig(text, "light", [(row, "light")], 0)


def count(text_count: int, claim: str, rows: list[tuple[FigureRow, str]], decimals: int = 1) -> Fig:
    return _fig(str(text_count), f"count:{claim}", rows, decimals)


# --- display rules (issue 12): one function per rule, golden sentences in tests ---

#: Indicators bureaus publish by growth only (their level is an internal accounting figure):
#: the whole and every part or 其中 item under it.
GROWTH_ONLY = ("规模以上工业增加值",)


def prose_decimals(ind: IndicatorInfo, value: float | None = None) -> int:
    """Decimals a level is published with.

    失业率 one decimal (5.4%); value added and GDP accounts of 100亿元 and more one decimal
    (1062.7亿元, the published form), smaller ones keep their catalogue decimals (2.37亿元
    would lose a published digit); anything else its catalogue decimals, at most two in prose.
    """
    if ind.name.endswith("失业率"):
        return 1
    large = value is None or abs(value) >= 100
    if ind.unit == "亿元" and ind.growth_method == "reported" and ind.kind == "flow" and large:
        return 1
    return min(ind.decimals, 2)


def growth_only(ind: IndicatorInfo, indicators: dict[str, IndicatorInfo]) -> bool:
    """Whether the level must not be printed: 规模以上工业增加值 and what lies under it."""
    seen: IndicatorInfo | None = ind
    for _ in range(8):
        if seen is None:
            return False
        if seen.name in GROWTH_ONLY:
            return True
        up = seen.parent or seen.subset_of
        seen = indicators.get(up) if up else None
    return False


def is_period_average(ind: IndicatorInfo) -> bool:
    """Environment quality figures (PM2.5, 优良天数比例, 优良水质比例) are averages over the
    months of the year so far: said 「1-9月」, never 「9月末」."""
    if ind.kind != "rate" or ind.cumulative:
        return False
    return ind.unit == "微克/立方米" or "优良" in ind.name


def change_runs(now: FigureRow, before: FigureRow, ind: IndicatorInfo) -> list[Run]:
    """Counts and persons change by a number, not a percentage: 比上年同期增加2人 /
    减少3个 / 与上年同期持平; rates (in %) by percentage points: 比上年同期提高0.3个百分点."""
    if now.value is None or before.value is None:
        return []
    d = prose_decimals(ind)
    rows = [(now, "value"), (before, "value")]
    # A stock at the year's end is compared with the end of last year (比上年末).
    base = "比上年末" if not ind.cumulative and now.month == 12 == before.month else "比上年同期"
    shown = round_or_none(now.value - before.value, d) or 0.0
    if shown == 0:
        return [Text(base.replace("比", "与", 1)), _fig("持平", "change", rows, d)]
    if ind.unit == "%":
        word = "提高" if shown > 0 else "下降"
        text = f"{word}{display(abs(shown), d)}个百分点"
        return [Text(base), _fig(text, "pp_change", rows, d)]
    word = "增加" if shown > 0 else "减少"
    text = f"{word}{display(abs(shown), d)}"
    return [Text(base), _fig(text, "change", rows, d), Text(ind.unit)]


def by_change(ind: IndicatorInfo) -> bool:
    """Whether a year-on-year change is said as a difference (counts, rates in %)."""
    return ind.kind == "count" or (ind.kind == "rate" and ind.unit == "%")


def pull(child: FigureRow, parent_name: str) -> list[Run]:
    """拉动地区生产总值增长1.9个百分点 / 下拉固定资产投资增速2.3个百分点 (never 「对…增速上拉」)."""
    p = round_or_none(child.pull, 1)
    if p is None or p == 0:
        return []  # nothing worth saying at the displayed precision
    if p > 0:
        return [
            Text(f"拉动{parent_name}"),
            _fig(f"增长{display(p, 1)}个百分点", "pull_growth", [(child, "pull")], 1),
        ]
    return [
        _fig("下拉", "pull_word", [(child, "pull")], 1),
        Text(f"{parent_name}增速"),
        _fig(display(abs(p), 1), "pull_abs", [(child, "pull")], 1),
        Text("个百分点"),
    ]


def control(row: FigureRow, ind: IndicatorInfo) -> list[Run]:
    """A lower-is-better target (控制目标), never as a completion over 100%.

    Cumulative within the year: 为年度控制目标的78.6% (the share used); otherwise the gap
    in the indicator's unit: 低于控制目标1微克/立方米 / 超出控制目标2微克/立方米.
    """
    if row.value is None or row.target_value is None:
        return []
    d = prose_decimals(ind)
    rows = [(row, "value"), (row, "target_value")]
    if ind.cumulative and row.month < 12 and row.target_value > 0:
        return [
            Text("为年度控制目标的"),
            _fig(f"{display(row.value / row.target_value * 100, 1)}%", "ratio", rows, 1),
        ]
    gap = round_or_none(row.value - row.target_value, d) or 0.0
    if gap == 0:
        return [_fig("与控制目标持平", "control_gap", rows, d)]
    word = "超出控制目标" if gap > 0 else "低于控制目标"
    return [_fig(f"{word}{display(abs(gap), d)}", "control_gap", rows, d), Text(ind.unit)]


#: What the rest of the year is called after a quarter's end.
REST_OF_YEAR = {3: "后三季度", 6: "下半年", 9: "四季度"}


def rest_label(month: int) -> str:
    return REST_OF_YEAR.get(month, f"{month + 1}-12月" if month < 11 else "12月")


#: How hard the rest of the year is, by how far the required growth lies above the growth
#: so far (pp): the 公文 words for risk (never a probability).
DIFFICULTY = ((0.0, "保持现有增势即可完成"), (5.0, "需进一步加力"), (15.0, "难度较大"))
DIFFICULTY_TOP = "难度很大"


def difficulty_word(need: float, current: float) -> str:
    gap = need - current
    for limit, word in DIFFICULTY:
        if gap <= limit:
            return word
    return DIFFICULTY_TOP


def required_runs(
    row: FigureRow, before: FigureRow, annual: FigureRow, ind: IndicatorInfo
) -> list[Run]:
    """四季度需增长28.6%以上方能完成全年目标，难度较大 (on last year's same months)."""
    if (
        row.value is None
        or before.value is None
        or annual.value is None
        or row.target_growth is None
        or row.growth is None
    ):
        return []
    rest_last_year = annual.value - before.value
    if rest_last_year <= 0:
        return []
    need = (annual.value * (1 + row.target_growth / 100) - row.value) / rest_last_year * 100 - 100
    rows = [(row, "value"), (row, "target_growth"), (before, "value"), (annual, "value")]
    shown = round_or_none(need, 1)
    if shown is None:
        return []
    word = difficulty_word(shown, round_or_none(row.growth, ind.growth_decimals) or 0.0)
    runs: list[Run] = [Label(rest_label(row.month)), Text("需")]
    runs += [_fig(growth_wording(need, 1), "required_growth", rows, 1)]
    runs += [Text("以上方能完成全年目标，"), _fig(word, "difficulty", [*rows, (row, "growth")], 1)]
    return runs


# Judgements: a phrase per polarity; the checker re-derives the polarity from the data.
JUDGEMENTS: dict[str, tuple[str, str]] = {
    "emerging": ("新兴产业增势良好", "新兴产业表现分化"),
    "tourism": ("文旅市场持续回暖", "文旅市场仍在恢复之中"),
    "energy": ("能源保供有力有效", "能源保供压力仍然较大"),
}
#: The overall verdict, chosen from the headline indicator and the key indicators:
#: 稳中有进 when no key indicator falls and the headline meets its target; 承压前行 when the
#: headline falls or half the key indicators fall; 总体平稳 otherwise.
VERDICTS = ("经济运行稳中有进", "经济运行总体平稳", "经济运行承压前行")


def judgement(topic: str, rows: list[tuple[FigureRow, str]], decimals: int = 1) -> Fig:
    """The positive phrase when every source figure is above zero at display precision."""
    good = all((round_or_none(getattr(r, f), decimals) or 0) > 0 for r, f in rows)
    return _fig(JUDGEMENTS[topic][0 if good else 1], "judge", rows, decimals)


def verdict_level(head: float | None, gap: float | None, keys: list[float | None]) -> int:
    """0 稳中有进, 1 总体平稳, 2 承压前行 (inputs rounded to one decimal by the caller)."""
    falling = sum(1 for g in keys if g is not None and g < 0)
    if (head is not None and head < 0) or (keys and falling * 2 >= len(keys)):
        return 2
    if falling == 0 and (gap is None or gap >= 0) and (head is None or head > 0):
        return 0
    return 1


def verdict(head: FigureRow, keys: list[FigureRow]) -> Fig:
    """The headline's verdict; sources: the headline's growth (and target gap), then the keys."""
    rows: list[tuple[FigureRow, str]] = [(head, "growth")]
    if head.growth_gap is not None:
        rows.append((head, "growth_gap"))
    rows += [(k, "growth") for k in keys]
    level_ = verdict_level(
        round_or_none(head.growth, 1),
        round_or_none(head.growth_gap, 1),
        [round_or_none(k.growth, 1) for k in keys],
    )
    return _fig(VERDICTS[level_], "verdict", rows, 1)


# --- year-end review ---


def target_phrase(row: FigureRow, ind: IndicatorInfo) -> Fig | None:
    """A stored target in words: 增长5.5% for a growth target, the level for a level target."""
    if row.target_growth is not None:
        d = 1
        return _fig(growth_wording(row.target_growth, d), "growth", [(row, "target_growth")], d)
    if row.target_value is not None:
        d = min(ind.decimals, 2)
        text = display(row.target_value, d)
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return _fig(text, "number", [(row, "target_value")], d)
    return None
