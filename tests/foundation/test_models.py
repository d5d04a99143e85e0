from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from citystat.indicators.models import Indicator
from citystat.observations.actions import record_observation, set_status
from citystat.observations.models import Observation, Revision, Status
from citystat.regions.models import Region
from citystat.targets.actions import set_target
from citystat.targets.models import Target

pytestmark = pytest.mark.django_db


def test_region_tree_has_the_city_and_its_fourteen_counties():
    city = Region.objects.get(code="140900")
    counties = [r for r in city.children.all() if r.is_county]
    assert len(counties) == 14
    assert {r.kind for r in city.children.all() if not r.is_county} == {
        "dev_zone",
        "scenic_area",
        "city_direct",
    }
    assert Region.objects.get(code="140921").name == "定襄县"


def test_region_below_province_needs_a_parent():
    with pytest.raises(IntegrityError), transaction.atomic():
        Region.objects.create(
            code="149999", name="无上级", level="county", kind="county", parent=None
        )


def test_observation_is_unique_per_indicator_region_and_month():
    existing = Observation.objects.first()
    assert existing is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        Observation.objects.create(
            indicator=existing.indicator,
            region=existing.region,
            year=existing.year,
            month=existing.month,
        )


def test_month_out_of_range_is_refused():
    ind, reg = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    with pytest.raises(IntegrityError), transaction.atomic():
        Observation.objects.create(indicator=ind, region=reg, year=2024, month=13)


def test_indicator_with_observations_cannot_be_deleted_leaving_orphans():
    with pytest.raises(ProtectedError):
        Indicator.objects.get(code="fai").delete()
    with pytest.raises(ProtectedError):
        Region.objects.get(code="140921").delete()


def test_every_change_writes_a_revision(demo_user):
    ind, reg = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    obs = record_observation(
        indicator=ind, region=reg, year=2024, month=3, value=Decimal("12.5"), user=demo_user
    )
    assert list(obs.revisions.values_list("action", "old_value", "new_value")) == [
        ("create", None, Decimal("12.5"))
    ]

    record_observation(
        indicator=ind,
        region=reg,
        year=2024,
        month=3,
        value=Decimal("13.0"),
        user=demo_user,
        reason="更正",
    )
    record_observation(
        indicator=ind, region=reg, year=2024, month=3, value=Decimal("13.0"), user=demo_user
    )  # no change
    set_status(
        observation=Observation.objects.get(pk=obs.pk), status=Status.SUBMITTED, user=demo_user
    )

    rows = list(
        Revision.objects.filter(observation=obs)
        .order_by("id")
        .values_list(
            "action", "old_value", "new_value", "new_status", "reason", "changed_by__username"
        )
    )
    assert rows == [
        ("create", None, Decimal("12.5"), "draft", "", "reviewer"),
        ("update", Decimal("12.5"), Decimal("13.0"), "draft", "更正", "reviewer"),
        ("status", Decimal("13.0"), Decimal("13.0"), "submitted", "", "reviewer"),
    ]


def test_values_are_stored_exactly():
    ind, reg = Indicator.objects.get(code="scenic_visitors"), Region.objects.get(code="140902")
    obs = Observation.objects.get(indicator=ind, region=reg, year=2022, month=12)
    assert obs.value == Decimal("909.0177")
    assert obs.growth_reported == Decimal("-22.26")


def test_february_of_a_combined_indicator_is_labelled_1_2():
    obs = Observation.objects.get(indicator__code="fai", region__code="140900", year=2023, month=2)
    assert obs.combined_jan_feb is True
    assert obs.period_label == "2023年1-2月"
    assert not Observation.objects.filter(indicator__code="fai", month=1).exists()


def test_a_target_change_adds_a_version_and_keeps_the_old_one(demo_user):
    ind, reg = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    first = Target.objects.get(indicator=ind, region=reg, year=2023, is_current=True)
    revised = set_target(
        indicator=ind,
        region=reg,
        year=2023,
        target_growth=Decimal("5.0"),
        user=demo_user,
        reason="年中调整",
    )
    assert revised.version == first.version + 1
    assert list(
        Target.objects.filter(indicator=ind, region=reg, year=2023)
        .order_by("version")
        .values_list("version", "is_current")
    ) == [(1, False), (2, True)]


def test_two_current_target_versions_are_refused():
    t = Target.objects.filter(is_current=True).first()
    assert t is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        Target.objects.create(
            indicator=t.indicator, region=t.region, year=t.year, version=99, target_growth=1
        )


def test_a_target_change_refreshes_the_derived_figures(demo_user):
    from citystat.observations.models import DerivedFigure

    ind, reg = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    before = DerivedFigure.objects.get(indicator=ind, region=reg, year=2023, month=11)
    set_target(indicator=ind, region=reg, year=2023, target_growth=Decimal("0.0"), user=demo_user)
    after = DerivedFigure.objects.get(indicator=ind, region=reg, year=2023, month=11)
    assert after.target_growth == 0.0
    assert after.growth_gap == pytest.approx(before.growth)
