"""PDF from the same document model, with fpdf2 (pure Python) and system CJK fonts.

Layout mirrors the .docx: A4, GB/T 9704 margins, 16 pt (三号) body at a 28 pt pitch,
headings in a sans face (黑体 substitute), page numbers "— N —" at the foot; the 版头
(issuing unit in red over a red rule), 图N/表N captions with a 资料来源 line under each
chart, 落款 kept with its date, and the document properties (title, author = issuing unit,
creation date = 成文日期). A chart that does not fit the rest of a page floats to the top of
the next one while the text goes on filling the page (no half-empty pages).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import threading
from pathlib import Path
from typing import Any

from fontTools import ttLib
from fpdf import FPDF
from fpdf.fonts import FontFace

from citystat.reporting.builders import KINDS
from citystat.reporting.model import Chart, Document, Paragraph, Section, TableBlock
from citystat.reporting.render.charts import draw
from citystat.reporting.render.fonts import font
from citystat.reporting.render.layout import (
    BEIJING,
    Numbering,
    chart_caption,
    issued_date,
    source_line,
    table_caption,
)

PT = 25.4 / 72  # mm per point
BODY_SIZE = 16
LINE = 28 * PT
INDENT = "\u3000\u3000"


class _PDF(FPDF):
    mark: str = ""  # the synthetic-data mark, printed at the top of every page
    marked_pages: list[int]
    doc: Document
    numbering: Numbering
    floating: list[Chart]  # charts waiting for the top of the next page

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
    # BaseFont is the face's PostScript name (NotoSerifCJKsc-Regular), as PDF readers and
    # pdffonts expect, not fpdf2's family-only full name that hides the style.
    added = pdf.fonts[key]
    postscript = str(added.ttfont["name"].getDebugName(6) or "")
    if postscript:
        added.name = re.sub(r"[^A-Za-z0-9_-]", "", postscript)


def _new_pdf(doc: Document) -> _PDF:
    pdf = _PDF(format="A4", unit="mm")
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, margin=35)
    _add_font(pdf, "serif", "", font("serif").path)
    _add_font(pdf, "kai", "", font("kai").path)
    _add_font(pdf, "sans", "", font("sans").path)
    issued = issued_date(doc)
    pdf.set_title(doc.title)
    pdf.set_author(doc.issuer)
    pdf.set_subject(f"{doc.region_name}{doc.period}{KINDS.get(doc.kind, '')}")
    pdf.set_keywords(f"{doc.region_name} {KINDS.get(doc.kind, '')} {doc.period}")
    pdf.set_creator("citystat")
    pdf.set_producer("citystat")
    pdf.set_lang("zh-CN")
    pdf.set_creation_date(dt.datetime(issued.year, issued.month, issued.day, 9, 0, tzinfo=BEIJING))
    pdf.doc = doc
    pdf.numbering = Numbering(doc)
    pdf.floating = []
    return pdf


def _new_page(pdf: _PDF) -> None:
    """A page break of our own: the charts waiting to be placed go to the top of the new page."""
    pdf.add_page()
    waiting, pdf.floating = pdf.floating, []
    for c in waiting:
        _chart(pdf, c)


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
    font_family = pdf.font_family
    first = 2 * size * PT if indent else 0.0
    lines = _lines(pdf, text, width, first)
    for k, ln in enumerate(lines):
        if pdf.get_y() + line > pdf.h - pdf.b_margin:
            _new_page(pdf)
            pdf.set_font(font_family, size=size)
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
    if pdf.floating or pdf.get_y() + 40 > pdf.h - pdf.b_margin:  # caption with the first rows
        _new_page(pdf)
    pdf.ln(2)
    pdf.set_font("sans", size=12)
    caption = table_caption(t, pdf.numbering.table(t))
    pdf.multi_cell(0, 7, caption, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", size=9)
    pdf.multi_cell(0, 5, f"单位：{t.unit}", align="R", new_x="LMARGIN", new_y="NEXT")
    widths = t.column_widths(pdf.epw, char=9 * PT, pad=2.5)
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


CHART_WIDTH = 145.0
CHART_HEIGHT = CHART_WIDTH * 3.3 / 6.3
CHART_BLOCK = CHART_HEIGHT + 16  # picture, caption and source line


def _chart(pdf: _PDF, c: Chart) -> None:
    if pdf.get_y() + CHART_BLOCK > pdf.h - pdf.b_margin:
        pdf.floating.append(c)  # the text goes on; the chart heads the next page
        return
    png = draw(c, "png")
    pdf.ln(2)
    pdf.image(io.BytesIO(png), x=(pdf.w - CHART_WIDTH) / 2, w=CHART_WIDTH)
    family, size = pdf.font_family, pdf.font_size_pt
    pdf.set_font("sans", size=10.5)
    pdf.multi_cell(
        0,
        6,
        chart_caption(c, pdf.numbering.chart(c)),
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("serif", size=9)
    pdf.set_x(pdf.l_margin + (pdf.epw - CHART_WIDTH) / 2)
    pdf.multi_cell(
        CHART_WIDTH, 5, source_line(c, pdf.doc), align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    pdf.set_font(family, size=size)


def _section(pdf: _PDF, s: Section, level: int) -> None:
    if pdf.get_y() + 3 * LINE > pdf.h - pdf.b_margin:
        _new_page(pdf)
    pdf.set_font("sans" if level == 1 else "kai", size=BODY_SIZE)
    _paragraph(pdf, s.title, size=BODY_SIZE)
    for b in s.blocks:
        if isinstance(b, Paragraph):
            # Lead sentences (主要特点) in the 黑体 face: the body's own face has no Bold here.
            pdf.set_font("sans" if b.style == "lead" else "serif", size=BODY_SIZE)
            _paragraph(pdf, b.text, size=BODY_SIZE)
        elif isinstance(b, TableBlock):
            _table(pdf, b)
        else:
            _chart(pdf, b)
    for sub in s.subsections:
        _section(pdf, sub, level + 1)


def render_pdf(doc: Document, path: Path) -> None:
    build_pdf(doc).output(str(path))


def _masthead(pdf: _PDF, doc: Document) -> None:
    """版头: the issuing unit in red, the 发文字号 when there is one, a red rule."""
    pdf.set_font("sans", size=26)
    pdf.set_text_color(230, 0, 18)
    pdf.set_char_spacing(1.5)
    pdf.multi_cell(0, 14, doc.issuer, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)
    if doc.number:
        pdf.set_font("serif", size=BODY_SIZE)
        pdf.ln(2)
        pdf.multi_cell(0, LINE, doc.number, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_draw_color(230, 0, 18)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.ln(6)


def _signature(pdf: _PDF, doc: Document) -> None:
    """落款 and 成文日期 on one page: a break, when needed, comes before both."""
    if pdf.floating:
        _new_page(pdf)
    if pdf.get_y() + 3 * LINE > pdf.h - pdf.b_margin:
        _new_page(pdf)
    else:
        pdf.ln(LINE)
    pdf.set_font("serif", size=BODY_SIZE)
    for text in (doc.issuer, doc.date_label):
        pdf.multi_cell(0, LINE, text + INDENT * 2, align="R", new_x="LMARGIN", new_y="NEXT")


def build_pdf(doc: Document) -> _PDF:
    """The laid-out PDF (``marked_pages`` lists the pages that carry the mark)."""
    pdf = _new_pdf(doc)
    pdf.mark = doc.synthetic_mark
    pdf.marked_pages = []
    pdf.add_page()
    _masthead(pdf, doc)
    pdf.set_font("sans", size=22)
    pdf.multi_cell(0, 36 * PT, doc.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("kai", size=BODY_SIZE)
    pdf.multi_cell(0, LINE, doc.subtitle, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for s in doc.sections:
        _section(pdf, s, 1)
    _signature(pdf, doc)
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
        pdf.multi_cell(0, 6, line, align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf
