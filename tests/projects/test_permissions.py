"""A responsible unit updates its own projects and tasks; others only read."""

from __future__ import annotations

import datetime as dt

import pytest

from citystat.accounts.models import User
from citystat.accounts.permissions import can_supervise, can_update_unit_work, sees_all_units
from citystat.projects import models as pm

pytestmark = pytest.mark.django_db


def _user(name: str) -> User:
    return User.objects.get(username=name)


def test_rules_by_role():
    assert can_update_unit_work(_user("unit_jyj"), "市教育局")
    assert not can_update_unit_work(_user("unit_jyj"), "市人社局")
    assert not can_update_unit_work(_user("leader"), "市教育局")
    assert not can_update_unit_work(_user("reviewer"), "市教育局")
    assert can_update_unit_work(_user("admin"), "市教育局")
    # A reporter with the right unit name is still not the responsible unit.
    reporter = _user("reporter_140921")
    reporter.unit_name = "市教育局"
    assert not can_update_unit_work(reporter, "市教育局")
    assert sees_all_units(_user("leader")) and sees_all_units(_user("reviewer"))
    assert not sees_all_units(_user("unit_jyj"))
    assert can_supervise(_user("leader")) and not can_supervise(_user("unit_jyj"))


def test_task_update_only_by_its_unit(client):
    target = pm.TaskTarget.objects.get(task__seq=2, name="累计提供零工岗位")
    client.force_login(_user("unit_jyj"))  # 市教育局, but task 2 is 市人社局's
    page = client.get("/projects/tasks/2023/2/").content.decode()
    assert "填报进展" not in page
    r = client.post(
        "/projects/tasks/2023/2/update/",
        {"target": target.pk, "year": 2024, "month": 1, "value": "100"},
    )
    assert r.status_code == 403
    assert not pm.TaskUpdate.objects.filter(target=target, year=2024).exists()


def test_task_update_through_the_form(client):
    target = pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学")
    client.force_login(_user("unit_jyj"))
    r = client.post(
        "/projects/tasks/2023/1/update/",
        {"target": target.pk, "year": 2024, "month": 2, "value": "12", "note": "春季学期"},
    )
    assert r.status_code == 302
    up = pm.TaskUpdate.objects.get(target=target, year=2024, month=2)
    assert (up.value, up.note, up.created_by.username) == (12, "春季学期", "unit_jyj")
    assert pm.ProjectLog.objects.filter(task=target.task, action="task").first().detail == (
        "覆盖小学:截至2024年2月完成 12所"
    )


def test_project_page_query_budget(client, django_assert_max_num_queries):
    client.force_login(_user("unit_140981"))
    with django_assert_max_num_queries(30):
        r = client.get("/projects/p/XZ-2023-005/?period=2023-12")
    assert r.status_code == 200


def test_seasonal_progress_is_used_when_the_project_has_history():
    from citystat.projects import actions as pa
    from citystat.projects import queries as q

    p = pa.create_project(
        code="T-S",
        name="季节性项目",
        region_code="140921",
        category="industry",
        total_investment="100",
    )
    for y in (2022, 2023):
        pa.record_progress(p, year=y, month=6, completed_ytd="4")
        pa.record_progress(p, year=y, month=12, completed_ytd="10")
    pa.set_plan(p, year=2024, annual_investment="10")
    pa.record_progress(p, year=2024, month=6, completed_ytd="4")
    s = q.project_status(p, 2024, 6)
    # 40% by June in both past years: 40% done is on 序时进度 (not 10 pp behind m/12).
    assert (round(s.expected, 1), round(s.gap, 1), s.light) == (40.0, 0.0, "green")


PDF = b"%PDF-1.4\n%evidence\n" + b"1" * 64


@pytest.fixture
def lunch_evidence(settings, tmp_path) -> pm.TaskUpdate:
    """市教育局 reports 放心午餐 progress with a PDF (task 2023/1 is 市教育局's)."""
    from citystat.projects import actions as pa

    settings.MEDIA_ROOT = tmp_path
    target = pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学")
    return pa.record_task_update(
        target,
        year=2024,
        month=3,
        value=20,
        evidence_name="验收报告.pdf",
        evidence_data=PDF,
        user=_user("unit_jyj"),
    )


