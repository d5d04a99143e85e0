"""Report jobs: only their owner and those who may read everything see them; at most N of
one user's jobs run at once, the rest wait in a queue."""

from __future__ import annotations

import pytest
from django.test import Client

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.regions.models import Region
from citystat.reports import actions
from citystat.reports.models import ReportJob

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(tmp_path, settings):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path


def _client(user: User) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _other_reporter() -> User:
    return create_user(
        username="reporter_140922",
        password="Wutai-long-enough-1",
        role="reporter",
        regions=[Region.objects.get(code="140922")],
    )


def test_a_job_is_read_by_its_owner_and_by_who_reads_all_but_not_by_another_user() -> None:
    owner = User.objects.get(username="reporter_140921")
    job = actions.create_job(owner, "briefing", "140921", "2023-11", "html")
    assert actions.run_job(job.pk).status == "done"
    urls = (f"/reports/jobs/{job.pk}/status.json", f"/reports/jobs/{job.pk}/download")
    other = _client(_other_reporter())
    assert [other.get(u).status_code for u in urls] == [403, 403]
    assert f'data-job="{job.pk}"' not in other.get("/reports/").content.decode()
    for reader in (owner, User.objects.get(username="leader"), User.objects.get(username="admin")):
        c = _client(reader)
        assert [c.get(u).status_code for u in urls] == [200, 200], reader.username
        assert f'data-job="{job.pk}"' in c.get("/reports/").content.decode()


def test_at_most_n_jobs_of_one_user_run_at_once_and_the_rest_queue(settings) -> None:
    settings.REPORT_JOBS_PER_USER = 1
    owner = User.objects.get(username="reporter_140921")
    first, second, third = (
        actions.create_job(owner, "briefing", "140921", period, "html")
        for period in ("2023-11", "2023-10", "2023-09")
    )
    assert actions.claim_next(owner.pk) == first.pk
    assert actions.claim_next(owner.pk) is None  # the one slot is taken
    assert actions.work(owner.pk) == []  # a new thread finds the slot full and leaves
    status = _client(owner).get(f"/reports/jobs/{third.pk}/status.json").json()
    assert (status["status"], status["message"]) == ("queued", "排队中,前面还有 2 个任务")
    # Another user's jobs are not held up by this user's queue.
    leader = User.objects.get(username="leader")
    theirs = actions.create_job(leader, "briefing", "140900", "2023-11", "html")
    assert actions.claim_next(leader.pk) == theirs.pk
    # When the running job ends, the worker takes the queue in order.
    actions.run_job(first.pk)
    assert actions.work(owner.pk) == [second.pk, third.pk]
    statuses = ReportJob.objects.filter(created_by=owner).values_list("status", flat=True)
    assert sorted(statuses) == ["done", "done", "done"]
