"""Every write to follow-ups: raise, answer, close, escalate, and the monthly re-check.

``recheck(year, month)`` is the one entry point the data-arrival path calls after a
month's figures are approved and derived (import, `citystat followups check`, and
approval through the ``observations_approved`` signal, connected in ``apps.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction

from citystat.accounts.models import User
from citystat.accounts.permissions import can_supervise, can_update_unit_work
from citystat.observations.derivation import bump_data_version
from citystat.stats.periods import month_end

from .models import ACTIVE_STATUSES, Event, Followup, Notification, Response, Rule
from .rules import Finding, evaluate

if TYPE_CHECKING:
    from citystat.regions.models import Region


# Automatic escalation stops at 2 (分管领导, then 主要领导); later re-checks are logged only.
MAX_AUTO_ESCALATION = 2


class FollowupError(ValueError):
    """A refused follow-up action; the message says why in Chinese."""


@dataclass
class RecheckResult:
    year: int
    month: int
    raised: list[Followup] = field(default_factory=list)
    closed: list[Followup] = field(default_factory=list)
    escalated: list[Followup] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        return (
            f"{self.year}年{self.month}月复核:新发起 {len(self.raised)} 件,"
            f"自动办结 {len(self.closed)} 件,升级 {len(self.escalated)} 件,"
            f"待下月复核 {self.unchanged} 件。"
        )


def _unit_users(unit: str) -> list[User]:
    return list(User.objects.filter(is_active=True, unit_name=unit)) if unit else []


def _notify(
    users: Iterable[User], followup: Followup, kind: Notification.Kind, message: str
) -> None:
    seen: set[int] = set()
    rows = []
    for u in users:
        if u.pk in seen:
            continue
        seen.add(u.pk)
        rows.append(Notification(user=u, followup=followup, kind=kind, message=message[:200]))
    Notification.objects.bulk_create(rows)


def _event(
    f: Followup,
    action: str,
    note: str,
    *,
    user: User | None = None,
    year: int | None = None,
    month: int | None = None,
) -> None:
    Event.objects.create(
        followup=f, action=action, note=note[:300], user=user, year=year, month=month
    )


def _create(
    finding: Finding | None,
    *,
    year: int,
    month: int,
    subject: str,
    title: str,
    detail: str,
    unit: str,
    deadline: dt.date,
    user: User | None,
    region: Region | None = None,
) -> Followup:
    f = Followup.objects.create(
        rule=finding.rule if finding else None,
        subject=subject,
        title=title[:120],
        detail=detail,
        responsible_unit=unit,
        region=finding.region if finding else region,
        indicator=finding.indicator if finding else None,
        project=finding.project if finding else None,
        task=finding.task if finding else None,
        year=year,
        month=month,
        deadline=deadline,
        created_by=user,
    )
    how = f"按规则“{finding.rule.name}”自动发起" if finding else "人工发起"
    _event(f, Event.Action.RAISE, how, user=user, year=year, month=month)
    _notify(
        _unit_users(unit), f, Notification.Kind.RAISE, f"新督办:{f.title},请于{deadline}前答复。"
    )
    return f


@transaction.atomic
def raise_manual(
    *,
    user: User,
    title: str,
    detail: str,
    responsible_unit: str,
    year: int,
    month: int,
    deadline: dt.date,
    region: Region | None = None,
) -> Followup:
    if not can_supervise(user):
        raise FollowupError("只有审核员、领导或管理员可以发起督办。")
    if not title.strip():
        raise FollowupError("督办事项不能为空。")
    if not responsible_unit.strip():
        raise FollowupError("责任单位不能为空。")
    if deadline < month_end(year, month) - dt.timedelta(days=31):
        raise FollowupError(f"答复期限 {deadline} 早于所属月份,请核对。")
    subject = f"manual:{year}-{month:02d}:{Followup.objects.count() + 1}"
    return _create(
        None,
        year=year,
        month=month,
        subject=subject,
        title=title.strip(),
        detail=detail.strip(),
        unit=responsible_unit.strip(),
        deadline=deadline,
        user=user,
        region=region,
    )


@transaction.atomic
def answer(followup: Followup, *, user: User, text: str) -> Response:
    if not can_update_unit_work(user, followup.responsible_unit):
        raise FollowupError(f"只有责任单位({followup.responsible_unit})可以答复此督办。")
    if not followup.is_active:
        raise FollowupError("此督办已办结,不能再答复。")
    if len(text.strip()) < 5:
        raise FollowupError("答复内容过短:请说明原因、已采取的措施和预计完成时间(至少5个字)。")
    r = Response.objects.create(
        followup=followup, author=user, unit=user.unit_name, text=text.strip()
    )
    if followup.indicator_id:
        bump_data_version()  # the answer is a 原因说明 shown on pages cached on the version
    if followup.status == Followup.Status.OPEN:
        followup.status = Followup.Status.ANSWERED
        followup.save(update_fields=["status", "updated_at"])
    _event(followup, Event.Action.ANSWER, text.strip()[:100], user=user)
    supervisors = User.objects.filter(is_active=True, role__in=["reviewer", "leader"])
    if followup.created_by_id:
        supervisors = supervisors | User.objects.filter(pk=followup.created_by_id)
    _notify(
        supervisors,
        followup,
        Notification.Kind.ANSWER,
        f"{followup.responsible_unit}已答复:{followup.title}",
    )
    return r


@transaction.atomic
def close(
    followup: Followup,
    *,
    user: User | None,
    note: str,
    year: int | None = None,
    month: int | None = None,
) -> Followup:
    if user is not None and not can_supervise(user):
        raise FollowupError("只有审核员、领导或管理员可以办结督办。")
    if not followup.is_active:
        raise FollowupError("此督办已办结。")
    followup.status = Followup.Status.CLOSED
    followup.closed_reason = note[:200]
    followup.save(update_fields=["status", "closed_reason", "updated_at"])
    _event(followup, Event.Action.CLOSE, note, user=user, year=year, month=month)
    _notify(
        _unit_users(followup.responsible_unit),
        followup,
        Notification.Kind.CLOSE,
        f"督办已办结:{followup.title}",
    )
    return followup


@transaction.atomic
def escalate(
    followup: Followup,
    *,
    user: User | None,
    note: str,
    year: int | None = None,
    month: int | None = None,
) -> Followup:
    if user is not None and not can_supervise(user):
        raise FollowupError("只有审核员、领导或管理员可以升级督办。")
    if not followup.is_active:
        raise FollowupError("此督办已办结,不能升级。")
    followup.status = Followup.Status.ESCALATED
    followup.escalation_level += 1
    followup.save(update_fields=["status", "escalation_level", "updated_at"])
    _event(followup, Event.Action.ESCALATE, note, user=user, year=year, month=month)
    leaders = User.objects.filter(is_active=True, role="leader")
    _notify(
        [*_unit_users(followup.responsible_unit), *leaders],
        followup,
        Notification.Kind.ESCALATE,
        f"督办升级(第{followup.escalation_level}次):{followup.title}",
    )
    return followup


def recheck_after_approval(
    sender: object, *, periods: Iterable[tuple[int, int]], **kwargs: object
) -> None:
    """Receiver of ``observations_approved``: re-check every approved month (issue 7)."""
    for year, month in sorted(set(periods)):
        recheck(year, month)


@transaction.atomic
def recheck(year: int, month: int) -> RecheckResult:
    """Re-check every rule-raised follow-up against (year, month), then raise new ones.

    A follow-up raised in an earlier month closes itself when its cause has cleared and
    escalates when it has not; with no data for its subject this month it waits. Running
    the same month twice changes nothing.
    """
    snap = evaluate(year, month)
    result = RecheckResult(year, month)
    here = year * 12 + month
    active = (
        Followup.objects.select_for_update()
        .filter(status__in=ACTIVE_STATUSES, rule__isnull=False)
        .select_related("rule")
    )
    covered: set[str] = set()
    for f in active:
        covered.add(f.subject)
        if f.year * 12 + f.month >= here:
            continue
        if f.checked_year and f.checked_year * 12 + (f.checked_month or 0) >= here:
            continue
        holds = snap.causes.get(f.subject)
        if holds is None:
            result.unchanged += 1
            continue
        f.checked_year, f.checked_month = year, month
        f.save(update_fields=["checked_year", "checked_month", "updated_at"])
        if holds and f.escalation_level >= MAX_AUTO_ESCALATION:
            _event(
                f,
                Event.Action.RECHECK,
                f"{year}年{month}月数据复核:问题仍未消除(已升级{f.escalation_level}次,继续督办)。",
                year=year,
                month=month,
            )
            result.unchanged += 1
        elif holds:
            escalate(
                f,
                user=None,
                note=f"{year}年{month}月数据复核:问题仍未消除,自动升级。",
                year=year,
                month=month,
            )
            result.escalated.append(f)
        else:
            close(
                f,
                user=None,
                note=f"{year}年{month}月数据复核:问题已消除,自动办结。",
                year=year,
                month=month,
            )
            result.closed.append(f)
    for subject, finding in snap.findings.items():
        if subject in covered:
            continue
        deadline = month_end(year, month) + dt.timedelta(days=finding.rule.deadline_days)
        result.raised.append(
            _create(
                finding,
                year=year,
                month=month,
                subject=subject,
                title=finding.title,
                detail=finding.detail,
                unit=finding.unit,
                deadline=deadline,
                user=None,
            )
        )
    return result


def active_rules() -> list[Rule]:
    return list(Rule.objects.filter(is_active=True))
