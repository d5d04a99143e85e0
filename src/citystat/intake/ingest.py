"""One validate-and-load sequence for every way figures arrive.

The web entry form (and the API, which posts the same rows), a file import and accepted
text facts (``textreview.actions.accept_facts``) all hand over :class:`Submission` rows of
one month and call :func:`ingest`:

1. **check** — who may write each row (:func:`permission_problems`, one wording), the
   catalogue, range, history and rule checks (:func:`validate_rows`), what is stored
   now (``load.plan``) and the lock on approved figures (``load.lock_problems``);
2. **explain** — a warning without an explanation stops a submission, and stops a file
   (``drafts_may_wait=False``: a file is loaded whole, explain it at import); a draft saved
   from the form or from text may wait, and its warning is asked for again on submission;
3. **write** — in one transaction, as drafts, one revision per changed figure, each linked
   to its import batch or text document (``origin``); a corrected approved figure leaves
   approval and its derived figures are rebuilt at once (``load.apply``);
4. **submit** — when asked, every draft or returned figure of each unit-month touched goes
   to review through :func:`submit_stored` (the same step as 「提交审核」 on the form), so
   form and file write the same revisions: 新增 (draft), then 状态变更 → submitted.

Nothing is approved here, so no ``observations_approved`` goes out: approval has its one
path (``observations.actions.approve_observations``), which rebuilds and signals.
Any error, including one found on submission, writes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction

from citystat.accounts.permissions import can_write
from citystat.importers import checks
from citystat.importers.harmonise import Row
from citystat.importers.problems import Problem, SortsProblems, error
from citystat.importers.vocabulary import Vocabulary
from citystat.indicators.models import Indicator
from citystat.intake import context, load
from citystat.observations import actions as obs_actions
from citystat.observations.models import Observation
from citystat.regions.models import Region

if TYPE_CHECKING:
    from django.db.models import Model

    from citystat.accounts.models import User

# The period checks whose failure leaves nothing to compare with what is stored.
PERIOD_CODES = frozenset({"future_period", "bad_month"})


@dataclass
class Submission:
    """Figures of one month, from any channel, and what the sender asks for."""

    rows: list[Row]
    year: int
    month: int
    user: User | None
    source: str  # observations.models.Source: form, import, text
    reason: str = ""  # why an approved figure is changed
    explanation: str = ""  # the answer to the warnings
    submit: bool = False
    dry_run: bool = False
    drafts_may_wait: bool = True  # a draft with an unexplained warning may be saved
    origin: Model | None = None  # the import batch or text document, kept on each revision
    # What reading the input found already (a number that is no number, a dash read as
    # missing): its errors stop the write, its warnings need the explanation like any other.
    read_problems: list[Problem] = field(default_factory=list)
    # The caller has decided who may write (text review: permissions.can_draft_from_text).
    permission_checked: bool = False
    # The units whose month a submission sends to review (default: those of the rows).
    units: list[Region] = field(default_factory=list)


@dataclass
class Ingested(SortsProblems):
    problems: list[Problem] = field(default_factory=list)
    changes: list[load.Change] = field(default_factory=list)
    written: int = 0
    submitted: int = 0
    needs_explanation: bool = False
    accepted: bool = False  # checked and written (possibly nothing, when all is the same)


def validate_rows(
    rows: list[Row], year: int, month: int, vocab: Vocabulary | None = None
) -> list[Problem]:
    """The catalogue, range, history and rule checks of these rows, as every channel runs them."""
    vocab = context.vocabulary() if vocab is None else vocab
    rules = context.rules()
    ctx = checks.Context(
        vocab=vocab,
        year=year,
        month=month,
        today=context.today(),
        history=context.history(
            checks.indicators_needed(rows, vocab, rules),
            checks.regions_needed(rows, vocab),
            year,
        ),
        rules=rules,
    )
    return checks.check(rows, ctx)


def permission_problems(rows: list[Row], user: User | None) -> list[Problem]:
    """One error per unit (or unit and indicator) the user may not write.

    Located like every other problem: on the indicator's field for the form, with the rows
    named for a file ("(第3、4行)"). ``user`` None: a system load, which may write anything.
    """
    if user is None:
        return []
    regions = {r.code: r for r in Region.objects.filter(code__in={r.region for r in rows})}
    indicators = {i.code: i for i in Indicator.objects.filter(code__in={r.indicator for r in rows})}
    refused: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        region = regions[row.region]
        if not can_write(user, region):
            refused[(row.region, "")].append(row)
        elif not can_write(user, region, indicators[row.indicator]):
            refused[(row.region, row.indicator)].append(row)
    out = []
    for (code, ind), rs in refused.items():
        what = regions[code].name + (f"“{indicators[ind].name}”" if ind else "")
        where = ""
        if rs[0].sheet:  # a file: name its rows
            where = "(第" + "、".join(str(r.row) for r in rs[:10]) + ("等" if len(rs) > 10 else "")
            where += "行)"
        out.append(
            error(
                f"您无权填报{what}的数据{where}。请只报送本单位负责的数据,或联系管理员分配权限。",
                code="forbidden",
                sheet=rs[0].sheet,
                row=rs[0].row,
                field=ind if not rs[0].sheet else "",
            )
        )
    return out


def check(sub: Submission, vocab: Vocabulary | None = None) -> Ingested:
    """Steps 1 and 2: every problem of the submission, and what it would change."""
    result = Ingested(problems=list(sub.read_problems))
    if not sub.permission_checked:
        result.problems += permission_problems(sub.rows, sub.user)
    result.problems += validate_rows(sub.rows, sub.year, sub.month, vocab)
    if not any(p.code in PERIOD_CODES for p in result.problems):
        result.changes = load.plan(sub.rows, sub.year, sub.month)
        result.problems += load.lock_problems(result.changes, sub.reason)
    return result


def ingest(
    sub: Submission,
    *,
    vocab: Vocabulary | None = None,
    with_write: Callable[[], object] | None = None,
) -> Ingested:
    """Check, then (unless a dry run, an error or an open warning stops it) write and submit.

    ``with_write``: more writes of the caller's that belong to the same transaction (the
    form's 原因说明), run after the figures are written and before they are submitted.
    """
    result = check(sub, vocab)
    if result.errors or sub.dry_run:
        return result
    open_warnings = checks.unexplained(result.warnings, sub.rows)
    if open_warnings and not sub.explanation.strip() and (sub.submit or not sub.drafts_may_wait):
        result.needs_explanation = True
        return result
    try:
        with transaction.atomic():
            result.written = load.apply(
                result.changes,
                year=sub.year,
                month=sub.month,
                user=sub.user,
                source=sub.source,
                reason=sub.reason,
                explanation=sub.explanation if result.warnings else "",
                origin=sub.origin,
            )
            if with_write is not None:
                with_write()
            if sub.submit:
                for region in sub.units or _units(sub.rows):
                    result.submitted += submit_stored(
                        user=sub.user,
                        region=region,
                        year=sub.year,
                        month=sub.month,
                        explanation=sub.explanation,
                    )
    except obs_actions.WorkflowError as exc:
        result.problems.append(error(str(exc), code="submit"))
        result.written = result.submitted = 0
        return result
    result.accepted = True
    return result


def _units(rows: list[Row]) -> list[Region]:
    return list(Region.objects.filter(code__in={r.region for r in rows}).order_by("code"))


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
def submit_stored(
    *, user: User | None, region: Region, year: int, month: int, explanation: str = ""
) -> int:
    """Submit every draft or returned figure of a unit-month, checked again as stored:
    an error refuses, a warning needs the explanation (``WorkflowError`` says which)."""
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
