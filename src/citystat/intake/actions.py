"""Writes from the intake pages, API and CLI: permission-checked, all or nothing, audited.

The state machine itself lives in ``observations.actions``; this module adds who may do
what (``accounts.permissions``) and the validation that must pass first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms.models import model_to_dict

from citystat.accounts.permissions import can_review, can_write
from citystat.importers import checks, context, load
from citystat.importers.harmonise import Row
from citystat.importers.pipeline import today
from citystat.importers.problems import Problem, SortsProblems, error
from citystat.intake.models import RuleChange, ValidationRule
from citystat.observations import actions as obs_actions
from citystat.observations.models import Observation, Source, Status
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


def validate_rows(rows: list[Row], year: int, month: int) -> list[Problem]:
    vocab = context.vocabulary()
    rules = context.rules()
    ctx = checks.Context(
        vocab=vocab,
        year=year,
        month=month,
        today=today(),
        history=context.history(
            checks.indicators_needed(rows, vocab, rules),
            checks.regions_needed(rows, vocab),
            year,
        ),
        rules=rules,
    )
    return checks.check(rows, ctx)


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
) -> EntryResult:
    """Validate and store one unit-month of figures from the web form or the API."""
    if not can_write(user, region):
        raise PermissionDenied(f"您无权填报{region.name}的数据。")
    result = EntryResult()
    from citystat.indicators.models import Indicator

    indicators = {i.code: i for i in Indicator.objects.filter(code__in={r.indicator for r in rows})}
    for r in rows:
        if not can_write(user, region, indicators[r.indicator]):
            result.problems.append(
                error(
                    f"您无权填报“{indicators[r.indicator].name}”。",
                    field=r.indicator,
                    code="forbidden",
                )
            )
    result.problems += validate_rows(rows, year, month)
    result.changes = load.plan(rows, year, month)
    result.problems += load.lock_problems(result.changes, reason)
    if result.errors or dry_run:
        return result
    if checks.unexplained(result.warnings, rows) and not explanation.strip():
        result.needs_explanation = submit
        if submit:
            return result
    with transaction.atomic():
        result.saved = load.apply(
            result.changes,
            year=year,
            month=month,
            user=user,
            source=source,
            reason=reason,
            explanation=explanation if result.warnings else "",
        )
        if submit:
            result.submitted = submit_period(
                user=user, region=region, year=year, month=month, explanation=explanation
            )
    return result


def period_observations(region: Region, year: int, month: int) -> list[Observation]:
    return list(
        Observation.objects.filter(region=region, year=year, month=month)
        .select_related("indicator", "region")
        .order_by("indicator__dimension__sort_order", "indicator__sort_order")
    )


def rows_from_stored(observations: list[Observation]) -> list[Row]:
    return [
        Row(
            sheet="",
            row=i,
            region=o.region.code,
            indicator=o.indicator.code,
            value=o.value,
            growth=o.growth_reported,
            note=o.note,
            columns={"value": "", "growth": ""},
        )
        for i, o in enumerate(observations, start=1)
    ]


@transaction.atomic
def submit_period(
    *, user: User, region: Region, year: int, month: int, explanation: str = ""
) -> int:
    """Submit every draft or returned figure of a unit-month; warnings need an explanation."""
    if not can_write(user, region):
        raise PermissionDenied(f"您无权报送{region.name}的数据。")
    observations = [
        o for o in period_observations(region, year, month) if o.status in obs_actions.SUBMITTABLE
    ]
    if not observations:
        return 0
    rows = rows_from_stored(observations)
    problems = validate_rows(rows, year, month)
    if any(p.is_error for p in problems):
        raise obs_actions.WorkflowError(
            "存在错误,不能报送:" + ";".join(p.message for p in problems if p.is_error)[:300]
        )
    open_warnings = checks.unexplained(problems, rows)
    if open_warnings and not explanation.strip():
        raise obs_actions.WorkflowError(
            f"存在 {len(open_warnings)} 条警告,报送前须填写说明:"
            + ";".join(p.message for p in open_warnings)[:200]
        )
    return obs_actions.submit_observations(observations, user=user, explanation=explanation)


def _reviewable(user: User, region: Region, year: int, month: int) -> list[Observation]:
    if not can_review(user, region):
        raise PermissionDenied(f"您无权审核{region.name}的数据。")
    return [o for o in period_observations(region, year, month) if o.status == Status.SUBMITTED]


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


def _rule_dict(rule: ValidationRule) -> dict[str, Any]:
    data = model_to_dict(rule, fields=RULE_FIELDS)
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in data.items()}


@transaction.atomic
def save_rule(*, rule: ValidationRule, user: User | None, reason: str = "") -> ValidationRule:
    """Create or change a rule after checking it (syntax, known indicators, no ÷0, one unit);
    every change is audited."""
    problems = rule.problems()
    if problems:
        raise ValueError(";".join(problems))
    old = None
    if rule.pk:
        previous = ValidationRule.objects.filter(pk=rule.pk).first()
        old = _rule_dict(previous) if previous else None
    rule.save()
    RuleChange.objects.create(
        rule_code=rule.code,
        action="update" if old else "create",
        changed_by=user,
        old=old,
        new=_rule_dict(rule),
        reason=reason,
    )
    return rule


@transaction.atomic
def delete_rule(*, rule: ValidationRule, user: User | None, reason: str = "") -> None:
    RuleChange.objects.create(
        rule_code=rule.code,
        action="delete",
        changed_by=user,
        old=_rule_dict(rule),
        new=None,
        reason=reason,
    )
    rule.delete()
