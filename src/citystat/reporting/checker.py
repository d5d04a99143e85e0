"""The sentence checker: re-reads a document and verifies it against its inputs.

For every paragraph and table cell it checks that

* each number in the text lies inside a traced :class:`Fig` (or a period :class:`Label`);
* fixed :class:`Text` holds no digit and no direction word (增长, 回落, 前移 …), so every
  such word is a traced claim;
* each ``Fig`` agrees with the data its sources point to, re-reading the figure from the
  input bundle (not from the run) and parsing the words independently of the builders;
* each source's observation ids are the ones the bundle holds for that figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from citystat.reporting.inputs import ReportData
from citystat.reporting.model import Document, Fig, Label, Run, Source, Text
from citystat.reporting.wording import JUDGEMENTS, VERDICTS, difficulty_word, verdict_level
from citystat.stats import display, round_or_none, structure
from citystat.stats.comparison import province_wording
from citystat.stats.lights import light_label

DIRECTION_WORDS = (
    "增长",
    "下降",
    "加快",
    "回落",
    "持平",
    "前移",
    "后退",
    "上拉",
    "下拉",
    "由负转正",
    "由正转负",
    "收窄",
    "扩大",
    "超序时",
    "落后序时",
    "突破",
    "高于",
    "低于",
)
PULL_TOLERANCE_PP = 0.1  # Σ 拉动 of a composition vs the whole's growth (methodology §3)
CONTRIBUTION_TOLERANCE = 0.2  # Σ 贡献率 vs 100%
PULL_CLAIMS = ("pull_word", "pull_abs", "pull_growth", "contribution")
LABEL_CHARS = re.compile(r"^[0-9年月日季度末前后上下半全一二三四至截\-—～（）() ]+$")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Problem:
    where: str
    sentence: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message} 〔{self.sentence}〕"


class CheckError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems[:20]))


def _resolve(data: ReportData, s: Source) -> Any:
    if s.table == "derived":
        row = data.fig(s.indicator, s.region, s.year, s.month)
        if row is None:
            raise LookupError(f"no figure {s.describe()}")
        return getattr(row, s.field)
    if s.table == "comparison":
        c = data.comparison_row(s.indicator, s.region, s.year, s.month)
        if c is None:
            raise LookupError(f"no comparison figure {s.describe()}")
        return getattr(c, s.field)
    if s.table == "task":
        t = data.task_target(int(s.key))
        if t is None:
            raise LookupError(f"no task target {s.key}")
        if s.field == "done":
            return (
                t.actual_value is not None
                and t.target_value is not None
                and t.actual_value >= t.target_value
            )
        return getattr(t, s.field)
    if s.table == "project":
        p = data.project(s.key)
        if p is None:
            raise LookupError(f"no project {s.key}")
        if s.field == "progress_pct":
            return p.progress(s.month or 12).completion
        if s.field == "progress_gap":
            return p.progress(s.month or 12).gap
        if s.field == "expected_progress":
            return p.progress(s.month or 12).expected
        return getattr(p, s.field)
    if s.table == "forecast":
        from citystat.reporting.forecasts import project

        ind = data.indicators.get(s.indicator)
        proj = project(data, ind, s.region, s.year, s.month) if ind else None
        if proj is None:
            return None
        return {"projection": proj.forecast.projection, "growth": proj.growth}.get(s.field)
    raise LookupError(f"unknown table {s.table}")


def _r(x: Any, d: int) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return round_or_none(float(x), d)


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _check_growth(text: str, v: list[Any], d: int) -> bool:
    g = _r(v[0], d)
    if g is None:
        return text == "—"
    if text == "持平":
        return g == 0
    m = re.fullmatch(r"(增长|下降)(\d+(?:\.\d+)?)(%|倍)", text)
    if not m:
        return False
    word, num, unit = m.groups()
    if word == "下降":
        return g < 0 and unit == "%" and num == display(-g, d)
    if unit == "倍":
        return g >= 100 and num == display(g / 100, 1)
    return 0 < g < 100 and num == display(g, d)


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _check_trend(text: str, v: list[Any], d: int) -> bool:
    g1, g0 = _r(v[0], d), _r(v[1], d)
    if g1 is None or g0 is None:
        return False
    diff = display(abs(g1 - g0), d)
    states = {
        "由持平转为增长": (0, 1),
        "由持平转为下降": (0, -1),
        "由增长转为持平": (1, 0),
        "由下降转为持平": (-1, 0),
    }
    if text in states:
        return (_sign(g0), _sign(g1)) == states[text]
    if text == "由负转正":
        return g0 < 0 < g1
    if text == "由正转负":
        return g1 < 0 < g0
    flat = re.fullmatch(
        r"(增速|降幅)与(上期|上月|上季度|上半年|一季度|前三季度|\d+(?:-\d+)?月)持平", text
    )
    if flat:
        return g1 == g0 and ((flat.group(1) == "降幅") == (g1 < 0))
    m = re.fullmatch(r"(增速加快|增速回落|降幅收窄|降幅扩大)(\d+(?:\.\d+)?)个百分点", text)
    if not m or m.group(2) != diff:
        return False
    word = m.group(1)
    if word.startswith("降幅"):
        both_negative = g1 < 0 and g0 < 0
        return both_negative and ((g1 > g0) == (word == "降幅收窄"))
    return g1 > 0 and g0 > 0 and ((g1 > g0) == (word == "增速加快"))


def _check_signed_words(
    text: str, x: Any, d: int, pos: str, neg: str, zero: str, unit: str
) -> bool:
    g = _r(x, d)
    if g is None:
        return text == "—"
    if g == 0:
        return text == zero
    m = re.fullmatch(f"({pos}|{neg})(\\d+(?:\\.\\d+)?){unit}", text)
    return (
        m is not None and m.group(1) == (pos if g > 0 else neg) and m.group(2) == display(abs(g), d)
    )


def _check_rank(text: str, v: list[Any], fig: Fig, data: ReportData) -> bool:
    m = re.fullmatch(
        r"(居|并列)([^第]*)第(\d+)位(?:，较(上月|上季度|上期)(前移|后退)(\d+)位|，位次与(?:上月|上季度|上期)相同)?",
        text,
    )
    rank, change = v
    if not m or rank is None or int(m.group(3)) != rank:
        return False
    s = fig.sources[0]
    if (m.group(1) == "并列") != data.is_tied(s.indicator, s.region, s.year, s.month, rank):
        return False
    if change is None:
        return "，" not in text
    if change == 0:
        return "相同" in text
    return m.group(5) == ("前移" if change > 0 else "后退") and int(m.group(6)) == abs(change)


COUNT_PREDICATES: dict[str, Callable[[Any, int], bool]] = {
    "growth_pos": lambda x, d: (_r(x, d) or 0) > 0,
    "growth_neg": lambda x, d: (_r(x, d) or 0) < 0,
    "green": lambda x, d: x == "green",
    "yellow": lambda x, d: x == "yellow",
    "red": lambda x, d: x == "red",
    "behind": lambda x, d: x is not None and _r(x, d) is not None and (_r(x, d) or 0) < 0,
    "any": lambda x, d: True,
    "done_project": lambda x, d: x is not None and x >= 100,
}


def check_fig(fig: Fig, data: ReportData) -> str | None:
    """None when the run agrees with the data, else the reason."""
    try:
        values = [_resolve(data, s) for s in fig.sources]
    except LookupError as exc:
        return str(exc)
    for s in fig.sources:
        if s.table == "derived" and s.observation_ids:
            row = data.fig(s.indicator, s.region, s.year, s.month)
            if row is not None and not set(s.observation_ids) <= set(row.observation_ids):
                return f"observation ids {s.observation_ids} do not belong to {s.describe()}"
    d = int(fig.param)
    t = fig.text
    c = fig.claim
    ok: bool
    if c == "growth":
        ok = _check_growth(t, values, d)
    elif c == "required_growth":
        v, tg, vm, v12 = values
        if None in values or v12 - vm <= 0:
            return f"「{t}」缺少推算所需的数据"
        ok = _check_growth(t, [(v12 * (1 + tg / 100) - v) / (v12 - vm) * 100 - 100], d)
    elif c == "difficulty":
        v, tg, vm, v12, g = values
        if None in values or v12 - vm <= 0:
            return f"「{t}」缺少判断所需的数据"
        need = _r((v12 * (1 + tg / 100) - v) / (v12 - vm) * 100 - 100, 1) or 0.0
        ok = t == difficulty_word(need, _r(g, 1) or 0.0)
    elif c == "cause":
        first = fig.sources[0]
        texts = {
            x.text.strip().rstrip("。；;")
            for x in data.causes_for(first.indicator, first.region, first.year, first.month)
        }
        ok = t in texts
    elif c == "followup":
        first = fig.sources[0]
        ok = any(
            t == _followup_text(f.responsible_unit, f.answer)
            for f in data.followups
            if (f.indicator, f.region, f.year) == (first.indicator, first.region, first.year)
            and f.month <= first.month
        )
    elif c == "vs_ref":
        a, b = _r(values[0], d), _r(values[1], d)
        m = re.fullmatch(r"(高于|低于)(\D+?)(\d+(?:\.\d+)?)个百分点", t)
        if a is None or b is None:
            ok = False
        elif a == b:
            ok = re.fullmatch(r"与\D+持平", t) is not None
        else:
            ok = (
                m is not None
                and m.group(1) == ("高于" if a > b else "低于")
                and m.group(3) == display(abs(a - b), d)
            )
    elif c == "count_above":
        ref = _r(values[0], d)
        n = re.match(r"(\d+)个", t)
        ok = (
            ref is not None
            and n is not None
            and int(n.group(1))
            == sum(1 for v in values[1:] if _r(v, d) is not None and (_r(v, d) or 0) > ref)
        )
    elif c == "decline":
        gs = [_r(v, d) for v in values]
        negative = all(g is not None and g < 0 for g in gs)
        if t == "持续下降":
            ok = negative and len(gs) >= 2
        else:
            ok = t == "降幅扩大" and negative and len(gs) == 2 and (gs[0] or 0) < (gs[1] or 0)
    elif c == "rank_short":
        first = fig.sources[0]
        rank = values[0]
        tied = rank is not None and data.is_tied(
            first.indicator, first.region, first.year, first.month, rank
        )
        ok = rank is not None and t == f"{'并列' if tied else ''}第{rank}位"
    elif c == "structure":
        ok = None not in values and t == structure(values, d)
    elif c == "change":
        ok = None not in values and _check_signed_words(
            t, values[0] - values[1], d, "增加", "减少", "持平", ""
        )
    elif c == "pp_change":
        ok = None not in values and _check_signed_words(
            t, values[0] - values[1], d, "提高", "下降", "持平", "个百分点"
        )
    elif c == "control_gap":
        ok = None not in values and _check_signed_words(
            t, values[0] - values[1], d, "超出控制目标", "低于控制目标", "与控制目标持平", ""
        )
    elif c == "pull_growth":
        p = _r(values[0], 1)
        ok = p is not None and p > 0 and t == f"增长{display(p, 1)}个百分点"
    elif c == "rate":
        ok = t == f"{display(values[0], d)}%"
    elif c in ("level", "number"):
        shown = display(values[0], d)
        ok = t == shown or ("." in shown and t == shown.rstrip("0").rstrip("."))
    elif c == "sum":
        ok = None not in values and t == display(sum(values), d)
    elif c == "ratio":
        ok = (
            None not in values
            and bool(values[1])
            and t == f"{display(values[0] / values[1] * 100, d)}%"
        )
    elif c == "ratio_sum":
        half = len(values) // 2
        num, den = values[:half], values[half:]
        ok = (
            None not in values
            and bool(sum(den))
            and t == f"{display(sum(num) / sum(den) * 100, d)}%"
        )
    elif c == "project_number":
        ok = values[0] is not None and t in (display(values[0], d), _trim(display(values[0], d)))
    elif c == "task":
        ok = values[0] is not None and (t == _trim(display(values[0], d)))
    elif c == "task_wan":
        ok = values[0] is not None and (t == _trim(display(values[0] / 10000, d)))
    elif c == "level_wan":
        ok = values[0] is not None and t == display(values[0] / 10000, d)
    elif c == "trend":
        ok = _check_trend(t, values, d)
    elif c == "pull_word":
        p = _r(values[0], 1)
        ok = p is not None and p != 0 and t == ("上拉" if p > 0 else "下拉")
    elif c == "pull_abs":
        ok = values[0] is not None and t == display(abs(_r(values[0], 1) or 0), 1)
    elif c == "share_change":
        a, b, a0, b0 = values
        ok = (
            None not in values
            and bool(b)
            and bool(b0)
            and _check_signed_words(
                t, a / b * 100 - a0 / b0 * 100, 1, "提高", "下降", "持平", "个百分点"
            )
        )
    elif c == "contribution":
        ok = t == f"贡献率{display(values[0], 1)}%"
    elif c == "completion":
        ok = t == f"完成年度目标的{display(values[0], 1)}%"
    elif c == "percent":
        ok = values[0] is not None and t == f"{display(values[0], d)}%"
    elif c == "progress":
        ok = _check_signed_words(
            t, values[0], 1, "超序时进度", "落后序时进度", "与序时进度持平", "个百分点"
        )
    elif c == "growth_gap":
        ok = _check_signed_words(t, values[0], 1, "高于目标", "低于目标", "与目标持平", "个百分点")
    elif c == "gap":
        ok = _check_signed_words(t, values[0], 1, "超出", "落后", "持平", "个百分点")
    elif c == "province":
        first = fig.sources[0]
        found = data.province_comparison(first.indicator, first.year, first.month)
        ok = found is not None and t == province_wording(found[0])
    elif c == "rank":
        ok = _check_rank(t, values, fig, data)
    elif c.startswith("count:"):
        pred = COUNT_PREDICATES[c.split(":", 1)[1]]
        ok = t == str(sum(1 for v in values if pred(v, d)))
    elif c == "above":
        ok = t.startswith("突破") and values[0] is not None and values[0] >= fig.param
    elif c == "judge":
        good = all((_r(v, d) or 0) > 0 for v in values)
        polarity = {p: k for pair in JUDGEMENTS.values() for k, p in enumerate(pair)}
        ok = t in polarity and polarity[t] == (0 if good else 1)
    elif c == "verdict":
        head = _r(values[0], 1)
        fields = [src.field for src in fig.sources]
        gap = _r(values[1], 1) if len(fields) > 1 and fields[1] == "growth_gap" else None
        keys = [_r(v, 1) for v, f in zip(values[1:], fields[1:], strict=True) if f == "growth"]
        ok = t in VERDICTS and VERDICTS.index(t) == verdict_level(head, gap, keys)
    elif c == "all_true":
        ok = all(bool(v) for v in values)
    elif c == "light":
        ok = t == light_label(values[0] if isinstance(values[0], str) else None)
    else:
        return f"unknown claim {c}"
    return None if ok else f"「{t}」与数据不符 ({c}: {values})"


def _followup_text(unit: str, answer: str) -> str:
    # Re-worded here, independently of the builders: who answered and what.
    if answer.strip():
        return f"{unit or '责任单位'}答复：{answer.strip().rstrip('。；;')}"
    return f"该项已列入督办，尚待{unit or '责任单位'}答复"


def known_names(data: ReportData) -> list[str]:
    """Proper names that may contain digits (PM2.5, 108国道 …), longest first."""
    names = {i.name for i in data.indicators.values()} | {r.name for r in data.regions.values()}
    names |= {p.name for p in data.projects} | {t.title for t in data.tasks}
    names |= {tt.name for t in data.tasks for tt in t.targets}
    return sorted(names, key=len, reverse=True)


def _strip_names(text: str, names: list[str]) -> str:
    for name in names:
        if name in text:
            text = text.replace(name, "·")
    return text


def _check_runs(runs: list[Run], data: ReportData, where: str, names: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    text = "".join(r.text for r in runs)
    traced = [False] * len(text)
    pos = 0
    for run in runs:
        n = len(run.text)
        if isinstance(run, Text):
            bare = _strip_names(run.text, names)
            if NUMBER.search(bare):
                problems.append(Problem(where, text, f"未溯源的数字「{run.text}」"))
            else:
                traced[pos : pos + n] = [True] * n  # digits inside proper names only
            for word in DIRECTION_WORDS:
                if word in bare:
                    problems.append(Problem(where, text, f"固定文字中含方向词「{word}」"))
            if "概率" in bare:
                problems.append(Problem(where, text, "风险不以概率表述（公文写明需达到的增速）"))
        elif isinstance(run, Label):
            if not LABEL_CHARS.match(run.text):
                problems.append(Problem(where, text, f"期别标签「{run.text}」含非日期文字"))
            traced[pos : pos + n] = [True] * n
        else:
            reason = check_fig(run, data)
            if reason:
                problems.append(Problem(where, text, reason))
            traced[pos : pos + n] = [True] * n
        pos += n
    # Re-read sentence by sentence: every number must sit inside a traced run.
    start = 0
    for sentence in re.split(r"(?<=[。；])", text):
        for m in NUMBER.finditer(sentence):
            a, b = start + m.start(), start + m.end()
            if not all(traced[a:b]):
                problems.append(Problem(where, sentence, f"数字「{m.group()}」未溯源"))
        start += len(sentence)
    return problems


def hierarchy_problems(runs: list[Run], data: ReportData, where: str) -> list[Problem]:
    """A sentence that explains a growth by its parts must add up (methodology §3).

    Refused: 拉动 over parts that do not sum to the whole's growth (± 0.1 pp) or 贡献率 that
    do not sum to 100% (± 0.2), a pull of a 其中 item listed beside the parts of a composition,
    and a named part or 其中 item larger than its whole.
    """
    text = "".join(r.text for r in runs)
    problems: list[Problem] = []
    pulled: dict[tuple[str, str, int, int], set[str]] = {}
    named: set[tuple[str, str, int, int]] = set()
    for run in runs:
        if not isinstance(run, Fig):
            continue
        for src in run.sources:
            if src.table != "derived" or src.indicator not in data.indicators:
                continue
            key = (src.indicator, src.region, src.year, src.month)
            named.add(key)
            if run.claim in PULL_CLAIMS:
                ind = data.indicators[src.indicator]
                whole = ind.parent or ind.subset_of
                pulled.setdefault((whole, src.region, src.year, src.month), set()).add(
                    src.indicator
                )
    for (whole, region, year, month), codes in pulled.items():
        subsets = sorted(c for c in codes if not data.indicators[c].parent)
        parts = [c for c in codes if data.indicators[c].parent]
        if subsets and parts:
            names = "、".join(data.indicators[c].name for c in subsets)
            problems.append(Problem(where, text, f"其中项「{names}」的拉动与构成项并列,不能相加"))
        if not whole or not parts:
            continue
        problems += _composition_sums(data, whole, region, year, month, where, text)
    for ind_code, region, year, month in sorted(named):
        ind = data.indicators[ind_code]
        whole = ind.parent or ind.subset_of
        row, total = data.fig(ind_code, region, year, month), data.fig(whole, region, year, month)
        if not whole or row is None or total is None or row.value is None or total.value is None:
            continue
        if row.value > total.value + 0.5 * 10 ** -max(ind.decimals, 0):
            problems.append(
                Problem(
                    where,
                    text,
                    f"「{ind.name}」{display(row.value, ind.decimals)}大于其总量"
                    f"「{data.indicators[whole].name}」{display(total.value, ind.decimals)}",
                )
            )
    return problems


def _composition_sums(
    data: ReportData, whole: str, region: str, year: int, month: int, where: str, text: str
) -> list[Problem]:
    total = data.fig(whole, region, year, month)
    rows = [data.fig(c.code, region, year, month) for c in data.children_of(whole)]
    if total is None or total.growth is None or any(r is None or r.pull is None for r in rows):
        return []
    name = data.indicators[whole].name
    pulls = sum(r.pull or 0.0 for r in rows if r is not None)
    out: list[Problem] = []
    if abs(pulls - total.growth) > PULL_TOLERANCE_PP + 1e-9:
        out.append(
            Problem(
                where,
                text,
                f"各构成项拉动之和{pulls:.2f}个百分点与「{name}」增速{total.growth:.2f}%不符",
            )
        )
    contributions = [r.contribution for r in rows if r is not None]
    if all(c is not None for c in contributions) and contributions:
        s = sum(c or 0.0 for c in contributions)
        if abs(s - 100) > CONTRIBUTION_TOLERANCE + 1e-9:
            out.append(Problem(where, text, f"各构成项贡献率之和{s:.1f}%不等于100%"))
    return out


def problems_in(doc: Document, data: ReportData) -> list[Problem]:
    problems: list[Problem] = []
    names = known_names(data)
    for section in doc.walk_sections():
        for i, block in enumerate(section.blocks):
            where = f"{section.title} #{i + 1}"
            if hasattr(block, "runs"):
                problems.extend(_check_runs(block.runs, data, where, names))
                problems.extend(hierarchy_problems(block.runs, data, where))
            elif hasattr(block, "rows"):
                for r, row in enumerate(block.rows):
                    for c, cell in enumerate(row):
                        at = f"{where} 表{r + 1}行{c + 1}列"
                        problems.extend(_check_runs(cell, data, at, names))
                        problems.extend(hierarchy_problems(cell, data, at))
    return problems


def check_document(doc: Document, data: ReportData) -> int:
    """Raise :class:`CheckError` listing every disagreement; return the number of checked runs."""
    problems = problems_in(doc, data)
    if problems:
        raise CheckError(problems)
    return len(doc.figs())
