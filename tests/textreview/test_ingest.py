"""Accepted text facts go through intake's one validate-and-load sequence (intake.ingest):
the checks of the form and the file apply, and each revision points to its document."""

from __future__ import annotations

import pytest

from citystat.observations.models import Observation, Revision
from citystat.textreview.models import SourceDocument
from tests.textreview.conftest import SAMPLE

pytestmark = pytest.mark.django_db


def test_a_drafted_fact_revision_links_its_document_on_the_history(reporter):  # type: ignore[no-untyped-def]
    reporter.post("/text/", {"text": SAMPLE, "title": ""})
    document = SourceDocument.objects.get()
    reporter.post(f"/text/{document.pk}/accept/")
    (revision,) = Revision.objects.filter(observation__source="text", action="create")[:1]
    assert revision.origin == document
    html = reporter.get(f"/intake/audit/observation/{revision.observation_id}/").content.decode()
    assert f'href="/text/{document.pk}/"' in html


def test_a_fact_the_checks_refuse_stays_pending_with_the_checks_message(reporter):  # type: ignore[no-untyped-def]
    reporter.post("/text/", {"text": SAMPLE, "title": ""})
    document = SourceDocument.objects.get()
    _growth, level = document.facts.order_by("seq")
    url = f"/text/{document.pk}/facts/{level.pk}/correct/"
    reporter.post(url, {"field": "value", "value": "-12.3"})
    reporter.post(f"/text/{document.pk}/accept/", {"fact": [str(level.pk)]})
    level.refresh_from_db()
    assert level.status == "pending" and level.observation is None
    assert level.outcome.startswith("保留待审:未通过校验:")
    assert not Observation.objects.filter(source="text").exists()
