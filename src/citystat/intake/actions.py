"""Writes from the intake pages, API and CLI: permission-checked, all or nothing, audited.

The state machine itself lives in ``observations.actions``; this module adds who may do
what (``accounts.permissions``) and the validation that must pass first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import transaction

from citystat.accounts.permissions import can_review, can_write
from citystat.audit import actions as audit
from citystat.audit.models import EventType
from citystat.importers.harmonise import Row
from citystat.importers.problems import Problem, SortsProblems, error
from citystat.indicators.models import Indicator
from citystat.intake import context, ingest, load
from citystat.intake.models import ValidationRule
from citystat.observations import actions as obs_actions
from citystat.observations.models import Explanation, Observation, Source, Status
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.accounts.models import User


@dataclass
class EntryResult(SortsProblems):
    problems: list[Problem] = field(default_factory=list)
    changes: list[load.Change] = field(default_factory=list)
    saved: int = 0
    submitted: int = 0
    needs_explanation: bool = False
    explained: int = 0  # 原因说明 written or cleared


def save_entry(
    *,
    user: User,
    region: Region,
    year: int,
    month: int,
    rows: list[Row],
    explanation: str = "",
    reason: str = "",
    submit: bool = False,
    source: str = Source.FORM,
    dry_run: bool = False,
    causes: dict[str, tuple[int, str]] | None = None,
    read_problems: list[Problem] | None = None,
) -> EntryResult:
    """Validate and store one unit-month of figures from the web form or the API.

    ``causes``: indicator code → (form row, 原因说明 as typed) — stored with the figures in
    the same transaction (stage intake); an empty text clears a stored one. A bad cause
    (too long, for a figure not entered, not the user's indicator) refuses everything.
    ``read_problems``: what reading the form found (a value that is no number). The
    checks, the write and the submission are the file import's (``intake.ingest``).
    """
    if not can_write(user, region):
        raise PermissionDenied(f"您无权填报{region.name}的数据。")
    result = EntryResult(problems=list(read_problems or []))
    planned_causes = _plan_causes(user, region, year, month, rows, causes or {}, result)
    done = ingest.ingest(
        ingest.Submission(
            rows=rows,
            year=year,
            month=month,
            user=user,
            source=source,
            reason=reason,
            explanation=explanation,
            submit=submit,
            dry_run=dry_run or bool(result.errors),
            read_problems=result.problems,
            units=[region],
        ),
        with_write=lambda: _write_causes(user, region, year, month, planned_causes),
    )
    result.problems, result.changes = done.problems, done.changes
    result.needs_explanation = done.needs_explanation
    result.saved, result.submitted = done.written, done.submitted
    result.explained = len(planned_causes) if done.accepted else 0
    return result


def _plan_causes(
    user: User,
    region: Region,
    year: int,
    month: int,
    rows: list[Row],
    causes: dict[str, tuple[int, str]],
    result: EntryResult,
) -> list[tuple[Indicator, str]]:
    """The intake causes to write ("" = clear), checked; problems go on ``result``."""
    if not causes:
        return []
    known = {i.code: i for i in Indicator.objects.filter(code__in=causes)}
    entered = {r.indicator for r in rows} | set(
        Observation.objects.filter(
            region=region, year=year, month=month, indicator__code__in=causes
        ).values_list("indicator__code", flat=True)
    )
    stored = dict(
        Explanation.objects.filter(
            region=region,
            year=year,
            month=month,
            stage=Explanation.Stage.INTAKE,
            indicator__code__in=causes,
        ).values_list("indicator__code", "text")
    )
    plan: list[tuple[Indicator, str]] = []
    for code, (row, typed) in causes.items():
        ind = known.get(code)
        here = {"field": f"c_{code}", "row": row or None}
        if ind is None:
            result.problems.append(
                error(
                    f"指标代码“{code}”不存在,不能填写原因说明。", code="unknown_indicator", **here
                )
            )
            continue
        if not typed.strip():
            if code in stored:
                plan.append((ind, ""))
            continue
        try:
            text = obs_actions.clean_cause(typed)
        except obs_actions.ExplanationError as exc:
            result.problems.append(error(str(exc), code="cause", **here))
            continue
        if not can_write(user, region, ind):
            result.problems.append(
                error(f"您无权为“{ind.name}”填写原因说明。", code="forbidden", **here)
            )
        elif code not in entered:
            result.problems.append(
                error(
                    f"“{ind.name}”本期未填数据,不能只填原因说明:请先填写本期值或同比增长。",
                    code="cause_without_figure",
                    **here,
                )
            )
        elif stored.get(code) != text:
            plan.append((ind, text))
    return plan


def _write_causes(
    user: User,
    region: Region,
    year: int,
    month: int,
    plan: list[tuple[Indicator, str]],
    stage: str = Explanation.Stage.INTAKE,
) -> int:
    """Write each planned cause, or withdraw it where the text was cleared (form and review)."""
    for ind, text in plan:
        if text:
            obs_actions.explain(
                indicator=ind,
                region=region,
                year=year,
                month=month,
                text=text,
                stage=stage,
                user=user,
            )
        else:
            obs_actions.withdraw_explanation(
                indicator=ind, region=region, year=year, month=month, stage=stage, user=user
            )
    return len(plan)


@transaction.atomic
def submit_period(
    *, user: User, region: Region, year: int, month: int, explanation: str = ""
) -> int:
    """Submit every draft or returned figure of a unit-month; warnings need an explanation."""
    if not can_write(user, region):
        raise PermissionDenied(f"您无权报送{region.name}的数据。")
    return ingest.submit_stored(
        user=user, region=region, year=year, month=month, explanation=explanation
    )


def _reviewable(user: User, region: Region, year: int, month: int) -> list[Observation]:
    if not can_review(user, region):
        raise PermissionDenied(f"您无权审核{region.name}的数据。")
    return [
        o for o in ingest.period_observations(region, year, month) if o.status == Status.SUBMITTED
    ]


def approve_period(*, user: User, region: Region, year: int, month: int) -> int:
    """Approve every submitted figure of a unit-month and rebuild the derived figures."""
    with transaction.atomic():
        return obs_actions.approve_observations(_reviewable(user, region, year, month), user=user)


def return_period(*, user: User, region: Region, year: int, month: int, reason: str) -> int:
    with transaction.atomic():
        return obs_actions.return_observations(
            _reviewable(user, region, year, month), user=user, reason=reason
        )


def return_figures(
    *, user: User, region: Region, year: int, month: int, reasons: dict[str, str]
) -> int:
    """Return only some submitted figures (indicator code → its own reason); the rest stay
    submitted and can be approved at once. All or nothing: an unknown, not-submitted or
    reasonless figure refuses the whole return."""
    if not reasons:
        raise obs_actions.WorkflowError("请在要退回的数据行填写退回原因。")
    with transaction.atomic():
        pending = {o.indicator.code: o for o in _reviewable(user, region, year, month)}
        for code, reason in reasons.items():
            if code not in pending:
                raise obs_actions.WorkflowError(f"“{code}”不是{region.name}待审核的数据,不能退回。")
            if not reason.strip():
                raise obs_actions.WorkflowError(
                    f"退回“{pending[code].indicator.name}”须填写原因,说明需要修改什么。"
                )
        for code, reason in reasons.items():
            obs_actions.return_observations([pending[code]], user=user, reason=reason.strip())
    return len(reasons)


def save_review_causes(
    *, user: User, region: Region, year: int, month: int, texts: dict[str, str]
) -> int:
    """A reviewer's 原因说明 on the figures of a unit-month (stage review), all or nothing.

    ``texts``: indicator code → note; an empty note clears a stored one. Only figures of
    the period can be explained; returns how many notes were written or cleared.
    """
    if not can_review(user, region):
        raise PermissionDenied(f"您无权审核{region.name}的数据,不能填写审核原因说明。")
    figures = {o.indicator.code: o for o in ingest.period_observations(region, year, month)}
    stored = dict(
        Explanation.objects.filter(
            region=region, year=year, month=month, stage=Explanation.Stage.REVIEW
        ).values_list("indicator__code", "text")
    )
    plan: list[tuple[Observation, str]] = []
    problems: list[str] = []
    for code, typed in texts.items():
        obs = figures.get(code)
        if obs is None:
            problems.append(f"“{code}”不是{region.name}本期已填报的数据,不能填写原因说明。")
            continue
        if not typed.strip():
            if code in stored:
                plan.append((obs, ""))
            continue
        try:
            text = obs_actions.clean_cause(typed, where=f"“{obs.indicator.name}”:")
        except obs_actions.ExplanationError as exc:
            problems.append(str(exc))
            continue
        if stored.get(code) != text:
            plan.append((obs, text))
    if problems:
        raise obs_actions.ExplanationError("".join(problems))
    with transaction.atomic():
        return _write_causes(
            user,
            region,
            year,
            month,
            [(obs.indicator, text) for obs, text in plan],
            Explanation.Stage.REVIEW,
        )


#: The fields of a validation rule that people edit (the admin form, the rule file).
RULE_FIELDS = (
    "code",
    "name",
    "left",
    "operator",
    "right",
    "tolerance",
    "severity",
    "message",
    "is_active",
)


@transaction.atomic
def save_rule(*, rule: ValidationRule, user: User | None, reason: str = "") -> ValidationRule:
    """Create or change a rule after checking it (syntax, known indicators, no ÷0, one unit);
    every change is audited (新增规则 / 修改规则, the fields before and after)."""
    problems = context.rule_problems(rule)
    if problems:
        raise ValueError(";".join(problems))
    previous = ValidationRule.objects.filter(pk=rule.pk).first() if rule.pk else None
    before = audit.snapshot(previous) if previous else None
    rule.save()
    audit.record_change(
        rule,
        before,
        created=EventType.RULE_CREATED,
        changed=EventType.RULE_CHANGED,
        user=user,
        reason=reason,
    )
    return rule


@transaction.atomic
def delete_rule(*, rule: ValidationRule, user: User | None, reason: str = "") -> None:
    audit.record_delete(rule, deleted=EventType.RULE_DELETED, user=user, reason=reason)
    rule.delete()
