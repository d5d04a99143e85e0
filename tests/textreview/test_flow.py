"""The page flow with the Django client: paste → review → correct / reject → accept → drafts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.observations.models import Observation, Revision
from citystat.textreview.models import ExtractionJob, FactCorrection, SourceDocument, TextFact
from tests.textreview.conftest import SAMPLE

pytestmark = pytest.mark.django_db


def _paste(client, text=SAMPLE, **extra):  # type: ignore[no-untyped-def]
    return client.post("/text/", {"text": text, "title": "", **extra})


def test_pasting_text_stores_the_document_and_its_facts_with_spans_and_matches(reporter):
    response = _paste(reporter)
    job = ExtractionJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/text/jobs/{job.pk}/"
    document = SourceDocument.objects.get()
    # The job page sends a finished job on to its review, saying how many facts were read.
    response = reporter.get(response["Location"])
    assert response.status_code == 302 and response["Location"] == f"/text/{document.pk}/"
    assert "已读取 2 条数值事实,请逐条审核" in reporter.get(response["Location"]).content.decode()
    assert (job.status, job.progress, job.facts, job.document, job.text) == (
        "done",
        100,
        2,
        document,
        "",
    )
    assert document.text == SAMPLE
    assert document.source_type == "paste"
    assert document.created_by.username == "reporter_140921"
    assert len(document.text_sha256) == 64
    facts = list(document.facts.order_by("seq"))
    assert [(f.text_span, f.char_start, f.char_end) for f in facts] == [
        ("8.5%", 24, 28),
        ("12.3亿元", 37, 43),
    ]
    assert [SAMPLE[f.char_start : f.char_end] for f in facts] == ["8.5%", "12.3亿元"]
    growth, level = facts
    assert (growth.subject, growth.measure, growth.value, growth.value_base) == (
        "规模以上工业增加值",
        "growth_yoy",
        8.5,
        8.5,
    )
    assert (growth.region_name, growth.region_code, growth.period) == (
        "定襄县",
        "140921",
        "2024-01/2024-02",
    )
    assert (growth.indicator.code, growth.match_method, growth.match_score) == (
        "ind_va",
        "exact",
        1.0,
    )
    assert (level.measure, level.unit, level.value, level.value_base, level.base_unit) == (
        "level",
        "亿元",
        12.3,
        1230000000.0,
        "yuan",
    )
    assert level.indicator.code == "fai"
    assert level.match_method in {"normalised", "fuzzy", "exact"}
    assert all(f.status == "pending" for f in facts)
    assert growth.extracted["text_span"] == "8.5%"


def test_the_review_page_highlights_each_span_and_lists_the_facts(
    reporter, django_assert_max_num_queries
):
    _paste(reporter)
    document = SourceDocument.objects.get()
    g, lv = document.facts.order_by("seq")
    # (a page's preview reads the observations its facts would fill and the user's regions
    # and indicators once, whatever the number of facts: 12 queries)
    with django_assert_max_num_queries(12):
        response = reporter.get(f"/text/{document.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        f'<a href="#fact-{g.pk}" class="tr-mark s-pending" id="span-{g.pk}" data-fact="f-001"'
        in html
    )
    assert f'>8.5%</a>,固定资产投资完成<a href="#fact-{lv.pk}"' in html
    assert '<tr id="fact-' in html and "规模以上工业增加值" in html
    assert '<b id="n-facts">2</b>' in html and '<b id="n-pending">2</b>' in html
    assert "接受其余 2 条待审事实" in html
    assert "接受后生成草稿:规模以上工业增加值 · 定襄县 · 2024年1-2月 · 增速 8.5%" in html
    assert "接受后生成草稿:固定资产投资 · 定襄县 · 2024年1-2月 · 数值 12.3亿元" in html


def test_reject_one_accept_the_rest_makes_one_draft_linked_back(reporter):
    _paste(reporter)
    document = SourceDocument.objects.get()
    growth, level = document.facts.order_by("seq")
    reporter.post(f"/text/{document.pk}/facts/{level.pk}/reject/")
    response = reporter.post(f"/text/{document.pk}/accept/", follow=True)
    html = response.content.decode()
    assert "已接受 1 条,生成草稿数据 1 条;未生成数据 0 条;保留待审 0 条" in html
    growth.refresh_from_db()
    level.refresh_from_db()
    assert level.status == "rejected" and level.observation is None
    assert growth.status == "accepted"
    obs = growth.observation
    assert (obs.indicator.code, obs.region.code, obs.year, obs.month) == (
        "ind_va",
        "140921",
        2024,
        2,
    )
    assert obs.combined_jan_feb is True
    assert (obs.value, obs.growth_reported) == (None, Decimal("8.5000"))
    assert (obs.status, obs.source, obs.is_synthetic) == ("draft", "text", False)
    assert obs.updated_by.username == "reporter_140921"
    revision = Revision.objects.get(observation=obs)
    assert revision.action == "create" and revision.source == "text"
    assert revision.reason == f"文本提取:文档#{document.pk}「{document.title}」第24-28字「8.5%」"
    assert "草稿:规模以上工业增加值 · 定襄县 · 2024年1-2月" in html
    assert Observation.objects.filter(source="text").count() == 1


def test_accepting_both_facts_makes_two_drafts_in_the_indicator_units(reviewer):
    _paste(reviewer)
    document = SourceDocument.objects.get()
    reviewer.post(f"/text/{document.pk}/accept/")
    rows = sorted(
        Observation.objects.filter(source="text").values_list(
            "indicator__code", "region__code", "year", "month", "value", "growth_reported", "status"
        )
    )
    assert rows == [
        ("fai", "140921", 2024, 2, Decimal("12.300000"), None, "draft"),
        ("ind_va", "140921", 2024, 2, None, Decimal("8.5000"), "draft"),
    ]


def test_correcting_a_field_is_recorded_and_changes_the_draft(reporter):
    _paste(reporter)
    document = SourceDocument.objects.get()
    growth, level = document.facts.order_by("seq")
    url = f"/text/{document.pk}/facts/{level.pk}/correct/"
    response = reporter.post(url, {"field": "value", "value": "12.8"}, follow=True)
    assert "事实 f-002 的“数值”已修改" in response.content.decode()
    level.refresh_from_db()
    assert (level.value, level.value_base) == (12.8, pytest.approx(1280000000.0))
    correction = FactCorrection.objects.get(fact=level)
    assert (correction.field, correction.old_value, correction.new_value) == (
        "value",
        "12.3",
        "12.8",
    )
    assert correction.corrected_by.username == "reporter_140921"
    assert level.extracted["value"] == 12.3  # the extractor's reading is kept
    reporter.post(f"/text/{document.pk}/accept/", {"fact": [str(level.pk)]})
    level.refresh_from_db()
    growth.refresh_from_db()
    assert level.observation.value == Decimal("12.800000")
    assert growth.status == "pending"


def test_a_bad_period_correction_is_refused_in_chinese_and_nothing_changes(reporter):
    _paste(reporter)
    document = SourceDocument.objects.get()
    fact = document.facts.order_by("seq").first()
    response = reporter.post(
        f"/text/{document.pk}/facts/{fact.pk}/correct/",
        {"field": "period", "value": "2024年2月"},
        follow=True,
    )
    html = response.content.decode()
    assert (
        "事实 f-001:“期间”格式不对:「2024年2月」;应为 2024、2024-03 或 2024-01/2024-03(未修改)"
        in html
    )
    fact.refresh_from_db()
    assert fact.period == "2024-01/2024-02"
    assert not FactCorrection.objects.exists()


def test_setting_the_indicator_by_hand_marks_the_match_manual(reporter):
    _paste(reporter, text="2024年1-2月,定襄县新增某某产值3.5亿元。")
    document = SourceDocument.objects.get()
    fact = document.facts.get()
    assert fact.indicator is None and fact.match_method == ""
    html = reporter.get(f"/text/{document.pk}/").content.decode()
    assert "未匹配" in html and "接受后不生成数据:未匹配到指标" in html
    reporter.post(
        f"/text/{document.pk}/facts/{fact.pk}/correct/",
        {"field": "indicator", "value": "固定资产投资"},
    )
    fact.refresh_from_db()
    assert (fact.indicator.code, fact.match_method, fact.match_score) == ("fai", "manual", 1.0)


def test_an_unmapped_fact_is_accepted_as_a_record_without_an_observation(reporter):
    _paste(reporter, text="2024年1-2月,定襄县新增某某产值3.5亿元。")
    document = SourceDocument.objects.get()
    reporter.post(f"/text/{document.pk}/accept/")
    fact = TextFact.objects.get()
    assert fact.status == "accepted" and fact.observation is None
    assert fact.outcome == "已接受,未生成数据:未匹配到指标"
    assert not Observation.objects.filter(source="text").exists()
    reporter.post(f"/text/{document.pk}/facts/{fact.pk}/reopen/")
    fact.refresh_from_db()
    assert (fact.status, fact.outcome) == ("pending", "")


def test_a_month_on_month_growth_is_labelled_so_and_fills_no_year_on_year_growth(reporter):
    _paste(reporter, text="2024年1月,定襄县规模以上工业增加值同比增长8.5%,环比增长1.2%。")
    document = SourceDocument.objects.get()
    yoy, mom = document.facts.order_by("seq")
    assert [(f.text_span, f.basis) for f in (yoy, mom)] == [
        ("8.5%", "prev_year"),
        ("1.2%", "prev_period"),
    ]
    html = reporter.get(f"/text/{document.pk}/").content.decode()
    assert html.count('<span class="tr-hint">比上年同期</span>') == 1
    assert html.count('<span class="tr-hint">比上期(环比)</span>') == 1
    reporter.post(f"/text/{document.pk}/accept/")
    mom.refresh_from_db()
    assert mom.status == "accepted" and mom.observation is None
    assert mom.outcome == "已接受,未生成数据:只有比上年同期增长可入库(环比、年均、累计增长等不入库)"


def test_the_preview_says_what_accepting_will_do_for_this_user(reporter):
    # A reporter of 定襄县 may not write another county's figures, and two growths of one
    # month cannot both fill it: the preview says so before accepting, as accepting does.
    _paste(
        reporter,
        text="2024年1月,定襄县规模以上工业增加值同比增长8.5%。"
        "忻府、原平、定襄三县规上工业增加值增速分别为8.2%、7.5%、7.1%。",
    )
    document = SourceDocument.objects.get()
    html = reporter.get(f"/text/{document.pk}/").content.decode()
    assert html.count("接受后生成草稿:规模以上工业增加值 · 定襄县") == 1
    assert "接受后保留待审:无权为忻府区录入「规模以上工业增加值」" in html
    assert "接受后保留待审:无权为原平市录入「规模以上工业增加值」" in html
    assert "接受后保留待审:与f-001是同一期数据,增速不同(8.5),请核对" in html
    reporter.post(f"/text/{document.pk}/accept/")
    outcomes = [f.outcome for f in document.facts.order_by("seq")]
    assert outcomes[1:] == [
        "保留待审:无权为忻府区录入「规模以上工业增加值」",
        "保留待审:无权为原平市录入「规模以上工业增加值」",
        "保留待审:该期草稿已有不同的增速(8.5),请核对",
    ]


def test_a_reporter_finds_their_region_preselected(reporter):
    html = reporter.get("/text/").content.decode()
    assert '<option value="' in html
    from citystat.regions.models import Region

    pk = Region.objects.get(code="140921").pk
    assert f'<option value="{pk}" selected>定襄县(140921)</option>' in html


def test_the_document_region_and_year_are_inherited_by_bare_sentences(reviewer):
    from citystat.regions.models import Region

    region = Region.objects.get(code="140981")
    reviewer.post(
        "/text/", {"text": "全市规模以上工业增加值增长6.1%。", "region": region.pk, "year": "2024"}
    )
    document = SourceDocument.objects.get()
    assert (document.region.code, document.year) == ("140981", 2024)
    fact = document.facts.get()
    assert (fact.region_name, fact.region_code, fact.period) == ("原平市", "140981", "2024")


def test_a_long_document_pages_its_table_and_links_highlights_across_pages(
    reviewer, django_assert_max_num_queries
):
    text = "".join(f"定襄县第{n}项数值增长{n}.5%。" for n in range(1, 131))
    reviewer.post("/text/", {"text": text, "year": "2024"})
    document = SourceDocument.objects.get()
    assert document.facts.count() == 130
    first, last = document.facts.get(seq=1), document.facts.get(seq=130)
    with django_assert_max_num_queries(12):
        html = reviewer.get(f"/text/{document.pk}/").content.decode()
    assert html.count('<tr id="fact-') == 100
    assert f'<a href="#fact-{first.pk}" class="tr-mark' in html
    assert f'<a href="?page=2#fact-{last.pk}" class="tr-mark' in html
    assert "第 1 / 2 页(每页 100 条)" in html
    assert "接受其余 130 条待审事实(全部 2 页)" in html
    page2 = reviewer.get(f"/text/{document.pk}/?page=2").content.decode()
    assert page2.count('<tr id="fact-') == 30 and f'id="fact-{last.pk}"' in page2
    response = reviewer.post(f"/text/{document.pk}/facts/{last.pk}/reject/")
    assert response["Location"] == f"/text/{document.pk}/?page=2#fact-{last.pk}"
