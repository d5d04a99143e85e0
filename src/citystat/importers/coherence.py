"""The validation rules of the catalogue, generated from its hierarchy, plus hand-written ones.

Pure: no Django. One evaluator serves intake (a form, a file or a text review, checked against
what is stored), ``citystat check`` and the 数据质量 page (everything stored). Rule kinds:

* ``composition`` — the parts of a composition add up to the whole (error);
* ``composition_growth`` — the parts' growth, weighted by base-period shares, equals the
  whole's growth: the 拉动 add up to it (warning, methodology §3);
* ``subset`` — a 其中 item never exceeds its whole (error);
* ``city_sum`` — county-level units add up to the city for additive indicators (warning, §8);
* ``cumulative_falling`` — a year-to-date figure of a non-negative flow never falls (error);
* ``growth_vs_levels`` — a reported nominal growth agrees with the levels of both years (warning);
* ``rule:<code>`` — a DHIS2-style rule written by an administrator (its own severity).
"""

from __future__ import annotations

import ast
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from citystat.importers.vocabulary import IndicatorRef, Vocabulary

Cell = tuple[str, str, int, int]  # indicator, region, year, month
ERROR, WARNING = "error", "warning"
GROWTH_TOLERANCE_PP = Decimal("0.5")  # reported vs level-derived growth, percentage points
PULL_TOLERANCE_PP = Decimal("0.1")  # Σ base-weighted growth of the parts vs the whole's growth
NON_NEGATIVE_KINDS = frozenset({"flow", "stock", "count"})

KIND_LABELS = {
    "composition": "构成项之和等于总量",
    "composition_growth": "构成项拉动之和等于总量增速",
    "subset": "其中项不超过总量",
    "city_sum": "各县(市、区)合计等于全市",
    "cumulative_falling": "累计值不下降",
    "growth_vs_levels": "增速与两年总量一致",
    "rule": "自定义规则",
}


@dataclass(frozen=True)
class Figure:
    value: Decimal | None = None
    growth: Decimal | None = None


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


@dataclass(frozen=True)
class Violation:
    code: str  # the rule kind, or rule:<code> for a hand-written rule
    severity: str
    indicator: str  # the figure the violation is reported on (a whole, a city, a month)
    region: str
    year: int
    month: int
    left: Decimal
    right: Decimal
    tolerance: Decimal
    message: str
    cells: tuple[Cell, ...]  # every figure the rule read
    field: str = "value"  # value | growth

    @property
    def difference(self) -> Decimal:
        return self.left - self.right

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def kind(self) -> str:
        return "rule" if self.code.startswith("rule:") else self.code

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def fmt(x: Decimal | float) -> str:
    return f"{float(x):,.4g}" if abs(float(x)) >= 1e5 else f"{float(x):g}"


