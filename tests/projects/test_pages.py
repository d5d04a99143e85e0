"""Project, chain, town and task pages render the demo with exact figures and lights."""

from __future__ import annotations

import pytest

from citystat.accounts.models import User
from citystat.projects import models as pm

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader_client(client):
    client.force_login(User.objects.get(username="leader"))
    return client


def test_project_list_shows_every_project_with_its_light(
    leader_client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        r = leader_client.get("/projects/?period=2023-12")
    assert r.status_code == 200
    html = r.content.decode()
    assert html.count('data-code="XZ-2023-') == 10
    assert "雄忻高铁忻州段" in html
    # 代县黄草院: 0.55 of its 10亿 plan by December, 45 pp behind 序时进度 -> red.
    assert 'data-code="XZ-2023-009" data-light="red"' in html
    assert "落后序时进度45.0个百分点" in html


def test_project_list_filters_by_county_chain_status_and_light(leader_client):
    html = leader_client.get("/projects/?period=2023-12&region=140923").content.decode()
    assert html.count('data-code="XZ-2023-') == 1
    html = leader_client.get("/projects/?period=2023-12&chain=NEW_ENERGY_EQUIP").content.decode()
    assert html.count('data-code="XZ-2023-') == 2
    html = leader_client.get("/projects/?period=2023-12&status=operation").content.decode()
    assert html.count('data-code="XZ-2023-') == 1
    html = leader_client.get("/projects/?period=2023-12&light=red").content.decode()
    assert html.count('data-code="XZ-2023-') == html.count('data-light="red"') >= 1


def test_county_investment_sits_beside_fixed_asset_investment(leader_client):
    html = leader_client.get("/projects/?period=2023-12").content.decode()
    assert "重点项目完成投资与固定资产投资" in html
    assert 'data-region="140923"' in html  # 代县 has a project
    assert 'data-region="140900"' in html


def test_project_page_has_timeline_and_plan_versions(leader_client):
    r = leader_client.get("/projects/p/XZ-2023-007/?period=2023-12")
    html = r.content.decode()
    assert r.status_code == 200
    assert "第2版" in html and "建设方案调整" in html
    # 25.0 * 0.70 = 17.50 done against the revised 20.0 plan: 87.5%.
    assert '<div class="v" id="completion">87.5%</div>' in html
    assert "落后序时进度12.5个百分点" in html
    assert "progress-data" in html
    assert "更新项目" not in html  # a leader sees, but does not update


def test_milestone_timeline_marks_delays(leader_client):
    html = leader_client.get("/projects/p/XZ-2023-010/?period=2023-12").content.decode()
    assert "逾期92天未完成" in html  # structure due 2023-09-30


def test_map_page_carries_points(leader_client):
    html = leader_client.get("/projects/map/?period=2023-12").content.decode()
    assert "map-points" in html and "XZ-2023-001" in html


def test_chain_and_town_pages(leader_client):
    html = leader_client.get("/projects/chains/NEW_ENERGY_EQUIP/?period=2023-12").content.decode()
    assert "五台西龙池抽水蓄能电站二期" in html and "代县黄草院抽水蓄能电站" in html
    assert "新能源装备制造示例企业甲" in html
    html = leader_client.get("/projects/towns/DX_FLANGE/?period=2023-12").content.decode()
    assert "定襄法兰示例企业甲" in html
    assert "规模以上工业增加值" in html
    assert leader_client.get("/projects/groups/").status_code == 200


def test_task_pages(leader_client):
    html = leader_client.get("/projects/tasks/?period=2023-06").content.decode()
    assert "放心午餐工程" in html and "零工市场建设" in html
    html = leader_client.get("/projects/tasks/2023/1/?period=2023-12").content.decode()
    assert '<div class="v" id="task-completion">100.0%</div>' in html
    assert "7498" in html


def test_the_responsible_unit_updates_its_own_project_and_not_others(client):
    client.force_login(User.objects.get(username="unit_140981"))
    p = pm.Project.objects.get(code="XZ-2023-005")  # 原平市
    assert "更新项目" in client.get(f"/projects/p/{p.code}/").content.decode()
    r = client.post(
        f"/projects/p/{p.code}/progress/", {"year": 2023, "month": 12, "completed_ytd": "5.00"}
    )
    assert r.status_code == 302
    assert pm.ProjectProgress.objects.get(project=p, year=2023, month=12).completed_ytd == 5
    other = client.post(
        "/projects/p/XZ-2023-009/progress/", {"year": 2023, "month": 12, "completed_ytd": "9"}
    )
    assert other.status_code == 403


def test_a_bad_amount_through_the_form_shows_the_message_and_writes_nothing(client):
    client.force_login(User.objects.get(username="unit_140981"))
    before = pm.ProjectProgress.objects.get(project__code="XZ-2023-005", year=2023, month=12)
    r = client.post(
        "/projects/p/XZ-2023-005/progress/",
        {"year": 2023, "month": 12, "completed_ytd": "-2"},
        follow=True,
    )
    assert "未保存:2023年1–12月完成投资不能为负数" in r.content.decode()
    after = pm.ProjectProgress.objects.get(pk=before.pk)
    assert after.completed_ytd == before.completed_ytd


def test_a_unit_can_list_only_its_own_projects(client):
    client.force_login(User.objects.get(username="unit_140981"))
    html = client.get("/projects/?period=2023-12&unit=原平市人民政府").content.decode()
    assert html.count('data-code="XZ-2023-') == 2  # 滹沱河供水, 新材料产业链一体化
    assert "本单位(原平市人民政府)" in html
