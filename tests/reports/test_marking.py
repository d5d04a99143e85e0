"""Issue 11 item 4: every page of a document built from the demo says 示例数据; a document
built only from published figures says nothing of the kind."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from citystat.reporting import build_document, check_document
from citystat.reporting.marking import SYNTHETIC_MARK
from citystat.reporting.render import render
from citystat.reporting.render.html import render_html
from citystat.reporting.render.pdf import build_pdf
from citystat.reports.queries import report_data

TODAY = dt.date(2024, 1, 5)
pytestmark = pytest.mark.django_db


def _docx_header_and_body(path: Path) -> tuple[str, str]:
    with zipfile.ZipFile(path) as z:
        headers = "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if re.match(r"word/header\d*\.xml", n)
        )
        return headers, z.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(("kind", "month"), [("quarterly", 9), ("briefing", 9), ("review", 12)])
def test_a_demo_document_carries_the_mark_on_every_page(kind: str, month: int, tmp_path: Path):
    data = report_data("140900", 2023, month, today=TODAY)
    doc = build_document(kind, data)
    check_document(doc, data)
    assert doc.synthetic_mark == SYNTHETIC_MARK
    pdf = build_pdf(doc)
    assert pdf.pages_count > 1
    assert pdf.marked_pages == list(range(1, pdf.pages_count + 1))
    headers, body = _docx_header_and_body(render(doc, "docx", tmp_path / "r.docx"))
    assert SYNTHETIC_MARK in headers  # the section header: every page
    assert "headerReference" in body
    assert f'<div class="synthetic-mark" data-synthetic>{SYNTHETIC_MARK}</div>' in render_html(doc)


def test_the_note_names_the_published_figures_with_their_sources():
    data = report_data("140900", 2023, 9, today=TODAY)
    doc = build_document("quarterly", data)
    assert doc.data_note[0] == (
        "数据说明：本材料除下列公开发布数据外，其余数字均为示例数据（合成），不代表官方统计。"
    )
    assert any(
        line.endswith(
            "山西省地区生产总值（2023年1-9月）：山西省统计局、国家统计局山西调查总队 "
            "前三季度全省经济运行情况(新华网报道,转载) http://zixun.shlzdq.top/zixun/56809.html"
        )
        for line in doc.data_note
    )


def test_a_document_built_only_from_published_figures_carries_no_mark(tmp_path: Path):
    data = report_data("140900", 2023, 12, today=TODAY)
    data.figures = {k: f for k, f in data.figures.items() if not f.is_synthetic}
    data.projects, data.tasks = [], []
    # The demo's fully published figures: population, urbanisation, 忻府区 income …
    assert len(data.figures) == 15
    doc = build_document("quarterly", data)
    check_document(doc, data)
    assert doc.synthetic_mark == ""
    assert doc.figs()  # it does state figures: the published ones
    assert doc.data_note[0] == "数据说明：本材料中的数字均为公开发布数据，来源如下。"
    assert all("示例数据" not in line for line in doc.data_note)
    # The 其中 sentence on 城镇常住人口 cites 2022 too (the change of its share), so 2023 is line 2.
    assert "2. 忻州市常住人口（2023年）：总量:published_facts.csv: 忻州市 常住人口(年末) 2023" in (
        doc.data_note
    )
    assert "年末，常住人口263.47万人，同比下降0.8%。" in doc.plain_text()
    pdf = build_pdf(doc)
    assert pdf.marked_pages == []
    headers, _ = _docx_header_and_body(render(doc, "docx", tmp_path / "r.docx"))
    assert SYNTHETIC_MARK not in headers
    assert "synthetic-mark" not in render_html(doc).split("</style>")[1]
