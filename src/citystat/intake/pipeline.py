"""Runs the stages for one file: store → parse → harmonise → validate → load.

All or nothing: if any error remains, or a warning is left without an explanation,
nothing is written. A dry run stops before the load and reports what would change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils import timezone

from citystat.accounts.permissions import can_write
from citystat.importers import checks, parse
from citystat.importers.harmonise import Harmonised, Row, harmonise
from citystat.importers.problems import Problem, RejectedError, SortsProblems, error
from citystat.intake import context, load
from citystat.intake.models import ImportBatch
from citystat.intake.store import store
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.accounts.models import User
    from citystat.indicators.models import Indicator


@dataclass
class Outcome(SortsProblems):
    batch: ImportBatch
    problems: list[Problem] = field(default_factory=list)
    changes: list[load.Change] = field(default_factory=list)
    accepted: bool = False
    written: int = 0
    region: str = ""
    year: int | None = None
    month: int | None = None
    needs_explanation: bool = False


def today() -> tuple[int, int]:
    now = timezone.localdate()  # the bureau's date (TIME_ZONE), not the server's
    return now.year, now.month


def permission_problems(
    rows: list[Row], user: User | None, vocab_names: dict[str, str]
) -> list[Problem]:
    """One error per unit (or indicator) the user may not write, listing the rows."""
    if user is None:
        return []
    from citystat.indicators.models import Indicator

    regions = {r.code: r for r in Region.objects.filter(code__in={r.region for r in rows})}
    indicators: dict[str, Indicator] = {
        i.code: i for i in Indicator.objects.filter(code__in={r.indicator for r in rows})
    }
    refused: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        region = regions[row.region]
        if not can_write(user, region):
            refused[row.region].append(row)
        elif not can_write(user, region, indicators[row.indicator]):
            refused[f"{row.region}/{row.indicator}"].append(row)
    out = []
    for key, rs in refused.items():
        code, _, ind = key.partition("/")
        what = vocab_names.get(code, code) + (f"“{indicators[ind].name}”" if ind else "")
        lines = "、".join(str(r.row) for r in rs[:10]) + ("等" if len(rs) > 10 else "")
        out.append(
            error(
                f"您无权填报{what}的数据(第{lines}行)。请只上传本单位负责的数据,或联系管理员分配权限。",
                code="forbidden",
                sheet=rs[0].sheet,
                row=rs[0].row,
            )
        )
    return out


def run(
    data: bytes | None,
    *,
    filename: str,
    size: int | None = None,
    user: User | None,
    channel: str,
    region_hint: str = "",
    period_hint: tuple[int, int] | None = None,
    dry_run: bool = False,
    explanation: str = "",
    reason: str = "",
    submit: bool = False,
    batch: ImportBatch | None = None,
) -> Outcome:
    """Import one file. ``data`` None with ``size`` means the caller refused to read it."""
    size = len(data) if data is not None else (size or 0)
    too_big = parse.size_problem(size)
    if batch is None:
        batch = store(
            None if too_big else data, filename=filename, size=size, user=user, channel=channel
        )
    outcome = Outcome(batch)
    if too_big or data is None:
        outcome.problems = [too_big or error("没有收到文件内容。", code="empty")]
        return _finish(outcome, explanation)
    try:
        book = parse.parse_bytes(data, filename)
    except RejectedError as exc:
        outcome.problems = exc.problems
        return _finish(outcome, explanation)
    vocab = context.vocabulary()
    if region_hint and region_hint not in vocab.regions:
        outcome.problems = [
            error(f"区划代码“{region_hint}”不存在。", code="unknown_region", field="unit")
        ]
        return _finish(outcome, explanation)
    h: Harmonised = harmonise(book, vocab, region_hint=region_hint, period_hint=period_hint)
    outcome.problems = list(h.problems)
    outcome.region, outcome.year, outcome.month = h.region, h.year, h.month
    if h.year is None or h.month is None:
        return _finish(outcome, explanation)
    names = {code: ref.name for code, ref in vocab.regions.items()}
    outcome.problems += permission_problems(h.rows, user, names)
    rules = context.rules()
    ctx = checks.Context(
        vocab=vocab,
        year=h.year,
        month=h.month,
        today=today(),
        history=context.history(
            checks.indicators_needed(h.rows, vocab, rules),
            checks.regions_needed(h.rows, vocab),
            h.year,
        ),
        rules=rules,
    )
    outcome.problems += checks.check(h.rows, ctx)
    if not any(p.code in {"future_period", "bad_month"} for p in outcome.problems):
        outcome.changes = load.plan(h.rows, h.year, h.month)
        outcome.problems += load.lock_problems(outcome.changes, reason)
    outcome.problems.sort(key=lambda p: (p.sheet, p.row or 0, p.column, not p.is_error))
    batch.n_rows = len(h.rows)
    batch.rows = [_row_dict(r) for r in h.rows] if dry_run and not outcome.errors else []
    if not outcome.errors and not dry_run:
        if checks.unexplained(outcome.warnings, h.rows) and not explanation.strip():
            outcome.needs_explanation = True
        else:
            outcome.written = load.apply(
                outcome.changes,
                year=h.year,
                month=h.month,
                user=user,
                reason=reason,
                explanation=explanation,
                submit=submit,
            )
            outcome.accepted = True
    return _finish(outcome, explanation, dry_run=dry_run)


ROW_FIELDS = ("sheet", "row", "region", "indicator", "value", "growth", "note", "columns")


def _row_dict(row: Row) -> dict[str, object]:
    data = {name: getattr(row, name) for name in ROW_FIELDS}
    for name in ("value", "growth"):
        data[name] = None if data[name] is None else str(data[name])
    return data


def preview_rows(batch: ImportBatch) -> list[Row]:
    """The rows a preview stored on the batch (nothing is parsed)."""
    from decimal import Decimal

    return [
        Row(
            **{
                **{k: v for k, v in d.items() if k in ROW_FIELDS},
                "value": None if d.get("value") is None else Decimal(d["value"]),
                "growth": None if d.get("growth") is None else Decimal(d["growth"]),
            }
        )
        for d in batch.rows
    ]


def preview_changes(batch: ImportBatch) -> list[load.Change]:
    """What confirming the preview would change, against what is stored now."""
    if not (batch.rows and batch.year and batch.month):
        return []
    return load.plan(preview_rows(batch), batch.year, batch.month)


def _finish(outcome: Outcome, explanation: str, *, dry_run: bool = False) -> Outcome:
    b = outcome.batch
    if outcome.accepted:
        b.status = ImportBatch.Status.ACCEPTED
    elif dry_run and not outcome.errors:
        b.status = ImportBatch.Status.PREVIEW
    else:
        b.status = ImportBatch.Status.REJECTED
    b.region = Region.objects.filter(code=outcome.region).first() if outcome.region else None
    b.year, b.month = outcome.year, outcome.month
    b.n_changed = (
        outcome.written if outcome.accepted else sum(c.kind != "same" for c in outcome.changes)
    )
    b.n_errors = len(outcome.errors)
    b.n_warnings = len(outcome.warnings)
    b.problems = [p.as_dict() for p in outcome.problems]
    b.explanation = explanation[:300]
    b.save()
    return outcome
