"""Pages of major projects, chains, towns and livelihood tasks; writes go through actions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from citystat.accounts.permissions import (
    can_download_evidence,
    can_read_unit_files,
    can_update_unit_work,
)
from citystat.accounts.requests import AuthenticatedRequest
from citystat.projects import actions as pa
from citystat.projects import models as pm
from citystat.projects import queries as q
from citystat.projects.forms import (
    MilestoneForm,
    PlanForm,
    ProgressForm,
    ProgressImportForm,
    TaskUpdateForm,
    form_errors,
)
from citystat.projects.lights import active_rule
from citystat.regions.maps import active_map_layer_id
from citystat.regions.models import Region
from citystat.stats.lights import LIGHT_LABELS
from citystat.stats.periods import parse_month_or_none


def _period(request: HttpRequest, default: tuple[int, int]) -> tuple[int, int]:
    return parse_month_or_none(request.GET.get("period")) or default


def _periods_of(year: int) -> list[tuple[int, int]]:
    return [(year, m) for m in range(12, 0, -1)]


@login_required
def project_list(request: HttpRequest) -> HttpResponse:
    year, month = _period(request, q.latest_period())
    f = q.ListFilters(
        region=request.GET.get("region", ""),
        chain=request.GET.get("chain", ""),
        status=request.GET.get("status", ""),
        light=request.GET.get("light", ""),
        unit=request.GET.get("unit", ""),
    )
    rows = q.filtered_statuses(year, month, f)
    everything = q.project_statuses(year, month)
    ctx = {
        "year": year,
        "month": month,
        "periods": q.progress_periods() or _periods_of(year),
        "rows": rows,
        "summary": q.summarise(rows, month),
        "filters": f,
        "regions": Region.objects.filter(projects__isnull=False).distinct().order_by("sort_order"),
        "chains": pm.IndustryChain.objects.all(),
        "statuses": pm.Project.Status.choices,
        "lights": list(LIGHT_LABELS.items()),
        "investment": q.county_investment(year, month, everything),
        "rule": active_rule(),
        "has_synthetic": any(r.project.is_synthetic for r in everything),
        "keep": [(k, v) for k, v in vars(f).items() if v],
    }
    return render(request, "projects/list.html", ctx)


@login_required
def progress_import(request: AuthenticatedRequest) -> HttpResponse:
    """Upload many projects' 本年完成投资 for one month (all or nothing)."""
    from citystat.projects.importer import import_progress

    default = q.latest_period()
    form = ProgressImportForm(
        request.POST or None,
        request.FILES or None,
        initial={
            "year": default[0],
            "month": default[1],
        },
    )
    result = None
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        upload = d["file"]
        result = import_progress(
            upload.read(),
            filename=upload.name,
            year=d["year"],
            month=d["month"],
            user=request.user,
        )
        if result.accepted:
            messages.success(
                request, f"已导入{d['year']}年1–{d['month']}月 {result.written} 个项目的完成投资。"
            )
            return redirect(reverse("projects:list") + f"?period={d['year']}-{d['month']}")
    return render(request, "projects/import.html", {"form": form, "result": result})


@login_required
def project_map(request: HttpRequest) -> HttpResponse:
    year, month = _period(request, q.latest_period())
    rows = q.project_statuses(year, month)
    points = [
        {
            "name": r.project.name,
            "code": r.project.code,
            "value": [float(r.project.longitude or 0), float(r.project.latitude or 0)],
            "light": r.light or "none",
            "completion": None if r.completion is None else round(r.completion, 1),
            "url": reverse("projects:detail", args=[r.project.code]) + f"?period={year}-{month}",
        }
        for r in rows
        if r.project.longitude is not None and r.project.latitude is not None
    ]
    return render(
        request,
        "projects/map.html",
        {
            "year": year,
            "month": month,
            "periods": q.progress_periods() or _periods_of(year),
            "rows": rows,
            "points": points,
            # Real boundaries only when an administrator uploaded a layer (dashboard maps);
            # otherwise the projects are drawn on plain longitude/latitude axes.
            "has_boundaries": active_map_layer_id() is not None,
            "county_points": [
                {"name": r.name, "value": [float(r.longitude), float(r.latitude)]}
                for r in Region.objects.filter(
                    level=Region.Level.COUNTY, kind__in=Region.COUNTY_KINDS
                )
                if r.longitude is not None and r.latitude is not None
            ],
        },
    )


