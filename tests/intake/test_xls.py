"""Old-format .xls (Excel 97-2003, as WPS and many bureaus still save) through the same pipeline.

The fixtures are real .xls files: LibreOffice's conversions of the .xlsx files beside them
(see ``xls_fixtures.py``), committed because CI has no LibreOffice.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from click.testing import CliRunner
from django.core.files.uploadedfile import SimpleUploadedFile

from citystat.cli import cli
from citystat.importers import parse
from citystat.importers.harmonise import harmonise
from citystat.importers.problems import RejectedError
from citystat.intake import context, pipeline
from citystat.intake.models import ImportBatch
from citystat.observations.models import Observation, Status
from tests.intake.helpers import fingerprint, write
from tests.intake.xls_fixtures import FIXTURES, SOURCES

PAIRS = sorted(SOURCES)

NOT_A_NUMBER = "“约1.7亿”不是数字。请只填写数字(可带小数点),不填单位或文字;无数据请填“—”。"
ENCRYPTED = (
    "文件设置了打开密码(已加密),无法读取。请在 Excel 或 WPS 中输入密码打开文件,"
    "取消密码保护(Excel:文件→信息→保护工作簿→用密码进行加密,清空密码;"
    "WPS:文件→文档加密→密码加密,清空密码)并保存后重新上传。"
)
CORRUPT_XLS = (
    "文件已损坏,无法作为 .xls(Excel 97-2003 工作簿)读取({})。"
    "请在 Excel 或 WPS 中打开后“另存为”.xlsx 再上传;打不开的请向报送单位重新索取。"
)
NOT_EXCEL = "不是 Excel 文件(仅支持 .xlsx、.xls 和 .csv)。请使用“下载模板”得到的表格填报。"
SAVE_AS = "请用 Excel 或 WPS 打开它,“另存为”Excel 工作簿(.xlsx)后再上传。"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def typed(book: parse.Workbook) -> list[tuple[str, list[list[tuple[str, object]]], set]]:
    """Sheets with each value's type, so 3 and 3.0 or "1" and 1 do not pass as equal."""
    return [
        (s.name, [[(type(v).__name__, v) for v in row] for row in s.rows], s.formulas_without_value)
        for s in book.sheets
    ]


def run(data: bytes, name: str, user=None, **kw):  # type: ignore[no-untyped-def]
    return pipeline.run(data, filename=name, user=user, channel="web", **kw)


def outcome_summary(out):  # type: ignore[no-untyped-def]
    return (
        out.accepted,
        out.problems,
        [(c.kind, c.region.code, c.indicator.code, c.new_value, c.new_growth) for c in out.changes],
        (out.region, out.year, out.month),
    )


# --- parse: the same in-memory sheets as the .xlsx they were saved from ---------------


@pytest.mark.parametrize("name", PAIRS)
def test_each_xls_reads_exactly_like_the_xlsx_it_was_saved_from(name):
    xls = parse.parse_bytes(fixture(f"{name}.xls"), f"{name}.xls")
    xlsx = parse.parse_bytes(fixture(f"{name}.xlsx"), f"{name}.xlsx")
    assert typed(xls) == typed(xlsx)
    assert xls.sheets and any(any(v is not None for v in row) for row in xls.sheets[0].rows)


def test_the_long_table_cell_by_cell():
    (sheet,) = parse.parse_bytes(fixture("long.xls"), "long.xls").sheets
    assert sheet.name == "数据"
    assert sheet.rows == [
        ["定襄县主要经济指标完成情况(2024年1-2月)", None, None, None, None],
        ["指标代码", "指标名称", "计量单位", "本期值(2024年1-2月)", "同比增长(%)"],
        ["fai", "固定资产投资", "亿元", 3.2, 3.9],
        ["retail", "社会消费品零售总额", "亿元", 3.8, 5],
    ]
    assert type(sheet.rows[3][4]) is int  # a whole number is an int, as openpyxl gives it


