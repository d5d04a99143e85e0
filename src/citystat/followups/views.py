"""The follow-up board per responsible unit, a follow-up's page, answers, notifications."""

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
from citystat.accounts.permissions import can_supervise, can_update_unit_work, sees_all_units
from citystat.accounts.requests import AuthenticatedRequest
from citystat.stats.periods import PeriodError, parse_month

from . import actions, queries
from .forms import AnswerForm, ManualForm, NoteForm
from .models import Followup, Notification, Rule


def _user(request: AuthenticatedRequest) -> User:
    return request.user


@login_required
def board(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    qs = queries.visible_followups(user)
    all_units = sees_all_units(user)
    unit = request.GET.get("unit", "") if all_units else user.unit_name
    status = request.GET.get("status", "active")
    listed = qs.filter(responsible_unit=unit) if unit else qs
    if status == "active":
        listed = listed.filter(status__in=["open", "answered", "escalated"])
    elif status in Followup.Status.values:
        listed = listed.filter(status=status)
    return render(
        request,
        "followups/board.html",
        {
            "all_units": all_units,
            "unit": unit,
            "status": status,
            "statuses": [("active", _("未办结")), *Followup.Status.choices, ("all", _("全部"))],
            "units": queries.unit_counts(qs),
            "rows": listed.order_by("-year", "-month", "responsible_unit", "id")[:300],
            "unread": queries.unread_count(user),
            "can_raise": can_supervise(user),
        },
    )


@login_required
def detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    user = _user(request)
    f = get_object_or_404(
        Followup.objects.select_related("rule", "region", "indicator", "project", "task"), pk=pk
    )
    if not queries.can_see(user, f):
        raise PermissionDenied(_("无权查看此督办事项。"))
    Notification.objects.filter(user=user, followup=f, is_read=False).update(is_read=True)
    return render(
        request,
        "followups/detail.html",
        {
            "f": f,
            "events": f.events.select_related("user"),
            "responses": f.responses.select_related("author"),
            "can_answer": f.is_active and can_update_unit_work(user, f.responsible_unit),
            "can_supervise": f.is_active and can_supervise(user),
            "answer_form": AnswerForm(),
            "note_form": NoteForm(),
        },
    )


@login_required
@require_POST
def act(request: AuthenticatedRequest, pk: int, what: str) -> HttpResponse:
    user = _user(request)
    f = get_object_or_404(Followup, pk=pk)
    if not queries.can_see(user, f):
        raise PermissionDenied(_("无权操作此督办事项。"))
    try:
        if what == "answer":
            form = AnswerForm(request.POST)
            if not form.is_valid():
                raise actions.FollowupError(_("请填写答复内容。"))
            actions.answer(f, user=user, text=form.cleaned_data["text"])
            messages.success(request, _("已答复。"))
        elif what in {"close", "escalate"}:
            nform = NoteForm(request.POST)
            if not nform.is_valid():
                raise actions.FollowupError(_("请填写说明。"))
            if what == "close":
                actions.close(f, user=user, note=nform.cleaned_data["note"])
                messages.success(request, _("已办结。"))
            else:
                actions.escalate(f, user=user, note=nform.cleaned_data["note"])
                messages.success(request, _("已升级。"))
        else:
            raise PermissionDenied(_("未知操作。"))
    except actions.FollowupError as exc:
        messages.error(request, _("未保存:%(error)s") % {"error": exc})
    return redirect(reverse("followups:detail", args=[pk]))


@login_required
def new(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    if not can_supervise(user):
        raise PermissionDenied(_("只有审核员、领导或管理员可以发起督办。"))
    form = ManualForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            year, month = parse_month(d["period"])
            f = actions.raise_manual(
                user=user,
                title=d["title"],
                detail=d["detail"],
                responsible_unit=d["responsible_unit"],
                year=year,
                month=month,
                deadline=d["deadline"],
            )
        except (actions.FollowupError, PeriodError) as exc:
            messages.error(request, _("未保存:%(error)s") % {"error": exc})
        else:
            messages.success(request, _("已发起督办。"))
            return redirect(reverse("followups:detail", args=[f.pk]))
    return render(request, "followups/new.html", {"form": form})


@login_required
def notifications(request: AuthenticatedRequest) -> HttpResponse:
    user = _user(request)
    if request.method == "POST":
        Notification.objects.filter(user=user, is_read=False).update(is_read=True)
        return redirect(reverse("followups:notifications"))
    return render(
        request,
        "followups/notifications.html",
        {"days": queries.digest(user)},
    )


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    return render(request, "followups/rules.html", {"rules": Rule.objects.all()})