@pytest.mark.parametrize(
    ("username", "status"),
    [
        ("unit_jyj", 200),  # the task's responsible unit
        ("admin", 200),
        ("reviewer", 200),
        ("leader", 200),
        ("unit_140921", 403),  # another unit
        ("unit_fgw", 403),
        ("reporter_140921", 403),  # a county reporter
    ],
)
def test_evidence_download_by_role(client, lunch_evidence, username, status):
    client.force_login(_user(username))
    r = client.get(f"/projects/evidence/{lunch_evidence.pk}/")
    assert r.status_code == status
    if status == 200:
        assert b"".join(r.streaming_content) == PDF
        assert r["Content-Disposition"] == (
            "attachment; filename*=utf-8''%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A.pdf"
        )


@pytest.mark.parametrize(
    ("username", "linked"),
    [("unit_jyj", True), ("leader", True), ("unit_140921", False), ("reporter_140921", False)],
)
def test_the_task_page_links_the_file_only_for_those_who_may_open_it(
    client, lunch_evidence, username, linked
):
    client.force_login(_user(username))
    html = client.get("/projects/tasks/2023/1/?period=2024-03").content.decode()
    link = f'href="/projects/evidence/{lunch_evidence.pk}/"'
    assert (link in html) is linked
    if not linked:
        assert "有佐证材料(仅责任单位和督查人员可看)" in html


def test_evidence_download_needs_sign_in(client, lunch_evidence):
    r = client.get(f"/projects/evidence/{lunch_evidence.pk}/")
    assert r.status_code == 302
    assert r["Location"] == f"/login/?next=/projects/evidence/{lunch_evidence.pk}/"


def test_evidence_stays_with_its_uploader_when_the_task_changes_unit(client, lunch_evidence):
    pm.LivelihoodTask.objects.filter(seq=1).update(responsible_unit="市人社局")
    client.force_login(_user("unit_jyj"))
    assert client.get(f"/projects/evidence/{lunch_evidence.pk}/").status_code == 200


def test_evidence_refusal_does_not_depend_on_the_file(client, lunch_evidence):
    client.force_login(_user("unit_140921"))
    # The refusal does not depend on whether the update has a file (no probing of ids).
    no_file = pm.TaskUpdate.objects.create(
        target=lunch_evidence.target, year=2024, month=4, value=21
    )
    assert client.get(f"/projects/evidence/{no_file.pk}/").status_code == 403
    assert client.get("/projects/evidence/999999/").status_code == 404


@pytest.mark.parametrize(
    ("username", "shown"),
    [
        ("leader", True),
        ("reviewer", True),
        ("admin", True),
        ("reporter_140921", False),
        ("unit_140921", False),  # 定襄县; the project is 代县's
        ("unit_fgw", False),
    ],
)
def test_project_page_lists_only_the_follow_ups_the_user_may_open(client, username, shown):
    title = "代县黄草院抽水蓄能电站投资进度落后"
    client.force_login(_user(username))
    html = client.get("/projects/p/XZ-2023-009/?period=2023-12").content.decode()
    assert (title in html) is shown
    # Consistent with the follow-up page itself.
    f = pm.Project.objects.get(code="XZ-2023-009").followups.get(title=title)
    assert client.get(f"/followups/{f.pk}/").status_code == (200 if shown else 403)


def test_the_responsible_unit_sees_its_own_follow_ups_on_its_project_page(client):
    user = _user("unit_140921")
    User.objects.filter(pk=user.pk).update(unit_name="代县人民政府")
    client.force_login(user)
    html = client.get("/projects/p/XZ-2023-009/?period=2023-12").content.decode()
    assert "代县黄草院抽水蓄能电站投资进度落后" in html
    assert "代县黄草院抽水蓄能电站开工节点逾期" in html


@pytest.mark.parametrize(
    ("username", "shown"),
    [("unit_jyj", True), ("leader", True), ("unit_140921", False), ("reporter_140921", False)],
)
def test_task_page_lists_only_the_follow_ups_the_user_may_open(client, username, shown):
    from citystat.followups.models import Followup

    task = pm.LivelihoodTask.objects.get(year=2023, seq=1)  # 市教育局's
    Followup.objects.create(
        subject="task:2023-1:test",
        title="放心午餐覆盖进度滞后",
        responsible_unit="市教育局",
        task=task,
        year=2023,
        month=6,
        deadline=dt.date(2023, 7, 31),
    )
    client.force_login(_user(username))
    html = client.get("/projects/tasks/2023/1/?period=2023-6").content.decode()
    assert ("放心午餐覆盖进度滞后" in html) is shown
