"""The 年度目标 page: the whole year's grid, its Excel template and import, and each cell's versions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citystat.accounts.models import User
from citystat.accounts.permissions import can_read_targets, can_set_targets
from citystat.accounts.requests import AuthenticatedRequest
from citystat.importers import parse
from citystat.importers.problems import RejectedError
from citystat.indicators.models import Indicator
from citystat.observations.periods import planning_year
from citystat.regions.models import Region
from citystat.targets import sheet
from citystat.targets.grid import grid
from citystat.targets.models import Target


def _reader(request: AuthenticatedRequest) -> User:
    user = request.user
    if not can_read_targets(user):
        raise PermissionDenied(_("您无权查看年度目标。"))
    return user


def _year(request: HttpRequest) -> int:
    raw = request.GET.get("year") or request.POST.get("year") or ""
    if raw.isdigit() and 1990 <= int(raw) <= 2100:
        return int(raw)
    return planning_year() or 2000


def _form_book(request: HttpRequest, year: int) -> parse.Workbook:
    """The posted grid as the template's sheet, so the web form and the file share one check."""
    g = grid(year)
    head: list[object] = ["指标代码", "指标名称", "单位", "目标类型"]
    head += [f"{r.name}({r.code})" for r in g.regions]
    rows: list[list[object]] = [[f"{year}年度目标"], head]
    for row in g.rows:
        line: list[object] = [row.indicator.code, "", "", ""]
        line += [
            (request.POST.get(f"t-{row.indicator.code}-{r.code}") or "").strip() or None
            for r in g.regions
        ]
        rows.append(line)
    return parse.Workbook("web", [parse.Sheet(sheet.SHEET, rows)])


@login_required
def year_grid(request: AuthenticatedRequest) -> HttpResponse:
    user = _reader(request)
    year = _year(request)
    outcome = None
    if request.method == "POST":
        if not can_set_targets(user):
            raise PermissionDenied(_("您无权设定年度目标。"))
        outcome = sheet.load(
            _form_book(request, year), user=user, reason=request.POST.get("reason", "")
        )
        if outcome.written:
            messages.success(
                request,
                _("已保存 %(n)d 项目标(其中修订 %(r)d 项)。")
                % {"n": len(outcome.changes), "r": len(outcome.revisions)},
            )
            return redirect(f"{reverse('targets:grid')}?year={year}")
        if not outcome.errors and not outcome.changes:
            messages.info(request, _("没有改动。"))
            return redirect(f"{reverse('targets:grid')}?year={year}")
    g = grid(year)
    if outcome is not None:
        for row in g.rows:
            for c in row.cells:
                c.shown = request.POST.get(f"t-{row.indicator.code}-{c.region.code}", "")
    return render(
        request,
        "targets/grid.html",
        {
            "g": g,
            "year": year,
            "years": sorted({year - 1, year, year + 1, *(planning_year() or year,)}),
            "can_edit": can_set_targets(user),
            "outcome": outcome,
        },
    )


@login_required
def template_download(request: AuthenticatedRequest) -> HttpResponse:
    _reader(request)
    year = _year(request)
    response = HttpResponse(
        sheet.template(year),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="targets-{year}.xlsx"'
    return response


@login_required
@require_POST
def upload(request: AuthenticatedRequest) -> HttpResponse:
    user = request.user
    if not can_set_targets(user):
        raise PermissionDenied(_("您无权设定年度目标。"))
    upload_file = request.FILES.get("file")
    year = _year(request)
    if upload_file is None:
        messages.error(request, _("请选择要上传的目标文件(.xlsx)。"))
        return redirect(f"{reverse('targets:grid')}?year={year}")
    problem = parse.size_problem(upload_file.size or 0)
    problems = [problem] if problem else []
    outcome = None
    if not problems:
        try:
            book = parse.parse_bytes(upload_file.read(), upload_file.name or "")
        except RejectedError as exc:
            problems = exc.problems
        else:
            outcome = sheet.load(
                book,
                user=user,
                reason=request.POST.get("reason", ""),
            )
            problems = outcome.problems
            year = outcome.year or year
    if outcome is not None and outcome.written:
        messages.success(
            request,
            _("已导入 %(n)d 项目标(其中修订 %(r)d 项)。")
            % {"n": len(outcome.changes), "r": len(outcome.revisions)},
        )
    elif outcome is not None and not problems:
        messages.info(request, _("文件中的目标与现有目标相同,没有改动。"))
    for p in problems:
        messages.error(request, p.line())
    return redirect(f"{reverse('targets:grid')}?year={year}")


@login_required
def history(request: AuthenticatedRequest, indicator: str, region: str, year: int) -> HttpResponse:
    _reader(request)
    ind = get_object_or_404(Indicator, code=indicator)
    reg = get_object_or_404(Region, code=region)
    versions = Target.objects.filter(indicator=ind, region=reg, year=year).select_related("set_by")
    return render(
        request,
        "targets/history.html",
        {"indicator": ind, "region": reg, "year": year, "versions": versions},
    )
