"""The three documents, each built from a ``ReportData`` bundle."""

from __future__ import annotations

from citystat.reporting.inputs import ReportData
from citystat.reporting.model import Document

KINDS = {"quarterly": "季度经济形势分析", "review": "年度回顾", "briefing": "调度会材料"}


def build_document(kind: str, data: ReportData) -> Document:
    """Build one document and mark it: synthetic figures → a mark on every page (issue 11)."""
    from citystat.reporting.marking import mark

    return mark(_build(kind, data), data)


def _build(kind: str, data: ReportData) -> Document:
    if kind == "quarterly":
        from citystat.reporting.builders.quarterly import build_quarterly

        return build_quarterly(data)
    if kind == "review":
        from citystat.reporting.builders.review import build_review

        return build_review(data)
    if kind == "briefing":
        from citystat.reporting.builders.briefing import build_briefing

        return build_briefing(data)
    raise ValueError(f"unknown report kind {kind!r}")
