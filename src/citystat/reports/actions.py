"""Create and run report jobs. A job runs in a background thread of the web process
(no broker needed); its row carries the progress the page polls.

At most :func:`running_limit` jobs of one user run at once (``REPORT_JOBS_PER_USER``,
default 2); the others wait as 排队中 and the thread that finishes a job takes the user's
next one (:func:`claim_next`), so a burst of requests queues instead of filling memory.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from citystat.accounts.permissions import can_read_region
from citystat.background import start_after_commit
from citystat.regions.models import Region
from citystat.reporting.checker import CheckError
from citystat.reporting.periods import PeriodError, parse_period
from citystat.reports.models import ReportJob
from citystat.reports.storage import job_dir

if TYPE_CHECKING:
    from citystat.accounts.models import User

log = logging.getLogger(__name__)
LINK_BASE = "/indicator/"


class JobError(ValueError):
    pass


def create_job(
    user: User | None, kind: str, region_code: str, period: str, fmt: str, issued: str = ""
) -> ReportJob:
    """Validate the request (Chinese messages naming the field) and queue a job.

    ``issued`` is the 成文日期 as YYYY-MM-DD (empty: the last day of the month after the
    period). A period without approved figures for the region is refused here: no job,
    no file."""
    from citystat.reports.generate import has_approved_data, no_data_message, parse_issue_date

    if kind not in ReportJob.Kind.values:
        raise JobError("报告类型无效:请选择季度经济形势分析、年度回顾或调度会材料")
    if fmt not in ReportJob.Format.values:
        raise JobError("格式无效:请选择 Word、PDF 或网页")
    region = Region.objects.filter(code=region_code).first()
    if region is None:
        raise JobError(f"地区「{region_code}」不存在:请从列表中选择地区")
    if user is not None and not can_read_region(user, region):
        raise JobError(f"没有查看{region.name}数据的权限")
    try:
        parsed = parse_period(kind, period)
    except PeriodError as exc:
        raise JobError(f"期别:{exc}") from exc
    day = None
    if issued.strip():
        try:
            day = parse_issue_date(issued, parsed)
        except ValueError as exc:
            raise JobError(str(exc)) from exc
    if not has_approved_data(region.code, parsed):
        raise JobError(no_data_message(region.name, parsed))
    with transaction.atomic():
        return ReportJob.objects.create(
            kind=kind,
            region=region,
            period=parsed.code,
            fmt=fmt,
            issued=day,
            created_by=user if user is not None and user.pk else None,
            message="排队中",
        )


STALE_AFTER = dt.timedelta(minutes=15)


def fail_stale_jobs() -> int:
    """Jobs left 排队中/生成中 by a server restart never finish: say so instead of spinning."""
    cutoff = timezone.now() - STALE_AFTER
    return ReportJob.objects.filter(
        status__in=[ReportJob.Status.QUEUED, ReportJob.Status.RUNNING], created_at__lt=cutoff
    ).update(
        status=ReportJob.Status.FAILED,
        message="任务中断(服务曾重启),请重新生成",
        finished_at=timezone.now(),
    )


def _update(job_id: int, **fields: object) -> None:
    ReportJob.objects.filter(pk=job_id).update(**fields)


def run_job(job_id: int) -> ReportJob:
    """Generate the document of a queued job, recording progress and the outcome."""
    from citystat.reports.generate import generate

    job = ReportJob.objects.select_related("region").get(pk=job_id)
    _update(job_id, status=ReportJob.Status.RUNNING, progress=5, message="开始生成")
    started = time.perf_counter()

    def progress(pct: int, message: str) -> None:
        _update(job_id, progress=pct, message=message)

    try:
        result = generate(
            job.kind,
            job.region.code,
            job.period,
            job.fmt,
            out_dir=job_dir(job_id),
            progress=progress,
            link_base=LINK_BASE,
            issued=job.issued,
        )
    except CheckError as exc:
        _update(
            job_id,
            status=ReportJob.Status.FAILED,
            message=f"数字核对未通过,未生成文件:{str(exc.problems[0])[:200]}",
            finished_at=timezone.now(),
        )
    except (ValueError, LookupError) as exc:
        _update(
            job_id,
            status=ReportJob.Status.FAILED,
            message=str(exc)[:300],
            finished_at=timezone.now(),
        )
    except Exception as exc:  # a failed job must say so on the page, not hang at "生成中"
        log.exception("report job %s failed", job_id)
        _update(
            job_id,
            status=ReportJob.Status.FAILED,
            message=f"生成失败:{type(exc).__name__}",
            finished_at=timezone.now(),
        )
    else:
        _update(
            job_id,
            status=ReportJob.Status.DONE,
            progress=100,
            message="已完成",
            file_name=result.path.name,
            checked_figures=result.checked_figures,
            seconds=round(time.perf_counter() - started, 2),
            finished_at=timezone.now(),
        )
    return ReportJob.objects.get(pk=job_id)


def running_limit() -> int:
    return max(1, int(getattr(settings, "REPORT_JOBS_PER_USER", 2)))


# Claims in one process are serialised here; across processes (PostgreSQL, several
# workers) by the lock on the owner's row.
_claiming = threading.Lock()


def claim_next(owner_id: int | None) -> int | None:
    """Mark the owner's oldest queued job running and return its id, unless the owner
    already has ``running_limit()`` jobs running (or nothing is queued)."""
    from citystat.accounts.models import User

    with _claiming, transaction.atomic():
        if owner_id is not None:
            list(User.objects.select_for_update().filter(pk=owner_id).values_list("pk"))
        jobs = ReportJob.objects.filter(created_by_id=owner_id)
        if jobs.filter(status=ReportJob.Status.RUNNING).count() >= running_limit():
            return None
        job = jobs.filter(status=ReportJob.Status.QUEUED).order_by("created_at", "id").first()
        if job is None:
            return None
        claimed = ReportJob.objects.filter(pk=job.pk, status=ReportJob.Status.QUEUED).update(
            status=ReportJob.Status.RUNNING, progress=5, message="开始生成"
        )
        return job.pk if claimed else None


def work(owner_id: int | None) -> list[int]:
    """Run the owner's queued jobs while a slot is free; returns the ids run (the thread's body)."""
    done = []
    while (job_id := claim_next(owner_id)) is not None:
        run_job(job_id)
        done.append(job_id)
    return done


def start_job(job: ReportJob) -> None:
    """Once the creating transaction has committed, run the owner's queue in a daemon thread
    (which exits at once when the owner's running slots are full: a running thread takes
    the job when its own finishes)."""
    start_after_commit(f"report-{job.pk}", work, job.created_by_id)
