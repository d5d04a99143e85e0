"""Stage 4: validation. Built-in checks plus declarative rules; pure functions over rows.

Each result is a Problem with a severity: an error blocks the file; a warning needs a
written explanation before the figures can be submitted.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from citystat.importers import coherence
from citystat.importers.coherence import (
    GROWTH_TOLERANCE_PP,
    OPERATORS,
    RuleSpec,
    RuleSyntaxError,
    evaluate,
    expression_codes,
)
from citystat.importers.harmonise import Row
from citystat.importers.numbers import MAX_DIGITS_BEFORE_POINT
from citystat.importers.problems import Problem, error, warning
from citystat.importers.vocabulary import Vocabulary

__all__ = [
    "GROWTH_TOLERANCE_PP",
    "OPERATORS",
    "Context",
    "RuleSpec",
    "RuleSyntaxError",
    "check",
    "evaluate",
    "expression_codes",
    "indicators_needed",
    "regions_needed",
    "unexplained",
]

# What the database columns hold (observations.Observation: value Decimal(20, 6), growth
# Decimal(12, 4)); a test keeps these in step with the model.
VALUE_INTEGER_DIGITS, VALUE_DECIMALS = MAX_DIGITS_BEFORE_POINT, 6
GROWTH_INTEGER_DIGITS, GROWTH_DECIMALS = 8, 4
# The largest figure a bureau at any level could publish in each unit (about ten times the
# national total: China's GDP is some 1.3×10⁶ 亿元, its population 1.4×10⁵ 万人).
PLAUSIBLE_MAX: dict[str, Decimal] = {
    "亿元": Decimal("1e6"),
    "万元": Decimal("1e10"),
    "元": Decimal("1e13"),
    "万美元": Decimal("1e9"),
    "亿美元": Decimal("1e5"),
    "万人": Decimal("2e5"),
    "人": Decimal("2e9"),
    "万人次": Decimal("1e7"),
    "人次": Decimal("1e11"),
    "万户": Decimal("2e4"),
    "户": Decimal("2e8"),
    "家": Decimal("1e8"),
    "个": Decimal("1e8"),
    "万吨": Decimal("1e7"),
    "吨": Decimal("1e11"),
    "万千瓦": Decimal("1e7"),
    "万亩": Decimal("2e6"),
    "亩": Decimal("2e10"),
    "微克/立方米": Decimal("2000"),
}
GROWTH_MAX = Decimal(10000)  # 增长100倍
GROWTH_BAND = (Decimal(-50), Decimal(100))  # plausible year-on-year growth, %
MAGNITUDE_RATIO = Decimal(1000)  # ×10⁴ slips (万元 in a 亿元 column) land far beyond this
OUTLIER_SD = 3
OUTLIER_MIN_POINTS = 6
QUARTER_END = {3, 6, 9, 12}

Key = tuple[str, str]  # (indicator, region)
Period = tuple[int, int]


@dataclass
class Context:
    """Everything the checks need besides the rows."""

    vocab: Vocabulary
    year: int
    month: int
    today: Period
    # stored values by (indicator, region) → {(year, month): value}
    history: dict[Key, dict[Period, Decimal]] = field(default_factory=dict)
    rules: list[RuleSpec] = field(default_factory=list)


def _loc(row: Row, column_field: str = "value") -> dict[str, object]:
    return {"sheet": row.sheet, "row": row.row, "column": row.columns.get(column_field, "")}


_fmt = coherence.fmt


def check(rows: list[Row], ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    if (ctx.year, ctx.month) > ctx.today:
        problems.append(
            error(
                f"期别 {ctx.year}年{ctx.month}月 尚未到来,不能报送。请核对标题或 --period 中的年月。",
                code="future_period",
            )
        )
    if not 1 <= ctx.month <= 12:
        problems.append(error(f"月份 {ctx.month} 无效,应为 1-12。", code="bad_month"))
    seen: dict[Key, Row] = {}
    for row in rows:
        key = (row.indicator, row.region)
        if key in seen:
            first = seen[key]
            problems.append(
                error(
                    f"重复行:{ctx.vocab.regions[row.region].name}“{ctx.vocab.indicators[row.indicator].name}”"
                    f"已在第{first.row}行出现。请删除其中一行。",
                    code="duplicate",
                    **_loc(row, "indicator"),
                )
            )
            continue
        seen[key] = row
        problems.extend(_row_checks(row, ctx, seen))
    problems.extend(_coherence(seen, ctx, problems))
    return problems


def _coherence(seen: dict[Key, Row], ctx: Context, found: list[Problem]) -> list[Problem]:
    """The catalogue's rules (generated and hand-written) on the rows beside what is stored."""
    data: dict[coherence.Cell, coherence.Figure] = {}
    for (ind, reg), series in ctx.history.items():
        for (y, m), v in series.items():
            data[(ind, reg, y, m)] = coherence.Figure(v, None)
    focus: dict[coherence.Cell, Row] = {}
    for (ind, reg), row in seen.items():
        if row.value is None and row.growth is None:
            continue
        cell = (ind, reg, ctx.year, ctx.month)
        data[cell] = coherence.Figure(row.value, row.growth)
        focus[cell] = row
        base = (ind, reg, ctx.year - 1, ctx.month)
        if row.prior is not None and base not in data:
            data[base] = coherence.Figure(row.prior, None)
    # A unit slip already explained by the magnitude warning would also skew the growth.
    slipped = {(p.sheet, p.row) for p in found if p.code == "magnitude"}
    out: list[Problem] = []
    for found_v in coherence.violations(ctx.vocab, data, ctx.rules, focus=focus, all_units=True):
        mine = [focus[c] for c in found_v.cells if c in focus]
        own = (found_v.indicator, found_v.region, found_v.year, found_v.month)
        anchor = focus[own] if own in focus else min(mine, key=lambda r: r.row)
        if found_v.code == "growth_vs_levels" and (anchor.sheet, anchor.row) in slipped:
            continue
        make = error if found_v.is_error else warning
        out.append(make(found_v.message, code=found_v.code, **_loc(anchor, found_v.field)))
    return out


