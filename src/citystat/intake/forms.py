"""The web entry form: one unit-month, a value / growth / note per indicator."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms

from citystat.importers.harmonise import Row
from citystat.importers.numbers import NotANumberError, normalise_text, parse_number
from citystat.importers.problems import Problem, error
from citystat.indicators.models import Indicator
from citystat.regions.models import Region
from citystat.stats.periods import parse_month_or_none

# What the upload's file chooser offers; the parser decides by content, not by name.
UPLOAD_ACCEPT = ",".join(
    [
        ".xlsx",
        ".xls",
        ".csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel",
        "text/csv",
    ]
)


class UploadForm(forms.Form):
    file = forms.FileField(
        label="数据文件(.xlsx、.xls 或 .csv)",
        widget=forms.ClearableFileInput(attrs={"accept": UPLOAD_ACCEPT}),
    )
    unit = forms.CharField(label="单位(文件未写明时)", required=False)
    period = forms.CharField(label="期别 YYYY-MM(文件未写明时)", required=False)

    def clean_period(self) -> tuple[int, int] | None:
        raw = self.cleaned_data.get("period", "")
        if not raw:
            return None
        period = parse_month_or_none(raw)
        if period is None:
            raise forms.ValidationError("期别格式应为 YYYY-MM,如 2024-02。")
        return period


@dataclass
class EntryLine:
    indicator: Indicator
    index: int
    value_raw: str
    growth_raw: str
    note: str
    cause: str = ""  # 原因说明 of this figure, as typed ("" clears a stored one)

    @property
    def cause_field(self) -> str:
        return f"c_{self.indicator.code}"

    @property
    def value_field(self) -> str:
        return f"v_{self.indicator.code}"

    @property
    def growth_field(self) -> str:
        return f"g_{self.indicator.code}"


def read_entry(
    data: dict[str, str], region: Region, indicators: list[Indicator]
) -> tuple[list[EntryLine], list[Row], list[Problem]]:
    """Form fields → rows for the checks, and a problem per unreadable number."""
    lines: list[EntryLine] = []
    rows: list[Row] = []
    problems: list[Problem] = []
    for i, ind in enumerate(indicators, start=1):
        line = EntryLine(
            ind,
            i,
            data.get(f"v_{ind.code}", "").strip(),
            data.get(f"g_{ind.code}", "").strip(),
            data.get(f"n_{ind.code}", "").strip()[:300],
            data.get(f"c_{ind.code}", "").strip(),
        )
        lines.append(line)
        if not line.value_raw and not line.growth_raw:
            continue
        numbers = {}
        bad = False
        for key, raw, name in (
            ("value", line.value_raw, line.value_field),
            ("growth", line.growth_raw, line.growth_field),
        ):
            try:
                numbers[key] = parse_number(raw)
            except NotANumberError as exc:
                problems.append(
                    error(
                        exc.words(raw),  # the file's words; the page labels the field
                        field=name,
                        row=i,
                        code=exc.code,
                    )
                )
                bad = True
        if bad:
            continue
        rows.append(
            Row(
                sheet="",
                row=i,
                region=region.code,
                indicator=ind.code,
                value=numbers["value"],
                growth=numbers["growth"],
                note=normalise_text(line.note) if line.note else "",
                columns={"value": line.value_field, "growth": line.growth_field},
            )
        )
    return lines, rows, problems


def entry_causes(lines: list[EntryLine]) -> dict[str, tuple[int, str]]:
    """Indicator code → (form row, 原因说明 as typed) for every line of the form."""
    return {line.indicator.code: (line.index, line.cause) for line in lines}


def as_field_problem(p: Problem, lines: list[EntryLine]) -> dict[str, object]:
    """A check result located on a form field (the checks locate by row and column)."""
    field = p.field or p.column
    label = ""
    if p.row is not None and 1 <= p.row <= len(lines):
        line = lines[p.row - 1]
        field = field or line.value_field
        part = {"g_": "同比增长", "c_": "原因说明"}.get(field[:2], "本期值")
        label = f"{line.indicator.name}·{part}"
    return {
        "severity": p.severity,
        "severity_label": p.severity_label,
        "message": p.message,
        "field": field,
        "label": label or "整表",
        "code": p.code,
    }
