"""Every write of the text review: one transaction each, every change recorded.

- :func:`create_extraction_job` queues a text; :func:`run_extraction_job` reads it in a
  background thread outside any transaction, then stores the document with its facts
  (:func:`store_document`) in one short transaction; :func:`submit_document` does both
  at once (tests, scripts);
- :func:`correct_fact` changes one field of a pending fact (a :class:`FactCorrection` row);
- :func:`reject_fact` / :func:`reopen_fact` move a fact out of and back into review;
- :func:`accept_facts` accepts pending facts and turns each one that maps to the
  catalogue into a DRAFT observation (source = text) linked back to the fact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from django.contrib.auth import get_user_model
from django.db import connections, router, transaction
from django.utils import timezone

from citystat.accounts.permissions import can_draft_from_text
from citystat.background import start_after_commit
from citystat.importers.harmonise import Row
from citystat.indicators.models import Indicator
from citystat.intake.context import vocabulary
from citystat.intake.ingest import Submission, ingest
from citystat.observations.models import Observation, Source, Status
from citystat.regions.gazetteer import extraction_regions
from citystat.regions.models import Region
from citystat.textfacts import Fact, IndicatorMatch, extract
from citystat.textfacts.schema import BASES, MEASURES
from citystat.textreview.catalogue import alias_table, find_region, match_subject, region_index
from citystat.textreview.mapping import Target, UnmappedError, target_of
from citystat.textreview.models import (
    ExtractionJob,
    FactCorrection,
    FactStatus,
    MatchMethod,
    SourceDocument,
    TextFact,
)
from citystat.textreview.reading import ReadText

if TYPE_CHECKING:
    from citystat.accounts.models import User

log = logging.getLogger(__name__)

MEASURE_LABELS: Final = {
    "level": "总量",
    "count": "计数",
    "growth_yoy": "增长",
    "share": "占比",
    "pp_change": "百分点变化",
    "ratio": "比例结构",
    "rank": "位次",
    "target": "目标",
    "abs_change": "增减量",
}
CORRECTABLE: Final = {
    "subject": "主体",
    "indicator": "匹配指标",
    "region": "地区",
    "period": "期间",
    "measure": "类型",
    "value": "数值",
    "unit": "单位",
    "value_base": "基本单位数值",
    "base_unit": "基本单位",
    "basis": "比较基础",
}
_PERIOD = re.compile(r"^\d{4}(?:-\d{2})?(?:/\d{4}(?:-\d{2})?)?$")


class CorrectionError(ValueError):
    """A correction that is not stored; the message is one Chinese line."""


def _text(raw: Any) -> str:
    return "" if raw is None else str(raw)


class _MemoTable(dict[str, str]):
    """The alias table, remembering each subject's match: bulletins repeat their subjects."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__(table)
        self.matches: dict[str | None, IndicatorMatch | None] = {}

    def match(self, subject: str | None) -> IndicatorMatch | None:
        if subject not in self.matches:
            self.matches[subject] = match_subject(subject, self)
        return self.matches[subject]


def _fact_row(seq: int, fact: Fact, table: _MemoTable, pks: dict[str, int]) -> TextFact:
    match = table.match(fact.subject)
    indicator_pk = None if match is None else pks.get(match.code)
    return TextFact(
        seq=seq,
        fact_id=fact.id,
        text_span=fact.text_span[:200],
        char_start=fact.char_start,
        char_end=fact.char_end,
        subject=_text(fact.subject)[:200],
        region_name=_text(fact.region)[:100],
        region_code=_text(fact.region_code),
        period=_text(fact.period),
        measure=fact.measure,
        value=fact.value,
        unit=_text(fact.unit),
        value_base=fact.value_base,
        base_unit=_text(fact.base_unit),
        qualifier=_text(fact.qualifier),
        comparable_price=fact.comparable_price,
        denominator=_text(fact.denominator)[:200],
        basis=_text(fact.basis),
        optional=fact.optional,
        note=_text(fact.note)[:300],
        extracted=fact.to_dict(),
        indicator_id=indicator_pk,
        match_score=None if match is None or indicator_pk is None else match.score,
        match_method="" if match is None or indicator_pk is None else match.method,
    )


