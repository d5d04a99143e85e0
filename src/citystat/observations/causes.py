"""Reading 原因说明: the causes entered at intake and review, and follow-up answers.

A follow-up's answer on an indicator, region and period is a cause too (stage
``followup``); it is read from ``followups.Response`` here, never copied into
``Explanation``. Reports (``reports.queries``), the indicator page and the API read
causes through this one function.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

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


def read_causes(
    *,
    region_ids: Collection[int],
    year: int,
    month: int | None = None,
    month_max: int | None = None,
    indicator_id: int | None = None,
) -> tuple[list[Cause], list[IndicatorFollowup]]:
    """Causes (entered ones, then answered follow-ups) and the follow-ups they came from.

    ``month`` one period; ``month_max`` every period of the year up to it. Three queries
    at most (explanations, follow-ups, their answers).
    """
    from citystat.followups.models import Followup, Response

    where: dict[str, object] = {"region_id__in": list(region_ids), "year": year}
    if month is not None:
        where["month"] = month
    if month_max is not None:
        where["month__lte"] = month_max
    if indicator_id is not None:
        where["indicator_id"] = indicator_id
    causes = [
        Cause(*row)
        for row in Explanation.objects.filter(**where)
        .order_by("month", "indicator_id", "region_id", "stage")
        .values_list("indicator_id", "region_id", "year", "month", "text", "unit", "stage")
    ]
    rows = list(
        Followup.objects.filter(indicator__isnull=False, **where)
        .order_by("month", "id")
        .values_list(
            "pk", "indicator_id", "region_id", "year", "month", "status", "responsible_unit"
        )
    )
    latest: dict[int, tuple[str, str]] = {}
    if rows:
        for fid, text, unit in (
            Response.objects.filter(followup_id__in=[r[0] for r in rows])
            .order_by("created_at", "id")
            .values_list("followup_id", "text", "unit")
        ):
            latest[fid] = (text, unit)
    followups: list[IndicatorFollowup] = []
    for fid, i, r, y, m, status, responsible in rows:
        text, unit = latest.get(fid, ("", ""))
        followups.append(IndicatorFollowup(i, r, y, m, status, responsible, text, unit))
        if text:
            causes.append(Cause(i, r, y, m, text, unit or responsible, Explanation.Stage.FOLLOWUP))
    return causes, followups
