"""Who may use the page and make drafts; text never overwrites reviewed or differing figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from citystat.accounts.models import User
from citystat.indicators.models import Indicator
from citystat.observations.actions import record_observation
from citystat.observations.models import Observation
from citystat.regions.models import Region
from citystat.textreview.models import SourceDocument, TextFact
from tests.textreview.conftest import SAMPLE, client_for

pytestmark = pytest.mark.django_db


def _submit(client: Client, text: str = SAMPLE) -> SourceDocument:
    assert client.post("/text/", {"text": text}).status_code == 302
    return SourceDocument.objects.latest("id")


def test_the_page_needs_login():
    response = Client().get("/text/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_leaders_may_not_use_the_page(db):
    response = client_for("leader").get("/text/")
    assert response.status_code == 403
    assert "文本提取仅限填报员、审核员、分析师和管理员使用" in response.content.decode()
    assert client_for("leader").post("/text/", {"text": SAMPLE}).status_code == 403
    assert not SourceDocument.objects.exists()


def test_a_reporter_sees_only_their_own_documents(reporter, reviewer):
    document = _submit(reviewer)
    response = reporter.get(f"/text/{document.pk}/")
    assert response.status_code == 403
    assert '<p class="error" id="forbidden-reason">无权查看该文档</p>' in response.content.decode()
    fact = document.facts.first()
    assert reporter.post(f"/text/{document.pk}/facts/{fact.pk}/reject/").status_code == 403
    assert reporter.post(f"/text/{document.pk}/accept/").status_code == 403
    assert document.title not in reporter.get("/text/").content.decode()
    assert document.title in client_for("admin").get("/text/").content.decode()


def test_a_reporter_may_not_draft_for_another_county(reporter):
    document = _submit(reporter, "2024年1-2月,原平市规模以上工业增加值增长6.1%。")
    response = reporter.post(f"/text/{document.pk}/accept/", follow=True)
    html = response.content.decode()
    fact = TextFact.objects.get()
    assert fact.region_code == "140981"
    assert fact.status == "pending" and fact.observation is None
    assert fact.outcome == "保留待审:无权为原平市录入「规模以上工业增加值」"
    assert "保留待审 1 条" in html
    assert "事实 f-001「6.1%」保留待审:无权为原平市录入「规模以上工业增加值」" in html
    assert not Observation.objects.filter(source="text").exists()


def test_an_analyst_may_draft_for_any_region(db):
    analyst = User.objects.create_user("analyst_test", password="x" * 12, role="analyst")
    client = Client()
    client.force_login(analyst)
    document = _submit(client, "2024年1-2月,原平市规模以上工业增加值增长6.1%。")
    client.post(f"/text/{document.pk}/accept/")
    obs = TextFact.objects.get().observation
    assert (obs.region.code, obs.growth_reported, obs.status) == (
        "140981",
        Decimal("6.1000"),
        "draft",
    )


def test_text_never_overwrites_an_approved_figure(reviewer):
    existing = Observation.objects.get(
        indicator__code="ind_va", region__code="140921", year=2023, month=11
    )
    assert existing.status == "approved"
    before = (existing.value, existing.growth_reported)
    document = _submit(reviewer, "2023年1-11月,定襄县规模以上工业增加值增长99.9%。")
    reviewer.post(f"/text/{document.pk}/accept/")
    fact = TextFact.objects.get()
    assert fact.status == "pending"
    assert fact.outcome == (
        "保留待审:2023年1-11月已有已审核数据,文本不覆盖;如需修改请在数据报送中处理"
    )
    existing.refresh_from_db()
    assert (existing.value, existing.growth_reported, existing.status) == (*before, "approved")


def test_a_draft_with_another_value_is_not_overwritten_but_an_empty_field_is_filled(reviewer):
    user = User.objects.get(username="reviewer")
    draft = record_observation(
        indicator=Indicator.objects.get(code="ind_va"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=2,
        value=Decimal("20.5"),
        growth_reported=Decimal("7.0"),
        status="draft",
        user=user,
    )
    document = _submit(reviewer, SAMPLE)
    reviewer.post(f"/text/{document.pk}/accept/")
    growth, level = document.facts.order_by("seq")
    assert growth.status == "pending"
    assert growth.outcome == "保留待审:该期草稿已有不同的增速(7),请核对"
    draft.refresh_from_db()
    assert (draft.value, draft.growth_reported) == (Decimal("20.500000"), Decimal("7.0000"))
    assert level.observation.indicator.code == "fai"

    draft.growth_reported = None
    draft.save()
    reviewer.post(f"/text/{document.pk}/accept/")
    growth.refresh_from_db()
    draft.refresh_from_db()
    assert growth.observation_id == draft.pk
    assert (draft.value, draft.growth_reported, draft.source) == (
        Decimal("20.500000"),
        Decimal("8.5000"),
        "text",
    )


def test_a_level_and_its_growth_fill_one_draft(reviewer):
    document = _submit(reviewer, "2024年1-3月,定襄县社会消费品零售总额15.2亿元,同比增长4.6%。")
    reviewer.post(f"/text/{document.pk}/accept/")
    level, growth = document.facts.order_by("seq")
    assert level.observation_id == growth.observation_id is not None
    obs = level.observation
    assert (obs.indicator.code, obs.year, obs.month, obs.value, obs.growth_reported) == (
        "retail",
        2024,
        3,
        Decimal("15.200000"),
        Decimal("4.6000"),
    )
    assert obs.revisions.count() == 2


def test_an_accepted_fact_with_a_draft_cannot_be_reopened(reviewer):
    document = _submit(reviewer)
    reviewer.post(f"/text/{document.pk}/accept/")
    fact = document.facts.order_by("seq").first()
    response = reviewer.post(f"/text/{document.pk}/facts/{fact.pk}/reopen/", follow=True)
    assert (
        "事实 f-001 已生成草稿数据,不能撤回;如需修改请在数据报送中处理" in response.content.decode()
    )
    fact.refresh_from_db()
    assert fact.status == "accepted"


def test_an_alias_added_by_an_administrator_applies_to_the_next_document(reviewer):
    from citystat.indicators.models import IndicatorAlias

    text = "2024年1-2月,定襄县法兰锻造产值增长11.2%。"
    first = _submit(reviewer, text).facts.get()
    assert first.indicator is None
    IndicatorAlias.objects.create(
        alias=first.subject, indicator=Indicator.objects.get(code="sei_hiend")
    )
    second = _submit(reviewer, text).facts.get()
    assert (second.indicator.code, second.match_method, second.match_score) == (
        "sei_hiend",
        "exact",
        1.0,
    )


def test_correcting_the_subject_matches_again(reviewer):
    document = _submit(reviewer, "2024年1-2月,定襄县某某收入3.5亿元。")
    fact = document.facts.get()
    reviewer.post(
        f"/text/{document.pk}/facts/{fact.pk}/correct/",
        {"field": "subject", "value": "社会消费品零售总额"},
    )
    fact.refresh_from_db()
    assert (fact.subject, fact.indicator.code, fact.match_method) == (
        "社会消费品零售总额",
        "retail",
        "exact",
    )
    assert [(c.field, c.new_value) for c in fact.corrections.all()] == [
        ("subject", "社会消费品零售总额")
    ]
