"""Stage 4: validation. Built-in checks plus declarative rules; pure functions over rows.

Each result is a Problem with a severity: an error blocks the file; a warning needs a
written explanation before the figures can be submitted.
"""

from __future__ import annotations

import ast
import math
import operator
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from citystat.importers.harmonise import Row
from citystat.importers.problems import Problem, error, warning
from citystat.importers.vocabulary import Vocabulary

GROWTH_TOLERANCE_PP = Decimal("0.5")  # reported vs level-derived growth, percentage points
GROWTH_BAND = (Decimal(-50), Decimal(100))  # plausible year-on-year growth, %
MAGNITUDE_RATIO = Decimal(1000)  # ×10⁴ slips (万元 in a 亿元 column) land far beyond this
OUTLIER_SD = 3
OUTLIER_MIN_POINTS = 6
QUARTER_END = {3, 6, 9, 12}

Key = tuple[str, str]  # (indicator, region)
Period = tuple[int, int]


@dataclass(frozen=True)
class RuleSpec:
    """A declarative rule: left side, operator, right side (DHIS2-style)."""

    code: str
    left: str
    operator: str
    right: str
    severity: str
    message: str
    tolerance: Decimal = Decimal(0)


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


def _fmt(x: Decimal | float) -> str:
    return f"{float(x):,.4g}" if abs(float(x)) >= 1e5 else f"{float(x):g}"


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
    problems.extend(_city_sum(seen, ctx))
    problems.extend(_rules(seen, ctx))
    return problems


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
        if ref.cumulative and ctx.month > 1:
            prev = _stored(ctx, key, (ctx.year, ctx.month - 1))
            if prev is not None and v < prev:
                out.append(
                    error(
                        f"{label}本年累计值 {_fmt(v)} 低于上月累计 {_fmt(prev)}。累计值不应下降,请核对是否填成了当月值。",
                        code="cumulative_falling",
                        **where,
                    )
                )
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
        if (
            row.growth is not None
            and ref.growth_method == "computed"
            and base is not None
            and base > 0
        ):
            derived = (v / base - 1) * 100
            # Levels rounded to the display decimals move small series' growth a lot.
            half_unit = Decimal("0.5") * Decimal(10) ** -ref.decimals
            tolerance = GROWTH_TOLERANCE_PP + 100 * half_unit * (1 / base + v / base / base)
            if abs(derived - row.growth) > tolerance:
                out.append(
                    warning(
                        f"{label}报送增速 {_fmt(row.growth)}% 与按总量推算的 {derived:.1f}%"
                        f"(上年同期 {_fmt(base)})相差超过 {GROWTH_TOLERANCE_PP} 个百分点。请核对总量或增速。",
                        code="growth_vs_levels",
                        **_loc(row, "growth"),
                    )
                )
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


def _city_sum(seen: dict[Key, Row], ctx: Context) -> list[Problem]:
    """County sum + non-county units vs city total: a warning (methodology §8)."""
    out: list[Problem] = []
    cities = [r for r in ctx.vocab.regions.values() if r.level == "city"]
    for city in cities:
        parts = [r.code for r in ctx.vocab.regions.values() if r.parent == city.code]
        for (indicator, region), row in seen.items():
            if region != city.code or row.value is None:
                continue
            ref = ctx.vocab.indicators[indicator]
            if not ref.additive:
                continue
            values = []
            for p in parts:
                r = seen.get((indicator, p))
                v = r.value if r else _stored(ctx, (indicator, p), (ctx.year, ctx.month))
                if v is None:
                    break
                values.append(v)
            else:
                residual = row.value - sum(values, Decimal(0))
                tolerance = Decimal("0.05") * len(parts) * Decimal(10) ** (1 - ref.decimals)
                if abs(residual) > tolerance:
                    out.append(
                        warning(
                            f"“{ref.name}”各县(市、区)与开发区、风景区、市直合计 {_fmt(sum(values, Decimal(0)))},"
                            f"与全市 {_fmt(row.value)} 相差 {_fmt(residual)}(容差 {_fmt(tolerance)})。请核对。",
                            code="city_sum",
                            **_loc(row),
                        )
                    )
    return out


_OPS: dict[str, Callable[[Decimal, Decimal, Decimal], bool]] = {
    "==": lambda a, b, t: abs(a - b) <= t,
    "!=": lambda a, b, t: abs(a - b) > t,
    "<": lambda a, b, t: a < b + t,
    "<=": lambda a, b, t: a <= b + t,
    ">": lambda a, b, t: a + t > b,
    ">=": lambda a, b, t: a + t >= b,
}
OPERATORS = tuple(_OPS)
_BIN = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


class RuleSyntaxError(ValueError):
    pass


def expression_codes(expr: str) -> set[str]:
    """Indicator codes in a rule side; raises RuleSyntaxError on anything but + - * / and numbers."""
    try:
        tree = ast.parse(expr.strip(), mode="eval")
    except SyntaxError as exc:
        raise RuleSyntaxError(f"表达式“{expr}”无法解析") from exc
    codes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            codes.add(node.id)
        elif (
            not isinstance(
                node, ast.Expression | ast.BinOp | ast.Constant | ast.Load | ast.UnaryOp | ast.USub
            )
            and type(node) not in _BIN
        ):
            raise RuleSyntaxError(f"表达式“{expr}”只能包含指标代码、数字和 + - * /")
    return codes


def evaluate(expr: str, values: dict[str, Decimal]) -> Decimal:
    def ev(node: ast.AST) -> Decimal:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            return values[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
            return Decimal(_BIN[type(node.op)](ev(node.left), ev(node.right)))
        raise RuleSyntaxError("unsupported")

    return ev(ast.parse(expr.strip(), mode="eval"))


def _rules(seen: dict[Key, Row], ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    regions = sorted({region for _, region in seen})
    for rule in ctx.rules:
        try:
            codes = expression_codes(rule.left) | expression_codes(rule.right)
        except RuleSyntaxError:
            continue
        for region in regions:
            rows = {c: seen.get((c, region)) for c in codes}
            if not any(rows.values()):
                continue
            values: dict[str, Decimal] = {}
            for c in codes:
                r = rows[c]
                v = r.value if r else _stored(ctx, (c, region), (ctx.year, ctx.month))
                if v is None:
                    break
                values[c] = v
            else:
                try:
                    left, right = evaluate(rule.left, values), evaluate(rule.right, values)
                except (ArithmeticError, RuleSyntaxError):
                    continue
                if not _OPS[rule.operator](left, right, rule.tolerance):
                    anchor = min((r for r in rows.values() if r is not None), key=lambda r: r.row)
                    make = error if rule.severity == "error" else warning
                    out.append(
                        make(
                            f"{rule.message}(左边 {_fmt(left)},右边 {_fmt(right)},规则 {rule.code})",
                            code=f"rule:{rule.code}",
                            **_loc(anchor),
                        )
                    )
    return out
