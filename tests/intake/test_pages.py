"""The intake pages through Django's test client: template, upload preview/confirm, form, review."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citystat.intake.models import ImportBatch
from citystat.observations.models import DerivedFigure, Observation, Status
from tests.intake.helpers import HEADER, fingerprint, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_reporter(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    return client


def upload(client, data: bytes, name: str = "dx.xlsx", **extra):  # type: ignore[no-untyped-def]
    return client.post(
        "/intake/upload/", {"file": SimpleUploadedFile(name, data), **extra}, follow=True
    )


def test_template_download_names_unit_and_period_and_locks_the_header(as_reporter):
    r = as_reporter.get("/intake/template/?unit=140921&period=2024-02")
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="140921-2024-02.xlsx"'
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["数据", "填报说明"]
    ws = wb["数据"]
    assert ws["A1"].value == "定襄县主要经济指标完成情况(2024年1-2月)"
    assert [c.value for c in ws[3]] == [
        "指标代码",
        "指标名称",
        "计量单位",
        "上年同期(2023年1-2月)",
        "本期值(2024年1-2月)",
        "同比增长(%)",
        "说明",
    ]
    fai = next(row for row in ws.iter_rows(min_row=4, values_only=True) if row[0] == "fai")
    assert fai[:4] == ("fai", "固定资产投资", "亿元", 3.08)
    assert ws.protection.sheet is True
    assert ws["E4"].protection.locked is False and ws["A4"].protection.locked is True
    assert ws.data_validations.dataValidation[0].type == "decimal"
    codes = [row[0] for row in ws.iter_rows(min_row=4, values_only=True)]
    assert "gdp" not in codes  # quarterly: only in quarter-end months


def test_the_filled_template_imports_cleanly(as_reporter):
    r = as_reporter.get("/intake/template/?unit=140921&period=2024-02")
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    ws = wb["数据"]
    for row in ws.iter_rows(min_row=4):
        if row[0].value == "fai":
            row[4].value, row[5].value = 3.2, 3.9
    out = io.BytesIO()
    wb.save(out)
    page = upload(as_reporter, out.getvalue())
    batch = ImportBatch.objects.latest("pk")
    assert batch.status == "preview", batch.problems
    assert "将要写入的变化(1)" in page.content.decode()


def test_upload_shows_every_problem_with_location_and_writes_nothing(as_reporter):
    before = fingerprint()
    rows = [HEADER, ["fai", "固定资产投资", "亿元", "约3亿", 3.9], ["xyz", "不存在", "亿元", 1, 1]]
    page = upload(as_reporter, xlsx(rows))
    html = page.content.decode()
    assert "2 个错误" in html
    assert "工作表“数据” 第3行 D列" in html and "“约3亿”不是数字" in html
    assert "工作表“数据” 第4行 B列" in html
    assert fingerprint() == before


def test_preview_then_confirm_writes_and_can_submit(as_reporter):
    page = upload(as_reporter, xlsx([HEADER, ["fai", "固定资产投资", "亿元", 3.2, 3.9]]))
    html = page.content.decode()
    assert "将要写入的变化(1)" in html and "固定资产投资(亿元)" in html
    assert not Observation.objects.filter(year=2024).exists()
    batch = ImportBatch.objects.latest("pk")
    r = as_reporter.post(f"/intake/batch/{batch.pk}/confirm/", {"submit": "1"}, follow=True)
    assert r.redirect_chain[-1][0] == "/intake/entry/140921/2024-02/"
    o = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    assert (o.value, o.status) == (Decimal("3.2"), Status.SUBMITTED)


def test_a_100_mb_upload_is_refused_by_size(as_reporter, tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    before = fingerprint()
    with path.open("rb") as f:
        page = as_reporter.post("/intake/upload/", {"file": f}, follow=True)
    assert "超过上限 20 MB" in page.content.decode()
    assert fingerprint() == before


def test_entry_form_live_check_returns_problems_per_field(as_reporter):
    r = as_reporter.post(
        "/intake/entry/140921/2024-02/",
        {"action": "check", "v_fai": "abc", "v_retail": "3.8", "g_retail": "60"},
        headers={"x-requested-with": "fetch"},
    )
    problems = r.json()["problems"]
    assert {"field": "v_fai", "severity": "error"}.items() <= problems[0].items()
    assert problems[0]["label"] == "固定资产投资·本期值"
    assert any(p["field"] == "g_retail" and p["code"] == "growth_vs_levels" for p in problems)
    assert not Observation.objects.filter(year=2024).exists()


def test_entry_form_saves_drafts_then_submits(as_reporter):
    r = as_reporter.post(
        "/intake/entry/140921/2024-02/",
        {"action": "save", "v_fai": "3.2", "g_fai": "3.9"},
        follow=True,
    )
    assert "已保存 1 个数据" in r.content.decode()
    o = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    assert (o.status, o.source) == (Status.DRAFT, "form")
    r = as_reporter.post("/intake/entry/140921/2024-02/", {"action": "submit_stored"}, follow=True)
    assert "已提交审核 1 个数据" in r.content.decode()
    o.refresh_from_db()
    assert o.status == Status.SUBMITTED


def test_reviewer_approves_from_the_queue_and_the_dashboard_shows_it(client, reporter, reviewer):
    client.force_login(reporter)
    client.post(
        "/intake/entry/140921/2024-02/",
        {"action": "submit", "v_fai": "3.2", "g_fai": "3.9"},
    )
    client.force_login(reviewer)
    queue = client.get("/intake/review/").content.decode()
    assert "/intake/review/140921/2024-02/" in queue
    r = client.post("/intake/review/140921/2024-02/", {"action": "approve"}, follow=True)
    assert "已审核通过 1 个数据" in r.content.decode()
    assert DerivedFigure.objects.get(
        indicator__code="fai", region__code="140921", year=2024, month=2
    ).value == pytest.approx(3.2)


def test_completeness_board_marks_late_months(client, reviewer):
    client.force_login(reviewer)
    html = client.get("/intake/board/?year=2023").content.decode()
    assert 'data-region="140921"' in html
    assert "已审" in html
    html = client.get("/intake/board/?year=2024").content.decode()
    assert "逾期" in html


def test_audit_pages_per_observation_and_per_user(client, reporter, reviewer):
    client.force_login(reporter)
    client.post("/intake/entry/140921/2024-02/", {"action": "save", "v_fai": "3.2"})
    o = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    html = client.get(f"/intake/audit/observation/{o.pk}/").content.decode()
    assert "reporter_140921" in html and "新增" in html
    html = client.get("/intake/audit/user/reporter_140921/").content.decode()
    assert "固定资产投资" in html
    assert client.get("/intake/audit/user/reviewer/").status_code == 403


def test_returned_reason_is_shown_to_the_reporter_and_reopened_figures_to_the_reviewer(
    client, reporter, reviewer
):
    client.force_login(reporter)
    client.post("/intake/entry/140921/2024-02/", {"action": "submit", "v_fai": "3.2"})
    client.force_login(reviewer)
    client.post(
        "/intake/review/140921/2024-02/", {"action": "return", "reason": "请核对固定资产投资"}
    )
    client.force_login(reporter)
    html = client.get("/intake/entry/140921/2024-02/").content.decode()
    assert "退回:请核对固定资产投资" in html
    client.post("/intake/entry/140921/2024-02/", {"action": "submit_stored"})
    client.force_login(reviewer)
    client.post("/intake/review/140921/2024-02/", {"action": "approve"})
    client.force_login(reporter)
    r = client.post(
        "/intake/entry/140921/2024-02/",
        {"action": "save", "v_fai": "3.3", "reason": "企业补报"},
        follow=True,
    )
    assert "已保存 1 个数据" in r.content.decode()
    client.force_login(reviewer)
    html = client.get("/intake/review/140921/2024-02/").content.decode()
    assert "审定后修改:原审定值 3.20,原因“企业补报”(reporter_140921)" in html


def test_the_uploaded_file_is_kept_unchanged_and_only_its_uploader_gets_it(
    as_reporter, client, django_user_model
):
    import hashlib

    data = xlsx([HEADER, ["fai", "固定资产投资", "亿元", 3.2, 3.9]])
    upload(as_reporter, data)
    batch = ImportBatch.objects.latest("pk")
    assert batch.sha256 == hashlib.sha256(data).hexdigest()
    got = as_reporter.get(f"/intake/batch/{batch.pk}/file/")
    assert b"".join(got.streaming_content) == data
    client.force_login(django_user_model.objects.get(username="leader"))
    assert client.get(f"/intake/batch/{batch.pk}/file/").status_code == 403