def test_merged_header_cells_are_filled_like_xlsx():
    (sheet,) = parse.parse_bytes(fixture("merged_header.xls"), "m.xls").sheets
    assert sheet.rows[1] == [
        "县(市、区)",
        "固定资产投资",
        "固定资产投资",
        "社会消费品零售总额",
        "社会消费品零售总额",
    ]
    assert sheet.rows[2] == ["县(市、区)", "1—11月", "±%", "本月止累计", "增幅"]


def test_the_content_decides_not_the_name():
    as_xlsx = parse.parse_bytes(fixture("long.xls"), "月报.xlsx")
    as_xls = parse.parse_bytes(fixture("long.xlsx"), "月报.xls")
    assert typed(as_xlsx) == typed(as_xls)
    assert typed(parse.parse_bytes(fixture("long.xls"), "月报")) == typed(as_xls)


@pytest.mark.django_db
def test_merged_county_table_harmonises_to_the_same_rows():
    vocab = context.vocabulary()
    got = {}
    for ext in ("xls", "xlsx"):
        h = harmonise(parse.parse_bytes(fixture(f"merged_header.{ext}"), f"m.{ext}"), vocab)
        assert not h.problems, h.problems
        assert (h.year, h.month) == (2023, 11)
        got[ext] = {(r.region, r.indicator): (r.value, r.growth, r.row) for r in h.rows}
    assert (
        got["xls"]
        == got["xlsx"]
        == {
            ("140902", "fai"): (Decimal("123.4"), Decimal("5.1"), 4),
            ("140902", "retail"): (Decimal("1234.5"), Decimal("6"), 4),
            ("140921", "fai"): (Decimal("30.2"), Decimal("-3.2"), 5),
            ("140921", "retail"): (Decimal("45.6"), None, 5),
        }
    )


# --- the whole pipeline: same problems, same changes ---------------------------------


@pytest.fixture
def unchanged(db):  # type: ignore[no-untyped-def]
    before = fingerprint()
    yield
    assert fingerprint() == before


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.usefixtures("unchanged")
def test_every_fixture_gets_the_same_outcome_as_its_xlsx(name, reporter):
    xls = run(fixture(f"{name}.xls"), f"{name}.xls", reporter, dry_run=True)
    xlsx = run(fixture(f"{name}.xlsx"), f"{name}.xlsx", reporter, dry_run=True)
    assert outcome_summary(xls) == outcome_summary(xlsx)


@pytest.mark.usefixtures("unchanged")
def test_text_in_a_number_cell(reporter):
    out = run(fixture("text_in_number.xls"), "text_in_number.xls", reporter)
    assert not out.accepted
    assert [(p.code, p.severity, p.sheet, p.row, p.column, p.message) for p in out.problems] == [
        ("not_a_number", "error", "数据", 5, "D", NOT_A_NUMBER)
    ]
    assert out.batch.status == ImportBatch.Status.REJECTED


@pytest.mark.usefixtures("unchanged")
def test_unit_conversion_blank_cells_and_notes_rows(reporter):
    out = run(fixture("wan_yuan_notes.xls"), "wan_yuan_notes.xls", reporter, dry_run=True)
    assert [(p.code, p.severity, p.row, p.column) for p in out.problems] == [
        ("missing", "warning", 5, "D")
    ]
    assert "按缺报处理" in out.problems[0].message
    assert [(c.indicator.code, str(c.new_value), str(c.new_growth)) for c in out.changes] == [
        ("fai", "3.200000", "3.900000"),
        ("retail", "3.800000", "5.000000"),
    ]


@pytest.mark.usefixtures("unchanged")
def test_an_unknown_county_and_a_duplicate_row(reporter):
    out = run(fixture("county_problems.xls"), "county_problems.xls", reporter)
    assert [(p.code, p.severity, p.row, p.column, p.message) for p in out.problems] == [
        (
            "unknown_region",
            "error",
            4,
            "A",
            "区划“东湖县”不存在。请使用规范的县(市、区)名称或区划代码;"
            "如为别称,请管理员在“区划别名”中添加。",
        ),
        (
            "duplicate",
            "error",
            5,
            "B",
            "重复行:定襄县“固定资产投资”已在第3行出现。请删除其中一行。",
        ),
    ]
    assert out.batch.status == ImportBatch.Status.REJECTED


# --- bad input: what the file really is, and nothing stored --------------------------


