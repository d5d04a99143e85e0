from __future__ import annotations

import pytest
from django.test import Client

# Two facts of our own wording; periods the demo lacks (the demo ends 2023-12).
SAMPLE = "2024年1-2月,定襄县规模以上工业增加值增长8.5%,固定资产投资完成12.3亿元。"


SUBJECTS = (
    "规模以上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "一般公共预算收入",
    "粮食产量",
)


def number_heavy(limit: int) -> str:
    """A text of our own wording, about ``limit`` characters, dense with figures."""
    lines, line, size, i = [], [], 0, 0
    while True:
        i += 1
        sentence = (
            f"{1 + i % 12}月,全市{SUBJECTS[i % 5]}完成{100 + i % 900}.{i % 10}亿元,"
            f"同比增长{i % 13}.{i % 7}%,占全年目标的{20 + i % 70}.{i % 9}%。"
        )
        if size + len(sentence) + 1 > limit:
            break
        line.append(sentence)
        size += len(sentence)
        if len(line) == 12:
            lines.append("".join(line))
            line = []
            size += 1
    lines.append("".join(line))
    return "\n".join(lines)


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
