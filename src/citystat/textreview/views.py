"""Pages at /text/: submit a text, review its facts, accept them into draft observations."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citystat.accounts.permissions import can_open_text, can_use_text_review
from citystat.accounts.requests import AuthenticatedRequest
from citystat.textreview import actions, queries
from citystat.textreview.forms import CorrectionForm, SubmitForm
from citystat.textreview.models import ExtractionJob, SourceDocument, TextFact
from citystat.textreview.reading import (
    MAX_UPLOAD_BYTES,
    RefusedInputError,
    read_paste,
    read_upload,
)

if TYPE_CHECKING:
    from citystat.accounts.models import User


def _page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Sign-in required; a refusal is a Chinese page saying why, with status 403."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as denied:
            return render(request, "textreview/forbidden.html", {"reason": str(denied)}, status=403)

    return wrapped


def _user(request: AuthenticatedRequest) -> User:
    user = request.user
    if not can_use_text_review(user):
        raise PermissionDenied(_("文本提取仅限填报员、审核员、分析师和管理员使用"))
    return user


def _document(request: AuthenticatedRequest, pk: int) -> tuple[User, SourceDocument]:
    user = _user(request)
    document = get_object_or_404(
        SourceDocument.objects.select_related("created_by", "region"), pk=pk
    )
    if not can_open_text(user, document.created_by_id):
        raise PermissionDenied(_("无权查看该文档"))
    return user, document


def _fact(document: SourceDocument, fact_pk: int) -> TextFact:
    return get_object_or_404(TextFact, pk=fact_pk, document=document)


@_page
def index(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    initial = {"region": _own_region(user)}
    if request.method == "POST":
        form = SubmitForm(request.POST, request.FILES, initial=initial)
    else:
        form = SubmitForm(initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data.get("file")
        try:
            if upload is not None:
                read = read_upload(upload.name, _read_limited(upload))
            else:
                read = read_paste(data["text"])
        except RefusedInputError as refused:
            form.add_error(None, _("%(reason)s(未保存任何内容)") % {"reason": refused})
        else:
            try:
                job = actions.create_extraction_job(
                    user=user,
                    read=read,
                    title=data.get("title") or "",
                    filename=upload.name if upload is not None else "",
                    region=data.get("region"),
                    year=data.get("year"),
                )
            except actions.JobRefusedError as refused:
                form.add_error(None, _("%(reason)s(本篇未保存)") % {"reason": refused})
            else:
                actions.start_extraction_job(job)
                return redirect("textreview:job", pk=job.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "textreview/index.html",
        {
            "form": form,
            "documents": queries.documents_for(user),
            "jobs": queries.open_jobs_for(user),
        },
        status=status,
    )


def _job(request: AuthenticatedRequest, pk: int) -> ExtractionJob:
    user = _user(request)
    job = get_object_or_404(ExtractionJob.objects.defer("text"), pk=pk)
    if not can_open_text(user, job.created_by_id):
        raise PermissionDenied(_("无权查看该读取任务"))
    return job


@_page
def job(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A text being read: progress (polled by textreview/job.js); when done, its review."""
    actions.fail_stale_extraction_jobs()
    found = _job(request, pk)
    if found.status == ExtractionJob.Status.DONE and found.document_id is not None:
        messages.success(
            request, _("已读取 %(count)d 条数值事实,请逐条审核") % {"count": found.facts}
        )
        return redirect("textreview:review", pk=found.document_id)
    return render(request, "textreview/job.html", {"job": found})


