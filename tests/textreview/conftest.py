from __future__ import annotations

import pytest
from django.test import Client

# Two facts of our own wording; periods the demo lacks (the demo ends 2023-12).
SAMPLE = "2024年1-2月,定襄县规模以上工业增加值增长8.5%,固定资产投资完成12.3亿元。"


def client_for(username: str) -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


@pytest.fixture
def reporter(db) -> Client:  # type: ignore[no-untyped-def]
    return client_for("reporter_140921")


@pytest.fixture
def reviewer(db) -> Client:  # type: ignore[no-untyped-def]
    return client_for("reviewer")


@pytest.fixture
def admin_client_(db) -> Client:  # type: ignore[no-untyped-def]
    return client_for("admin")


def nothing_stored() -> bool:
    from citystat.textreview.models import SourceDocument, TextFact

    return not SourceDocument.objects.exists() and not TextFact.objects.exists()


@pytest.fixture(autouse=True)
def jobs_run_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A submitted text's job runs in the request, as its background thread would after the
    commit (the test transaction never commits, so the thread would never start)."""
    from citystat.textreview import actions

    monkeypatch.setattr(
        actions, "start_extraction_job", lambda job: actions.run_extraction_job(job.pk)
    )
