"""The admin pages of the app load; the app's doctests run (src/ is not a doctest path)."""

from __future__ import annotations

import doctest

import pytest

from citystat.textreview import highlight, models
from tests.textreview.conftest import SAMPLE, client_for


@pytest.mark.parametrize("module", [highlight, models])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.failed == 0


@pytest.mark.django_db
def test_admin_lists_documents_facts_and_corrections():
    client = client_for("admin")
    assert client.post("/text/", {"text": SAMPLE}).status_code == 302
    from citystat.textreview.models import ExtractionJob, SourceDocument

    document = SourceDocument.objects.get()
    fact = document.facts.order_by("seq").last()
    client.post(f"/text/{document.pk}/facts/{fact.pk}/correct/", {"field": "unit", "value": "万元"})
    for url in (
        "/admin/textreview/sourcedocument/",
        f"/admin/textreview/sourcedocument/{document.pk}/change/",
        "/admin/textreview/textfact/",
        f"/admin/textreview/textfact/{fact.pk}/change/",
        "/admin/textreview/factcorrection/",
        "/admin/textreview/extractionjob/",
        f"/admin/textreview/extractionjob/{ExtractionJob.objects.get().pk}/change/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "万元" in client.get("/admin/textreview/factcorrection/").content.decode()
    assert client.get("/admin/textreview/extractionjob/add/").status_code == 403


@pytest.mark.django_db
def test_the_document_list_keeps_its_query_count(django_assert_max_num_queries):
    client = client_for("reviewer")
    for n in range(3):
        client.post("/text/", {"text": SAMPLE, "title": f"第{n + 1}份"})
    with django_assert_max_num_queries(8):
        html = client.get("/text/").content.decode()
    assert html.count("第1份") == 1 and html.count("第3份") == 1


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "shown"),
    [
        (6.0, "%", "以上", "6 %以上"),
        (5.0, "万人", "左右", "5 万人左右"),
        (2.3, "亿元", "约", "约2.3 亿元"),
        (100.0, "亿元", "突破", "突破100 亿元"),
        (12.5, "%", "", "12.5 %"),
    ],
)
def test_a_qualifier_stands_where_a_reader_writes_it(value, unit, qualifier, shown):
    fact = models.TextFact(value=value, unit=unit, qualifier=qualifier)
    assert fact.amount_display == shown
