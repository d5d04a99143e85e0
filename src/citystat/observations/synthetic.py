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


def marked_synthetic() -> Q:
    """Observations that are 示例数据: flagged, or a note naming a synthetic part."""
    return Q(is_synthetic=True) | Q(note__contains="为示例数据")


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
