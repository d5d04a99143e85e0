"""Runs the stages for one file: store → parse → harmonise, then ``ingest`` (check → write → submit).

All or nothing: if any error remains, or a warning is left without an explanation,
nothing is written. A dry run stops before the load and reports what would change.
The checks and the write are those of the web form (``intake.ingest``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from citystat.importers import parse
from citystat.importers.harmonise import Harmonised, Row, harmonise
from citystat.importers.problems import Problem, RejectedError, SortsProblems, error
from citystat.intake import context, ingest, load
from citystat.intake.models import ImportBatch
from citystat.intake.store import store
from citystat.observations.models import Source
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.accounts.models import User


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
    done = ingest.ingest(
        ingest.Submission(
            rows=h.rows,
            year=h.year,
            month=h.month,
            user=user,
            source=Source.IMPORT,
            reason=reason,
            explanation=explanation,
            submit=submit,
            dry_run=dry_run,
            drafts_may_wait=False,  # a file is loaded whole: its warnings are explained now
            origin=batch,
            read_problems=outcome.problems,
        ),
        vocab=vocab,
    )
    outcome.problems = done.problems
    outcome.changes = done.changes
    outcome.needs_explanation = done.needs_explanation
    outcome.written, outcome.accepted = done.written, done.accepted
    outcome.problems.sort(key=lambda p: (p.sheet, p.row or 0, p.column, not p.is_error))
    batch.n_rows = len(h.rows)
    batch.rows = [_row_dict(r) for r in h.rows] if dry_run and not outcome.errors else []
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
