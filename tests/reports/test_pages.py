"""The reports page: request, progress, download; bad input explained in Chinese."""

from __future__ import annotations

import pytest
from django.test import Client

from citystat.reports import actions
from citystat.reports.models import ReportJob

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_in(demo_user) -> Client:  # type: ignore[no-untyped-def]
    c = Client()
    c.force_login(demo_user)
    return c


@pytest.fixture(autouse=True)
def media(tmp_path, settings):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path


def test_page_requires_login() -> None:
    assert Client().get("/reports/").status_code == 302


def test_request_generate_and_download_a_briefing(client_in: Client) -> None:
    assert "生成报告" in client_in.get("/reports/").content.decode()
    response = client_in.post(
        "/reports/", {"kind": "briefing", "region": "140900", "period": "2023-11", "fmt": "html"}
    )
    assert response.status_code == 302
    job = ReportJob.objects.get()
    assert (job.kind, job.region.code, job.period, job.fmt, job.status) == (
        "briefing",
        "140900",
        "2023-11",
        "html",
        "queued",
    )
    actions.run_job(job.pk)  # the thread's body, run inline (the test transaction is not committed)
    status = client_in.get(f"/reports/jobs/{job.pk}/status.json").json()
    assert status["status"] == "done" and status["progress"] == 100 and status["checked"] > 0
    download = client_in.get(status["download"])
    # an HTML report is a download too: opened inline it would run on our origin (issue 16)
    assert download["Content-Disposition"].startswith("attachment; filename")
    body = b"".join(download.streaming_content).decode()
    assert "忻州市经济运行调度会材料" in body
    assert 'href="/indicator/' in body  # numbers link to their indicator pages
    page = client_in.get("/reports/").content.decode()
    assert "已核对" in page and "下载" in page


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (
            {"kind": "review", "region": "140900", "period": "2023-Q3", "fmt": "pdf"},
            "年度回顾的期别应写作 2023",
        ),
        (
            {"kind": "quarterly", "region": "999999", "period": "2023-Q3", "fmt": "pdf"},
            "地区「999999」不存在",
        ),
        ({"kind": "quarterly", "region": "140900", "period": "2023-Q3", "fmt": "rtf"}, "格式无效"),
    ],
)
def test_bad_requests_are_explained_and_create_nothing(
    client_in: Client, form: dict[str, str], message: str
) -> None:
    page = client_in.post("/reports/", form, follow=True).content.decode()
    assert message in page
    assert not ReportJob.objects.exists()


def test_a_period_without_data_is_refused_before_any_job(client_in: Client) -> None:
    with pytest.raises(actions.JobError, match="忻州市2030-01没有审核通过的数据"):
        actions.create_job(None, "briefing", "140900", "2030-01", "html")
    assert not ReportJob.objects.exists()


def test_a_job_whose_data_went_away_fails_with_the_message(client_in: Client) -> None:
    from citystat.observations.models import Observation

    job = actions.create_job(None, "briefing", "140921", "2023-11", "html")
    Observation.objects.filter(region__code="140921", year=2023, month=11).update(status="returned")
    done = actions.run_job(job.pk)
    assert done.status == "failed"
    assert done.message == (
        "定襄县2023-11没有审核通过的数据,不生成调度会材料:请先报送并审核通过该月度数据后再生成"
    )
    assert not done.file_name


def test_jobs_left_running_by_a_restart_are_marked_failed(client_in: Client) -> None:
    import datetime as dt

    from django.utils import timezone

    job = actions.create_job(None, "quarterly", "140900", "2023-Q3", "pdf")
    ReportJob.objects.filter(pk=job.pk).update(
        status="running", created_at=timezone.now() - dt.timedelta(hours=1)
    )
    fresh = actions.create_job(None, "quarterly", "140900", "2023-Q2", "pdf")
    client_in.get("/reports/")
    job.refresh_from_db()
    fresh.refresh_from_db()
    assert (job.status, fresh.status) == ("failed", "queued")
    assert "重新生成" in job.message
