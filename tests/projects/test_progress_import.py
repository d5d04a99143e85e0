"""Many projects' monthly completed investment from one workbook: all or nothing."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citystat.accounts.models import User
from citystat.projects import models as pm
from citystat.projects.importer import import_progress

pytestmark = pytest.mark.django_db


def _xlsx(rows) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    ws.append(["忻州市重点项目完成投资(2024年1-3月)"])
    ws.append(["项目编号", "项目名称", "本年完成投资(亿元)", "进展说明"])
    for r in rows:
        ws.append(list(r))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _ytd(code: str, month: int = 3) -> Decimal | None:
    row = pm.ProjectProgress.objects.filter(project__code=code, year=2024, month=month).first()
    return row.completed_ytd if row else None


def test_a_good_file_writes_every_row():
    data = _xlsx(
        [("XZ-2023-001", "雄忻高铁忻州段", 8.5, "路基施工"), ("XZ-2023-005", "滹沱河", 0.9, "")]
    )
    out = import_progress(data, filename="p.xlsx", year=2024, month=3, user=None)
    assert (out.accepted, out.written) == (True, 2)
    assert (_ytd("XZ-2023-001"), _ytd("XZ-2023-005")) == (Decimal("8.5000"), Decimal("0.9000"))


def test_one_bad_row_and_nothing_is_written():
    data = _xlsx(
        [
            ("XZ-2023-001", "雄忻高铁忻州段", 8.5, ""),
            ("XZ-2023-010", "岢岚县电子产业园", 13, ""),  # above its 12亿 total
            ("XZ-2099-001", "不存在", 1, ""),
            ("XZ-2023-005", "滹沱河", -1, ""),
        ]
    )
    before = pm.ProjectProgress.objects.count()
    out = import_progress(data, filename="p.xlsx", year=2024, month=3, user=None)
    assert not out.accepted and out.written == 0
    assert out.problems == [
        "工作表“项目”第4行(C4):2024年1–3月完成投资 13 亿元超过项目计划总投资 12.0000 亿元;"
        "请核对金额单位(亿元)或先调整计划总投资。",
        "工作表“项目”第5行(A5):项目编号“XZ-2099-001”不存在,请核对或先登记项目。",
        "工作表“项目”第6行(C6):2024年1–3月完成投资不能为负数(填写的是 -1);请填写0或正数。",
    ]
    assert pm.ProjectProgress.objects.count() == before
    assert _ytd("XZ-2023-001") is None


def test_a_unit_may_import_only_its_own_projects():
    unit = User.objects.get(username="unit_140981")
    data = _xlsx([("XZ-2023-005", "滹沱河", 1.0, ""), ("XZ-2023-001", "雄忻高铁", 2, "")])
    out = import_progress(data, filename="p.xlsx", year=2024, month=3, user=unit)
    assert out.problems == [
        "工作表“项目”第4行:您无权更新项目 XZ-2023-001(责任单位:市发展和改革委员会)。"
    ]
    assert _ytd("XZ-2023-005") is None


def test_not_an_excel_file_is_refused():
    out = import_progress(b"hello", filename="p.pdf", year=2024, month=3, user=None)
    assert out.problems == [
        "不是 Excel 文件(仅支持 .xlsx、.xls 和 .csv)。请使用“下载模板”得到的表格填报。"
    ]


def test_the_import_page(client):
    client.force_login(User.objects.get(username="unit_140981"))
    data = _xlsx([("XZ-2023-005", "滹沱河", 1.25, "")])
    r = client.post(
        "/projects/import/",
        {"year": 2024, "month": 3, "file": SimpleUploadedFile("p.xlsx", data)},
    )
    assert r.status_code == 302
    assert _ytd("XZ-2023-005") == Decimal("1.2500")
    bad = _xlsx([("XZ-2023-005", "滹沱河", -2, "")])
    r = client.post(
        "/projects/import/", {"year": 2024, "month": 4, "file": SimpleUploadedFile("p.xlsx", bad)}
    )
    assert "未导入任何数据" in r.content.decode()
    assert _ytd("XZ-2023-005", 4) is None
