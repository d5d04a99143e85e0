"""Whether a stored figure rests on 示例数据 (synthetic data): one rule for every output.

A derived figure (or a row of an export) is synthetic when an approved observation it
rests on is: the period's own observation, or the same period a year earlier (the base
of its growth); a published observation whose note names a synthetic part
(「增速为示例数据」/「总量为示例数据」) counts too. Used by the API rows (``is_synthetic``),
the Excel/CSV exports and the chart tooltips (issue 11 item 4).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q

from citystat.observations.models import Observation, Status

# A published figure may come with only one part published (its level or its growth); the
# other part is then 示例数据 and the note names it: 「总量为示例数据」 / 「增速为示例数据」.
# The demo writes these notes, import files may carry them, pages and reports read them.
PART_MARK = "为示例数据"
PART_LABELS = {"value": "总量", "growth": "增速"}


def part_note(part: str) -> str:
    """The note that marks one part (``"value"`` or ``"growth"``) as 示例数据."""
    return f"{PART_LABELS[part]}{PART_MARK}"


def synthetic_parts(is_synthetic: bool, note: str) -> set[str]:
    """Which parts of an observation are 示例数据: both when flagged, else those its note names."""
    if is_synthetic:
        return set(PART_LABELS)
    return {part for part in PART_LABELS if part_note(part) in note}


def marked_synthetic() -> Q:
    """Observations that are 示例数据: flagged, or a note naming a synthetic part."""
    return Q(is_synthetic=True) | Q(note__contains=PART_MARK)


def synthetic_exists(prefix: str = "") -> Exists:
    """``Exists`` annotation for a queryset whose rows have ``indicator``, ``region``,
    ``year`` and ``month`` (under ``prefix``, e.g. ``""`` for ``DerivedFigure``)."""
    ref = (lambda name: OuterRef(f"{prefix}{name}")) if prefix else OuterRef
    return Exists(
        Observation.objects.filter(
            Q(year=ref("year")) | Q(year=ref("year") - 1),
            indicator=ref("indicator"),
            region=ref("region"),
            month=ref("month"),
            status=Status.APPROVED,
        ).filter(marked_synthetic())
    )


def any_synthetic(keys: Iterable[tuple[int, int, int, int]]) -> bool:
    """Whether any (indicator id, region id, year, month) rests on 示例数据 (one query)."""
    wanted = set(keys)
    if not wanted:
        return False
    flagged = Observation.objects.filter(
        marked_synthetic(),
        indicator_id__in={k[0] for k in wanted},
        region_id__in={k[1] for k in wanted},
        year__in={y for k in wanted for y in (k[2], k[2] - 1)},
        month__in={k[3] for k in wanted},
        status=Status.APPROVED,
    ).values_list("indicator_id", "region_id", "year", "month")
    return any(
        (i, r, y, m) in wanted or (i, r, y + 1, m) in wanted for i, r, y, m in flagged.iterator()
    )
