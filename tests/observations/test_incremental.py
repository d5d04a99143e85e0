"""The incremental rebuild after an approval or a target change equals a full rebuild.

Each case changes the demo through the actions (which rebuild only the rows the change
can reach) and compares every row and every field of the stored table with what a full
rebuild stores (``derived_rows``, the rows ``recompute_derived`` writes); one test runs
every case in a row and then the full rebuild itself.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from citystat.accounts.models import User
from citystat.indicators.models import Indicator
from citystat.observations.actions import (
    approve_observations,
    recompute_derived,
    recompute_for_observations,
    record_observation,
)
from citystat.observations.derivation import derived_rows
from citystat.observations.models import DerivedFigure, Observation, Status
from citystat.regions.models import Region
from citystat.targets.actions import set_target

pytestmark = pytest.mark.django_db

# Every stored field but the time it was written; the cell (the primary key) first.
COLUMNS = [
    f.attname
    for f in DerivedFigure._meta.concrete_fields
    if f.column and f.attname != "computed_at"
]
KEY = ("indicator_id", "region_id", "year", "month")
Row = tuple[object, ...]


def _table() -> list[Row]:
    return list(
        DerivedFigure.objects.order_by("indicator_id", "region_id", "year", "month").values_list(
            *COLUMNS
        )
    )


def _full_rebuild() -> list[Row]:
    """The rows a full rebuild would store now, without storing them."""
    rows = [tuple(getattr(r, c) for c in COLUMNS) for r in derived_rows()]
    return sorted(rows, key=lambda row: row[:4])


def _differences(left: list[Row], right: list[Row]) -> list[tuple[Row | None, Row | None]]:
    """Rows that differ, keyed by (indicator, region, year, month); empty when equal."""
    a = {row[:4]: row for row in left}
    b = {row[:4]: row for row in right}
    return [(a.get(k), b.get(k)) for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]


def _reviewer() -> User:
    return User.objects.get(username="reviewer")


def _correct_and_approve(
    *items: tuple[str, str, int, int, str, str | None],
) -> None:
    """Change approved figures (indicator, region, year, month, value, growth), then approve."""
    changed = []
    for code, region, year, month, value, growth in items:
        changed.append(
            record_observation(
                indicator=Indicator.objects.get(code=code),
                region=Region.objects.get(code=region),
                year=year,
                month=month,
                value=Decimal(value),
                growth_reported=None if growth is None else Decimal(growth),
                reason="复核更正",
            )
        )
    assert {o.status for o in changed} == {Status.SUBMITTED}  # back in review once changed
    assert approve_observations(changed, user=_reviewer()) == len(changed)


def _approved_county_value() -> None:
    _correct_and_approve(("retail", "140921", 2023, 6, "30.10", "9.9"))


def _growth_target() -> None:
    set_target(
        indicator=Indicator.objects.get(code="fiscal_revenue"),
        region=Region.objects.get(code="140921"),
        year=2023,
        target_growth=Decimal("7.7"),
        reason="年中调整",
    )


def _level_target() -> None:
    set_target(
        indicator=Indicator.objects.get(code="investment_attracted"),
        region=Region.objects.get(code="140923"),
        year=2023,
        target_value=Decimal("30.00"),
        reason="年中调整",
    )


def _component_of_computed_indicator() -> None:
    # 出口 is a component of 进出口总额 (growth computed from levels): without its reported
    # growth its 同比 is derived, which moves its 拉动, 贡献率 and rank.
    _correct_and_approve(("export", "140922", 2023, 5, "0.60", None))


def _december_feeding_next_year() -> None:
    # 2022年12月 固定资产投资 is the base of 2023年12月 (同比, and the weights of the pulls
    # of 投资 by industry).
    _correct_and_approve(("fai", "140923", 2022, 12, "30.00", "-4.0"))


def _city_total() -> None:
    # The city's figure is the denominator of every county's share of it.
    _correct_and_approve(("retail", "140900", 2023, 3, "150.00", "4.6"))


def _parent_reported_growth() -> None:
    # GDP's reported growth is the denominator of its industries' 贡献率.
    _correct_and_approve(("gdp", "140924", 2023, 9, "70.00", "0.0"))


def _new_figure_in_an_empty_month() -> None:
    # GDP is quarterly: a May figure is a new cell (new sibling ranks, a new rank change).
    obs = record_observation(
        indicator=Indicator.objects.get(code="gdp"),
        region=Region.objects.get(code="140921"),
        year=2023,
        month=5,
        value=Decimal("31.00"),
        growth_reported=Decimal("9.0"),
        status=Status.SUBMITTED,
    )
    assert approve_observations([obs], user=_reviewer()) == 1


def _several_indicators_and_years_at_once() -> None:
    _correct_and_approve(
        ("retail", "140902", 2022, 12, "120.00", "3.1"),
        ("ind_va", "140924", 2023, 4, "20.00", "12.5"),
    )


CASES: dict[str, Callable[[], None]] = {
    "approved county value changed": _approved_county_value,
    "growth target changed": _growth_target,
    "level target changed": _level_target,
    "component of a computed indicator": _component_of_computed_indicator,
    "December value feeding next year's yoy": _december_feeding_next_year,
    "city total (parent of every county's share)": _city_total,
    "parent's reported growth (components' contributions)": _parent_reported_growth,
    "new figure in an empty month": _new_figure_in_an_empty_month,
    "several indicators and years in one approval": _several_indicators_and_years_at_once,
}


@pytest.mark.parametrize("change", list(CASES.values()), ids=list(CASES))
def test_the_incremental_rebuild_equals_a_full_rebuild(change: Callable[[], None]) -> None:
    before = _table()
    change()
    incremental = _table()
    assert _differences(before, incremental)  # the change did reach the derived table
    assert _differences(incremental, _full_rebuild())[:3] == []


def test_every_change_in_a_row_then_recompute_derived_changes_nothing() -> None:
    for change in CASES.values():
        change()
    incremental = _table()
    assert recompute_derived() == len(incremental)
    assert _differences(incremental, _table())[:3] == []


def test_a_target_change_rewrites_only_that_indicator_in_that_year() -> None:
    fiscal = Indicator.objects.get(code="fiscal_revenue")
    outside = DerivedFigure.objects.exclude(indicator=fiscal, year=2023)
    before = set(outside.values_list(*KEY, "computed_at"))
    _growth_target()
    assert set(outside.values_list(*KEY, "computed_at")) == before  # nothing outside written


def test_a_target_change_rewrites_only_that_region() -> None:
    """Targets reach no rank, share or total: a county's target rewrites that county's rows."""
    fiscal = Indicator.objects.get(code="fiscal_revenue")
    county = Region.objects.get(code="140921")
    others = DerivedFigure.objects.filter(indicator=fiscal, year=2023).exclude(region=county)
    written = set(others.values_list(*KEY, "computed_at"))
    assert len(written) > 0
    _growth_target()
    assert set(others.values_list(*KEY, "computed_at")) == written
    own = DerivedFigure.objects.filter(indicator=fiscal, year=2023, region=county)
    assert set(own.values_list("target_growth", flat=True)) == {7.7}


def test_an_approval_rewrites_the_indicator_and_its_components_from_that_year_on() -> None:
    fai = Indicator.objects.get(code="fai")
    scope = {fai.pk, *fai.components.values_list("pk", flat=True)}
    assert len(scope) == 4  # 固定资产投资 and its three industries
    outside = DerivedFigure.objects.exclude(indicator_id__in=scope, year__gte=2022)
    kept = set(outside.values_list(*KEY, "computed_at"))
    _december_feeding_next_year()
    assert set(outside.values_list(*KEY, "computed_at")) == kept


def test_a_scoped_rebuild_deletes_by_their_cell_the_rows_no_longer_derived() -> None:
    # An approved county figure leaves approval (as if withdrawn): its derived row and
    # those it fed go, the rest are rewritten; the table equals a full rebuild.
    obs = Observation.objects.get(
        indicator__code="retail", region__code="140921", year=2023, month=6
    )
    cell = {"indicator_id": obs.indicator_id, "region_id": obs.region_id, "year": 2023, "month": 6}
    assert DerivedFigure.objects.filter(**cell).exists()
    Observation.objects.filter(pk=obs.pk).update(status=Status.RETURNED)
    assert recompute_for_observations([obs]) > 0
    assert not DerivedFigure.objects.filter(**cell).exists()
    incremental = _table()
    assert recompute_derived() == len(incremental)
    assert _differences(incremental, _table())[:3] == []


def test_a_scoped_rebuild_changes_only_the_differing_rows_in_place() -> None:
    values = [c for c in COLUMNS if c not in KEY]
    before = {tuple(row[:4]): row[4:] for row in DerivedFigure.objects.values_list(*KEY, *values)}
    written = {
        tuple(row[:4]): row[4] for row in DerivedFigure.objects.values_list(*KEY, "computed_at")
    }
    obs = Observation.objects.get(
        indicator__code="retail", region__code="140921", year=2023, month=6
    )
    changed = record_observation(
        indicator=obs.indicator,
        region=obs.region,
        year=2023,
        month=6,
        value=Decimal("30.10"),
        growth_reported=Decimal("9.9"),
        status=Status.APPROVED,
        reason="复核更正",
    )
    rewritten = recompute_for_observations([changed])
    after = {tuple(row[:4]): row[4:] for row in DerivedFigure.objects.values_list(*KEY, *values)}
    assert after.keys() == before.keys()  # the same cells
    differing = {cell for cell in after if after[cell] != before[cell]}
    touched = {
        tuple(row[:4])
        for row in DerivedFigure.objects.values_list(*KEY, "computed_at")
        if row[4] != written[tuple(row[:4])]
    }
    assert touched == differing and len(differing) == rewritten > 0


def test_the_data_version_moves_with_an_incremental_rebuild() -> None:
    from citystat.dashboard.periods import data_version

    before = data_version()
    _growth_target()
    assert data_version() != before


def test_an_observation_leaving_approval_drops_out_of_its_scope_on_the_next_rebuild() -> None:
    """A figure sent back to review is not derived; the scoped rebuild removes its row."""
    obs = Observation.objects.get(
        indicator__code="retail", region__code="140921", year=2023, month=6
    )
    changed = record_observation(
        indicator=obs.indicator,
        region=obs.region,
        year=2023,
        month=6,
        value=Decimal("1.00"),
        growth_reported=obs.growth_reported,
        reason="复核更正",
    )
    assert changed.status == Status.SUBMITTED
    recompute_for_observations([changed])
    assert not DerivedFigure.objects.filter(
        indicator=obs.indicator, region=obs.region, year=2023, month=6
    ).exists()
    assert _differences(_table(), _full_rebuild())[:3] == []


def test_a_correction_from_the_entry_form_takes_the_published_figure_out_until_approved():
    from citystat.importers.harmonise import Row
    from citystat.intake.actions import save_entry

    reporter = User.objects.get(username="reporter_140921")
    dingxiang = Region.objects.get(code="140921")
    fiscal = Indicator.objects.get(code="fiscal_revenue")
    published = Observation.objects.get(indicator=fiscal, region=dingxiang, year=2023, month=11)
    assert published.status == Status.APPROVED
    assert DerivedFigure.objects.filter(indicator=fiscal, region=dingxiang, year=2023, month=11)

    row = Row("", 1, "140921", "fiscal_revenue", published.value + Decimal("0.1"), None)
    result = save_entry(
        user=reporter,
        region=dingxiang,
        year=2023,
        month=11,
        rows=[row],
        reason="补录一笔非税收入",
        explanation="补录一笔非税收入",
    )
    assert result.saved == 1
    published.refresh_from_db()
    assert published.status == Status.SUBMITTED
    assert not DerivedFigure.objects.filter(indicator=fiscal, region=dingxiang, year=2023, month=11)
    assert _differences(_table(), _full_rebuild()) == []


# ------------------------------------------------ two cities: an approval stays in its family

SECOND_CITY = ("149800", "试验市")
SECOND_COUNTIES = (("149801", "甲县"), ("149802", "乙县"), ("149803", "丙县"))
# The demo units whose figures the invented counties copy (scaled: other values, other ranks).
COPIED = {"149800": "140900", "149801": "140921", "149802": "140922", "149803": "140923"}


@pytest.fixture
def two_cities(db: None) -> None:
    """A second (invented) city of three counties beside the demo city, under the same
    province, with approved figures copied from the demo's and scaled, and the stored
    derived table rebuilt in full over both."""
    province = Region.objects.get(code="140000")
    city = Region.objects.create(
        code=SECOND_CITY[0], name=SECOND_CITY[1], level="city", kind="city", parent=province
    )
    for code, name in SECOND_COUNTIES:
        Region.objects.create(code=code, name=name, level="county", kind="county", parent=city)
    ids = dict(Region.objects.values_list("code", "id"))
    copies = []
    for k, (new, old) in enumerate(sorted(COPIED.items())):
        for obs in Observation.objects.filter(region_id=ids[old], status=Status.APPROVED):
            obs.pk, obs.region_id = None, ids[new]
            if obs.value is not None:
                obs.value = obs.value * (Decimal("1.1") + Decimal(k) / 20)
            copies.append(obs)
    Observation.objects.bulk_create(copies)
    recompute_derived()


def _summaries() -> dict[tuple[int, int, int, int], bytes]:
    from citystat.observations.models import PeriodSummary

    return {
        (i, p, y, m): bytes(data)
        for i, p, y, m, data in PeriodSummary.objects.values_list(
            "indicator_id", "parent_id", "year", "month", "figures"
        )
    }


def _summaries_afresh() -> dict[tuple[int, int, int, int], bytes]:
    from django.db import transaction

    from citystat.observations import summaries

    sid = transaction.savepoint()
    summaries.rebuild()
    rows = _summaries()
    transaction.savepoint_rollback(sid)
    return rows


CITY_CASES: dict[str, tuple[tuple[str, str, int, int, str, str | None], ...]] = {
    "a county of the second city": (("retail", "149802", 2023, 6, "41.50", "8.8"),),
    "a county of the demo city": (("retail", "140921", 2023, 6, "30.10", "9.9"),),
    "the second city's total (its counties' shares)": (
        ("retail", "149800", 2023, 3, "190.00", "4.1"),
    ),
    "a parent indicator in a county": (("gdp", "149801", 2023, 9, "77.00", "0.5"),),
    "counties of both cities at once": (
        ("retail", "149803", 2022, 12, "33.00", "2.0"),
        ("ind_va", "140924", 2023, 4, "20.00", "12.5"),
    ),
}


@pytest.mark.usefixtures("two_cities")
@pytest.mark.parametrize("items", list(CITY_CASES.values()), ids=list(CITY_CASES))
def test_with_two_cities_an_approval_stores_exactly_the_rows_of_a_full_rebuild(
    items: tuple[tuple[str, str, int, int, str, str | None], ...],
) -> None:
    before, summaries_before = _table(), _summaries()
    _correct_and_approve(*items)
    incremental = _table()
    assert _differences(before, incremental)  # the change did reach the derived table
    assert _differences(incremental, _full_rebuild())[:3] == []
    after = _summaries()
    assert after != summaries_before
    assert after == _summaries_afresh()


@pytest.mark.usefixtures("two_cities")
def test_an_approval_in_a_county_rebuilds_the_county_and_its_siblings_only() -> None:
    from citystat.observations.derivation import region_family, scope_for_observations

    ids = dict(Region.objects.values_list("code", "id"))
    counties = {ids[code] for code, _ in SECOND_COUNTIES}
    retail = Indicator.objects.get(code="retail")
    scope = scope_for_observations([(retail.pk, 2023)], {ids["149802"]})
    assert scope is not None and scope.regions == counties
    # A city's figure is read by its counties (shares of it); cities are not ranked, so
    # not by the other cities.
    assert region_family({ids["149800"]}) == {ids["149800"]} | counties
    # A demo county's: by its county-level siblings (ranks), not by the city's other units.
    demo = Region.objects.filter(parent__code="140900")
    ranked = set(demo.filter(kind__in=Region.COUNTY_KINDS).values_list("id", flat=True))
    assert ranked != set(demo.values_list("id", flat=True))
    assert region_family({ids["140921"]}) == ranked
    # Nothing of the demo city is written by an approval in the second one.
    demo = DerivedFigure.objects.filter(region__parent__code="140900")
    written = set(demo.values_list(*KEY, "computed_at"))
    _correct_and_approve(*CITY_CASES["a county of the second city"])
    assert set(demo.values_list(*KEY, "computed_at")) == written
