"""Layout fit to print and to Word/WPS (issue 12 item 6): fonts by style, 版头, numbered
figures and tables with their source, table widths that numbers fit in, rows that do not
split, 落款 kept with its date, and file properties of our own."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from citystat.reporting.model import (
    Chart,
    Document,
    Paragraph,
    Section,
    TableBlock,
    Text,
    date_label,
)
from citystat.reporting.render import render
from citystat.reporting.render.fonts import Face, FontNotFoundError, regular_face

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cells(*texts: str) -> list[list[Text]]:
    return [[Text(t)] for t in texts]


def wide_table() -> TableBlock:
    return TableBlock(
        "产业领域主要指标",
        "见各行，增速为%",
        ["指标", "单位", "期别", "数值", "同比(%)", "年度目标", "完成情况", "监测"],
        [
            _cells(
                "地区生产总值",
                "亿元",
                "前三季度",
                "1062.70",
                "3.3%",
                "6.0%",
                "低于目标2.7个百分点",
                "黄灯",
            ),
            _cells(
                "规模以上工业增加值",
                "亿元",
                "1-9月",
                "462.34",
                "6.5%",
                "6.5%",
                "与目标持平",
                "绿灯",
            ),
        ],
    )


def doc_with(blocks: list, *, issued: dt.date | None = dt.date(2023, 10, 31)) -> Document:  # type: ignore[type-arg]
    d = Document(
        "quarterly",
        "甲市2023年前三季度经济形势分析",
        "（数据截至2023年9月）",
        "100100",
        "甲市",
        "2023-Q3",
        "甲市统计局",
        date_label(issued) if issued else "",
        [Section("一、总体情况", blocks)],
    )
    d.issued = issued
    return d


def chart(title: str = "各县增速") -> Chart:
    return Chart(title, "bar", ["甲县", "乙县"], [3.5, -1.2], "%", 2.0, "全市")


def test_date_label_is_written_as_a_public_document_dates_it() -> None:
    assert date_label(dt.date(2023, 10, 31)) == "2023年10月31日"
    assert date_label(dt.date(2024, 1, 5)) == "2024年1月5日"


# --- fonts ---------------------------------------------------------------------------


def test_the_regular_face_is_picked_by_its_style_not_by_file_order() -> None:
    faces = (
        Face("Noto Serif CJK SC", "Bold", 700, "/f/NotoSerifCJK-Bold.ttc", 2),
        Face("Noto Serif CJK SC", "Regular", 400, "/f/NotoSerifCJK-Regular.ttc", 2),
    )
    assert regular_face("serif", faces) == faces[1]


def test_a_light_face_is_not_taken_for_body_text() -> None:
    faces = (
        Face("AR PL UMing CN", "Light", 300, "/f/uming.ttc", 0),
        Face("WenQuanYi Zen Hei", "Regular", 500, "/f/wqy-zenhei.ttc", 0),
    )
    assert regular_face("serif", faces).family == "WenQuanYi Zen Hei"


def test_without_a_regular_cjk_face_generation_stops_with_a_chinese_message() -> None:
    faces = (Face("Noto Serif CJK SC", "Bold", 700, "/f/NotoSerifCJK-Bold.ttc", 2),)
    with pytest.raises(FontNotFoundError) as err:
        regular_face("serif", faces)
    message = str(err.value)
    assert message.startswith("找不到常规字重（Regular）的中文字体（用途：正文），无法生成文件。")
    assert "已安装的中文字体：Noto Serif CJK SC Bold。" in message
    assert message.endswith(
        "请安装 fonts-noto-cjk（含 NotoSerifCJK-Regular.ttc、NotoSansCJK-Regular.ttc）后重试"
    )


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdf_embeds_a_regular_cjk_face_for_body_text(tmp_path: Path) -> None:
    path = render(
        doc_with([Paragraph([Text("总体看，经济运行总体平稳。")])]), "pdf", tmp_path / "r.pdf"
    )
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
    assert any(n.endswith("-Regular") for n in names), names
    assert not any(n.endswith("-Bold") for n in names), names


# --- docx ----------------------------------------------------------------------------


def test_table_columns_fit_their_numbers_and_the_text_width() -> None:
    widths = wide_table().column_widths(156.0)
    assert round(sum(widths), 6) == 156.0
    # numbers and short words keep their longest cell: 1062.70 = 7 × 0.64 × 3.7 + 4.5 mm
    assert round(widths[3], 3) == 21.076
    assert round(widths[1], 3) == 11.9  # 亿元 = 2 × 3.7 + 4.5
    assert round(widths[2], 3) == 19.3  # 前三季度
    assert round(widths[5], 3) == 13.972  # 6.0% = 4 × 0.64 × 3.7 + 4.5
    assert round(widths[4], 3) == 14.268  # its heading on two lines: 同比( | %)
    # the wordy columns share the other 63.584 mm in proportion to their longest text
    # (规模以上工业增加值 37.8, 低于目标2.7个百分点 41.204) and wrap
    assert (round(widths[0], 3), round(widths[6], 3)) == (30.422, 33.162)


def test_a_column_of_dashes_keeps_its_short_heading_on_one_line() -> None:
    t = TableBlock("表", "%", ["指标", "监测"], [_cells("地区生产总值" * 8, "—")])
    widths = t.column_widths(156.0)
    assert round(widths[1], 3) == 11.9  # 监测 = 2 × 3.7 + 4.5, not the one dash (8.2)


def test_docx_tables_have_explicit_widths_unsplittable_rows_and_a_repeated_header(
    tmp_path: Path,
) -> None:
    table = wide_table()
    path = render(doc_with([table]), "docx", tmp_path / "t.docx")
    tbl = docx.Document(str(path)).tables[0]._tbl
    twips = [round(w * 1440 / 25.4) for w in table.column_widths(156.0)]
    grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid == twips
    assert grid[3] == 1195  # 21.076 mm
    assert grid[4] == 809  # 14.268 mm
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    tblw = tbl.tblPr.find(qn("w:tblW"))
    assert (tblw.get(qn("w:type")), int(tblw.get(qn("w:w")))) == ("dxa", sum(twips))
    rows = tbl.findall(qn("w:tr"))
    assert len(rows) == 3
    for row in rows:
        assert row.find(f"{W}trPr/{W}cantSplit").get(qn("w:val")) == "true"
        cell_widths = [
            int(tc.find(f"{W}tcPr/{W}tcW").get(qn("w:w"))) for tc in row.findall(qn("w:tc"))
        ]
        assert cell_widths == twips
    assert rows[0].find(f"{W}trPr/{W}tblHeader").get(qn("w:val")) == "true"
    assert rows[1].find(f"{W}trPr/{W}tblHeader") is None


def test_docx_masthead_numbered_captions_source_line_and_signature(tmp_path: Path) -> None:
    d = doc_with(
        [Paragraph([Text("正文。")]), wide_table(), chart("甲"), chart("乙"), wide_table()]
    )
    d.number = "甲统析〔2023〕12号"
    path = render(d, "docx", tmp_path / "m.docx")
    paras = docx.Document(str(path)).paragraphs
    texts = [p.text for p in paras]
    unit = paras[0].runs[0]
    assert (unit.text, str(unit.font.color.rgb)) == ("甲市统计局", "E60012")
    assert texts[1] == "甲统析〔2023〕12号"
    bottom = paras[1]._p.pPr.find(f"{W}pBdr/{W}bottom")
    assert (bottom.get(qn("w:val")), bottom.get(qn("w:color"))) == ("single", "E60012")
    assert texts[2] == "甲市2023年前三季度经济形势分析"
    assert [t for t in texts if t.startswith(("表", "图"))] == [
        "表1　产业领域主要指标",
        "图1　甲（单位：%）",
        "图2　乙（单位：%）",
        "表2　产业领域主要指标",
    ]
    k = texts.index("图1　甲（单位：%）")
    assert texts[k + 1] == "资料来源：甲市统计局"
    assert paras[k].paragraph_format.keep_with_next is True
    sign = texts.index("2023年10月31日")
    assert texts[sign - 1] == "甲市统计局"
    assert paras[sign - 1].paragraph_format.keep_with_next is True
    assert paras[sign - 1].paragraph_format.keep_together is True
    assert paras[sign].paragraph_format.keep_together is True


def test_docx_core_properties_are_the_documents_not_python_docx(tmp_path: Path) -> None:
    path = render(doc_with([Paragraph([Text("正文。")])]), "docx", tmp_path / "p.docx")
    cp = docx.Document(str(path)).core_properties
    assert cp.title == "甲市2023年前三季度经济形势分析"
    assert cp.author == "甲市统计局"
    assert cp.last_modified_by == "甲市统计局"
    # 09:00 in China on the 成文日期, stored in UTC
    assert cp.created == dt.datetime(2023, 10, 31, 1, 0, tzinfo=dt.UTC)
    assert cp.modified == dt.datetime(2023, 10, 31, 1, 0, tzinfo=dt.UTC)
    assert (cp.comments, cp.subject, cp.revision) == ("", "甲市2023-Q3季度经济形势分析", 1)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        props = z.read("docProps/core.xml").decode() + z.read("docProps/app.xml").decode()
    assert "docProps/thumbnail.jpeg" not in names
    assert "python-docx" not in props and "2013" not in props and "Microsoft" not in props
    assert "<Application>citystat</Application>" in props


def test_docx_chart_that_would_not_fit_page_one_follows_the_text_that_fills_it(
    tmp_path: Path,
) -> None:
    long = "主要指标方面，地区生产总值增长百分之三，规模以上工业增加值增长百分之六，" * 5
    blocks: list = [Paragraph([Text(long)]) for _ in range(4)]  # type: ignore[type-arg]
    blocks.insert(2, chart())
    path = render(doc_with(blocks), "docx", tmp_path / "f.docx")
    body = docx.Document(str(path)).element.body
    kinds = []
    for p in body.findall(qn("w:p")):
        if p.findall(f".//{W}drawing"):
            kinds.append("chart")
        elif "主要指标方面" in "".join(t.text or "" for t in p.iter(f"{W}t")):
            kinds.append("text")
    # 版头, title and 7 lines × 2 paragraphs leave no room for the chart on page 1: the
    # third paragraph (crossing onto page 2) comes first, then the chart.
    assert kinds == ["text", "text", "text", "chart", "text"]


# --- pdf and html --------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_pdf_metadata_names_the_issuer_and_the_issue_date(tmp_path: Path) -> None:
    path = render(doc_with([Paragraph([Text("正文。")])]), "pdf", tmp_path / "m.pdf")
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(path)], capture_output=True, text=True
    ).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "甲市2023年前三季度经济形势分析"
    assert fields["Author"].strip() == "甲市统计局"
    assert fields["CreationDate"].strip().startswith("2023-10-31T09:00:00+08")
    assert fields["Creator"].strip() == "citystat"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_masthead_captions_and_a_chart_floating_past_a_full_page(tmp_path: Path) -> None:
    long = "主要指标方面，地区生产总值增长百分之三，规模以上工业增加值增长百分之六，" * 5
    blocks: list = [Paragraph([Text(long)]) for _ in range(5)]  # type: ignore[type-arg]
    blocks.insert(2, chart("甲"))
    path = render(doc_with(blocks), "pdf", tmp_path / "f.pdf")
    pages = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True
    ).stdout.split("\f")
    first = "".join(pages[0].split())
    assert first.startswith("甲市统计局甲市2023年前三季度经济形势分析")
    assert "图1" not in first  # the chart did not fit page 1 …
    assert first.count("主要指标方面") >= 3  # … and the text filled it instead
    second = "".join(pages[1].split())
    assert "图1　甲（单位：%）资料来源：甲市统计局".replace("　", "") in second.replace("　", "")
    last = "".join(pages[-2 if not pages[-1].strip() else -1].split())
    assert "甲市统计局2023年10月31日" in last


def test_html_masthead_numbered_captions_and_signature_kept_together(tmp_path: Path) -> None:
    d = doc_with([wide_table(), chart("甲")])
    html = render(d, "html", tmp_path / "h.html").read_text(encoding="utf-8")
    assert '<header class="masthead"><div class="unit-name">甲市统计局</div></header>' in html
    assert "<caption>表1　产业领域主要指标</caption>" in html
    assert '<figcaption>图1　甲（单位：%）<span class="source">资料来源：甲市统计局</span>' in html
    assert '<div class="sign">甲市统计局<br>2023年10月31日</div>' in html
    assert (
        ".sign{text-align:right;margin-top:2em;padding-right:4em;break-inside:avoid;page-break-inside:avoid}"
        in html
    )
    assert '<meta name="author" content="甲市统计局">' in html
    assert '<meta name="date" content="2023-10-31">' in html


def test_lead_sentences_are_bold_in_word_and_strong_in_html(tmp_path: Path) -> None:
    doc = doc_with(
        [
            Paragraph([Text("工业生产稳中有升。")], "lead"),
            Paragraph([Text("规模以上工业增加值增长6.5%。")]),
        ]
    )
    path = tmp_path / "lead.docx"
    render(doc, "docx", path)
    runs = {
        p.text: [r.bold for r in p.runs]
        for p in docx.Document(str(path)).paragraphs
        if p.text.startswith(("工业生产", "规模以上"))
    }
    assert runs == {"工业生产稳中有升。": [True], "规模以上工业增加值增长6.5%。": [None]}
    html_path = tmp_path / "lead.html"
    render(doc, "html", html_path)
    page = html_path.read_text("utf-8")
    assert "<p><strong>工业生产稳中有升。</strong></p>" in page
    assert "<p>规模以上工业增加值增长6.5%。</p>" in page