def refused(data: bytes, name: str, user) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    out = run(data, name, user)
    assert not out.accepted
    (e,) = out.problems
    assert (e.severity, e.location) == ("error", "文件")
    assert out.batch.status == ImportBatch.Status.REJECTED
    assert out.batch.file.read() == data  # the upload is kept as received, nothing else
    return e.code, e.message


@pytest.mark.usefixtures("unchanged")
def test_a_password_protected_xls(reporter):
    assert refused(fixture("encrypted.xls"), "加密.xls", reporter) == ("encrypted", ENCRYPTED)


@pytest.mark.usefixtures("unchanged")
def test_a_truncated_xls_is_damaged(reporter):
    data = fixture("long.xls")[:3000]
    assert refused(data, "截断.xls", reporter) == ("corrupt", CORRUPT_XLS.format("IndexError"))


@pytest.mark.usefixtures("unchanged")
def test_a_word_document_named_xls(reporter):
    assert refused(fixture("word_document.xls"), "月报.xls", reporter) == (
        "not_excel",
        "不是 Excel 文件:这是一个 Word 文档。请上传 .xlsx、.xls 或 .csv 格式的报表,"
        "或使用“下载模板”得到的表格填报。",
    )


@pytest.mark.usefixtures("unchanged")
def test_an_html_page_renamed_xls(reporter):
    html = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head><meta '
        'http-equiv="Content-Type" content="application/vnd.ms-excel; charset=utf-8"></head>\n'
        "<body><table><tr><td>指标名称</td><td>本期值</td></tr>"
        "<tr><td>固定资产投资</td><td>3.2</td></tr></table></body></html>\n"
    )
    assert refused(html.encode(), "导出数据.xls", reporter) == (
        "html",
        "文件扩展名是 .xls,但内容其实是网页(HTML),不是 Excel 工作簿"
        "(常见于从网站或业务系统“导出 Excel”)。" + SAVE_AS,
    )


@pytest.mark.usefixtures("unchanged")
def test_a_csv_renamed_xls(reporter):
    text = "指标代码,指标名称,本期值\r\nfai,固定资产投资,3.2\r\n"
    expected = (
        "csv",
        "文件扩展名是 .xls,但内容其实是逗号分隔的 CSV 文本,不是 Excel 工作簿。"
        "请把扩展名改为 .csv 后上传,或用 Excel 或 WPS 打开它,“另存为”Excel 工作簿(.xlsx)后再上传。",
    )
    assert refused(text.encode("gb18030"), "导出数据.xls", reporter) == expected
    assert refused(text.encode("utf-8-sig"), "导出数据.xls", reporter) == expected


@pytest.mark.usefixtures("unchanged")
def test_tab_separated_text_and_xml_spreadsheet_renamed_xls(reporter):
    tsv = "指标代码\t本期值\nfai\t3.2\n".encode("utf-16")
    assert refused(tsv, "a.xls", reporter) == (
        "text",
        "文件扩展名是 .xls,但内容其实是纯文本(如制表符分隔的文本),不是 Excel 工作簿。" + SAVE_AS,
    )
    xml = (
        '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        "</Workbook>\n"
    )
    assert refused(xml.encode(), "a.xls", reporter) == (
        "xml_spreadsheet",
        "文件扩展名是 .xls,但内容其实是“XML 电子表格 2003”,不是 Excel 工作簿。" + SAVE_AS,
    )


@pytest.mark.usefixtures("unchanged")
def test_random_binary_named_xls(reporter):
    data = random.Random(20240201).randbytes(4096)
    assert refused(data, "月报.xls", reporter) == ("not_excel", NOT_EXCEL)


def test_damaged_copies_never_crash_hang_or_blow_up():
    """Bit flips and truncations of a real .xls: sheets or a RejectedError, quickly.

    A loop in a damaged sector chain once made xlrd take all memory; the chain is now
    walked with a bound first.
    """
    data = fixture("long.xls")
    rnd = random.Random(7)
    codes = set()
    for k in range(400):
        broken = bytearray(data[: len(data) - 64 * (k % 3)])
        for _ in range(1 + k % 8):
            broken[rnd.randrange(512, len(broken))] = rnd.randrange(256)
        try:
            book = parse.parse_bytes(bytes(broken), "月报.xls")
        except RejectedError as exc:
            codes.add(exc.problems[0].code)
        else:
            assert all(
                len(s.rows) * max(map(len, s.rows), default=0) <= parse.MAX_CELLS
                for s in book.sheets
            )
    assert "corrupt" in codes