Progress = Callable[[int, str], None]


def _no_progress(pct: int, message: str) -> None:
    return None


@dataclass
class ReadFacts:
    """The facts read out of a text, ready to insert: one tuple of database values per fact
    (every column but the document's), prepared outside the transaction that stores them."""

    columns: list[str]
    values: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.values)


def _prepared(rows: list[TextFact]) -> ReadFacts:
    fields = [
        f for f in TextFact._meta.concrete_fields if not f.primary_key and f.name != "document"
    ]
    connection = connections[router.db_for_write(TextFact)]
    values = [
        tuple(f.get_db_prep_save(getattr(row, f.attname), connection) for f in fields)
        for row in rows
    ]
    return ReadFacts([f.column for f in fields], values)


def read_facts(
    text: str,
    *,
    region: Region | None = None,
    year: int | None = None,
    progress: Progress = _no_progress,
) -> ReadFacts:
    """The facts of a text, matched to the catalogue and prepared for storing.

    Only reads the database (the alias table, indicator keys), never inside a
    transaction: reading a long text takes seconds to minutes and must hold no lock.
    """
    progress(10, f"正在提取数值(共 {len(text):,} 字)")
    facts = extract(
        text,
        region=region.name if region else None,
        region_code=region.code if region else None,
        year=year,
        regions=extraction_regions(),  # the catalogue's own regions and aliases
    )
    total = len(facts)
    progress(60, f"已提取 {total:,} 条数值,正在匹配指标")
    table = _MemoTable(alias_table())
    pks = dict(Indicator.objects.values_list("code", "pk"))
    rows = []
    for seq, fact in enumerate(facts, 1):
        rows.append(_fact_row(seq, fact, table, pks))
        if seq % 1000 == 0:
            progress(60 + 30 * seq // total, f"正在匹配指标:{seq:,}/{total:,}")
    return _prepared(rows)


def _title(read: ReadText, title: str, filename: str) -> str:
    first_line = next((line.strip() for line in read.text.splitlines() if line.strip()), "")
    return (title.strip() or filename or first_line[:40] or "未命名文本")[:200]


@transaction.atomic
def store_document(
    *,
    user: User,
    read: ReadText,
    facts: ReadFacts,
    title: str = "",
    filename: str = "",
    region: Region | None = None,
    year: int | None = None,
) -> SourceDocument:
    """Store a document and the facts read out of it (:func:`read_facts`), all or nothing,
    in one short transaction: one INSERT of prepared values per fact (executemany), no
    per-row work while the write lock is held (≈ 0.7 s for 13,700 facts on SQLite)."""
    document = SourceDocument.objects.create(
        title=_title(read, title, filename),
        source_type=read.source_type,
        filename=filename[:255],
        encoding=read.encoding,
        text=read.text,
        text_sha256=hashlib.sha256(read.text.encode("utf-8")).hexdigest(),
        upload_sha256=read.upload_sha256,
        notes=read.notes,
        region=region,
        year=year,
        created_by=user,
    )
    _insert_facts(document, facts)
    return document


def _insert_facts(document: SourceDocument, facts: ReadFacts) -> None:
    """SQLite: one executemany (a C loop over prepared rows); PostgreSQL: COPY (executemany or
    multi-row INSERTs spend seconds in psycopg's client-side parsing of the statement)."""
    connection = connections[router.db_for_write(TextFact)]
    quote = connection.ops.quote_name
    table = quote(TextFact._meta.db_table)
    columns = ", ".join(map(quote, [TextFact._meta.get_field("document").column, *facts.columns]))
    rows = [(document.pk, *row) for row in facts.values]
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(rows[0]))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def submit_document(
    *,
    user: User,
    read: ReadText,
    title: str = "",
    filename: str = "",
    region: Region | None = None,
    year: int | None = None,
) -> SourceDocument:
    """Read a text and store it with its facts: reading outside any transaction, storing in
    one. The web page runs this as an :class:`ExtractionJob` (see :func:`run_extraction_job`)."""
    facts = read_facts(read.text, region=region, year=year)
    return store_document(
        user=user, read=read, facts=facts, title=title, filename=filename, region=region, year=year
    )


