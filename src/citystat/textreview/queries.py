"""Reads for the text review pages: the document list and the review page's data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count, Q, QuerySet

from citystat.observations.models import period_label
from citystat.regions.models import Region
from citystat.textreview.access import sees_all_documents
from citystat.textreview.actions import fact_target
from citystat.textreview.catalogue import region_index
from citystat.textreview.highlight import Segment, segments
from citystat.textreview.mapping import UnmappedError
from citystat.textreview.models import FactStatus, SourceDocument, TextFact

if TYPE_CHECKING:
    from citystat.accounts.models import User


def documents_for(user: User, limit: int = 50) -> QuerySet[SourceDocument]:
    """The latest documents the user may open, with fact counts by status."""
    docs = SourceDocument.objects.select_related("created_by", "region").defer("text")
    if not sees_all_documents(user):
        docs = docs.filter(created_by=user)
    return docs.annotate(
        n_facts=Count("facts"),
        n_pending=Count("facts", filter=Q(facts__status=FactStatus.PENDING)),
        n_drafted=Count("facts", filter=Q(facts__observation__isnull=False)),
    )[:limit]


@dataclass
class Review:
    document: SourceDocument
    facts: list[TextFact]
    segments: list[Segment[TextFact]]
    pending: int
    accepted: int
    rejected: int
    drafted: int


def preview(fact: TextFact, regions: dict[str, Region]) -> str:
    """What accepting a pending fact would do, in Chinese (conflicts are found on accept)."""
    try:
        target = fact_target(fact, regions)
    except UnmappedError as why:
        return f"接受后不生成数据:{why}"
    what = "增速" if target.field == "growth" else "数值"
    label = period_label(target.year, target.month, cumulative=target.indicator.cumulative)
    amount = target.amount.normalize()
    return (
        f"接受后生成草稿:{target.indicator.name} · {target.region.name} · {label} · "
        f"{what} {amount:f}{'%' if target.field == 'growth' else target.indicator.unit}"
    )


def review(document: SourceDocument) -> Review:
    facts = list(
        TextFact.objects.filter(document=document)
        .select_related("indicator", "observation", "observation__indicator", "observation__region")
        .order_by("seq")
    )
    if any(f.status == FactStatus.PENDING for f in facts):
        regions = region_index()
        for fact in facts:
            if fact.status == FactStatus.PENDING:
                fact.preview = preview(fact, regions)  # type: ignore[attr-defined]
    by_status = {s: sum(1 for f in facts if f.status == s) for s in FactStatus.values}
    return Review(
        document=document,
        facts=facts,
        segments=segments(document.text, [(f.char_start, f.char_end, f) for f in facts]),
        pending=by_status[FactStatus.PENDING],
        accepted=by_status[FactStatus.ACCEPTED],
        rejected=by_status[FactStatus.REJECTED],
        drafted=sum(1 for f in facts if f.observation_id is not None),
    )
