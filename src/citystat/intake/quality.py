"""Validation analysis over everything stored (DHIS2's 'Run validation'): `citystat check` and
the 数据质量 page. The rules are ``importers.coherence``'s, the same ones intake runs."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from decimal import Decimal

from citystat.importers.coherence import Cell, Figure, Violation, violations
from citystat.importers.vocabulary import Vocabulary
from citystat.intake import context

Month = tuple[int, int]


@dataclass
class QualityReport:
    vocab: Vocabulary
    violations: list[Violation]
    checked: int  # stored figures the rules ran over
    empty: bool  # the database holds no figures at all

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.is_error]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if not v.is_error]

    def region_name(self, code: str) -> str:
        r = self.vocab.regions.get(code)
        return r.name if r else code

    def indicator_name(self, code: str) -> str:
        i = self.vocab.indicators.get(code)
        return i.name if i else code

    def unit(self, code: str) -> str:
        i = self.vocab.indicators.get(code)
        return i.unit if i else ""

    def rows(self) -> list[dict[str, object]]:
        return [
            {
                "severity": v.severity,
                "rule": v.code,
                "kind": v.kind_label,
                "region": v.region,
                "region_name": self.region_name(v.region),
                "period": f"{v.year:04d}-{v.month:02d}",
                "indicator": v.indicator,
                "indicator_name": self.indicator_name(v.indicator),
                "field": v.field,
                "left": str(v.left),
                "right": str(v.right),
                "difference": str(v.difference),
                "tolerance": str(v.tolerance),
                "message": v.message,
            }
            for v in self.violations
        ]

    def summary(self) -> str:
        if self.empty:
            return "数据库中没有任何数据,无可检查。"
        return (
            f"检查 {self.checked} 个数据,发现 {len(self.errors)} 个错误、"
            f"{len(self.warnings)} 个警告。"
        )

    def text(self) -> str:
        if self.empty:
            return self.summary()
        lines = [
            f"[{'错误' if v.is_error else '警告'}] {v.year:04d}-{v.month:02d} "
            f"{self.region_name(v.region)} {v.kind_label}:{v.message}"
            for v in self.violations
        ]
        return "\n".join([*lines, self.summary()])

    def json(self) -> str:
        return json.dumps(
            {"summary": self.summary(), "violations": self.rows()}, ensure_ascii=False, indent=1
        )

    def xlsx(self) -> bytes:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = "数据质量"
        headers = {
            "severity": "严重程度",
            "kind": "规则类别",
            "rule": "规则",
            "region_name": "地区",
            "period": "期别",
            "indicator_name": "指标",
            "left": "左边",
            "right": "右边",
            "difference": "差额",
            "tolerance": "容差",
            "message": "说明",
        }
        ws.append(list(headers.values()))
        for row in self.rows():
            # Text cells never start with = + - @ as a formula would (export escaping).
            ws.append([_cell(row[k]) for k in headers])
        ws.append([self.summary()])
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()


def _cell(value: object) -> object:
    text = str(value)
    if text[:1] in "=+@" or (text[:1] == "-" and not _is_number(text)):
        return "'" + text
    return text if not _is_number(text) else float(text)


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


def stored(start: Month | None = None, end: Month | None = None) -> dict[Cell, Figure]:
    """Every stored figure from the year before ``start`` (growth bases) to ``end``."""
    from citystat.observations.models import Observation

    qs = Observation.objects.all()
    if start is not None:
        qs = qs.filter(year__gte=start[0] - 1)
    if end is not None:
        qs = qs.filter(year__lte=end[0])
    out: dict[Cell, Figure] = {}
    for ind, reg, y, m, v, g in qs.values_list(
        "indicator__code", "region__code", "year", "month", "value", "growth_reported"
    ).iterator(chunk_size=5000):
        if v is not None or g is not None:
            out[(ind, reg, y, m)] = Figure(v, g)
    return out


def run_check(
    *, region: str | None = None, start: Month | None = None, end: Month | None = None
) -> QualityReport:
    """Every broken rule on stored figures of ``region`` (all regions) within ``start``–``end``."""
    vocab = context.vocabulary()
    data = stored(start, end)
    if not data:
        from citystat.observations.models import Observation

        return QualityReport(vocab, [], 0, not Observation.objects.exists())
    groups = {
        (reg, y, m)
        for (_ind, reg, y, m) in data
        if (region is None or reg == region)
        and (start is None or (y, m) >= start)
        and (end is None or (y, m) <= end)
    }
    found = violations(vocab, data, context.rules(), groups=groups)
    found.sort(key=lambda v: (not v.is_error, v.year, v.month, v.region, v.indicator, v.code))
    checked = sum(1 for (_i, reg, y, m) in data if (reg, y, m) in groups)
    return QualityReport(vocab, found, checked, False)