@login_required
def project_detail(request: AuthenticatedRequest, code: str) -> HttpResponse:
    project = get_object_or_404(
        pm.Project.objects.select_related("region", "chain", "town"), code=code
    )
    year, month = _period(request, q.latest_period())
    status = q.project_status(project, year, month)
    timeline = q.project_timeline(project, year, month)
    chart = {
        "months": [f"{p.month}月" for p in timeline],
        "completion": [None if p.completion is None else round(p.completion, 1) for p in timeline],
        "expected": [round(p.expected, 1) for p in timeline],
    }
    can_edit = can_update_unit_work(request.user, project.responsible_unit)
    ctx = {
        "project": project,
        "year": year,
        "month": month,
        "periods": q.progress_periods() or _periods_of(year),
        "s": status,
        "timeline": timeline,
        "chart": chart,
        "plans": project.plans.order_by("-year", "-version"),
        "log": project.log.select_related("user")[:20],
        "can_edit": can_edit,
        "progress_form": ProgressForm(initial={"year": year, "month": month}),
        "plan_form": PlanForm(initial={"year": year}),
        "milestone_form": MilestoneForm(),
        "rule": active_rule(),
    }
    return render(request, "projects/detail.html", ctx)


def _guard(request: AuthenticatedRequest, unit: str) -> HttpResponse | None:
    if not can_update_unit_work(request.user, unit):
        return HttpResponseForbidden("无权修改:只有责任单位或管理员可以更新此项目或事项。")
    return None


@login_required
@require_POST
def project_write(request: AuthenticatedRequest, code: str, what: str) -> HttpResponse:
    project = get_object_or_404(pm.Project, code=code)
    refused = _guard(request, project.responsible_unit)
    if refused:
        return refused
    user = request.user
    back = reverse("projects:detail", args=[code])
    try:
        if what == "progress":
            form = ProgressForm(request.POST)
            if not form.is_valid():
                raise pa.ProjectInputError(form_errors(form))
            d = form.cleaned_data
            pa.record_progress(
                project,
                year=d["year"],
                month=d["month"],
                completed_ytd=d["completed_ytd"],
                note=d["note"],
                user=user,
            )
            messages.success(request, f"已保存{d['year']}年1–{d['month']}月完成投资。")
            back += f"?period={d['year']}-{d['month']}"
        elif what == "plan":
            pform = PlanForm(request.POST)
            if not pform.is_valid():
                raise pa.ProjectInputError(form_errors(pform))
            d = pform.cleaned_data
            plan = pa.set_plan(
                project,
                year=d["year"],
                annual_investment=d["annual_investment"],
                planned_start_month=d["planned_start_month"],
                reason=d["reason"],
                user=user,
            )
            messages.success(request, f"已保存{plan.year}年计划投资第{plan.version}版。")
        elif what == "milestone":
            mform = MilestoneForm(request.POST)
            if not mform.is_valid():
                raise pa.ProjectInputError(form_errors(mform))
            d = mform.cleaned_data
            pa.set_milestones(
                project,
                {d["kind"]: (d["planned_date"], d["actual_date"])},
                user=user,
            )
            messages.success(request, "已保存项目节点。")
        else:
            raise Http404
    except pa.ProjectInputError as exc:
        messages.error(request, f"未保存:{exc}")
    return redirect(back)


def _group_page(
    request: HttpRequest,
    template: str,
    obj: object,
    projects_qs: QuerySet[pm.Project],
    region: Region,
    indicator_codes: tuple[str, ...],
    enterprises: object,
) -> HttpResponse:
    year, month = _period(request, q.latest_period())
    rows = q.project_statuses(year, month, projects_qs)
    return render(
        request,
        template,
        {
            "obj": obj,
            "year": year,
            "month": month,
            "periods": q.progress_periods() or _periods_of(year),
            "rows": rows,
            "summary": q.summarise(rows, month),
            "enterprises": enterprises,
            "figures": q.indicator_figures(indicator_codes, region, year, month),
            "region": region,
        },
    )


