"""原因说明 through the real pages: the entry form at intake, the reviewer's page at review."""

from __future__ import annotations

import pytest

from citystat.observations.models import Explanation, Observation
from tests.intake.helpers import fingerprint

pytestmark = pytest.mark.django_db
ENTRY = "/intake/entry/140921/2024-02/"
REVIEW = "/intake/review/140921/2024-02/"


def _causes(**where):  # type: ignore[no-untyped-def]
    return list(
        Explanation.objects.filter(region__code="140921", year=2024, month=2, **where)
        .order_by("indicator__code", "stage")
        .values_list("indicator__code", "stage", "text", "unit", "created_by__username")
    )


def test_a_reporter_enters_a_cause_with_the_figure(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    page = client.get(ENTRY).content.decode()
    assert 'name="c_fai"' in page and 'data-field="c_fai"' in page
    r = client.post(
        ENTRY,
        {"action": "save", "v_fai": "3.2", "g_fai": "3.9", "c_fai": "两个新开工项目集中入库。"},
        follow=True,
    )
    html = r.content.decode()
    assert "已保存 1 个数据。" in html and "已保存原因说明 1 条。" in html
    assert _causes() == [
        ("fai", "intake", "两个新开工项目集中入库。", "定襄县统计局", "reporter_140921")
    ]
    # The form shows it again, and saving it unchanged writes nothing new.
    assert ">两个新开工项目集中入库。</textarea>" in html
    r = client.post(
        ENTRY,
        {"action": "save", "v_fai": "3.2", "g_fai": "3.9", "c_fai": "两个新开工项目集中入库。"},
        follow=True,
    )
    assert "已保存原因说明" not in r.content.decode()
    # Clearing the field removes it.
    r = client.post(ENTRY, {"action": "save", "v_fai": "3.2", "g_fai": "3.9", "c_fai": ""})
    assert r.status_code == 302
    assert _causes() == []


def test_a_too_long_cause_refuses_the_whole_form_and_says_where(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    before = fingerprint()
    r = client.post(ENTRY, {"action": "save", "v_fai": "3.2", "c_fai": "增" * 301})
    assert r.status_code == 200
    html = r.content.decode()
    assert (
        '<span class="where">固定资产投资·原因说明</span>原因说明有301个字,超过300个字的上限:'
        "请只写主要原因,详细材料另附。"
    ) in html
    assert fingerprint() == before and _causes() == []


def test_the_live_check_places_cause_problems_on_the_cause_field(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    r = client.post(
        ENTRY, {"action": "check", "c_retail": "销售下滑。"}, headers={"x-requested-with": "fetch"}
    )
    assert r.json()["problems"] == [
        {
            "severity": "error",
            "severity_label": "错误",
            "message": "“社会消费品零售总额”本期未填数据,不能只填原因说明:请先填写本期值或同比增长。",
            "field": "c_retail",
            "label": "社会消费品零售总额·原因说明",
            "code": "cause_without_figure",
        }
    ]
    assert _causes() == []


def test_a_reporter_cannot_explain_another_countys_figures(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    r = client.post("/intake/entry/140922/2023-11/", {"action": "save", "c_fai": "原因。"})
    assert r.status_code == 403
    assert not Explanation.objects.filter(region__code="140922").exists()


def test_a_reviewer_adds_a_note_at_review_beside_the_reporters_cause(client, reporter, reviewer):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    client.post(
        ENTRY,
        {
            "action": "submit",
            "v_fai": "3.2",
            "g_fai": "3.9",
            "v_retail": "10.5",
            "c_fai": "两个新开工项目集中入库。",
        },
    )
    client.force_login(reviewer)
    page = client.get(REVIEW).content.decode()
    assert "两个新开工项目集中入库。（定襄县统计局说明）" in page
    assert 'name="cause-fai" form="review-causes"' in page
    r = client.post(
        REVIEW,
        {"action": "explain", "cause-fai": "已电话核实入库项目。", "cause-retail": ""},
        follow=True,
    )
    assert "已保存审核原因说明 1 条。" in r.content.decode()
    assert _causes(stage="review") == [
        ("fai", "review", "已电话核实入库项目。", "市统计局综合科", "reviewer")
    ]
    # A note on a figure the period does not have refuses all, nothing written.
    r = client.post(
        REVIEW,
        {"action": "explain", "cause-fai": "改写。", "cause-trade": "无此数据。"},
        follow=True,
    )
    assert "“trade”不是定襄县本期已填报的数据,不能填写原因说明。" in r.content.decode()
    assert _causes(stage="review")[0][2] == "已电话核实入库项目。"
    assert Observation.objects.filter(region__code="140921", year=2024, month=2).count() == 2


def test_a_reporter_cannot_post_review_notes(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    r = client.post(REVIEW, {"action": "explain", "cause-fai": "原因。"})
    assert r.status_code == 403
