"""成文日期 as a parameter, the issuing unit, and no document for a period without approved
figures (issue 12 items 6–7): CLI, generation and the reports page."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from django.test import Client

from citystat.commands.report import report
from citystat.reporting.periods import parse_period
from citystat.reports import actions
from citystat.reports.generate import (
    IssueDateError,
    NoDataError,
    default_issue_date,
    generate,
    parse_issue_date,
)
from citystat.reports.models import ReportJob
from citystat.reports.storage import job_dir

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "period", "expected"),
    [
        ("quarterly", "2023-Q3", dt.date(2023, 10, 31)),
        ("quarterly", "2023-Q4", dt.date(2024, 1, 31)),
        ("review", "2023", dt.date(2024, 1, 31)),
        ("briefing", "2023-11", dt.date(2023, 12, 31)),
        ("briefing", "2024-01", dt.date(2024, 2, 29)),
    ],
)
def test_default_issue_date_is_the_last_day_of_the_following_month(
    kind: str, period: str, expected: dt.date
) -> None:
    assert default_issue_date(parse_period(kind, period)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2023-02-30",
            "成文日期「2023-02-30」无效:应写作 YYYY-MM-DD(如 2023-10-31),且为日历上存在的日期",
        ),
        (
            "2023/10/31",
            "成文日期「2023/10/31」无效:应写作 YYYY-MM-DD(如 2023-10-31),且为日历上存在的日期",
        ),
        (
            "2023-09-30",
            "成文日期 2023-09-30 不晚于期末 2023-09-30:成文日期应在期别结束之后(默认 2023-10-31)",
        ),
    ],
)
def test_bad_issue_dates_are_refused_with_what_and_how(text: str, message: str) -> None:
    with pytest.raises(IssueDateError) as err:
        parse_issue_date(text, parse_period("quarterly", "2023-Q3"))
    assert str(err.value) == message


def test_cli_date_signs_the_document_and_sets_its_properties(tmp_path: Path) -> None:
    out = tmp_path / "q.docx"
    result = CliRunner().invoke(
        report,
        ["quarterly", "--period", "2023-Q3", "--date", "2023-10-20", "--output", str(out)],
    )
    assert result.exit_code == 0, result.output
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "忻州市统计局"  # 版头
    k = texts.index("2023年10月20日")
    assert texts[k - 1] == "忻州市统计局"  # 落款 over its date
    cp = d.core_properties
    assert (cp.author, cp.title) == ("忻州市统计局", "忻州市2023年前三季度经济形势分析")
    assert cp.created == dt.datetime(2023, 10, 20, 1, 0, tzinfo=dt.UTC)


def test_without_a_date_a_county_briefing_is_signed_on_the_default_day(tmp_path: Path) -> None:
    result = generate("briefing", "140921", "2023-11", "docx", tmp_path / "b.docx")
    doc = result.document
    assert (doc.issuer, doc.date_label, doc.issued) == (
        "定襄县统计局",
        "2023年12月31日",
        dt.date(2023, 12, 31),
    )
    texts = [p.text for p in docx.Document(str(result.path)).paragraphs]
    assert texts[0] == "定襄县统计局" and "2023年12月31日" in texts


def test_the_issuing_unit_is_configurable(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    settings.REPORT_ISSUER = "{region}人民政府办公室"
    doc = generate("review", "140900", "2023", "html", tmp_path / "r.html").document
    assert (doc.issuer, doc.date_label) == ("忻州市人民政府办公室", "2024年1月31日")
    doc = generate(
        "review",
        "140900",
        "2023",
        "html",
        tmp_path / "s.html",
        issuer="某某统计局",
        number="某统〔2024〕1号",
    ).document
    assert (doc.issuer, doc.number) == ("某某统计局", "某统〔2024〕1号")


def test_cli_refuses_a_bad_date_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    result = CliRunner().invoke(
        report, ["review", "--period", "2023", "--date", "2024-13-01", "--output", str(out)]
    )
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        "Error: 成文日期「2024-13-01」无效:应写作 YYYY-MM-DD(如 2023-10-31),且为日历上存在的日期"
    ]
    assert not out.exists()


def test_cli_refuses_a_period_without_approved_figures(tmp_path: Path) -> None:
    out = tmp_path / "empty.docx"
    result = CliRunner().invoke(report, ["quarterly", "--period", "2024-Q1", "--output", str(out)])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        "Error: 忻州市2024-Q1没有审核通过的数据,不生成季度经济形势分析:"
        "请先报送并审核通过该季度数据后再生成"
    ]
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_period_with_only_unapproved_figures_is_refused_too(tmp_path: Path) -> None:
    from citystat.observations.models import Observation

    Observation.objects.filter(region__code="140921", year=2023, month=9).update(status="submitted")
    with pytest.raises(NoDataError) as err:
        generate("quarterly", "140921", "2023-Q3", "pdf", tmp_path / "q.pdf")
    assert str(err.value) == (
        "定襄县2023-Q3没有审核通过的数据,不生成季度经济形势分析:请先报送并审核通过该季度数据后再生成"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def client_in(demo_user) -> Client:  # type: ignore[no-untyped-def]
    c = Client()
    c.force_login(demo_user)
    return c


@pytest.fixture(autouse=True)
def media(tmp_path, settings):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"


def test_page_refuses_a_period_without_data_and_queues_nothing(client_in: Client) -> None:
    form = {"kind": "briefing", "region": "140900", "period": "2030-01", "fmt": "pdf"}
    page = client_in.post("/reports/", form, follow=True).content.decode()
    assert (
        "忻州市2030-01没有审核通过的数据,不生成调度会材料:请先报送并审核通过该月度数据后再生成"
        in page
    )
    assert not ReportJob.objects.exists()


def test_page_takes_the_issue_date_and_the_job_signs_with_it(client_in: Client) -> None:
    assert 'name="issued"' in client_in.get("/reports/").content.decode()
    form = {
        "kind": "briefing",
        "region": "140900",
        "period": "2023-11",
        "fmt": "html",
        "issued": "2023-12-05",
    }
    client_in.post("/reports/", form)
    job = ReportJob.objects.get()
    assert job.issued == dt.date(2023, 12, 5)
    done = actions.run_job(job.pk)
    assert done.status == "done", done.message
    body = (job_dir(job.pk) / done.file_name).read_text(encoding="utf-8")
    assert '<div class="sign">忻州市统计局<br>2023年12月5日</div>' in body


def test_page_explains_a_bad_issue_date(client_in: Client) -> None:
    form = {
        "kind": "quarterly",
        "region": "140900",
        "period": "2023-Q3",
        "fmt": "pdf",
        "issued": "2023-09-01",
    }
    page = client_in.post("/reports/", form, follow=True).content.decode()
    assert "成文日期 2023-09-01 不晚于期末 2023-09-30" in page
    assert not ReportJob.objects.exists()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("kind", "period", "region"),
    [
        ("quarterly", "2023-Q3", "140900"),
        ("review", "2023", "140921"),
        ("briefing", "2023-11", "140900"),
    ],
)
def test_every_genre_as_pdf_embeds_a_regular_cjk_body_face(
    kind: str, period: str, region: str, tmp_path: Path
) -> None:
    path = generate(kind, region, period, "pdf", tmp_path / "r.pdf").path
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
    assert any(n.endswith("-Regular") for n in names), names
    assert not any(n.endswith("-Bold") for n in names), names


def test_without_a_regular_cjk_face_the_cli_stops_with_one_chinese_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citystat.reporting.render import fonts

    bold = fonts.Face("Noto Serif CJK SC", "Bold", 700, "/f/NotoSerifCJK-Bold.ttc", 2)
    monkeypatch.setattr(fonts, "_faces", lambda: (bold,))
    fonts.font.cache_clear()
    try:
        out = tmp_path / "q.pdf"
        result = CliRunner().invoke(
            report, ["quarterly", "--period", "2023-Q3", "--format", "pdf", "--output", str(out)]
        )
    finally:
        fonts.font.cache_clear()
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "Error: 找不到常规字重（Regular）的中文字体（用途：正文），无法生成文件。"
    )
    assert not out.exists()
