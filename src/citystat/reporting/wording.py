"""Sentence pieces chosen by the situation, each number a traced :class:`Fig` run.

The plain wording comes from ``citystat.stats`` (growth_wording, progress_wording,
rank_wording); this module splits it into traced runs and adds the comparisons the
engine does not word (增速加快/回落, 由负转正, 降幅收窄, 拉动, 增长N倍).
"""

from __future__ import annotations

from citystat.reporting.inputs import FigureRow, IndicatorInfo
from citystat.reporting.model import Fig, Run, Source, Text
from citystat.stats import display, growth_wording, progress_wording, rank_wording, round_or_none


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
    d = min(ind.decimals, 2)  # prose and tables read at most two decimals
    if wan:
        return _fig(display((row.value or 0) / 10000, 2), "level_wan", [(row, "value")], 2)
    text = display(row.value, d)
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return _fig(text, "level", [(row, "value")], d)


def number(row: FigureRow, field: str, decimals: int) -> Fig:
    return _fig(display(getattr(row, field), decimals), "number", [(row, field)], decimals)


def trend(now: FigureRow, before: FigureRow, ind: IndicatorInfo) -> Fig | None:
    """How growth moved since the previous period: 加快/回落/持平, 由负转正, 降幅收窄 …"""
    d = ind.growth_decimals
    g1, g0 = round_or_none(now.growth, d), round_or_none(before.growth, d)
    if g1 is None or g0 is None:
        return None
    diff = display(abs(g1 - g0), d)
    if g0 == 0 or g1 == 0:
        # A zero at either end: the movement is a change of state, not a change of pace.
        if g0 == g1:
            text = "增速持平"
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
            text = "降幅持平"
        else:
            text = f"降幅收窄{diff}个百分点" if g1 > g0 else f"降幅扩大{diff}个百分点"
    elif g1 == g0:
        text = "增速持平"
    else:
        text = f"增速加快{diff}个百分点" if g1 > g0 else f"增速回落{diff}个百分点"
    return _fig(text, "trend", [(now, "growth"), (before, "growth")], d)


def pull_runs(child: FigureRow, parent_name: str) -> list[Run]:
    """对 parent 增速上拉/下拉N个百分点."""
    p = round_or_none(child.pull, 1)
    if p is None or p == 0:
        return []  # nothing worth saying at the displayed precision
    word = "上拉" if p > 0 else "下拉"
    runs: list[Run] = [Text(f"对{parent_name}增速"), _fig(word, "pull_word", [(child, "pull")], 1)]
    return [*runs, _fig(display(abs(p), 1), "pull_abs", [(child, "pull")], 1), Text("个百分点")]


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
    text = {"green": "绿灯", "yellow": "黄灯", "red": "红灯"}.get(row.light, "—")
    return _fig(text, "light", [(row, "light")], 0)


def count(text_count: int, claim: str, rows: list[tuple[FigureRow, str]], decimals: int = 1) -> Fig:
    return _fig(str(text_count), f"count:{claim}", rows, decimals)


# Judgements: a phrase per polarity; the checker re-derives the polarity from the data.
JUDGEMENTS: dict[str, tuple[str, str]] = {
    "emerging": ("新兴产业增势良好", "新兴产业表现分化"),
    "tourism": ("文旅市场持续回暖", "文旅市场仍在恢复之中"),
    "energy": ("能源保供有力有效", "能源保供压力仍然较大"),
}
VERDICTS = (
    "总体看，经济运行稳中有进，主要目标任务推进总体符合预期",
    "总体看，经济运行总体平稳，但部分指标与目标要求仍有差距，需要持续用力",
    "总体看，完成全年目标任务的压力较大，亮红灯的指标需要逐项盯办、奋力追赶",
)


def judgement(topic: str, rows: list[tuple[FigureRow, str]], decimals: int = 1) -> Fig:
    """The positive phrase when every source figure is above zero at display precision."""
    good = all((round_or_none(getattr(r, f), decimals) or 0) > 0 for r, f in rows)
    return _fig(JUDGEMENTS[topic][0 if good else 1], "judge", rows, decimals)


def verdict(rows: list[FigureRow]) -> Fig:
    """Overall judgement from the lights: no red and green ≥ yellow; red ≤ green; else."""
    green = sum(1 for r in rows if r.light == "green")
    yellow = sum(1 for r in rows if r.light == "yellow")
    red = sum(1 for r in rows if r.light == "red")
    k = 0 if red == 0 and yellow <= green else (1 if red <= green else 2)
    return _fig(VERDICTS[k], "verdict", [(r, "light") for r in rows], 0)


# --- year-end review ---


def scope_word(kind: str) -> str:
    """How a document names its own region as a whole: 全市, 全县, 全区."""
    return {"county": "全县", "district": "全区", "dev_zone": "全区", "scenic": "全区"}.get(
        kind, "全市"
    )


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


def earlier_level(row: FigureRow, ind: IndicatorInfo) -> Fig:
    """A count's level a year before, for 「213家（上年末186家）」: counts are compared by
    their levels, not by a percentage."""
    return level(row, ind, trim=True)
