"""Bad input to projects and tasks: a clear Chinese message and nothing written."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

import pytest

from citystat.projects import actions as pa
from citystat.projects import models as pm

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%test\n" + b"0" * 64


def _counts() -> tuple[int, ...]:
    return (
        pm.Project.objects.count(),
        pm.ProjectPlan.objects.count(),
        pm.ProjectProgress.objects.count(),
        pm.Milestone.objects.count(),
        pm.TaskUpdate.objects.count(),
        pm.ProjectLog.objects.count(),
    )


@pytest.fixture
def project() -> pm.Project:
    return pm.Project.objects.get(code="XZ-2023-010")


def test_completed_investment_above_total_is_refused(project):
    before = _counts()
    with pytest.raises(pa.ProjectInputError) as exc:
        pa.record_progress(project, year=2023, month=12, completed_ytd="12.5")
    assert str(exc.value) == (
        "2023年1–12月完成投资 12.5 亿元超过项目计划总投资 12.0000 亿元;"
        "请核对金额单位(亿元)或先调整计划总投资。"
    )
    assert _counts() == before
    assert pm.ProjectProgress.objects.get(project=project, year=2023, month=12).completed_ytd == (
        Decimal("3.87")
    )


def test_negative_amount_is_refused(project):
    before = _counts()
    with pytest.raises(pa.ProjectInputError, match="不能为负数"):
        pa.record_progress(project, year=2023, month=12, completed_ytd="-1")
    with pytest.raises(pa.ProjectInputError, match="年度计划投资不能为负数"):
        pa.set_plan(project, year=2024, annual_investment=Decimal("-3"))
    assert _counts() == before


def test_annual_plan_above_total_is_refused(project):
    with pytest.raises(pa.ProjectInputError, match="超过项目计划总投资"):
        pa.set_plan(project, year=2024, annual_investment="13")


def test_milestones_in_the_wrong_order_are_refused(project):
    before = _counts()
    with pytest.raises(pa.ProjectInputError) as exc:
        pa.set_milestones(
            project,
            {"completion": (dt.date(2023, 8, 31), None)},
            today=dt.date(2023, 12, 31),
        )
    assert str(exc.value) == (
        "节点日期顺序有误:竣工计划日期(2023-08-31)早于主体完工计划日期(2023-09-30);"
        "节点应按 开工 → 主体完工 → 竣工 → 投产 的顺序。"
    )
    assert _counts() == before
    assert pm.Milestone.objects.get(project=project, kind="completion").planned_date == dt.date(
        2024, 3, 31
    )


def test_actual_date_in_the_future_is_refused(project):
    with pytest.raises(pa.ProjectInputError, match="晚于今天"):
        pa.set_milestones(
            project,
            {"structure": (dt.date(2023, 9, 30), dt.date(2023, 10, 5))},
            today=dt.date(2023, 10, 1),
        )


def test_project_for_a_county_that_does_not_exist_is_refused():
    before = _counts()
    with pytest.raises(pa.ProjectInputError) as exc:
        pa.create_project(
            code="XZ-2024-099",
            name="测试项目",
            region_code="140999x",
            category="industry",
            total_investment="5",
        )
    assert "所在地代码“140999x”不存在" in str(exc.value)
    assert _counts() == before


def test_evidence_that_is_not_what_its_name_says_is_refused():
    target = pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学")
    before = _counts()
    with pytest.raises(pa.ProjectInputError) as exc:
        pa.record_task_update(
            target, year=2024, month=1, value=3, evidence_name="验收报告.pdf", evidence_data=PNG
        )
    assert str(exc.value) == (
        "佐证材料“验收报告.pdf”的扩展名为 .pdf,但文件内容不是PDF文件(实际为PNG文件);"
        "请上传与扩展名一致的原始文件。"
    )
    with pytest.raises(pa.ProjectInputError, match="类型不受支持"):
        pa.record_task_update(
            target, year=2024, month=1, value=3, evidence_name="a.exe", evidence_data=b"MZ"
        )
    big = b"%PDF-" + b"0" * (5 * 1024 * 1024)
    with pytest.raises(pa.ProjectInputError, match="超过 5 MB 上限"):
        pa.record_task_update(
            target, year=2024, month=1, value=3, evidence_name="big.pdf", evidence_data=big
        )
    assert _counts() == before


def test_a_zip_renamed_to_docx_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    target = pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学")
    with pytest.raises(pa.ProjectInputError, match=r"不是Word文件\(实际为ZIP文件\)"):
        pa.record_task_update(
            target,
            year=2024,
            month=1,
            value=3,
            evidence_name="说明.docx",
            evidence_data=buf.getvalue(),
        )


def test_a_good_evidence_file_is_stored_under_a_random_name(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    target = pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学")
    up = pa.record_task_update(
        target, year=2024, month=1, value=3, evidence_name="../../验收 报告.pdf", evidence_data=PDF
    )
    assert up.evidence_name == "验收 报告.pdf"
    assert up.evidence_type == "PDF"
    assert up.evidence_size == len(PDF)
    stored = tmp_path / up.evidence.name
    assert stored.read_bytes() == PDF
    assert stored.parent.is_relative_to(tmp_path / "evidence")
    assert "验收" not in up.evidence.name
    target.refresh_from_db()
    assert target.actual_value == Decimal("3")
    assert target.as_of == dt.date(2024, 1, 31)


def test_the_admin_form_applies_the_same_limit(project):
    row = pm.ProjectProgress(project=project, year=2024, month=1, completed_ytd=Decimal("12.5"))
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        row.full_clean()
    assert exc.value.message_dict["completed_ytd"] == [
        "本年完成投资 12.5 亿元超过项目计划总投资 12.0000 亿元。"
    ]
