"""The reports page: request a document, watch its progress, download it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from citystat.regions.models import Region
from citystat.reporting.render import CONTENT_TYPES
from citystat.reports import actions
from citystat.reports.models import ReportJob
from citystat.reports.storage import job_dir

DEFAULT_PERIODS = {"quarterly": "2023-Q3", "review": "2023", "briefing": "2023-11"}


def _job_json(job: ReportJob) -> dict[str, object]:
    return {
        "id": job.pk,
        "status": job.status,
        "status_label": job.get_status_display(),
        "progress": job.progress,
        "message": job.message,
        "checked": job.checked_figures,
        "download": reverse("reports:download", args=[job.pk])
        if job.status == ReportJob.Status.DONE
        else "",
    }


@login_required
def index(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        data = request.POST
        try:
            job = actions.create_job(
                request.user,  # type: ignore[arg-type]
                data.get("kind", ""),
                data.get("region", ""),
                data.get("period", ""),
                data.get("fmt", ""),
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
    jobs = ReportJob.objects.select_related("region", "created_by")[:30]
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


@login_required
def status(request: HttpRequest, pk: int) -> JsonResponse:
    return JsonResponse(_job_json(get_object_or_404(ReportJob, pk=pk)))


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    job = get_object_or_404(ReportJob, pk=pk, status=ReportJob.Status.DONE)
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
