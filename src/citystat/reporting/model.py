"""The document model: sections of paragraphs, tables and charts made of traced runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Where a number comes from. ``table`` names the input table the checker resolves it in:
# "derived" (DerivedFigure: key = indicator, region, year, month), "task" (TaskTarget id),
# "project" (project code), "forecast" (indicator, region, year, month).
Table = Literal["derived", "task", "project", "forecast", "milestone"]


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
        if self.table in ("derived", "forecast"):
            where = f"{self.indicator}/{self.region} {self.year}-{self.month:02d}"
        else:
            where = f"{self.table}:{self.key}"
        obs = ",".join(str(i) for i in self.observation_ids)
        parts = [where, self.field]
        if self.origin:
            parts.append({"reported": "报送值", "derived": "推算值"}.get(self.origin, self.origin))
        if obs:
            parts.append(f"obs {obs}")
        return " · ".join(parts)


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


@dataclass(slots=True)
class Paragraph:
    runs: list[Run]
    style: Literal["body", "lead", "note"] = "body"

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
