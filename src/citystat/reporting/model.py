"""The document model: sections of paragraphs, tables and charts made of traced runs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

# Where a number comes from. ``table`` names the input table the checker resolves it in:
# "derived" (DerivedFigure: key = indicator, region, year, month), "task" (TaskTarget id),
# "project" (project code), "forecast" (indicator, region, year, month).
Table = Literal["derived", "task", "project", "forecast", "milestone", "comparison"]


@dataclass(frozen=True, slots=True)
class Source:
    table: Table
    field: str
    indicator: str = ""
    region: str = ""
    year: int = 0
    month: int = 0
    key: str = ""  # task-target id or project code
    origin: str = ""  # "reported" or "derived" (growth_source), "" when not applicable
    observation_ids: tuple[int, ...] = ()

    def describe(self) -> str:
        """Provenance in words, shown on hover in HTML."""
        field = FIELD_NAMES.get(self.field, self.field)
        if self.table in ("derived", "forecast"):
            where = f"指标 {self.indicator} · 地区 {self.region} · {self.year}年{self.month}月"
            if self.table == "forecast":
                where += " · 年末预测"
        elif self.table == "task":
            where = f"民生实事目标项 #{self.key}"
        else:
            where = f"重点项目 {self.key}"
        parts = [where, field]
        if self.origin:
            parts.append(
                {"reported": "报送增速", "derived": "系统推算"}.get(self.origin, self.origin)
            )
        if self.observation_ids:
            parts.append("观测记录 " + "、".join(f"#{i}" for i in self.observation_ids))
        return " · ".join(parts)


FIELD_NAMES = {
    "value": "数值",
    "growth": "同比增速",
    "pull": "拉动",
    "contribution": "贡献率",
    "rank": "位次",
    "rank_change": "位次变化",
    "target_value": "目标值",
    "target_growth": "目标增速",
    "completion": "完成率",
    "progress_gap": "与序时进度之差",
    "growth_gap": "与目标增速之差",
    "light": "监测灯",
    "actual_value": "实际完成",
    "done": "是否完成",
    "annual_plan": "年度计划投资",
    "completed_ytd": "本年完成投资",
    "progress_pct": "投资完成率",
    "projection": "年末预测值",
    "probability": "达标概率",
}


def date_label(day: dt.date) -> str:
    """成文日期 as a 公文 writes it: 2023年10月31日 (Arabic numerals, no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True, slots=True)
class Text:
    """Fixed wording: may hold no digits and no direction words (the checker enforces it)."""

    text: str


@dataclass(frozen=True, slots=True)
class Label:
    """A period or date label (may hold digits, e.g. 2023年1-9月)."""

    text: str


@dataclass(frozen=True, slots=True)
class Fig:
    """A number or a data-dependent word, with the claim the checker verifies.

    ``claim`` says how ``text`` relates to the sources (see ``checker.CLAIMS``);
    ``param`` carries the claim's parameter (decimals, scale, threshold …).
    """

    text: str
    claim: str
    sources: tuple[Source, ...]
    param: float = 0.0
    indicator: str = ""  # for links in HTML
    region: str = ""


Run = Text | Label | Fig


ParagraphStyle = Literal["body", "lead", "note"]


@dataclass(slots=True)
class Paragraph:
    runs: list[Run]
    style: ParagraphStyle = "body"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(slots=True)
