"""The per-period summaries (``PeriodSummary``) follow the derived figures: written with them
by the full and the scoped rebuild, equal after a scoped rebuild to those built afresh from
the stored figures, and unpacking to exactly the figures they summarise."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from django.db import transaction

from citystat.dashboard.periods import latest_months
from citystat.indicators.models import Indicator
from citystat.observations import summaries
from citystat.observations.actions import recompute_derived
from citystat.observations.models import DerivedFigure, PeriodSummary
from citystat.regions.models import Region
from tests.observations.test_incremental import CASES

pytestmark = pytest.mark.django_db


def _stored() -> dict[tuple[int, int, int, int], bytes]:
    return {
        (i, p, y, m): bytes(data)
        for i, p, y, m, data in PeriodSummary.objects.values_list(
            "indicator_id", "parent_id", "year", "month", "figures"
        )
    }


def _afresh() -> dict[tuple[int, int, int, int], bytes]:
    """The summaries built whole from the stored figures (rolled back afterwards)."""
    sid = transaction.savepoint()
    summaries.rebuild()
    rows = _stored()
    transaction.savepoint_rollback(sid)
    return rows


def test_the_demo_has_a_summary_per_indicator_month_and_region_with_children() -> None:
    rows = _stored()
    city = Region.objects.get(code="140900")
    gdp = Indicator.objects.get(code="gdp")  # quarterly: May shows the first quarter
    may = np.frombuffer(rows[(gdp.pk, city.pk, 2023, 5)], dtype=summaries.FIGURES)
    assert may["region"][0] == city.pk  # the city first, then its units by id
    units = sorted(Region.objects.filter(parent=city).values_list("pk", flat=True))
    assert may["region"][1:].tolist() == [u for u in units if u in set(may["region"][1:].tolist())]
    assert set(may["month"].tolist()) == {3}
    stored = {
        r: (v, g, k or 0, light)
        for r, v, g, k, light in DerivedFigure.objects.filter(
            indicator=gdp, year=2023, month=3, region_id__in=[city.pk, *units]
        ).values_list("region_id", "value", "growth", "rank", "light")
    }
    assert {
        int(x["region"]): (
            float(x["value"]),
            float(x["growth"]),
            int(x["rank"]),
            summaries.LIGHTS[int(x["light"])],
        )
        for x in may
    } == stored
    year = np.frombuffer(rows[(gdp.pk, city.pk, 2023, summaries.YEAR)], dtype=summaries.SEEN)
    assert year["region"].tolist() == units


@pytest.mark.parametrize("month", range(1, 13))
def test_each_summary_holds_every_regions_latest_figure_at_or_before_its_month(month) -> None:
    rows = _stored()
    parents = dict(Region.objects.values_list("id", "parent_id"))
    latest: dict[tuple[int, int, int], tuple[int, float | None]] = {}
    for i, r, m, growth in DerivedFigure.objects.filter(
        year=2023, month__in=latest_months(month)
    ).values_list("indicator_id", "region_id", "month", "growth"):
        if (i, r, 2023) not in latest or m > latest[(i, r, 2023)][0]:
            latest[(i, r, 2023)] = (m, growth)
    expected: dict[tuple[int, int, int], tuple[int, float | None]] = {}
    for (i, r, _y), fig in latest.items():
        if parents[r] is not None:
            expected[(i, parents[r], r)] = fig
        if r in parents.values():
            expected[(i, r, r)] = fig
    got = {}
    for (i, p, y, m), data in rows.items():
        if y == 2023 and m == month:
            for x in np.frombuffer(data, dtype=summaries.FIGURES):
                g = float(x["growth"])
                got[(i, p, int(x["region"]))] = (int(x["month"]), None if g != g else g)
    assert got == expected


@pytest.mark.parametrize("change", list(CASES.values()), ids=list(CASES))
def test_a_scoped_rebuild_leaves_the_summaries_a_full_build_would_write(
    change: Callable[[], None],
) -> None:
    before = _stored()
    change()
    after = _stored()
    assert after != before  # the change reached the summaries
    assert after == _afresh()


def test_a_full_rebuild_rewrites_them_and_a_database_without_any_gets_them_whole() -> None:
    before = _stored()
    recompute_derived()
    assert _stored() == before
    PeriodSummary.objects.all().delete()  # as after the migration that added them
    CASES["approved county value changed"]()  # a scoped rebuild: builds every summary
    assert _stored() == _afresh() and len(_stored()) == len(before)
