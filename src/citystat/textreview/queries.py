"""Reads for the text review pages: the document list and the review page's data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from citystat.accounts.permissions import can_draft_from_text, sees_all_texts
from citystat.observations.models import Observation, period_label
from citystat.textreview.actions import fact_target, kept_reason
from citystat.textreview.catalogue import region_index
from citystat.textreview.highlight import segments
from citystat.textreview.mapping import Target, UnmappedError
from citystat.textreview.models import ExtractionJob, FactStatus, SourceDocument, TextFact

if TYPE_CHECKING:
    from citystat.accounts.models import User


def documents_for(user: User, limit: int = 50) -> QuerySet[SourceDocument]:
    """The latest documents the user may open, with fact counts by status."""
    docs = SourceDocument.objects.select_related("created_by", "region").defer("text")
    if not sees_all_texts(user):
        docs = docs.filter(created_by=user)
    return docs.annotate(
        n_facts=Count("facts"),
        n_pending=Count("facts", filter=Q(facts__status=FactStatus.PENDING)),
        n_drafted=Count("facts", filter=Q(facts__observation__isnull=False)),
    )[:limit]


def open_jobs_for(user: User, limit: int = 10) -> QuerySet[ExtractionJob]:
    """The user's own texts still being read, and those that failed in the last day."""
    since = timezone.now() - dt.timedelta(days=1)
    return (
        ExtractionJob.objects.filter(created_by=user)
        .filter(
            Q(status__in=[ExtractionJob.Status.QUEUED, ExtractionJob.Status.RUNNING])
            | Q(status=ExtractionJob.Status.FAILED, created_at__gte=since)
        )
        .defer("text")[:limit]
    )


#: Review-table rows per page; the text shows every fact's highlight on every page.
PER_PAGE = 100


@dataclass
class Review:
    document: SourceDocument
    facts: list[TextFact]
    text_html: str
    page: int
    pages: int
    total: int
    pending: int
    accepted: int
    rejected: int
    drafted: int

    @property
    def page_numbers(self) -> range:
        return range(1, self.pages + 1)


def page_of(fact: TextFact) -> int:
    return (fact.seq - 1) // PER_PAGE + 1


#: An observation's field: (indicator, region, year, month, "value" | "growth").
Figure = tuple[int, int, int, int, str]


@dataclass
class Checks:
    """What :func:`actions.kept_reason` needs for a page of facts, read at once: whether
    the user may draft each (region, indicator), and the observations they would fill."""

    user: User
    existing: dict[tuple[int, int, int, int], Observation]
    _allowed: dict[tuple[int, int], bool] = field(default_factory=dict)

    @classmethod
    def for_targets(cls, user: User, targets: list[Target]) -> Checks:
        found = (
            Observation.objects.filter(
                indicator__in={t.indicator.pk for t in targets},
                region__in={t.region.pk for t in targets},
                year__in={t.year for t in targets},
            )
            if targets
            else Observation.objects.none()
        )
        existing = {(o.indicator_id, o.region_id, o.year, o.month): o for o in found}
        return cls(user, existing)

    def allowed(self, target: Target) -> bool:
        key = (target.region.pk, target.indicator.pk)
        if key not in self._allowed:
            self._allowed[key] = can_draft_from_text(self.user, target.region, target.indicator)
        return self._allowed[key]


def preview(
    fact: TextFact,
    target: Target | UnmappedError,
    checks: Checks | None = None,
    planned: dict[Figure, tuple[str, Decimal]] | None = None,
) -> str:
    """What accepting a pending fact would do, in Chinese: as :func:`actions.accept_facts`
    decides it for ``target`` (:func:`actions.fact_target`; :func:`actions.kept_reason`,
    for the user of ``checks``), and after the facts before it on the page that fill the
    same figure (``planned``: the first one's id and amount)."""
    if isinstance(target, UnmappedError):
        return f"接受后不生成数据:{target}"
    what = "增速" if target.field == "growth" else "数值"
    key = (target.indicator.pk, target.region.pk, target.year, target.month, target.field)
    if checks is not None:
        kept = kept_reason(checks.allowed(target), target, checks.existing.get(key[:4]))
        if kept is not None:
            return f"接受后保留待审:{kept}"
    if planned is not None:
        first, amount = planned.setdefault(key, (fact.fact_id, target.amount))
        if amount != target.amount:
            return f"接受后保留待审:与{first}是同一期数据,{what}不同({amount.normalize()}),请核对"
    label = period_label(target.year, target.month, cumulative=target.indicator.cumulative)
    amount = target.amount.normalize()
    return (
        f"接受后生成草稿:{target.indicator.name} · {target.region.name} · {label} · "
        f"{what} {amount:f}{'%' if target.field == 'growth' else target.indicator.unit}"
    )


def highlighted(text: str, spans: list[tuple[int, int, int, str, str, int]], page: int) -> str:
    """The text as HTML with each fact's span a link to its table row (escaped, built in Python:
    a template loop over thousands of spans is too slow)."""
    parts: list[str] = []
    for segment in segments(text, [(s[1], s[2], s) for s in spans]):
        if segment.fact is None:
            parts.append(escape(segment.text))
            continue
        pk, _, _, status, fact_id, seq = segment.fact
        fact_page = (seq - 1) // PER_PAGE + 1
        href = f"#fact-{pk}" if fact_page == page else f"?page={fact_page}#fact-{pk}"
        parts.append(
            format_html(
                '<a href="{}" class="tr-mark s-{}" id="span-{}" data-fact="{}">{}</a>',
                href,
                status,
                pk,
                fact_id,
                segment.text,
            )
        )
    # Safe: every part was escaped above.
    return mark_safe("".join(parts))


def review(document: SourceDocument, page: int = 1, user: User | None = None) -> Review:
    spans = list(
        TextFact.objects.filter(document=document)
        .order_by("seq")
        .values_list("pk", "char_start", "char_end", "status", "fact_id", "seq")
    )
    pages = max(1, -(-len(spans) // PER_PAGE))
    page = min(max(1, page), pages)
    facts = list(
        TextFact.objects.filter(document=document)
        .select_related("indicator", "observation", "observation__indicator", "observation__region")
        .order_by("seq")[(page - 1) * PER_PAGE : page * PER_PAGE]
    )
    pending = [f for f in facts if f.status == FactStatus.PENDING]
    if pending:
        regions = region_index()
        targets: dict[int, Target | UnmappedError] = {}
        for fact in pending:
            try:
                targets[fact.pk] = fact_target(fact, regions)
            except UnmappedError as why:
                targets[fact.pk] = why
        mapped = [t for t in targets.values() if isinstance(t, Target)]
        checks = Checks.for_targets(user, mapped) if user is not None else None
        planned: dict[Figure, tuple[str, Decimal]] = {}
        for fact in pending:
            fact.preview = preview(fact, targets[fact.pk], checks, planned)  # type: ignore[attr-defined]
    counts = Counter(s[3] for s in spans)
    return Review(
        document=document,
        facts=facts,
        text_html=highlighted(document.text, spans, page),
        page=page,
        pages=pages,
        total=len(spans),
        pending=counts[FactStatus.PENDING],
        accepted=counts[FactStatus.ACCEPTED],
        rejected=counts[FactStatus.REJECTED],
        drafted=TextFact.objects.filter(document=document, observation__isnull=False).count(),
    )