# --- the web page and the command line -------------------------------------------------


@pytest.mark.django_db
def test_upload_the_filled_template_as_xls_preview_then_confirm(client, reporter):
    client.force_login(reporter)
    form = client.get("/intake/upload/").content.decode()
    assert 'accept=".xlsx,.xls,.csv,' in form and "数据文件(.xlsx、.xls 或 .csv)" in form
    page = client.post(
        "/intake/upload/",
        {"file": SimpleUploadedFile("140921-2024-02.xls", fixture("template_filled.xls"))},
        follow=True,
    )
    html = page.content.decode()
    batch = ImportBatch.objects.latest("pk")
    assert batch.status == "preview", batch.problems
    assert (batch.original_name, batch.size) == (
        "140921-2024-02.xls",
        len(fixture("template_filled.xls")),
    )
    assert "将要写入的变化(1)" in html and "固定资产投资(亿元)" in html
    assert not Observation.objects.filter(year=2024, month=2, region__code="140921").exists()
    r = client.post(f"/intake/batch/{batch.pk}/confirm/", {"submit": "1"}, follow=True)
    assert r.redirect_chain[-1][0] == "/intake/entry/140921/2024-02/"
    o = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    assert (o.value, o.growth_reported, o.status) == (
        Decimal("3.2"),
        Decimal("3.9"),
        Status.SUBMITTED,
    )


@pytest.mark.django_db
def test_upload_of_a_renamed_csv_shows_what_it_is_and_stores_nothing(client, reporter):
    client.force_login(reporter)
    before = fingerprint()
    page = client.post(
        "/intake/upload/",
        {"file": SimpleUploadedFile("导出.xls", "指标代码,本期值\nfai,3.2\n".encode())},
        follow=True,
    )
    html = page.content.decode()
    assert "内容其实是逗号分隔的 CSV 文本" in html and "请把扩展名改为 .csv 后上传" in html
    assert ImportBatch.objects.latest("pk").status == ImportBatch.Status.REJECTED
    assert fingerprint() == before


@pytest.mark.django_db
def test_cli_import_of_an_xls(tmp_path):
    xls = write(tmp_path, "定襄.xls", fixture("long.xls"))
    xlsx = write(tmp_path, "定襄.xlsx", fixture("long.xlsx"))
    runner = CliRunner()
    dry = [
        runner.invoke(cli, ["import", str(p), "--dry-run", "--user", "reporter_140921"])
        for p in (xls, xlsx)
    ]
    assert [r.exit_code for r in dry] == [0, 0], dry[0].output
    assert dry[0].output == dry[1].output
    assert "新增 140921 定襄县 fai 固定资产投资: — → 3.2  增速 — → 3.9" in dry[0].output
    result = runner.invoke(cli, ["import", str(xls), "--user", "reporter_140921"])
    assert result.exit_code == 0, result.output
    assert "已导入:期别 2024-02,写入 2 个数据" in result.output
    o = Observation.objects.get(indicator__code="retail", region__code="140921", year=2024, month=2)
    assert (o.value, o.growth_reported) == (Decimal("3.8"), Decimal("5"))


@pytest.mark.django_db
def test_cli_import_of_a_bad_xls_prints_the_location_and_exits_nonzero(tmp_path):
    path = write(tmp_path, "bad.xls", fixture("text_in_number.xls"))
    before = fingerprint()
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert result.exit_code == 1
    assert f"[错误] 工作表“数据” 第5行 D列:{NOT_A_NUMBER}" in result.output.splitlines()
    path = write(tmp_path, "locked.xls", fixture("encrypted.xls"))
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert result.exit_code == 1
    assert f"[错误] 文件:{ENCRYPTED}" in result.output.splitlines()
    assert fingerprint() == before
