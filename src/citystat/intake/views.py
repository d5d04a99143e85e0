"""Reporter pages: choose unit and month, download the template, upload, enter, submit."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citystat.accounts.models import User
from citystat.accounts.permissions import can_read_drafts, can_review, can_write, is_admin
from citystat.accounts.requests import AuthenticatedRequest
from citystat.importers import parse
from citystat.importers.template import build_template, period_words
from citystat.intake import actions, context, pipeline, queries
from citystat.intake.forms import (
    UploadForm,
    as_field_problem,
    entry_causes,
    read_entry,
)
from citystat.intake.models import ImportBatch
from citystat.observations.actions import WorkflowError
from citystat.observations.models import Observation, Revision, Status
from citystat.regions.models import Region
from citystat.stats.periods import parse_month_or_none


def _user(request: AuthenticatedRequest) -> User:
    return request.user


def _unit_period(unit: str, period: str) -> tuple[Region, int, int]:
    region = Region.objects.filter(code=unit).first()
    parsed = parse_month_or_none(period)
    if region is None or parsed is None:
        raise Http404("单位或期别无效")
    return region, parsed[0], parsed[1]


def _default_period(units: list[Region]) -> str:
    """The month now due: the earliest due month of the user's units; else the month after
    the newest approved month anywhere; the previous calendar month only without any data."""
    due = queries.due_periods(units) if units else {}
    if due:
        y, m = min(due.values())
        return f"{y}-{m:02d}"
    newest = (
        Observation.objects.filter(status=Status.APPROVED)
        .order_by("-year", "-month")
        .values_list("year", "month")
        .first()
    )
    if newest is not None:
        y, m = newest
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if (y, m) < context.today():
            return f"{y}-{m:02d}"
    y, m = context.today()
    y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return f"{y}-{m:02d}"


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    units = list(queries.writable_regions(user))
    period = request.GET.get("period") or _default_period(units)
    batches = ImportBatch.objects.filter(uploaded_by=user).select_related("region")[:10]
    return render(
        request,
        "intake/home.html",
        {
            "units": units,
            "period": period,
            "batches": batches,
            "can_review_any": bool(queries.reviewable_regions(user)),
        },
    )


@login_required
def template_download(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    region, year, month = _unit_period(request.GET.get("unit", ""), request.GET.get("period", ""))
    if not (can_write(user, region) or can_review(user, region)):
        raise PermissionDenied("您无权下载该单位的报表模板。")
    data = build_template(
        region_name=region.name,
        region_code=region.code,
        year=year,
        month=month,
        lines=queries.template_lines(region, year, month, user),
    )
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    name = f"{region.code}-{year}-{month:02d}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def upload(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        f: Any = form.cleaned_data["file"]
        # Size first: a huge upload is refused before it is read into memory.
        data = None if parse.size_problem(f.size or 0) else f.read()
        outcome = pipeline.run(
            data,
            filename=f.name or "upload",
            size=f.size,
            user=user,
            channel=ImportBatch.Channel.WEB,
            region_hint=form.cleaned_data["unit"] or "",
            period_hint=form.cleaned_data["period"],
            dry_run=True,
        )
        return redirect("intake:batch", pk=outcome.batch.pk)
    return render(request, "intake/upload.html", {"form": form})


def _own_batch(request: AuthenticatedRequest, pk: int) -> ImportBatch:
    batch = get_object_or_404(ImportBatch.objects.select_related("region", "uploaded_by"), pk=pk)
    user = _user(request)
    if batch.uploaded_by_id != user.pk and not is_admin(user):
        raise PermissionDenied("只能查看自己上传的文件。")
    return batch


@login_required
def batch_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    batch = _own_batch(request, pk)
    changes: list[Any] = []
    if batch.status == ImportBatch.Status.PREVIEW:
        # The rows the preview read, against the values stored now (old → new): the file
        # is never parsed again when the page is opened.
        changes = [c for c in pipeline.preview_changes(batch) if c.kind != "same"]
    errors = [p for p in batch.problems if p["severity"] == "error"]
    warnings = [p for p in batch.problems if p["severity"] != "error"]
    return render(
        request,
        "intake/batch.html",
        {"batch": batch, "changes": changes, "errors": errors, "warnings": warnings},
    )


@login_required
def batch_file(request: AuthenticatedRequest, pk: int) -> FileResponse:
    """The uploaded file exactly as received (its SHA-256 is on the batch page)."""
    batch = _own_batch(request, pk)
    if not batch.file:
        raise Http404("该批次未保存文件(超过大小上限)。")
    return FileResponse(batch.file.open("rb"), as_attachment=True, filename=batch.original_name)


@login_required
@require_POST
def batch_confirm(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    batch = _own_batch(request, pk)
    if batch.status != ImportBatch.Status.PREVIEW or not batch.file:
        messages.error(request, _("该文件未通过预检或已导入,请重新上传。"))
        return redirect("intake:batch", pk=pk)
    explanation = request.POST.get("explanation", "").strip()
    outcome = pipeline.run(
        batch.file.read(),
        filename=batch.original_name,
        user=_user(request),
        channel=batch.channel,
        region_hint=batch.region.code if batch.region else "",
        period_hint=(batch.year, batch.month) if batch.year and batch.month else None,
        explanation=explanation,
        reason=request.POST.get("reason", "").strip(),
        submit=request.POST.get("submit") == "1",
        batch=batch,
    )
    if outcome.accepted:
        messages.success(request, _("已导入 %(n)d 个数据。") % {"n": outcome.written})
        if outcome.region and outcome.year and outcome.month:
            return redirect(
                "intake:entry", unit=outcome.region, period=f"{outcome.year}-{outcome.month:02d}"
            )
    elif outcome.needs_explanation:
        messages.error(request, _("存在警告,请填写说明后再确认导入。"))
        batch.status = ImportBatch.Status.PREVIEW
        batch.save(update_fields=["status"])
    return redirect("intake:batch", pk=pk)


@login_required
def entry(request: AuthenticatedRequest, unit: str, period: str) -> HttpResponse:
    user = _user(request)
    region, year, month = _unit_period(unit, period)
    writable = can_write(user, region)
    if not (writable or can_read_drafts(user, region)):
        raise PermissionDenied("您无权查看该单位未审核的数据。")
    indicators = queries.indicators_for(region, month, user)
    problems: list[dict[str, object]] = []
    if request.method == "POST":
        if not writable:
            raise PermissionDenied("您无权填报该单位的数据。")
        action = request.POST.get("action", "check")
        explanation = request.POST.get("explanation", "").strip()
        if action == "submit_stored":
            try:
                n = actions.submit_period(
                    user=user, region=region, year=year, month=month, explanation=explanation
                )
                messages.success(request, _("已提交审核 %(n)d 个数据。") % {"n": n})
            except WorkflowError as exc:
                messages.error(request, str(exc))
            return redirect("intake:entry", unit=unit, period=period)
        lines, rows, parse_problems = read_entry(request.POST.dict(), region, indicators)
        result = actions.save_entry(
            user=user,
            region=region,
            year=year,
            month=month,
            rows=rows,
            explanation=explanation,
            reason=request.POST.get("reason", "").strip(),
            submit=action == "submit",
            dry_run=action == "check",
            causes=entry_causes(lines),
            read_problems=parse_problems,
        )
        all_problems = result.problems
        problems = [as_field_problem(p, lines) for p in all_problems]
        if action == "check" or request.headers.get("x-requested-with") == "fetch":
            if request.headers.get("x-requested-with") == "fetch":
                return JsonResponse({"problems": problems})
        elif not any(p.is_error for p in all_problems) and not result.needs_explanation:
            messages.success(
                request,
                (
                    _("已保存 %(saved)d 个数据,已提交审核 %(submitted)d 个。")
                    if result.submitted
                    else _("已保存 %(saved)d 个数据。")
                )
                % {"saved": result.saved, "submitted": result.submitted},
            )
            if result.explained:
                messages.success(request, _("已保存原因说明 %(n)d 条。") % {"n": result.explained})
            return redirect("intake:entry", unit=unit, period=period)
        elif result.needs_explanation:
            messages.error(request, _("存在警告,请在“说明”中写明原因后再提交。"))
        values = request.POST
    else:
        values = None
    entries = queries.period_entries(region, year, month, user, indicators)
    if values is not None:
        for e in entries:
            e.value_text = values.get(f"v_{e.indicator.code}", "")
            e.growth_text = values.get(f"g_{e.indicator.code}", "")
            e.note_text = values.get(f"n_{e.indicator.code}", "")
            e.cause_text = values.get(f"c_{e.indicator.code}", "")
    stored = [e.observation for e in entries if e.observation]
    returned = (
        Revision.objects.filter(observation__in=stored, new_status=Status.RETURNED)
        .select_related("changed_by")
        .order_by("-changed_at", "-id")
        .first()
        if any(o.status == Status.RETURNED for o in stored)
        else None
    )
    return render(
        request,
        "intake/entry.html",
        {
            "region": region,
            "year": year,
            "month": month,
            "period": f"{year}-{month:02d}",
            "period_words": period_words(year, month),
            "entries": entries,
            "problems": problems,
            "writable": writable,
            "status": queries.status_summary(stored),
            "returned": returned,
            "n_returned": sum(1 for e in entries if e.returned),
            "has_submittable": any(o.status in ("draft", "returned") for o in stored),
            "check_url": reverse("intake:entry", kwargs={"unit": unit, "period": period}),
        },
    )
