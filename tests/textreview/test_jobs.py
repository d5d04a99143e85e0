"""The extraction job: progress, no transaction while reading, one text per user, stale jobs,
who may watch a job. (The real concurrent login is in test_concurrency.py.)"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from citystat.accounts.models import User
from citystat.textreview import actions
from citystat.textreview.models import ExtractionJob, SourceDocument
from citystat.textreview.reading import read_paste
from tests.textreview.conftest import SAMPLE, client_for, nothing_stored

pytestmark = pytest.mark.django_db


def _queued(username: str = "reporter_140921", text: str = SAMPLE) -> ExtractionJob:
    return actions.create_extraction_job(
        user=User.objects.get(username=username), read=read_paste(text), title="简报"
    )


def test_reading_runs_outside_any_transaction_and_reports_its_steps(monkeypatch):
    job = _queued()
    depth = len(connection.atomic_blocks)  # the test's own transaction
    seen: list[tuple[int, int, str]] = []
    real_extract, real_update = actions.extract, actions._update_job

    def watched_extract(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((len(connection.atomic_blocks) - depth, -1, "extract"))
        return real_extract(*args, **kwargs)

    def watched_update(job_id, **fields):  # type: ignore[no-untyped-def]
        if "progress" in fields:
            seen.append(
                (len(connection.atomic_blocks) - depth, fields["progress"], fields["message"])
            )
        real_update(job_id, **fields)

    monkeypatch.setattr(actions, "extract", watched_extract)
    monkeypatch.setattr(actions, "_update_job", watched_update)
    done = actions.run_extraction_job(job.pk)
    assert seen == [
        (0, 5, "开始读取"),
        (0, 10, "正在提取数值(共 44 字)"),
        (0, -1, "extract"),
        (0, 60, "已提取 2 条数值,正在匹配指标"),
        (0, 90, "正在保存 2 条数值事实"),
        (1, 100, "已读取 2 条数值事实"),  # with the document, in its one transaction
    ]
    document = SourceDocument.objects.get()
    assert (done.status, done.document, done.facts, done.text, document.facts.count()) == (
        "done",
        document,
        2,
        "",
        2,
    )
    assert done.seconds is not None and done.finished_at is not None
    # Run once only: a second call leaves the finished job alone.
    assert actions.run_extraction_job(job.pk).document == document
    assert SourceDocument.objects.count() == 1


def test_a_failure_while_storing_stores_no_document_and_no_fact(monkeypatch):
    job = _queued()
    real_update = actions._update_job

    def failing_at_the_end(job_id, **fields):  # type: ignore[no-untyped-def]
        if fields.get("status") == "done":  # after the document and its facts were inserted
            raise RuntimeError("disk full")
        real_update(job_id, **fields)

    monkeypatch.setattr(actions, "_update_job", failing_at_the_end)
    done = actions.run_extraction_job(job.pk)
    assert (done.status, done.message, done.document, done.text) == (
        "failed",
        "读取数值时出错(已记录,请联系管理员);未保存任何内容,请重新提交",
        None,
        "",
    )
    assert nothing_stored()


def test_one_text_at_a_time_per_user_and_the_text_is_kept_on_the_form():
    _queued()
    client = client_for("reporter_140921")
    response = client.post("/text/", {"text": "2023年,原平市粮食产量增长2.1%。"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "您提交的「简报」正在读取(已完成 0%),请等它完成后再提交下一篇(本篇未保存)" in html
    assert "2023年,原平市粮食产量增长2.1%。</textarea>" in html
    assert ExtractionJob.objects.count() == 1
    # Another user is not held up by it.
    assert client_for("reviewer").post("/text/", {"text": SAMPLE}).status_code == 302
    assert SourceDocument.objects.get().created_by.username == "reviewer"


def test_a_job_left_by_a_restart_is_failed_and_frees_its_user():
    job = _queued()
    ExtractionJob.objects.filter(pk=job.pk).update(
        status="running", updated_at=timezone.now() - actions.STALE_AFTER - dt.timedelta(seconds=1)
    )
    html = client_for("reporter_140921").get(f"/text/jobs/{job.pk}/").content.decode()
    job.refresh_from_db()
    assert (job.status, job.text) == ("failed", "")
    assert "读取中断(服务曾重启),未保存任何内容,请重新提交" in html
    assert _queued().status == "queued"


def test_a_recent_job_is_not_stale():
    job = _queued()
    ExtractionJob.objects.filter(pk=job.pk).update(status="running")
    assert actions.fail_stale_extraction_jobs() == 0


def test_the_job_page_and_its_status_while_reading():
    job = _queued()
    ExtractionJob.objects.filter(pk=job.pk).update(
        status="running", progress=60, message="已提取 2 条数值,正在匹配指标"
    )
    client = client_for("reporter_140921")
    page = client.get(f"/text/jobs/{job.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert f'data-status-url="/text/jobs/{job.pk}/status.json"' in html
    assert '<progress max="100" value="60"' in html and "已提取 2 条数值,正在匹配指标" in html
    assert "textreview/job.js" in html
    assert client.get(f"/text/jobs/{job.pk}/status.json").json() == {
        "id": job.pk,
        "status": "running",
        "status_label": "读取中",
        "progress": 60,
        "message": "已提取 2 条数值,正在匹配指标",
        "finished": False,
    }
    index = client.get("/text/").content.decode()
    assert "正在读取的文本" in index and f'href="/text/jobs/{job.pk}/">简报</a>' in index
    assert "文本不超过 20 万字(超过请拆分后分批提交)" in index


def test_who_may_watch_a_job():
    job = _queued()
    url = f"/text/jobs/{job.pk}/status.json"
    # Its submitter, and those who see every document; not a leader, not another reporter.
    assert client_for("reporter_140921").get(url).status_code == 200
    assert client_for("reviewer").get(url).status_code == 200
    assert client_for("admin").get(url).status_code == 200
    assert client_for("leader").get(url).status_code == 403
    User.objects.create_user(username="reporter_other", role="reporter")
    assert client_for("reporter_other").get(url).status_code == 403
    from django.test import Client

    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/login/")