# --- extraction jobs ------------------------------------------------------------------------

#: A job whose row has not moved for this long lost its thread (a restart): it is failed.
#: While extraction runs, a heartbeat touches the row every HEARTBEAT seconds.
STALE_AFTER: Final = dt.timedelta(minutes=5)
HEARTBEAT: Final = 20.0
ACTIVE: Final = (ExtractionJob.Status.QUEUED, ExtractionJob.Status.RUNNING)
FAILED_MESSAGE: Final = "读取数值时出错(已记录,请联系管理员);未保存任何内容,请重新提交"


class JobRefusedError(ValueError):
    """A job that is not queued; the message is one Chinese line."""


def create_extraction_job(
    *,
    user: User,
    read: ReadText,
    title: str = "",
    filename: str = "",
    region: Region | None = None,
    year: int | None = None,
) -> ExtractionJob:
    """Queue a text for reading. One text at a time per user: a second is refused while the
    first is read (the server has few cores; reading a long text takes a while)."""
    fail_stale_extraction_jobs()
    with transaction.atomic():
        # Two submissions at once by one user: the second waits here, then sees the first.
        list(get_user_model().objects.select_for_update().filter(pk=user.pk).values("pk"))
        busy = (
            ExtractionJob.objects.filter(created_by=user, status__in=ACTIVE)
            .only("title", "progress")
            .first()
        )
        if busy is not None:
            raise JobRefusedError(
                f"您提交的「{busy.title}」正在读取(已完成 {busy.progress}%),"
                "请等它完成后再提交下一篇"
            )
        return _queue(user, read, title, filename, region, year)


def _queue(
    user: User, read: ReadText, title: str, filename: str, region: Region | None, year: int | None
) -> ExtractionJob:
    return ExtractionJob.objects.create(
        title=_title(read, title, filename),
        source_type=read.source_type,
        filename=filename[:255],
        encoding=read.encoding,
        text=read.text,
        chars=len(read.text),
        upload_sha256=read.upload_sha256,
        notes=read.notes,
        region=region,
        year=year,
        created_by=user,
        message="排队中",
    )


def fail_stale_extraction_jobs() -> int:
    """Jobs left 排队中/读取中 by a server restart never finish: say so instead of spinning."""
    now = timezone.now()
    return ExtractionJob.objects.filter(status__in=ACTIVE, updated_at__lt=now - STALE_AFTER).update(
        status=ExtractionJob.Status.FAILED,
        message="读取中断(服务曾重启),未保存任何内容,请重新提交",
        text="",
        finished_at=now,
        updated_at=now,
    )


def _update_job(job_id: int, **fields: object) -> None:
    """One short autocommit write (never inside the reading: no lock is held meanwhile)."""
    ExtractionJob.objects.filter(pk=job_id).update(updated_at=timezone.now(), **fields)


