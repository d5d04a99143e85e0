"""The batch page never parses the uploaded file again: it shows the rows the preview
stored, against the values stored now."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from citystat.accounts.models import User
from citystat.importers import parse
from citystat.indicators.models import Indicator
from citystat.intake.models import ImportBatch
from citystat.observations.actions import record_observation
from citystat.regions.models import Region
from tests.intake.helpers import HEADER, xlsx

pytestmark = pytest.mark.django_db


def test_opening_the_batch_page_reads_no_file_and_shows_current_old_values(monkeypatch) -> None:
    c = Client()
    reporter = User.objects.get(username="reporter_140921")
    c.force_login(reporter)
    data = xlsx([HEADER, ["fai", "固定资产投资", "亿元", 3.2, 3.9]])
    c.post("/intake/upload/", {"file": SimpleUploadedFile("dx.xlsx", data)})
    batch = ImportBatch.objects.latest("pk")
    assert batch.status == "preview", batch.problems
    assert batch.rows[0]["indicator"] == "fai" and batch.rows[0]["value"] == "3.2"

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the batch page parsed the file again")

    monkeypatch.setattr(parse, "parse_bytes", no_parsing)
    html = c.get(f"/intake/batch/{batch.pk}/").content.decode()
    assert "将要写入的变化(1)" in html
    # A figure stored since the preview shows as the old value the import would replace.
    record_observation(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=2,
        value=Decimal("3.1"),
        user=reporter,
    )
    html = c.get(f"/intake/batch/{batch.pk}/").content.decode()
    assert "将要写入的变化(1)" in html and "3.10" in html
