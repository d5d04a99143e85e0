"""Word output in the layout of GB/T 9704 (党政机关公文格式), as far as a report needs it.

A4; margins 37/35/28/26 mm; title 小标宋 二号; 正文 仿宋_GB2312 三号 with a two-character
first-line indent and a fixed 28 pt line pitch; 一级标题 黑体, 二级标题 楷体_GB2312 (三号);
page numbers 宋体 四号 "— 1 —" at the foot. The fonts are named, not embedded: Word/WPS
on a government PC has them; elsewhere the viewer substitutes (docs/reports.md).
"""

from __future__ import annotations

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

from citystat.reporting.model import Chart, Document, Paragraph, Section, TableBlock
from citystat.reporting.render.charts import draw

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


def _table(d: Any, block: TableBlock) -> None:
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(cap, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    _font(cap.add_run(block.title), H1_FONT, SIZE_4)
    unit = d.add_paragraph()
    unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    unit.paragraph_format.space_after = Pt(2)
    unit.paragraph_format.keep_with_next = True
    _font(unit.add_run(f"单位：{block.unit}"), BODY_FONT, SIZE_5)
    t = d.add_table(rows=1, cols=len(block.columns))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
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
    # Columns as wide as their longest text, within the 156 mm text width.
    t.autofit = False
    weights = block.column_weights()
    widths = [156.0 * w / sum(weights) for w in weights]
    for row_ in t.rows:
        for k, cell in enumerate(row_.cells):
            cell.width = Mm(widths[k])
    # Repeat the header row on every page the table spans.
    trpr = t.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _chart(d: Any, chart: Chart) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True  # the caption stays under its chart
    p.add_run().add_picture(io.BytesIO(draw(chart, "png")), width=Cm(15))
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(cap.add_run(f"图　{chart.title}（单位：{chart.unit}）"), BODY_FONT, SIZE_5)


def _section(d: Any, s: Section, level: int) -> None:
    h = d.add_paragraph()
    _spacing(h, indent=True)
    h.paragraph_format.keep_with_next = True
    _font(h.add_run(s.title), H1_FONT if level == 1 else H2_FONT, SIZE_3)
    for block in s.blocks:
        if isinstance(block, Paragraph):
            p = d.add_paragraph()
            _spacing(p)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _font(p.add_run(block.text), BODY_FONT, SIZE_3)
        elif isinstance(block, TableBlock):
            _table(d, block)
        else:
            _chart(d, block)
    for sub in s.subsections:
        _section(d, sub, level + 1)


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
    d.core_properties.title = doc.title
    d.core_properties.author = doc.issuer
    normal = d.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = SIZE_3
    normal.element.get_or_add_rPr()

    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(title, indent=False, before=0, after=0)
    title.paragraph_format.line_spacing = Pt(36)
    _font(title.add_run(doc.title), TITLE_FONT, SIZE_2)
    sub = d.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(sub, indent=False, after=12)
    _font(sub.add_run(doc.subtitle), H2_FONT, SIZE_3)
    for s in doc.sections:
        _section(d, s, 1)
    for text in (doc.issuer, doc.date_label):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _spacing(p, indent=False)
        p.paragraph_format.right_indent = Pt(64)
        _font(p.add_run(text), BODY_FONT, SIZE_3)
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
