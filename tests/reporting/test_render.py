"""Renderers: GB/T 9704-style .docx, PDF with CJK line breaking, HTML with provenance."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from citystat.reporting.model import (
    Chart,
    Document,
    Fig,
    Label,
    Paragraph,
    Section,
    Source,
    TableBlock,
    Text,
)
from citystat.reporting.render import render

SRC = Source(
    "derived", "growth", "ind_va", "140900", 2023, 9, origin="reported", observation_ids=(11, 5)
)


def sample() -> Document:
    p = Paragraph(
        [
            Label("1-9月"),
            Text("，规模以上工业增加值同比"),
            Fig("增长6.5%", "growth", (SRC,), 1, "ind_va", "140900"),
            Text("。"),
        ]
    )
    t = TableBlock(
        "主要指标",
        "亿元",
        ["指标", "同比(%)"],
        [[[Text("规模以上工业增加值")], [Fig("6.5%", "rate", (SRC,), 1, "ind_va", "140900")]]],
    )
    c = Chart("各县增速", "bar", ["忻府区", "定襄县", "五台县"], [3.5, -1.2, 7.5], "%", 6.5, "全市")
    return Document(
        "quarterly",
        "忻州市2023年前三季度经济形势分析",
        "（数据截至2023年9月）",
        "140900",
        "忻州市",
        "2023-Q3",
        "忻州市统计局",
        "2023年10月20日",
        [Section("一、总体情况", [p, t, c])],
    )


def test_docx_has_official_page_fonts_and_page_numbers(tmp_path: Path) -> None:
    path = render(sample(), "docx", tmp_path / "r.docx")
    d = docx.Document(str(path))
    sec = d.sections[0]
    sizes = (
        sec.page_width,
        sec.page_height,
        sec.top_margin,
        sec.bottom_margin,
        sec.left_margin,
        sec.right_margin,
    )
    assert [round(x.mm) for x in sizes if x is not None] == [210, 297, 37, 35, 28, 26]
    body = next(p for p in d.paragraphs if p.text.startswith("1-9月"))
    run = body.runs[0]
    assert run.font.size == Pt(16)
    assert run._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert body.paragraph_format.first_line_indent == Pt(32)
    title = d.paragraphs[1].runs[0]  # under the 版头
    assert (title.text, title.font.size) == ("忻州市2023年前三季度经济形势分析", Pt(22))
    assert title._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"
    footer = sec.footer.paragraphs[0]._element.xml
    assert "PAGE" in footer
    assert d.tables[0].cell(1, 1).text == "6.5%"
    assert len(d.inline_shapes) == 1  # the chart


def test_pdf_is_a4_with_the_text_and_page_number(tmp_path: Path) -> None:
    path = render(sample(), "pdf", tmp_path / "r.pdf")
    blob = path.read_bytes()
    assert blob.startswith(b"%PDF")
    assert b"/MediaBox [0 0 595.28 841.89]" in blob
    pdftotext = pytest.importorskip("shutil").which("pdftotext")
    if pdftotext is None:
        pytest.skip("poppler-utils not installed")
    import subprocess

    text = subprocess.run(
        [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    assert "规模以上工业增加值同比增长6.5%" in flat
    assert "—1—" in flat


def test_html_numbers_carry_provenance_and_link_to_the_indicator(tmp_path: Path) -> None:
    html = render(sample(), "html", tmp_path / "r.html", link_base="/indicator/").read_text(
        encoding="utf-8"
    )
    assert '<a class="fig" href="/indicator/ind_va/?region=140900&amp;period=2023-9"' in html
    assert "指标 ind_va · 地区 140900 · 2023年9月 · 同比增速 · 报送增速 · 观测记录 #11、#5" in html
    assert "<svg" in html and "各县增速" in html


def test_pdf_line_breaking_keeps_closing_punctuation_off_line_starts(tmp_path: Path) -> None:
    from citystat.reporting.render import pdf as pdf_render

    doc = sample()
    pdfdoc = pdf_render._new_pdf(doc)
    pdfdoc.add_page()
    pdfdoc.set_font("serif", size=16)
    text = (
        "从构成看，第三产业增加值增长5.7%，对地区生产总值增速上拉2.3个百分点（贡献率49.4%）；" * 6
    )
    lines = pdf_render._lines(pdfdoc, text, pdfdoc.epw, 32 * pdf_render.PT)
    assert "".join(lines) == text
    assert all(line[0] not in pdf_render.NO_START for line in lines[1:])
    assert all("5." not in line[-2:] for line in lines)  # numbers are not split
