"""Word output in the layout of GB/T 9704 (党政机关公文格式), as far as a report needs it.

A4; margins 37/35/28/26 mm; title 小标宋 二号; 正文 仿宋_GB2312 三号 with a two-character
first-line indent and a fixed 28 pt line pitch; 一级标题 黑体, 二级标题 楷体_GB2312 (三号);
page numbers 宋体 四号 "— 1 —" at the foot. The fonts are named, not embedded: Word/WPS
on a government PC has them; elsewhere the viewer substitutes (docs/reports.md).

What Word, WPS and LibreOffice must not decide for themselves is written out: the 版头
(issuing unit in red over a red rule), table column widths (``w:tblGrid`` and every
``w:tcW`` in twips, fixed layout), rows that never split (``w:cantSplit``) under a
repeated header row, 落款 kept with its date, and the core properties (title, author =
issuing unit, created = 成文日期).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import docx as python_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from citystat.reporting.builders import KINDS
from citystat.reporting.model import Chart, Document, Paragraph, Section, TableBlock
from citystat.reporting.render.charts import draw
from citystat.reporting.render.layout import (
    BEIJING,
    Numbering,
    chart_caption,
    issued_date,
    source_line,
    table_caption,
)

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
SIZE_2 = Pt(22)  # 二号
SIZE_3 = Pt(16)  # 三号
SIZE_4 = Pt(14)  # 四号
SIZE_5 = Pt(10.5)  # 五号
SIZE_S1 = Pt(26)  # 一号: the issuing unit of the 版头
RED = RGBColor(0xE6, 0x00, 0x12)
TEXT_WIDTH_MM = 156.0  # 210 − 28 − 26
TWIPS_PER_MM = 1440 / 25.4


def _font(
    run: Any, east_asia: str, size: Pt, *, bold: bool = False, latin: str = LATIN_FONT
) -> None:
    run.font.name = latin
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)


def _spacing(p: DocxParagraph, *, indent: bool = True, before: float = 0, after: float = 0) -> None:
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if indent:
        fmt.first_line_indent = Pt(32)  # two 三号 characters


def _page_number_footer(section: Any) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), NUMBER_FONT, SIZE_4)
    run = p.add_run()
    _font(run, NUMBER_FONT, SIZE_4)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    _font(p.add_run(" —"), NUMBER_FONT, SIZE_4)


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _set(parent: Any, tag: str, **attrs: str) -> Any:
    """The child ``tag`` of ``parent`` (created when missing) with ``attrs`` set (w: names)."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _table(d: Any, block: TableBlock, number: int) -> None:
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(cap, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    _font(cap.add_run(table_caption(block, number)), H1_FONT, SIZE_4)
    unit = d.add_paragraph()
    unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    unit.paragraph_format.space_after = Pt(2)
    unit.paragraph_format.keep_with_next = True
    _font(unit.add_run(f"单位：{block.unit}"), BODY_FONT, SIZE_5)
    widths = [_twips(w) for w in block.column_widths(TEXT_WIDTH_MM)]
    t = d.add_table(rows=1, cols=len(block.columns))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False  # w:tblLayout fixed: the widths below are used as written
    tblpr = t._tbl.tblPr
    _set(tblpr, "w:tblW", w=str(sum(widths)), type="dxa")
    # The grid is what LibreOffice and WPS read; python-docx writes equal columns there.
    for k, col in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(widths[k]))
    for k, name in enumerate(block.columns):
        cell = t.rows[0].cells[k]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(cell.paragraphs[0].add_run(name), H1_FONT, SIZE_5)
    for row in block.rows:
        cells = t.add_row().cells
        for k, runs in enumerate(row):
            p = cells[k].paragraphs[0]
            text = "".join(r.text for r in runs)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if k == 0 else WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), BODY_FONT, SIZE_5)
    for r, row_ in enumerate(t.rows):
        trpr = row_._tr.get_or_add_trPr()
        _set(trpr, "w:cantSplit", val="true")  # a row never breaks across pages
        if r == 0:
            _set(trpr, "w:tblHeader", val="true")  # repeated on every page the table spans
        for k, cell in enumerate(row_.cells):
            tcpr = cell._tc.get_or_add_tcPr()
            _set(tcpr, "w:tcW", w=str(widths[k]), type="dxa")
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = r < len(t.rows) - 1 and r == 0


