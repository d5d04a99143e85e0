"""PDF from the same document model, with fpdf2 (pure Python) and system CJK fonts.

Layout mirrors the .docx: A4, GB/T 9704 margins, 16 pt (三号) body at a 28 pt pitch,
headings in a sans face (黑体 substitute), page numbers "— N —" at the foot.
"""

from __future__ import annotations

import copy
import io
import re
import threading
from pathlib import Path
from typing import Any

from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import FontFace

from citystat.reporting.model import Chart, Document, Paragraph, Section, TableBlock
from citystat.reporting.render.charts import draw
from citystat.reporting.render.fonts import font

PT = 25.4 / 72  # mm per point
BODY_SIZE = 16
LINE = 28 * PT
INDENT = "\u3000\u3000"


class _PDF(FPDF):
    mark: str = ""  # the synthetic-data mark, printed at the top of every page
    marked_pages: list[int]

    def header(self) -> None:
        if not self.mark:
            return
        self.marked_pages.append(self.page_no())
        y = self.get_y()
        self.set_y(12)
        self.set_font("sans", size=10.5)
        self.set_text_color(180, 35, 24)
        self.cell(0, 6, self.mark, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(y)

    def footer(self) -> None:
        self.set_y(-25)
        self.set_font("serif", size=14)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


_TEMPLATES: dict[str, Any] = {}
_FONT_LOCK = threading.Lock()


def _add_font(pdf: FPDF, family: str, style: str, path: Path) -> None:
    """``pdf.add_font`` with the glyph-width tables of a 65k-glyph CJK font parsed once per
    process (about 1 s each) instead of once per document. fpdf2 subsets ``ttfont`` in
    place on output, so every document gets its own lazily opened copy of the file."""
    key = f"{family.lower()}{style}"
    try:
        from fpdf.fonts import SubsetMap

        with _FONT_LOCK:
            template = _TEMPLATES.get(f"{path}|{key}")
            if template is None:
                scratch = FPDF()
                scratch.add_font(family, style, str(path))
                template = _TEMPLATES[f"{path}|{key}"] = scratch.fonts[key]
            # Share the read-only width tables instead of deep-copying 65k entries.
            memo = {id(template.cw): template.cw, id(template.glyph_ids): template.glyph_ids}
            f = copy.deepcopy(template, memo)
        f.ttfont = ttLib.TTFont(str(path), recalcTimestamp=False, fontNumber=0, lazy=True)
        f.i = len(pdf.fonts) + 1
        f.subset = SubsetMap(f)
        f.biggest_size_pt = 0
        f.missing_glyphs = []
        pdf.fonts[key] = f
    except (ImportError, AttributeError, TypeError):  # fpdf2 internals changed: the slow path
        pdf.add_font(family, style, str(path))


def _new_pdf(doc: Document) -> _PDF:
    pdf = _PDF(format="A4", unit="mm")
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, margin=35)
    _add_font(pdf, "serif", "", font("serif").path)
    _add_font(pdf, "kai", "", font("kai").path)
    _add_font(pdf, "sans", "", font("sans").path)
    pdf.set_title(doc.title)
    pdf.set_author(doc.issuer)
    pdf.set_creator("citystat")
    return pdf


# Characters that may not start a line (避头) or end one (避尾), per common CJK typesetting.
NO_START = set("，。、；：？！）》」』〕】”’%…—·,.;:!?)]")
NO_END = set("（《「『〔【“‘([")


