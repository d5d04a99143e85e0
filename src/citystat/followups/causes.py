"""Reading 原因说明: the causes entered at intake and review, and follow-up answers.

Here, not in ``observations``, because the core app imports no feature app.

A follow-up's answer on an indicator, region and period is a cause too (stage
``followup``); it is read from ``followups.Response`` here, never copied into
``Explanation``. Reports (``reports.queries``), the indicator page and the API read
causes through this one function.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from citystat.followups.models import Followup, Response
from citystat.observations.models import Explanation


@dataclass(frozen=True, slots=True)
class Cause:
    indicator_id: int
    region_id: int
    year: int
    month: int
    text: str
    unit: str
    stage: str  # intake | review | followup

    @property
    def attribution(self) -> str:
        return f"（{self.unit}说明）"

    @property
    def stage_label(self) -> str:
        return str(Explanation.Stage(self.stage).label)


@dataclass(frozen=True, slots=True)
class IndicatorFollowup:
    """A follow-up on an indicator's figure, with its latest answer ("" before any)."""

    indicator_id: int
    region_id: int
    year: int
    month: int
    status: str
    responsible_unit: str
    answer: str = ""
    answer_unit: str = ""


def _where(
    region_ids: Collection[int],
    year: int,
    month: int | None,
    month_max: int | None,
    indicator_id: int | None,
    prefix: str = "",
) -> dict[str, object]:
    where: dict[str, object] = {f"{prefix}region_id__in": list(region_ids), f"{prefix}year": year}
    if month is not None:
        where[f"{prefix}month"] = month
    if month_max is not None:
        where[f"{prefix}month__lte"] = month_max
    if indicator_id is not None:
        where[f"{prefix}indicator_id"] = indicator_id
    return where


def read_causes(
    *,
    region_ids: Collection[int],
    year: int,
    month: int | None = None,
    month_max: int | None = None,
    indicator_id: int | None = None,
) -> tuple[list[Cause], dict[int, tuple[str, str]]]:
    """Causes of the regions' figures: entered ones, then the latest answer of each
    follow-up on an indicator; and follow-up id → (latest answer, answering unit).

    ``month`` one period; ``month_max`` every period of the year up to it. Two queries.
    """
    causes = [
        Cause(*row)
        for row in Explanation.objects.filter(
            **_where(region_ids, year, month, month_max, indicator_id)
        )
        .order_by("month", "indicator_id", "region_id", "stage")
        .values_list("indicator_id", "region_id", "year", "month", "text", "unit", "stage")
    ]
    latest: dict[int, tuple[int, int, int, int, str, str]] = {}
    for fid, i, r, y, m, responsible, text, unit in (
        Response.objects.filter(
            followup__indicator__isnull=False,
            **_where(region_ids, year, month, month_max, indicator_id, "followup__"),
        )
        .order_by("created_at", "id")
        .values_list(
            "followup_id",
            "followup__indicator_id",
            "followup__region_id",
            "followup__year",
            "followup__month",
            "followup__responsible_unit",
            "text",
            "unit",
        )
    ):
        latest[fid] = (i, r, y, m, text, unit or responsible)
    answered = sorted(latest.items(), key=lambda kv: (kv[1][3], kv[0]))
    causes += [
        Cause(i, r, y, m, text, unit, Explanation.Stage.FOLLOWUP)
        for _fid, (i, r, y, m, text, unit) in answered
    ]
    return causes, {fid: (v[4], v[5]) for fid, v in latest.items()}


def read_followups(
    *,
    region_ids: Collection[int],
    year: int,
    month_max: int,
    answers: dict[int, tuple[str, str]],
) -> list[IndicatorFollowup]:
    """Follow-ups on indicators of the regions, raised in the year up to ``month_max``, with
    the latest answers read by :func:`read_causes`. One query."""
    return [
        IndicatorFollowup(i, r, y, m, status, responsible, *answers.get(fid, ("", "")))
        for fid, i, r, y, m, status, responsible in Followup.objects.filter(
            indicator__isnull=False, **_where(region_ids, year, None, month_max, None)
        )
        .order_by("month", "id")
        .values_list(
            "pk", "indicator_id", "region_id", "year", "month", "status", "responsible_unit"
        )
    ]