@contextmanager
def _heartbeat(job_id: int) -> Iterator[None]:
    """Touch the job's row every HEARTBEAT seconds while a long step runs, so that other
    processes see it alive (:func:`fail_stale_extraction_jobs`)."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(HEARTBEAT):
                _update_job(job_id)
        finally:
            connections.close_all()

    thread = threading.Thread(target=beat, name=f"text-job-{job_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()


def run_extraction_job(job_id: int) -> ExtractionJob:
    """Read a queued job's text outside any transaction, then store the document, its facts
    and the job's outcome in one short transaction. A failure stores nothing but the job's
    message."""
    job = ExtractionJob.objects.select_related("region", "created_by").get(pk=job_id)
    if job.status != ExtractionJob.Status.QUEUED:
        return job
    started = time.perf_counter()
    _update_job(job_id, status=ExtractionJob.Status.RUNNING, progress=5, message="开始读取")

    def progress(pct: int, message: str) -> None:
        _update_job(job_id, progress=pct, message=message[:300])

    read = ReadText(job.text, job.source_type, job.encoding, job.upload_sha256, job.notes)
    try:
        with _heartbeat(job_id):
            facts = read_facts(read.text, region=job.region, year=job.year, progress=progress)
        progress(90, f"正在保存 {len(facts):,} 条数值事实")
        with transaction.atomic():
            document = store_document(
                user=job.created_by,
                read=read,
                facts=facts,
                title=job.title,
                filename=job.filename,
                region=job.region,
                year=job.year,
            )
            _update_job(
                job_id,
                status=ExtractionJob.Status.DONE,
                progress=100,
                message=f"已读取 {len(facts):,} 条数值事实",
                document=document,
                facts=len(facts),
                text="",
                seconds=round(time.perf_counter() - started, 2),
                finished_at=timezone.now(),
            )
    except Exception:
        # The page must say so instead of spinning at 读取中; the log keeps the traceback.
        log.exception("text extraction job %s failed", job_id)
        _update_job(
            job_id,
            status=ExtractionJob.Status.FAILED,
            message=FAILED_MESSAGE,
            text="",
            seconds=round(time.perf_counter() - started, 2),
            finished_at=timezone.now(),
        )
    return ExtractionJob.objects.get(pk=job_id)


def start_extraction_job(job: ExtractionJob) -> None:
    """Run the job in a background thread once the creating transaction has committed."""
    start_after_commit(f"text-job-{job.pk}", run_extraction_job, job.pk)


def _pending(fact: TextFact) -> None:
    if fact.status != FactStatus.PENDING:
        raise CorrectionError(f"事实 {fact.fact_id} 已{fact.get_status_display()},不能再修改")


def _number(raw: str, label: str) -> float | None:
    raw = raw.strip().replace(",", "").replace(",", "")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError as exc:
        raise CorrectionError(f"“{label}”应为数字,收到「{raw}」") from exc


def _find_indicator(raw: str) -> Indicator | None:
    raw = raw.strip()
    if not raw:
        return None
    found = (
        Indicator.objects.filter(code=raw).first()
        or Indicator.objects.filter(name=raw).first()
        or Indicator.objects.filter(aliases__alias=raw).first()
    )
    if found is None:
        raise CorrectionError(f"“匹配指标”找不到「{raw}」,请填写指标代码或指标名称")
    return found


def _rematch(fact: TextFact) -> None:
    match = match_subject(fact.subject or None, alias_table())
    indicator = None if match is None else Indicator.objects.filter(code=match.code).first()
    fact.indicator = indicator
    fact.match_score = match.score if match and indicator else None
    fact.match_method = match.method if match and indicator else MatchMethod.NONE


@transaction.atomic
def correct_fact(*, fact: TextFact, field_name: str, raw: str, user: User) -> TextFact:
    """Change one field of a pending fact; raise :class:`CorrectionError` on bad input."""
    fact = TextFact.objects.select_for_update().get(pk=fact.pk)
    _pending(fact)
    label = CORRECTABLE.get(field_name)
    if label is None:
        raise CorrectionError(f"字段「{field_name}」不能修改")
    raw = raw.strip()
    old = _display(fact, field_name)
    if field_name == "subject":
        fact.subject = raw[:200]
        if fact.match_method != MatchMethod.MANUAL:
            _rematch(fact)
    elif field_name == "indicator":
        indicator = _find_indicator(raw)
        fact.indicator = indicator
        fact.match_score = 1.0 if indicator else None
        fact.match_method = MatchMethod.MANUAL if indicator else MatchMethod.NONE
    elif field_name == "region":
        region = find_region(raw)
        fact.region_name = region.name if region else raw[:100]
        fact.region_code = region.code if region else ""
    elif field_name == "period":
        if raw and not _PERIOD.match(raw):
            raise CorrectionError(f"“期间”格式不对:「{raw}」;应为 2024、2024-03 或 2024-01/2024-03")
        fact.period = raw
    elif field_name == "measure":
        by_label = {zh: code for code, zh in MEASURE_LABELS.items()}
        measure = by_label.get(raw, raw)
        if measure not in MEASURES:
            raise CorrectionError(f"“类型”应为 {'、'.join(MEASURE_LABELS.values())} 之一")
        fact.measure = measure
    elif field_name == "value":
        new = _number(raw, label)
        old_value, old_base = fact.value, fact.value_base
        fact.value = new
        # Same unit, so the base value scales with the stated one (亿元 → yuan stays ×1e8).
        if (
            isinstance(old_value, int | float)
            and isinstance(old_base, int | float)
            and old_value
            and new is not None
        ):
            fact.value_base = new * (old_base / old_value)
    elif field_name == "unit":
        fact.unit = raw[:20]
    elif field_name == "value_base":
        fact.value_base = _number(raw, label)
    elif field_name == "base_unit":
        fact.base_unit = raw[:20]
    elif field_name == "basis":
        if raw and raw not in BASES:
            raise CorrectionError(f"“比较基础”应为 {'、'.join(BASES)} 之一,或留空")
        fact.basis = raw
    new_display = _display(fact, field_name)
    if new_display == old:
        return fact
    fact.outcome = ""
    fact.save()
    FactCorrection.objects.create(
        fact=fact,
        field=field_name,
        old_value=old[:300],
        new_value=new_display[:300],
        corrected_by=user,
    )
    return fact


def _display(fact: TextFact, field_name: str) -> str:
    if field_name == "indicator":
        return fact.indicator.code if fact.indicator else ""
    if field_name == "region":
        return f"{fact.region_name} {fact.region_code}".strip()
    return _text(getattr(fact, field_name))


@transaction.atomic
def reject_fact(*, fact: TextFact, user: User) -> TextFact:
    fact = TextFact.objects.select_for_update().get(pk=fact.pk)
    _pending(fact)
    fact.status = FactStatus.REJECTED
    fact.outcome = ""
    fact.reviewed_by = user
    fact.reviewed_at = timezone.now()
    fact.save(update_fields=["status", "outcome", "reviewed_by", "reviewed_at"])
    return fact


@transaction.atomic
def reopen_fact(*, fact: TextFact, user: User) -> TextFact:
    """Back to pending: a rejected fact, or an accepted one that made no observation."""
    fact = TextFact.objects.select_for_update().get(pk=fact.pk)
    if fact.status == FactStatus.PENDING:
        return fact
    if fact.observation_id is not None:
        raise CorrectionError(
            f"事实 {fact.fact_id} 已生成草稿数据,不能撤回;如需修改请在数据报送中处理"
        )
    fact.status = FactStatus.PENDING
    fact.outcome = ""
    fact.reviewed_by = user
    fact.reviewed_at = timezone.now()
    fact.save(update_fields=["status", "outcome", "reviewed_by", "reviewed_at"])
    return fact


def fact_target(fact: TextFact, regions: dict[str, Region]) -> Target:
    """The observation field ``fact`` fills, or raise :class:`UnmappedError` with the reason."""
    return target_of(
        indicator=fact.indicator,
        region=regions.get(fact.region_code) or regions.get(fact.region_name.strip()),
        period=fact.period,
        measure=fact.measure,
        basis=fact.basis,
        value_base=fact.value_base,
        base_unit=fact.base_unit,
    )


def kept_reason(allowed: bool, target: Target, existing: Observation | None) -> str | None:
    """Why accepting a fact for ``target`` keeps it pending, or None: the user may not
    write that region and indicator (``allowed``, :func:`can_draft_from_text`), the
    observation it would fill (``existing``) is past the draft stage, or its draft holds
    another value. The review page's preview and :func:`accept_facts` both ask this."""
    if not allowed:
        return f"无权为{target.region.name}录入「{target.indicator.name}」"
    if existing is None:
        return None
    if existing.status != Status.DRAFT:
        return (
            f"{existing.period_label}已有{existing.get_status_display()}数据,"
            "文本不覆盖;如需修改请在数据报送中处理"
        )
    current = existing.value if target.field == "value" else existing.growth_reported
    if current is not None and current != target.amount:
        what = "数值" if target.field == "value" else "增速"
        return f"该期草稿已有不同的{what}({current.normalize()}),请核对"
    return None


