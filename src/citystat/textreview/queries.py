"""Reads for the text review pages: the document list and the review page's data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count, Q, QuerySet

from citystat.textreview.access import sees_all_documents
from citystat.textreview.highlight import Segment, segments
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


def review(document: SourceDocument) -> Review:
    facts = list(
        TextFact.objects.filter(document=document)
        .select_related("indicator", "observation", "observation__indicator", "observation__region")
        .order_by("seq")
    )
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