class TableBlock:
    title: str
    unit: str
    columns: list[str]
    rows: list[list[list[Run]]]  # row → cell → runs
    note: str = ""

    def column_weights(self) -> list[float]:
        """Relative column widths (the PDF's ``col_widths``): :meth:`column_widths` of 1 unit."""
        return self.column_widths(100.0)

    def column_widths(self, total: float, *, char: float = 3.7, pad: float = 4.5) -> list[float]:
        """Column widths summing to ``total`` (mm) for text of ``char`` mm per CJK character
        (五号 ≈ 3.7 mm) and ``pad`` mm of cell margins.

        Columns whose cells are numbers or short words (at most four CJK characters: a unit,
        a period, a light) get at least their longest cell, so a figure never wraps inside
        its cell; the wordy columns (names, units responsible)
        share what is left, in proportion to their longest text, and wrap. Digits and Latin
        count 0.64 of a CJK character: wide enough for the fallback a viewer without Times
        New Roman uses (DejaVu Serif digits are 0.636 em).
        """

        def wide(ch: str) -> bool:  # CJK, full-width forms and dashes (—) take a full em
            return ord(ch) > 0x2E80 or 0x2010 <= ord(ch) <= 0x206F

        def width(text: str) -> float:
            return sum(char if wide(ch) else char * 0.64 for ch in text) + pad

        def heading(name: str) -> float:  # 4+ characters may wrap onto two lines, no more
            return width(name if len(name) <= 3 else name[: (len(name) + 1) // 2])

        texts = [
            ["".join(r.text for r in row[k]) for row in self.rows] for k in range(len(self.columns))
        ]
        natural = [
            max([width(t) for t in col] + [width(name)])
            for col, name in zip(texts, self.columns, strict=True)
        ]
        if sum(natural) <= total:
            return [total * n / sum(natural) for n in natural]
        # Too wide: numbers keep their width (headings may wrap), words wrap.
        body = [max([width(t) for t in col] + [pad]) for col in texts]
        fixed = {
            k: max(body[k], heading(self.columns[k]))
            for k, col in enumerate(texts)
            if all(sum(ord(ch) > 0x2E80 for ch in t) <= 4 for t in col)  # 1062.70亿元, 前三季度
        }
        if len(fixed) == len(natural):  # all short: fit proportionally
            return [total * fixed[k] / sum(fixed.values()) for k in range(len(natural))]
        rest = max(total - sum(fixed.values()), 0.0)
        wordy = {k: natural[k] for k in range(len(natural)) if k not in fixed}
        floor = 4 * char + pad
        if rest < floor * len(wordy):  # extreme case: share everything proportionally
            return [total * n / sum(natural) for n in natural]
        widths = {k: max(floor, rest * n / sum(wordy.values())) for k, n in wordy.items()}
        scale = rest / sum(widths.values())
        widths = {k: w * scale for k, w in widths.items()}
        return [fixed[k] if k in fixed else widths[k] for k in range(len(natural))]


@dataclass(slots=True)
class Chart:
    """A chart described by data; renderers draw it (matplotlib) in their own format."""

    title: str
    kind: Literal["bar", "barh"]
    categories: list[str]
    values: list[float | None]
    unit: str
    reference: float | None = None  # a reference line, e.g. the city's growth
    reference_label: str = ""
    # The 资料来源 line under the chart; renderers fall back to the document's issuer.
    source: str = ""


Block = Paragraph | TableBlock | Chart


@dataclass(slots=True)
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    kind: Literal["quarterly", "review", "briefing"]
    title: str
    subtitle: str
    region_code: str
    region_name: str
    period: str  # "2023-Q3", "2023", "2023-11"
    issuer: str
    date_label: str
    sections: list[Section] = field(default_factory=list)
    # Honest marking (issue 11): the mark every page carries when any figure shown is
    # synthetic (empty when all are published), and the note naming the published figures
    # with their sources. Metadata, not analysis text: the sentence checker skips them.
    synthetic_mark: str = ""
    data_note: list[str] = field(default_factory=list)
    # 成文日期 (the date signed under 落款 and written into the file's properties) and the
    # 发文字号 line of the 版头 (empty: no number line). Set by ``reports.generate``.
    issued: dt.date | None = None
    number: str = ""

    def charts(self) -> list[Chart]:
        """The charts in reading order (numbered 图1、图2… by the renderers)."""
        return [b for s in self.walk_sections() for b in s.blocks if isinstance(b, Chart)]

    def walk_sections(self) -> list[Section]:
        out: list[Section] = []

        def visit(s: Section) -> None:
            out.append(s)
            for sub in s.subsections:
                visit(sub)

        for s in self.sections:
            visit(s)
        return out

    def paragraphs(self) -> list[Paragraph]:
        return [b for s in self.walk_sections() for b in s.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[TableBlock]:
        return [b for s in self.walk_sections() for b in s.blocks if isinstance(b, TableBlock)]

    def figs(self) -> list[Fig]:
        runs: list[Run] = [r for p in self.paragraphs() for r in p.runs]
        for t in self.tables():
            runs.extend(r for row in t.rows for cell in row for r in cell)
        return [r for r in runs if isinstance(r, Fig)]

    def plain_text(self) -> str:
        lines = [self.title, self.subtitle]
        for s in self.walk_sections():
            lines.append(s.title)
            lines.extend(b.text for b in s.blocks if isinstance(b, Paragraph))
        return "\n".join(lines)
