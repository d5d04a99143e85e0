"""Bad input is refused with one clear Chinese line, and nothing is stored."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citystat.textreview.models import ExtractionJob, SourceDocument
from tests.textreview.conftest import nothing_stored

pytestmark = pytest.mark.django_db


def _upload(client, name: str, data: bytes, **extra):  # type: ignore[no-untyped-def]
    return client.post("/text/", {"file": SimpleUploadedFile(name, data), **extra})


def _errors(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 400
    return response.content.decode()


def test_empty_text_is_refused(reporter):
    html = _errors(reporter.post("/text/", {"text": "  \n\t "}))
    assert "请粘贴文本或上传文件:文本为空,未保存任何内容" in html
    assert nothing_stored()


def test_text_and_file_together_are_refused(reporter):
    html = _errors(_upload(reporter, "a.txt", "增长5%".encode(), text="增长6%"))
    assert "请只粘贴文本或只上传文件,不要同时提交两者" in html
    assert nothing_stored()


def test_binary_data_is_refused(reporter):
    html = _errors(_upload(reporter, "图表.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20))
    assert (
        "上传的文件「图表.txt」是二进制数据,不是文本;请上传 .txt、.docx 或 .html 文件,"
        "或直接粘贴文字(未保存任何内容)"
    ) in html
    assert nothing_stored()


def test_an_unsupported_file_type_is_refused(reporter):
    html = _errors(_upload(reporter, "公报.pdf", b"%PDF-1.7 ..."))
    assert "不支持的文件类型「.pdf」,请上传 .txt、.docx 或 .html 文件" in html
    assert nothing_stored()


def test_a_50_mb_file_is_refused_by_size_before_reading(reporter):
    html = _errors(_upload(reporter, "大文件.txt", b"a" * (50 * 1024 * 1024)))
    assert "上传的文件「大文件.txt」过大:50.0 MB,上限为 5 MB,请拆分后再上传(未保存任何内容)" in html
    assert nothing_stored()


def test_too_long_pasted_text_is_refused(reporter):
    html = _errors(reporter.post("/text/", {"text": "增长5%。" * 40_001}))
    assert "粘贴的文本过长:200,005 字,上限为 200,000 字,请拆分后分批提交" in html
    assert nothing_stored()


def test_mojibake_is_detected_and_refused(reporter):
    garbled = "2024年1-2月,定襄县规模以上工业增加值增长8.5%。".encode().decode(
        "gbk", errors="replace"
    )
    html = _errors(reporter.post("/text/", {"text": garbled}))
    assert "粘贴的文本疑似乱码(编码错误:UTF-8 text decoded as GBK)" in html
    assert nothing_stored()


def test_latin1_mojibake_in_a_file_is_refused(reporter):
    garbled = "定襄县工业增加值增长8.5%".encode().decode("latin-1").encode("utf-8")
    html = _errors(_upload(reporter, "旧系统导出.txt", garbled))
    assert "上传的文件「旧系统导出.txt」疑似乱码" in html
    assert nothing_stored()


def test_a_broken_docx_is_refused(reporter):
    html = _errors(_upload(reporter, "材料.docx", b"PK\x03\x04 not really a zip"))
    assert "上传的 .docx 文件无法打开(不是有效的 Word 文档),请用 Word 另存为 .docx 后再上传" in html
    assert nothing_stored()


def test_a_year_out_of_range_is_refused_on_its_field(reporter):
    html = _errors(reporter.post("/text/", {"text": "增长5%", "year": "1800"}))
    assert "文档年份:年份应在 1990–2100 之间" in html
    assert nothing_stored()


def test_a_gbk_text_file_is_read(reporter):
    text = "2024年1-2月,定襄县规模以上工业增加值增长8.5%。"
    response = _upload(reporter, "gbk.txt", text.encode("gbk"))
    assert response.status_code == 302
    document = SourceDocument.objects.get()
    assert (document.text, document.encoding, document.source_type) == (text, "gb18030", "txt")
    assert document.filename == "gbk.txt" and document.title == "gbk.txt"
    assert len(document.upload_sha256) == 64
    assert [f.text_span for f in document.facts.all()] == ["8.5%"]


def test_html_scripts_are_stripped_never_kept(reporter):
    page = (
        "<html><head><title>t</title><script>alert('增长99%')</script></head><body>"
        "<p>2024年1-2月,定襄县规模以上工业增加值增长8.5%。</p>"
        "<script>document.write('增长77%')</script><style>p{color:red}</style></body></html>"
    )
    response = _upload(reporter, "发布.html", page.encode())
    assert response.status_code == 302
    document = SourceDocument.objects.get()
    assert document.text == "2024年1-2月,定襄县规模以上工业增加值增长8.5%。"
    assert document.source_type == "html"
    assert document.notes == ["网页:已去除标签,脚本和样式未执行并已删除"]
    assert [f.text_span for f in document.facts.all()] == ["8.5%"]
    html = reporter.get(f"/text/{document.pk}/").content.decode()
    assert "alert(" not in html and "document.write" not in html


def test_pasted_html_is_escaped_when_shown(reporter):
    reporter.post("/text/", {"text": "增长<b>8.5%</b> <img src=x onerror=alert(1)>"})
    document = SourceDocument.objects.get()
    html = reporter.get(f"/text/{document.pk}/").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_docx_upload_is_read_with_its_paragraphs(reporter):
    import docx

    doc = docx.Document()
    doc.add_paragraph("定襄县2024年1-2月经济运行简况")
    doc.add_paragraph("2024年1-2月,定襄县规模以上工业增加值增长8.5%。")
    buffer = io.BytesIO()
    doc.save(buffer)
    response = _upload(reporter, "简况.docx", buffer.getvalue())
    assert response.status_code == 302
    document = SourceDocument.objects.get()
    assert (
        document.text
        == "定襄县2024年1-2月经济运行简况\n2024年1-2月,定襄县规模以上工业增加值增长8.5%。"
    )
    assert (document.source_type, document.encoding) == ("docx", "docx")
    fact = document.facts.get()
    assert document.text[fact.char_start : fact.char_end] == "8.5%"


def test_traditional_text_is_kept_as_written_with_offsets_into_it(reporter):
    text = "2024年1-2月,定襄縣規模以上工業增加值增長8.5%。"
    reporter.post("/text/", {"text": text})
    document = SourceDocument.objects.get()
    assert document.text == text
    assert document.notes == ["繁体字:按简体识别,原文与位置保持不变"]
    fact = document.facts.get()
    assert (fact.text_span, fact.char_start, fact.char_end) == ("8.5%", 24, 28)
    assert fact.indicator.code == "ind_va"


def test_an_extractor_failure_is_reported_and_nothing_is_stored(reporter, monkeypatch):
    from citystat.textreview import actions

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(actions, "extract", broken)
    response = reporter.post("/text/", {"text": "增长5%"})
    job = ExtractionJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/text/jobs/{job.pk}/"
    page = reporter.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "读取数值时出错(已记录,请联系管理员);未保存任何内容,请重新提交" in html
    assert (job.status, job.text, job.document) == ("failed", "", None)
    assert nothing_stored()
