"""The reports page: request a document, watch its progress, download it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from citystat.accounts.permissions import can_read_job, draft_regions
from citystat.accounts.requests import AuthenticatedRequest
from citystat.regions.models import Region
from citystat.reporting.render import CONTENT_TYPES
from citystat.reports import actions
from citystat.reports.models import ReportJob
from citystat.reports.storage import job_dir

DEFAULT_PERIODS = {"quarterly": "2023-Q3", "review": "2023", "briefing": "2023-11"}


def _queue_message(job: ReportJob) -> str:
    """排队中, with how many of the owner's jobs come first (at most N run at once)."""
    ahead = ReportJob.objects.filter(
        created_by_id=job.created_by_id,
        status__in=[ReportJob.Status.QUEUED, ReportJob.Status.RUNNING],
        id__lt=job.pk,
    ).count()
    return _("排队中,前面还有 %(n)d 个任务") % {"n": ahead} if ahead else job.message


def _job_json(job: ReportJob) -> dict[str, object]:
    return {
        "id": job.pk,
        "status": job.status,
        "status_label": job.get_status_display(),
        "progress": job.progress,
        "message": _queue_message(job) if job.status == ReportJob.Status.QUEUED else job.message,
        "checked": job.checked_figures,
        "download": reverse("reports:download", args=[job.pk])
        if job.status == ReportJob.Status.DONE
        else "",
    }


@login_required
def index(request: AuthenticatedRequest) -> HttpResponse:
    if request.method == "POST":
        data = request.POST
        try:
            job = actions.create_job(
                request.user,
                data.get("kind", ""),
                data.get("region", ""),
                data.get("period", ""),
                data.get("fmt", ""),
                data.get("issued", ""),
            )
        except actions.JobError as exc:
            messages.error(request, str(exc))
        else:
            actions.start_job(job)
            messages.success(
                request,
                _("已开始生成:%(region)s%(period)s%(kind)s")
                % {"region": job.region.name, "period": job.period, "kind": job.get_kind_display()},
            )
        return redirect("reports:index")
    actions.fail_stale_jobs()
    regions = Region.objects.filter(level__in=["city", "county"]).order_by(
        "level", "sort_order", "code"
    )
    jobs = ReportJob.objects.select_related("region", "created_by")
    if draft_regions(request.user) is not None:
        jobs = jobs.filter(created_by_id=request.user.pk)  # only who reads all sees all jobs
    jobs = jobs[:30]
    return render(
        request,
        "reports/index.html",
        {
            "regions": regions,
            "jobs": jobs,
            "kinds": ReportJob.Kind.choices,
            "formats": ReportJob.Format.choices,
            "defaults": DEFAULT_PERIODS,
        },
    )


def _readable_job(request: AuthenticatedRequest, pk: int, **filters: object) -> ReportJob:
    job = get_object_or_404(ReportJob, pk=pk, **filters)
    if not can_read_job(request.user, job.created_by_id):
        raise PermissionDenied(_("只能查看自己申请的报告。"))
    return job


@login_required
def status(request: AuthenticatedRequest, pk: int) -> JsonResponse:
    return JsonResponse(_job_json(_readable_job(request, pk)))


@login_required
def download(request: AuthenticatedRequest, pk: int) -> FileResponse:
    job = _readable_job(request, pk, status=ReportJob.Status.DONE)
    path = job_dir(job.pk) / job.file_name
    if not job.file_name or not path.is_file():
        raise Http404(_("报告文件已不存在,请重新生成"))
    # Every format, HTML included, is a download: an HTML report opened inline would run
    # on our origin with the signed-in user's session.
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=job.file_name,
        content_type=CONTENT_TYPES[job.fmt],
    )
    return response