def step(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def composition_tolerance(whole: IndicatorRef, n_parts: int) -> Decimal:
    """Half a unit of the whole's last decimal for each rounded figure (the parts and the whole)."""
    return step(whole.decimals) / 2 * (n_parts + 1)


def city_tolerance(ref: IndicatorRef, n_parts: int) -> Decimal:
    """Methodology §8: 0.05 of the display unit × number of parts."""
    return Decimal("0.05") * n_parts * Decimal(10) ** (1 - ref.decimals)


def growth_tolerance(ref: IndicatorRef, value: Decimal, base: Decimal) -> Decimal:
    # Levels rounded to the display decimals move small series' growth a lot.
    half_unit = Decimal("0.5") * Decimal(10) ** -ref.decimals
    return GROWTH_TOLERANCE_PP + 100 * half_unit * (1 / base + value / base / base)


class Hierarchy:
    """Compositions, 其中 items and region parts read off a vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.parts: dict[str, list[str]] = defaultdict(list)
        self.subsets: dict[str, str] = {}
        for ref in vocab.indicators.values():
            if ref.parent and ref.parent in vocab.indicators:
                self.parts[ref.parent].append(ref.code)
            if ref.subset_of and ref.subset_of in vocab.indicators:
                self.subsets[ref.code] = ref.subset_of
        self.region_parts: dict[str, list[str]] = defaultdict(list)
        for r in vocab.regions.values():
            if r.parent and vocab.regions.get(r.parent) and vocab.regions[r.parent].level == "city":
                self.region_parts[r.parent].append(r.code)

    def relatives(self, codes: Iterable[str]) -> set[str]:
        """The indicators whose figures the rules on ``codes`` read."""
        out = set(codes)
        for code in list(out):
            ref = self.vocab.indicators.get(code)
            if ref is None:
                continue
            whole = ref.parent or ref.subset_of
            if whole:
                out.add(whole)
                out.update(self.parts.get(whole, ()))
            out.update(self.parts.get(code, ()))
            out.update(c for c, w in self.subsets.items() if w == code)
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
        if isinstance(node, ast.Constant) and not isinstance(node.value, int | float):
            raise RuleSyntaxError(f"表达式“{expr}”只能包含指标代码、数字和 + - * /")
    return codes


def evaluate(expr: str, values: Mapping[str, Decimal]) -> Decimal:
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


def rule_problems(rule: RuleSpec, indicators: Mapping[str, IndicatorRef]) -> list[str]:
    """Why a hand-written rule cannot be saved: syntax, unknown codes, ÷0, mixed units."""
    if rule.operator not in OPERATORS:
        return [f"运算符“{rule.operator}”无效,可用:{' '.join(OPERATORS)}"]
    out: list[str] = []
    units: dict[str, str] = {}
    for side in (rule.left, rule.right):
        try:
            codes = expression_codes(side)
        except RuleSyntaxError as exc:
            out.append(str(exc))
            continue
        unknown = sorted(c for c in codes if c not in indicators)
        if unknown:
            out.append(
                f"表达式“{side}”中的指标代码 {'、'.join(unknown)} 不存在,请按指标目录填写代码"
            )
        units.update({c: indicators[c].unit for c in codes if c in indicators})
        # Distinct values stand in for the figures: a divisor that is zero even then is
        # zero whatever is reported (x / 0, x / (a - a)).
        probe = {c: Decimal(p) for c, p in zip(sorted(codes), _PRIMES, strict=False)}
        try:
            evaluate(side, probe)
        except ArithmeticError:
            out.append(f"表达式“{side}”除以零,请改正除数")
        except (KeyError, RuleSyntaxError):
            pass
    if len(set(units.values())) > 1 and not _has_division(rule.left + rule.right):
        mixed = "、".join(f"{c}({u or '无单位'})" for c, u in sorted(units.items()))
        out.append(f"规则两边的指标单位不同,不能直接比较或相加:{mixed}")
    return list(dict.fromkeys(out))


_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71)


def _has_division(expr: str) -> bool:
    return "/" in expr or "*" in expr


class Evaluator:
    def __init__(
        self,
        vocab: Vocabulary,
        data: Mapping[Cell, Figure],
        rules: Iterable[RuleSpec] = (),
        *,
        all_units: bool = False,
    ) -> None:
        # all_units: a city total is compared only once every county-level unit has reported
        # (intake, which reads a narrow history); otherwise once every unit that reports the
        # indicator anywhere in ``data`` has (stored data: a few indicators cover a few units).
        self.all_units = all_units
        self.vocab = vocab
        self.h = Hierarchy(vocab)
        self.data = data
        self.rules = [r for r in rules if self._parsable(r)]
        self.by_group: dict[tuple[str, int, int], dict[str, Figure]] = defaultdict(dict)
        self.months: dict[tuple[str, str, int], list[int]] = defaultdict(list)
        self.reporters: dict[str, set[str]] = defaultdict(set)
        for (ind, reg, y, m), fig in data.items():
            self.by_group[(reg, y, m)][ind] = fig
            if fig.value is not None:
                self.months[(ind, reg, y)].append(m)
                self.reporters[ind].add(reg)
        for ms in self.months.values():
            ms.sort()

    @staticmethod
    def _parsable(rule: RuleSpec) -> bool:
        try:
            expression_codes(rule.left)
            expression_codes(rule.right)
        except RuleSyntaxError:
            return False
        return rule.operator in _OPS

    def value(self, ind: str, reg: str, y: int, m: int) -> Decimal | None:
        fig = self.data.get((ind, reg, y, m))
        return fig.value if fig is not None else None

    def name(self, ind: str) -> str:
        ref = self.vocab.indicators.get(ind)
        return ref.name if ref else ind

    def run(self, groups: Iterable[tuple[str, int, int]] | None = None) -> list[Violation]:
        out: list[Violation] = []
        keys = sorted(self.by_group) if groups is None else sorted(set(groups))
        for reg, y, m in keys:
            figures = self.by_group.get((reg, y, m), {})
            out += self._compositions(reg, y, m, figures)
            out += self._subsets(reg, y, m, figures)
            out += self._city(reg, y, m, figures)
            out += self._cells(reg, y, m, figures)
            out += self._custom(reg, y, m, figures)
        return out

    # ---- generated from the hierarchy ---------------------------------------------------
    def _compositions(self, reg: str, y: int, m: int, figs: dict[str, Figure]) -> list[Violation]:
        out: list[Violation] = []
        for whole, parts in self.h.parts.items():
            w = figs.get(whole)
            if w is None or w.value is None:
                continue
            values = [figs[p].value for p in parts if p in figs]
            if len(values) != len(parts) or any(v is None for v in values):
                # Not all parts are in: the sum cannot be checked, but a non-negative part
                # still cannot exceed its whole (进口 ≤ 进出口, 乡村零售额 ≤ 社零).
                out += self._part_over_whole(whole, parts, reg, y, m, figs)
                continue
            ref = self.vocab.indicators[whole]
            total = sum((v for v in values if v is not None), Decimal(0))
            tol = composition_tolerance(ref, len(parts))
            cells = tuple((c, reg, y, m) for c in (whole, *parts))
            if abs(w.value - total) > tol:
                names = "、".join(self.name(p) for p in parts)
                out.append(
                    Violation(
                        "composition",
                        ERROR,
                        whole,
                        reg,
                        y,
                        m,
                        w.value,
                        total,
                        tol,
                        f"“{ref.name}”{fmt(w.value)}{ref.unit} 不等于其构成项({names})之和 "
                        f"{fmt(total)}{ref.unit},相差 {fmt(w.value - total)}(容差 {fmt(tol)}{ref.unit})。"
                        "构成项相加应等于总量,请核对总量或构成项。",
                        cells,
                    )
                )
                continue
            v = self._composition_growth(whole, parts, reg, y, m, figs, cells)
            if v is not None:
                out.append(v)
        return out

    def _part_over_whole(
        self, whole: str, parts: list[str], reg: str, y: int, m: int, figs: dict[str, Figure]
    ) -> list[Violation]:
        out: list[Violation] = []
        for p in parts:
            ref = self.vocab.indicators.get(p)
            if ref is not None and ref.kind in NON_NEGATIVE_KINDS:
                v = self._above_whole("composition", p, whole, reg, y, m, figs)
                if v is not None:
                    out.append(v)
        return out

    def _above_whole(
        self, kind: str, item: str, whole: str, reg: str, y: int, m: int, figs: dict[str, Figure]
    ) -> Violation | None:
        """A 其中 item (``subset``) or a part (``composition``) larger than its whole."""
        a, b = figs.get(item), figs.get(whole)
        if a is None or b is None or a.value is None or b.value is None:
            return None
        ref, wref = self.vocab.indicators[item], self.vocab.indicators[whole]
        tol = step(max(ref.decimals, wref.decimals)) / 2
        if a.value <= b.value + tol:
            return None
        label, of = ("其中项", "所属总量") if kind == "subset" else ("构成项", "总量")
        return Violation(
            kind,
            ERROR,
            item,
            reg,
            y,
            m,
            a.value,
            b.value,
            tol,
            f"{label}“{ref.name}”{fmt(a.value)}{ref.unit} 大于{of}“{wref.name}”"
            f"{fmt(b.value)}{wref.unit},超出 {fmt(a.value - b.value)}。{label}不能超过总量,请核对。",
            ((item, reg, y, m), (whole, reg, y, m)),
        )

    def _composition_growth(
        self,
        whole: str,
        parts: list[str],
        reg: str,
        y: int,
        m: int,
        figs: dict[str, Figure],
        cells: tuple[Cell, ...],
    ) -> Violation | None:
        g = figs[whole].growth
        growths = [figs[p].growth for p in parts]
        bases = [self.value(p, reg, y - 1, m) for p in parts]
        if g is None or any(x is None for x in growths) or any(b is None for b in bases):
            return None
        total_base = sum((b for b in bases if b is not None), Decimal(0))
        if total_base <= 0:
            return None
        pulls = sum(
            (
                b * x / total_base
                for b, x in zip(bases, growths, strict=True)
                if b and x is not None
            ),
            Decimal(0),
        )
        if abs(pulls - g) <= PULL_TOLERANCE_PP:
            return None
        ref = self.vocab.indicators[whole]
        return Violation(
            "composition_growth",
            WARNING,
            whole,
            reg,
            y,
            m,
            g,
            pulls,
            PULL_TOLERANCE_PP,
            f"“{ref.name}”增速 {fmt(g)}% 与各构成项按上年同期比重加权的增速(拉动之和){pulls:.2f}% "
            f"相差 {abs(g - pulls):.2f} 个百分点(容差 {PULL_TOLERANCE_PP})。请核对总量或构成项的增速。",
            cells + tuple((p, reg, y - 1, m) for p in parts),
            field="growth",
        )

    def _subsets(self, reg: str, y: int, m: int, figs: dict[str, Figure]) -> list[Violation]:
        found = (
            self._above_whole("subset", item, whole, reg, y, m, figs)
            for item, whole in self.h.subsets.items()
        )
        return [v for v in found if v is not None]

    def _city(self, reg: str, y: int, m: int, figs: dict[str, Figure]) -> list[Violation]:
        units = self.h.region_parts.get(reg)
        if not units:
            return []
        out: list[Violation] = []
        for ind, fig in figs.items():
            ref = self.vocab.indicators.get(ind)
            if ref is None or not ref.additive or fig.value is None:
                continue
            reporters = units if self.all_units else [u for u in units if u in self.reporters[ind]]
            values = [self.value(ind, u, y, m) for u in reporters]
            if not reporters or any(v is None for v in values):
                continue
            total = sum((v for v in values if v is not None), Decimal(0))
            tol = city_tolerance(ref, len(units))
            if abs(fig.value - total) > tol:
                out.append(
                    Violation(
                        "city_sum",
                        WARNING,
                        ind,
                        reg,
                        y,
                        m,
                        fig.value,
                        total,
                        tol,
                        f"“{ref.name}”各县(市、区)与开发区、风景区、市直合计 {fmt(total)},"
                        f"与全市 {fmt(fig.value)} 相差 {fmt(fig.value - total)}(容差 {fmt(tol)})。请核对。",
                        ((ind, reg, y, m), *((ind, u, y, m) for u in reporters)),
                    )
                )
        return out

    def _cells(self, reg: str, y: int, m: int, figs: dict[str, Figure]) -> list[Violation]:
        out: list[Violation] = []
        for ind, fig in figs.items():
            ref = self.vocab.indicators.get(ind)
            if ref is None or fig.value is None:
                continue
            label = f"“{ref.name}”"
            if ref.cumulative and ref.kind in NON_NEGATIVE_KINDS:
                months = self.months[(ind, reg, y)]
                i = months.index(m)
                if i > 0:
                    pm = months[i - 1]
                    prev = self.value(ind, reg, y, pm)
                    if prev is not None and fig.value < prev:
                        out.append(
                            Violation(
                                "cumulative_falling",
                                ERROR,
                                ind,
                                reg,
                                y,
                                m,
                                fig.value,
                                prev,
                                Decimal(0),
                                f"{label}本年累计值 {fmt(fig.value)} 低于上月累计 {fmt(prev)}。"
                                "累计值不应下降,请核对是否填成了当月值。",
                                ((ind, reg, y, m), (ind, reg, y, pm)),
                            )
                        )
            base = self.value(ind, reg, y - 1, m)
            g = fig.growth
            if g is None or ref.growth_method != "computed" or base is None or base <= 0:
                continue
            derived = (fig.value / base - 1) * 100
            if abs(derived - g) > growth_tolerance(ref, fig.value, base):
                out.append(
                    Violation(
                        "growth_vs_levels",
                        WARNING,
                        ind,
                        reg,
                        y,
                        m,
                        g,
                        derived,
                        growth_tolerance(ref, fig.value, base),
                        f"{label}报送增速 {fmt(g)}% 与按总量推算的 {derived:.1f}%"
                        f"(上年同期 {fmt(base)})相差超过 {GROWTH_TOLERANCE_PP} 个百分点。请核对总量或增速。",
                        ((ind, reg, y, m), (ind, reg, y - 1, m)),
                        field="growth",
                    )
                )
        return out

    # ---- hand-written -----------------------------------------------------------------------
    def _custom(self, reg: str, y: int, m: int, figs: dict[str, Figure]) -> list[Violation]:
        out: list[Violation] = []
        for rule in self.rules:
            codes = expression_codes(rule.left) | expression_codes(rule.right)
            values: dict[str, Decimal] = {}
            for c in codes:
                f = figs.get(c)
                if f is None or f.value is None:
                    break
                values[c] = f.value
            else:
                try:
                    left, right = evaluate(rule.left, values), evaluate(rule.right, values)
                except (ArithmeticError, RuleSyntaxError):
                    continue
                if codes and not _OPS[rule.operator](left, right, rule.tolerance):
                    out.append(
                        Violation(
                            f"rule:{rule.code}",
                            ERROR if rule.severity == ERROR else WARNING,
                            sorted(codes)[0],
                            reg,
                            y,
                            m,
                            left,
                            right,
                            rule.tolerance,
                            f"{rule.message}(左边 {fmt(left)},右边 {fmt(right)},规则 {rule.code})",
                            tuple((c, reg, y, m) for c in sorted(codes)),
                        )
                    )
        return out


def violations(
    vocab: Vocabulary,
    data: Mapping[Cell, Figure],
    rules: Iterable[RuleSpec] = (),
    *,
    focus: Iterable[Cell] | None = None,
    groups: Iterable[tuple[str, int, int]] | None = None,
    all_units: bool = False,
) -> list[Violation]:
    """Every broken rule over ``data``: on the (region, year, month) ``groups`` given, or
    with ``focus``, those that read a focus figure (a form's or a file's rows)."""
    ev = Evaluator(vocab, data, rules, all_units=all_units)
    if focus is None:
        return ev.run(groups)
    cells = set(focus)
    reached: set[tuple[str, int, int]] = set()
    for ind, reg, y, m in cells:
        reached.add((reg, y, m))
        parent = vocab.regions.get(reg)
        if parent is not None and parent.parent:
            reached.add((parent.parent, y, m))
        for later in ev.months.get((ind, reg, y), []):
            if later > m:
                reached.add((reg, y, later))
                break
    return [v for v in ev.run(reached) if cells.intersection(v.cells)]