def _chart(d: Any, chart: Chart, number: int, doc: Document) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True  # the caption stays under its chart
    p.paragraph_format.space_before = Pt(6)
    p.add_run().add_picture(io.BytesIO(draw(chart, "png")), width=Cm(14))
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.paragraph_format.keep_with_next = True  # and the source line under the caption
    _font(cap.add_run(chart_caption(chart, number)), H1_FONT, SIZE_5)
    src = d.add_paragraph()
    src.alignment = WD_ALIGN_PARAGRAPH.LEFT
    src.paragraph_format.left_indent = Cm(1)
    src.paragraph_format.space_after = Pt(6)
    _font(src.add_run(source_line(chart, doc)), BODY_FONT, SIZE_5)


class _Flow:
    """Where page 1 ends, estimated: Word has no floating figures in a plain flow, so a chart
    that would not fit the rest of the first page is written after the paragraph that
    crosses onto page 2 (the text fills page 1; the chart heads page 2). The estimate uses
    the fixed 28 pt pitch and the text width; it stops at the first table (row heights
    vary by viewer), after which everything is written in place."""

    PAGE = (297 - 37 - 35) / 25.4 * 72  # text height in points
    WIDTH = TEXT_WIDTH_MM / 25.4 * 72
    CHART = Cm(14).pt * 3.3 / 6.3 + 50  # picture, caption, source line and spacing

    def __init__(self, d: Any, doc: Document) -> None:
        self.d, self.doc = d, doc
        self.y = 0.0
        self.active = True
        self.waiting: list[tuple[Chart, int]] = []

    def lines(self, text: str, size: float, indent: float) -> int:
        width = indent + sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in text)
        return max(1, -int(-width // self.WIDTH))

    def add(self, height: float) -> None:
        if not self.active:
            return
        self.y += height
        if self.y > self.PAGE:
            self.active = False
            self.flush()

    def flush(self) -> None:
        waiting, self.waiting = self.waiting, []
        for chart, number in waiting:
            _chart(self.d, chart, number, self.doc)

    def chart(self, chart: Chart, number: int) -> None:
        if self.active and self.y + self.CHART > self.PAGE:
            self.waiting.append((chart, number))
            return
        _chart(self.d, chart, number, self.doc)
        self.add(self.CHART)

    def stop(self) -> None:
        self.active = False
        self.flush()


def _section(d: Any, s: Section, level: int, numbering: Numbering, flow: _Flow) -> None:
    h = d.add_paragraph()
    _spacing(h, indent=True)
    h.paragraph_format.keep_with_next = True
    _font(h.add_run(s.title), H1_FONT if level == 1 else H2_FONT, SIZE_3)
    flow.add(28 * flow.lines(s.title, 16, 32))
    for block in s.blocks:
        if isinstance(block, Paragraph):
            p = d.add_paragraph()
            _spacing(p)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run = p.add_run(block.text)
            _font(run, BODY_FONT, SIZE_3)
            run.bold = block.style == "lead" or None  # 主要特点: the bold lead sentences
            flow.add(28 * flow.lines(block.text, 16, 32))
        elif isinstance(block, TableBlock):
            flow.stop()
            _table(d, block, numbering.table(block))
        else:
            flow.chart(block, numbering.chart(block))
    for sub in s.subsections:
        _section(d, sub, level + 1, numbering, flow)


def _masthead(d: Any, doc: Document) -> None:
    """版头: the issuing unit in red, the 发文字号 when there is one, a red rule."""
    unit = d.add_paragraph()
    unit.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(unit, indent=False, before=0, after=0)
    unit.paragraph_format.line_spacing = Pt(40)
    run = unit.add_run(doc.issuer)
    _font(run, TITLE_FONT, SIZE_S1)
    run.font.color.rgb = RED
    _set(run._element.get_or_add_rPr(), "w:spacing", val="60")  # 3 pt between characters
    rule = unit
    if doc.number:
        num = d.add_paragraph()
        num.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(num, indent=False, before=6)
        _font(num.add_run(doc.number), BODY_FONT, SIZE_3)
        rule = num
    rule.paragraph_format.space_after = Pt(4)
    border = _set(rule._p.get_or_add_pPr(), "w:pBdr")
    _set(border, "w:bottom", val="single", sz="18", space="6", color="E60012")


def _signature(d: Any, doc: Document) -> None:
    """落款 and 成文日期: one block that never splits (keep-with-next, keep-together)."""
    for k, text in enumerate((doc.issuer, doc.date_label)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _spacing(p, indent=False, before=28 if k == 0 else 0)
        p.paragraph_format.right_indent = Pt(64)
        p.paragraph_format.keep_together = True
        p.paragraph_format.keep_with_next = k == 0
        _font(p.add_run(text), BODY_FONT, SIZE_3)


def _properties(d: Any, doc: Document) -> None:
    """Core and extended properties of our own: none of python-docx's 2013 template values."""
    issued = issued_date(doc)
    stamp = dt.datetime(issued.year, issued.month, issued.day, 9, 0, tzinfo=BEIJING).astimezone(
        dt.UTC
    )
    cp = d.core_properties
    cp.title = doc.title
    cp.subject = f"{doc.region_name}{doc.period}{KINDS.get(doc.kind, '')}"
    cp.author = doc.issuer
    cp.last_modified_by = doc.issuer
    cp.comments = ""
    cp.keywords = f"{doc.region_name}；{KINDS.get(doc.kind, '')}；{doc.period}"
    cp.category = KINDS.get(doc.kind, "")
    cp.language = "zh-CN"
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    package = d.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):  # the template's sample thumbnail
            package.rels.pop(rid)
        elif rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = (
                "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                'extended-properties"><Application>citystat</Application>'
                f"<Company>{_xml(doc.issuer)}</Company></Properties>"
            ).encode()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_docx(doc: Document, path: Path) -> None:
    d = python_docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    _page_number_footer(sec)
    if doc.synthetic_mark:
        # The section header repeats on every page of the (single-section) document.
        head = sec.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        mark = head.add_run(doc.synthetic_mark)
        _font(mark, H2_FONT, SIZE_5)
        mark.font.color.rgb = RGBColor(0xB4, 0x23, 0x18)
    _properties(d, doc)
    normal = d.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = SIZE_3
    normal.element.get_or_add_rPr()

    _masthead(d, doc)
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(title, indent=False, before=12, after=0)
    title.paragraph_format.line_spacing = Pt(36)
    title.paragraph_format.keep_with_next = True
    _font(title.add_run(doc.title), TITLE_FONT, SIZE_2)
    sub = d.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(sub, indent=False, after=12)
    sub.paragraph_format.keep_with_next = True
    _font(sub.add_run(doc.subtitle), H2_FONT, SIZE_3)
    numbering = Numbering(doc)
    flow = _Flow(d, doc)
    flow.add(40 + (40 if doc.number else 0) + 20)  # 版头
    flow.add(12 + 36 * flow.lines(doc.title, 22, 0) + 28 * flow.lines(doc.subtitle, 16, 0) + 12)
    for s in doc.sections:
        _section(d, s, 1, numbering, flow)
    flow.stop()
    _signature(d, doc)
    note = d.add_paragraph()
    _spacing(note, indent=False, before=12)
    r = note.add_run(
        "注：本材料由城市高质量发展监测调度平台根据审核通过的统计数据自动生成，文中每个数字均可追溯至源数据。"
    )
    _font(r, BODY_FONT, SIZE_5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for line in doc.data_note:
        p = d.add_paragraph()
        _spacing(p, indent=False)
        run = p.add_run(line)
        _font(run, BODY_FONT, SIZE_5)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    d.save(str(path))