@dataclass
class AcceptResult:
    """What :func:`accept_facts` did: drafts made, facts accepted without one, facts kept."""

    drafted: list[TextFact] = field(default_factory=list)
    accepted_only: list[TextFact] = field(default_factory=list)
    kept_pending: list[TextFact] = field(default_factory=list)


def _reason(document: SourceDocument, fact: TextFact) -> str:
    span = fact.text_span if len(fact.text_span) <= 40 else fact.text_span[:39] + "…"
    return f"文本提取:文档#{document.pk}「{document.title[:60]}」第{fact.char_start}-{fact.char_end}字「{span}」"


def _fact_as_row(
    fact: TextFact, target: Target, value: Decimal | None, growth: Decimal | None
) -> Row:
    """The fact as a row of the checks (with the draft's other field, if one is stored)."""
    return Row(
        sheet="",
        row=fact.seq,
        region=target.region.code,
        indicator=target.indicator.code,
        value=value,
        growth=growth,
        note="",
        columns={"value": "", "growth": ""},
    )


def _keep(fact: TextFact, why: str, result: AcceptResult) -> None:
    fact.outcome = f"保留待审:{why}"[:300]
    fact.save(update_fields=["outcome"])
    result.kept_pending.append(fact)


@transaction.atomic
def accept_facts(
    *, document: SourceDocument, user: User, fact_ids: list[int] | None = None
) -> AcceptResult:
    """Accept the pending facts (all, or those listed) of a document.

    A fact that maps to an indicator, a region of the tree and a month (see
    :mod:`citystat.textreview.mapping`) becomes a DRAFT observation, or fills the empty
    field of an existing draft; the fact keeps a link to it. A fact that does not map is
    accepted as a text record, with the reason. A fact stays pending when the user may
    not write that region and indicator, or the observation already holds another value
    or is past the draft stage: text never overwrites reviewed figures.
    """
    facts = (
        # of=self: PostgreSQL refuses FOR UPDATE on the nullable side of the indicator join.
        TextFact.objects.select_for_update(of=("self",))
        .select_related("indicator")
        .filter(document=document, status=FactStatus.PENDING)
        .order_by("seq")
    )
    if fact_ids is not None:
        facts = facts.filter(pk__in=fact_ids)
    result = AcceptResult()
    regions = region_index()
    vocab = vocabulary()
    now = timezone.now()
    for fact in facts:
        try:
            target = fact_target(fact, regions)
        except UnmappedError as why:
            fact.status = FactStatus.ACCEPTED
            fact.outcome = f"已接受,未生成数据:{why}"[:300]
            fact.reviewed_by, fact.reviewed_at = user, now
            fact.save(update_fields=["status", "outcome", "reviewed_by", "reviewed_at"])
            result.accepted_only.append(fact)
            continue
        allowed = can_draft_from_text(user, target.region, target.indicator)
        existing = (
            Observation.objects.filter(
                indicator=target.indicator,
                region=target.region,
                year=target.year,
                month=target.month,
            ).first()
            if allowed
            else None
        )
        kept = kept_reason(allowed, target, existing)
        if kept is not None:
            _keep(fact, kept, result)
            continue
        value: Decimal | None = existing.value if existing else None
        growth: Decimal | None = existing.growth_reported if existing else None
        if target.field == "value":
            value = target.amount
        else:
            growth = target.amount
        done = ingest(
            Submission(
                rows=[_fact_as_row(fact, target, value, growth)],
                year=target.year,
                month=target.month,
                user=user,
                source=Source.TEXT,
                reason=_reason(document, fact)[:300],
                permission_checked=True,  # can_draft_from_text above
                origin=document,
            ),
            vocab=vocab,
        )
        if done.errors:
            _keep(fact, "未通过校验:" + done.errors[0].message, result)
            continue
        observation = Observation.objects.get(
            indicator=target.indicator, region=target.region, year=target.year, month=target.month
        )
        fact.status = FactStatus.ACCEPTED
        fact.observation = observation
        fact.outcome = "已生成草稿数据"
        fact.reviewed_by, fact.reviewed_at = user, now
        fact.save(update_fields=["status", "observation", "outcome", "reviewed_by", "reviewed_at"])
        result.drafted.append(fact)
    return result