def indicators_needed(rows: list[Row], vocab: Vocabulary, rules: list[RuleSpec]) -> set[str]:
    """Indicators whose stored figures the checks read: the rows', their wholes, parts and
    其中 items, and every code a hand-written rule names."""
    codes = coherence.Hierarchy(vocab).relatives({r.indicator for r in rows})
    for rule in rules:
        try:
            codes |= expression_codes(rule.left) | expression_codes(rule.right)
        except RuleSyntaxError:
            continue
    return codes


def unexplained(problems: list[Problem], rows: list[Row]) -> list[Problem]:
    """Warnings still needing an explanation: a note on the row (说明 column) explains it."""
    noted = {(r.sheet, r.row) for r in rows if r.note.strip()}
    return [p for p in problems if not p.is_error and (p.sheet, p.row) not in noted]


def regions_needed(rows: list[Row], vocab: Vocabulary) -> set[str]:
    """Regions whose stored figures the checks read: the file's, plus a city's parts."""
    codes = {r.region for r in rows}
    cities = {c for c in codes if vocab.regions[c].level == "city"}
    return codes | {r.code for r in vocab.regions.values() if r.parent in cities}


def _stored(ctx: Context, key: Key, period: Period) -> Decimal | None:
    return ctx.history.get(key, {}).get(period)


def _row_checks(row: Row, ctx: Context, seen: dict[Key, Row]) -> list[Problem]:
    out: list[Problem] = []
    ref = ctx.vocab.indicators[row.indicator]
    label = f"“{ref.name}”"
    where = _loc(row)
    if ref.frequency == "quarterly" and ctx.month not in QUARTER_END:
        out.append(
            error(
                f"{label}为季度指标,只在3、6、9、12月报送。请删除该行。",
                code="frequency",
                **where,
            )
        )
        return out
    if ref.frequency == "annual" and ctx.month != 12:
        out.append(
            error(f"{label}为年度指标,只在12月报送。请删除该行。", code="frequency", **where)
        )
        return out
    if row.value is None and row.growth is None:
        out.append(
            warning(
                f"{label}未填数值(“—”或“/”按缺报处理,不写入)。如确无数据请在说明中注明原因。",
                code="missing",
                **where,
            )
        )
        return out
    bounds = _bounds(row, ref.name, ref.unit, ref.kind)
    if bounds:
        return bounds
    v = row.value
    if v is not None:
        if ref.kind in {"flow", "stock", "count"} and v < 0:
            out.append(
                error(f"{label}不能为负数({_fmt(v)})。请核对数值。", code="non_negative", **where)
            )
        if ref.unit == "%" and not Decimal(0) <= v <= Decimal(100):
            out.append(
                error(
                    f"{label}是百分比,应在 0-100 之间,现为 {_fmt(v)}。",
                    code="range",
                    **where,
                )
            )
        key = (row.indicator, row.region)
        stored_base = _stored(ctx, key, (ctx.year - 1, ctx.month))
        base = stored_base if stored_base is not None else row.prior
        reference = base if base is not None else _latest(ctx, key)
        if reference is not None and reference > 0 and v > 0:
            ratio = v / reference
            if ratio >= MAGNITUDE_RATIO or ratio <= 1 / MAGNITUDE_RATIO:
                out.append(
                    warning(
                        f"{label}数值 {_fmt(v)}{ref.unit} 约为上年同期/历史值 {_fmt(reference)} 的 {_fmt(ratio)} 倍,"
                        f"可能把万元填成了亿元(或相反)。请按“{ref.unit}”核对,或在“计量单位”列写明单位。",
                        code="magnitude",
                        **where,
                    )
                )
                return out
        out.extend(_outlier(row, ctx, label))
    if row.growth is not None and not GROWTH_BAND[0] <= row.growth <= GROWTH_BAND[1]:
        out.append(
            warning(
                f"{label}同比增速 {_fmt(row.growth)}% 超出合理区间({GROWTH_BAND[0]}%~{GROWTH_BAND[1]}%)。"
                "如属实请在说明中写明原因。",
                code="growth_band",
                **_loc(row, "growth"),
            )
        )
    return out