@_page
def job_status(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    found = _job(request, pk)
    return JsonResponse(
        {
            "id": found.pk,
            "status": found.status,
            "status_label": found.get_status_display(),
            "progress": found.progress,
            "message": found.message,
            "finished": found.finished,
        }
    )


def _own_region(user: User) -> int | None:
    """A reporter's documents are usually about their one region: preselect it."""
    if user.role != "reporter":
        return None
    ids = list(user.regions.values_list("pk", flat=True)[:2])
    return ids[0] if len(ids) == 1 else None


def _read_limited(upload: UploadedFile) -> bytes:
    size = upload.size or 0
    if size > MAX_UPLOAD_BYTES:
        # Refuse before reading a large file into memory.
        raise RefusedInputError(
            _("上传的文件「%(name)s」过大:%(size).1f MB,上限为 %(limit)d MB,请拆分后再上传")
            % {
                "name": upload.name,
                "size": size / 1024 / 1024,
                "limit": MAX_UPLOAD_BYTES // 1024 // 1024,
            }
        )
    data: bytes = upload.read()
    return data


@_page
def review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _, document = _document(request, pk)
    raw_page = request.GET.get("page", "1")
    page = int(raw_page) if raw_page.isdigit() else 1
    return render(
        request,
        "textreview/review.html",
        {
            "review": queries.review(document, page, request.user),
            "correctable": actions.CORRECTABLE,
            "measure_labels": actions.MEASURE_LABELS,
        },
    )


@_page
@require_POST
def correct(request: AuthenticatedRequest, pk: int, fact_pk: int) -> HttpResponse:
    user, document = _document(request, pk)
    fact = _fact(document, fact_pk)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("事实 %(fact)s:请选择要修改的字段") % {"fact": fact.fact_id})
    else:
        field_name = form.cleaned_data["field"]
        try:
            actions.correct_fact(
                fact=fact, field_name=field_name, raw=form.cleaned_data["value"], user=user
            )
        except actions.CorrectionError as error:
            messages.error(
                request,
                _("事实 %(fact)s:%(error)s(未修改)") % {"fact": fact.fact_id, "error": error},
            )
        else:
            label = actions.CORRECTABLE[field_name]
            messages.success(
                request,
                _("事实 %(fact)s 的“%(field)s”已修改") % {"fact": fact.fact_id, "field": label},
            )
    return redirect(_fact_url(document, fact))


@_page
@require_POST
def reject(request: AuthenticatedRequest, pk: int, fact_pk: int) -> HttpResponse:
    user, document = _document(request, pk)
    fact = _fact(document, fact_pk)
    try:
        actions.reject_fact(fact=fact, user=user)
    except actions.CorrectionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("事实 %(fact)s「%(span)s」已拒绝") % {"fact": fact.fact_id, "span": fact.text_span},
        )
    return redirect(_fact_url(document, fact))


@_page
@require_POST
def reopen(request: AuthenticatedRequest, pk: int, fact_pk: int) -> HttpResponse:
    user, document = _document(request, pk)
    fact = _fact(document, fact_pk)
    try:
        actions.reopen_fact(fact=fact, user=user)
    except actions.CorrectionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("事实 %(fact)s 已恢复为待审核") % {"fact": fact.fact_id})
    return redirect(_fact_url(document, fact))


@_page
@require_POST
def accept(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    user, document = _document(request, pk)
    raw_ids = request.POST.getlist("fact")
    ids = [int(x) for x in raw_ids if x.isdigit()] if raw_ids else None
    result = actions.accept_facts(document=document, user=user, fact_ids=ids)
    accepted = len(result.drafted) + len(result.accepted_only)
    messages.success(
        request,
        _(
            "已接受 %(accepted)d 条,生成草稿数据 %(drafted)d 条;"
            "未生成数据 %(undrafted)d 条;保留待审 %(pending)d 条"
        )
        % {
            "accepted": accepted,
            "drafted": len(result.drafted),
            "undrafted": len(result.accepted_only),
            "pending": len(result.kept_pending),
        },
    )
    for fact in result.kept_pending:
        messages.warning(
            request,
            _("事实 %(fact)s「%(span)s」%(outcome)s")
            % {"fact": fact.fact_id, "span": fact.text_span, "outcome": fact.outcome},
        )
    return redirect(_review_url(document))


def _fact_url(document: SourceDocument, fact: TextFact) -> str:
    page = queries.page_of(fact)
    query = f"?page={page}" if page > 1 else ""
    return f"{_review_url(document)}{query}#fact-{fact.pk}"


def _review_url(document: SourceDocument) -> str:
    return reverse("textreview:review", args=[document.pk])