@login_required
def chain_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "projects/groups.html",
        {
            "chains": pm.IndustryChain.objects.all(),
            "towns": pm.SpecialisedTown.objects.select_related("region"),
        },
    )


@login_required
def chain_detail(request: HttpRequest, code: str) -> HttpResponse:
    chain = get_object_or_404(pm.IndustryChain, code=code)
    year, _ = q.latest_period()
    return _group_page(
        request,
        "projects/chain.html",
        chain,
        q.projects_queryset(year).filter(chain=chain),
        Region.objects.get(level="city"),
        q.chain_indicators(chain),
        chain.enterprises.select_related("region"),
    )


@login_required
def town_detail(request: HttpRequest, code: str) -> HttpResponse:
    town = get_object_or_404(pm.SpecialisedTown.objects.select_related("region"), code=code)
    year, _ = q.latest_period()
    return _group_page(
        request,
        "projects/town.html",
        town,
        q.projects_queryset(year).filter(town=town)
        | q.projects_queryset(year).filter(
            region=town.region, chain__isnull=False, town__isnull=True
        ),
        town.region,
        q.town_indicators(),
        town.enterprises.select_related("region"),
    )


@login_required
def task_list(request: HttpRequest) -> HttpResponse:
    periods = q.task_periods()
    year, month = _period(request, periods[0] if periods else q.latest_period())
    return render(
        request,
        "projects/tasks.html",
        {
            "year": year,
            "month": month,
            "periods": periods or _periods_of(year),
            "rows": q.task_statuses(year, month),
        },
    )


@login_required
def task_detail(request: AuthenticatedRequest, year: int, seq: int) -> HttpResponse:
    task = get_object_or_404(pm.LivelihoodTask, year=year, seq=seq)
    periods = q.task_periods()
    py, pmonth = _period(request, periods[0] if periods else (year, 12))
    can_edit = can_update_unit_work(request.user, task.responsible_unit)
    return render(
        request,
        "projects/task.html",
        {
            "task": task,
            "year": py,
            "month": pmonth,
            "periods": periods or _periods_of(year),
            "s": q.task_status(task, py, pmonth),
            "can_edit": can_edit,
            "can_read_files": can_read_unit_files(request.user, task.responsible_unit),
            "form": TaskUpdateForm(task=task, initial={"year": py, "month": pmonth}),
            "log": task.log.select_related("user")[:20],
        },
    )


@login_required
@require_POST
def task_update(request: AuthenticatedRequest, year: int, seq: int) -> HttpResponse:
    task = get_object_or_404(pm.LivelihoodTask, year=year, seq=seq)
    refused = _guard(request, task.responsible_unit)
    if refused:
        return refused
    form = TaskUpdateForm(request.POST, request.FILES, task=task)
    back = reverse("projects:task", args=[year, seq])
    try:
        if not form.is_valid():
            raise pa.ProjectInputError(form_errors(form))
        d = form.cleaned_data
        upload = d.get("evidence")
        pa.record_task_update(
            d["target"],
            year=d["year"],
            month=d["month"],
            value=d["value"],
            note=d["note"],
            evidence_name=upload.name if upload else None,
            evidence_data=upload.read() if upload else None,
            user=request.user,
        )
        messages.success(
            request, f"已保存“{d['target'].name}”截至{d['year']}年{d['month']}月的进展。"
        )
        back += f"?period={d['year']}-{d['month']}"
    except pa.ProjectInputError as exc:
        messages.error(request, f"未保存:{exc}")
    return redirect(back)


@login_required
def evidence(request: AuthenticatedRequest, pk: int) -> FileResponse:
    """An evidence file of a task update: for the task's unit and those who see all units."""
    up = get_object_or_404(pm.TaskUpdate.objects.select_related("target__task"), pk=pk)
    unit = up.target.task.responsible_unit
    if not can_download_evidence(request.user, unit, up.created_by_id):
        raise PermissionDenied(
            f"无权下载佐证材料:只有责任单位({unit})、审核员、领导、分析师和管理员可以下载。"
        )
    if not up.evidence:
        raise Http404
    return FileResponse(up.evidence.open("rb"), as_attachment=True, filename=up.evidence_name)