def _digits(x: Decimal) -> tuple[int, int]:
    """(integer digits, decimal places) of a finite Decimal."""
    _sign, digits, exponent = x.normalize().as_tuple()
    assert isinstance(exponent, int)
    places = max(0, -exponent)
    return max(0, len(digits) + exponent), places


def _bounds(row: Row, name: str, unit: str, kind: str) -> list[Problem]:
    """Values a bureau could never publish: beyond the column, beyond the unit's bound."""
    out: list[Problem] = []
    label = f"“{name}”"
    for fld, x, int_digits, places, what in (
        ("value", row.value, VALUE_INTEGER_DIGITS, VALUE_DECIMALS, "数值"),
        ("growth", row.growth, GROWTH_INTEGER_DIGITS, GROWTH_DECIMALS, "同比增速"),
        ("prior", row.prior, VALUE_INTEGER_DIGITS, VALUE_DECIMALS, "上年同期"),
    ):
        if x is None:
            continue
        where = _loc(row, fld)
        if not x.is_finite():
            out.append(
                error(f"{label}{what}“{x}”不是有效数字。请填写数字。", code="not_finite", **where)
            )
            continue
        n_int, n_dec = _digits(x)
        if n_int > int_digits:
            out.append(
                error(
                    f"{label}{what} {_fmt(x)} 超出可存储的范围(整数部分最多{int_digits}位)。"
                    "请核对是否多填了位数或用错了单位。",
                    code="too_large",
                    **where,
                )
            )
            continue
        if n_dec > places:
            out.append(
                error(
                    f"{label}{what} {x} 的小数超过{places}位,无法按原样保存。请按发布口径保留小数。",
                    code="too_many_decimals",
                    **where,
                )
            )
            continue
        if fld == "growth":
            if abs(x) > GROWTH_MAX or (kind in {"flow", "stock", "count"} and x < -100):
                out.append(
                    error(
                        f"{label}同比增速 {_fmt(x)}% 不可能(下降不会超过100%,增长不超过{GROWTH_MAX:.0f}%)。"
                        "请核对是否把总量填进了增速列。",
                        code="implausible",
                        **where,
                    )
                )
            continue
        bound = PLAUSIBLE_MAX.get(unit)
        if bound is not None and abs(x) > bound:
            out.append(
                error(
                    f"{label}{what} {_fmt(x)}{unit} 超出任何一级统计部门可能发布的上限"
                    f"({_fmt(bound)}{unit})。请核对单位(如万元与亿元)或位数。",
                    code="implausible",
                    **where,
                )
            )
    return out


def _latest(ctx: Context, key: Key) -> Decimal | None:
    series = ctx.history.get(key)
    if not series:
        return None
    earlier = [p for p in series if p < (ctx.year, ctx.month)]
    return series[max(earlier)] if earlier else None


def _single_month(series: dict[Period, Decimal], cumulative: bool) -> list[float]:
    out = []
    for (y, m), v in sorted(series.items()):
        if not cumulative or m == 1:
            out.append(float(v))
        elif (y, m - 1) in series:
            out.append(float(v - series[(y, m - 1)]))
    return out


def _outlier(row: Row, ctx: Context, label: str) -> list[Problem]:
    ref = ctx.vocab.indicators[row.indicator]
    key = (row.indicator, row.region)
    series = {p: v for p, v in ctx.history.get(key, {}).items() if p < (ctx.year, ctx.month)}
    if row.value is None or len(series) < OUTLIER_MIN_POINTS:
        return []
    if ref.cumulative and ctx.month > 1:
        prev = series.get((ctx.year, ctx.month - 1))
        if prev is None:
            return []  # e.g. a combined 1-2月 figure: no single month to compare
        current = float(row.value - prev)
    else:
        current = float(row.value)
    past = _single_month(series, ref.cumulative)
    if len(past) < OUTLIER_MIN_POINTS:
        return []
    mean = statistics.fmean(past)
    sd = statistics.pstdev(past)
    if sd == 0 or math.isnan(sd) or abs(current - mean) <= OUTLIER_SD * sd:
        return []
    return [
        warning(
            f"{label}当月值 {current:.4g} 偏离本单位历史月度均值 {mean:.4g} 超过 {OUTLIER_SD} 倍标准差({sd:.3g})。"
            "请核对;如属实请在说明中写明原因。",
            code="outlier",
            **_loc(row),
        )
    ]