def _lines(pdf: _PDF, text: str, width: float, first_indent: float) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    used = 0.0
    # Numbers and Latin words (14.8%, PM2.5) never break inside.
    for ch in re.findall(r"[0-9A-Za-z.%\-]+|.", text):
        w = pdf.get_string_width(ch)
        avail = width - (first_indent if not lines else 0.0)
        if cur and used + w > avail:
            carry: list[str] = []
            if ch[0] in NO_START and len(cur) > 1:
                carry = [cur.pop()]  # push the last character down with the punctuation
                while carry[0][0] in NO_START and len(cur) > 1:
                    carry.insert(0, cur.pop())
            while len(cur) > 1 and cur[-1][-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur = carry
            used = sum(pdf.get_string_width(c) for c in cur)
        cur.append(ch)
        used += w
    if cur:
        lines.append("".join(cur))
    return lines


def _paragraph(
    pdf: _PDF, text: str, *, size: float, indent: bool = True, line: float = LINE
) -> None:
    """Justified CJK paragraph with a two-character first-line indent and line-break rules."""
    width = pdf.epw
    first = 2 * size * PT if indent else 0.0
    lines = _lines(pdf, text, width, first)
    for k, ln in enumerate(lines):
        if pdf.get_y() + line > pdf.h - pdf.b_margin:
            pdf.add_page()
        x = pdf.l_margin + (first if k == 0 else 0.0)
        spacing = 0.0
        if k < len(lines) - 1 and len(ln) > 1 and not ln.isascii():
            spacing = max(
                0.0, (width - (x - pdf.l_margin) - pdf.get_string_width(ln)) / (len(ln) - 1)
            )
        pdf.set_char_spacing(spacing)
        pdf.set_xy(x, pdf.get_y())
        pdf.cell(0, line, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)


def _table(pdf: _PDF, t: TableBlock) -> None:
    if pdf.get_y() + 40 > pdf.h - pdf.b_margin:  # keep the caption with the first rows
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("sans", size=12)
    pdf.multi_cell(0, 7, t.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", size=9)
    pdf.multi_cell(0, 5, f"单位：{t.unit}", align="R", new_x="LMARGIN", new_y="NEXT")
    widths = t.column_weights()
    headings = FontFace(family="sans", size_pt=9, fill_color=(235, 240, 246))
    with pdf.table(
        col_widths=widths,
        line_height=5,
        text_align="CENTER",
        headings_style=headings,
        first_row_as_headings=True,
        repeat_headings=1,
    ) as table:
        head = table.row()
        for c in t.columns:
            head.cell(c)
        for row in t.rows:
            r = table.row()
            for k, cell in enumerate(row):
                r.cell("".join(x.text for x in cell), align="LEFT" if k == 0 else "CENTER")
    pdf.ln(3)


def _chart(pdf: _PDF, c: Chart) -> None:
    png = draw(c, "png")
    width = 150.0
    height = width * 3.3 / 6.3
    if pdf.get_y() + height + 12 > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.image(io.BytesIO(png), x=(pdf.w - width) / 2, w=width)
    pdf.set_font("serif", size=10.5)
    pdf.multi_cell(
        0, 6, f"图　{c.title}（单位：{c.unit}）", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)


def _section(pdf: _PDF, s: Section, level: int) -> None:
    pdf.set_font("sans" if level == 1 else "kai", size=BODY_SIZE)
    if pdf.get_y() + 3 * LINE > pdf.h - pdf.b_margin:
        pdf.add_page()
    _paragraph(pdf, s.title, size=BODY_SIZE)
    for b in s.blocks:
        if isinstance(b, Paragraph):
            pdf.set_font("serif", size=BODY_SIZE)
            _paragraph(pdf, b.text, size=BODY_SIZE)
        elif isinstance(b, TableBlock):
            _table(pdf, b)
        else:
            _chart(pdf, b)
    for sub in s.subsections:
        _section(pdf, sub, level + 1)


def render_pdf(doc: Document, path: Path) -> None:
    build_pdf(doc).output(str(path))


def build_pdf(doc: Document) -> _PDF:
    """The laid-out PDF (``marked_pages`` lists the pages that carry the mark)."""
    pdf = _new_pdf(doc)
    pdf.mark = doc.synthetic_mark
    pdf.marked_pages = []
    pdf.add_page()
    pdf.set_font("sans", size=22)
    pdf.multi_cell(0, 36 * PT, doc.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("kai", size=BODY_SIZE)
    pdf.multi_cell(0, LINE, doc.subtitle, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for s in doc.sections:
        _section(pdf, s, 1)
    pdf.ln(LINE)
    pdf.set_font("serif", size=BODY_SIZE)
    for text in (doc.issuer, doc.date_label):
        pdf.multi_cell(0, LINE, text + INDENT * 2, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", size=10.5)
    pdf.set_text_color(85, 85, 85)
    pdf.multi_cell(
        0,
        6,
        "注：本材料由城市高质量发展监测调度平台根据审核通过的统计数据自动生成，文中每个数字均可追溯至源数据。",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for line in doc.data_note:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return pdf
