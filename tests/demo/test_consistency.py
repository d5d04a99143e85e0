"""The demo's consistency rules and the published figures it must state exactly."""

import csv
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest

from citystat.demo.catalogue import BY_CODE, CATALOGUE
from citystat.demo.generate import Record, build
from citystat.demo.published import ANCHORS
from citystat.stats import pull_from_growth, round_half_up


@pytest.fixture(scope="module")
def records() -> dict[tuple[str, str, int, int], Record]:
    recs, _ = build()
    return {(r.indicator, r.region, r.year, r.month): r for r in recs}


def test_the_demo_is_deterministic():
    a, ta = build()
    b, tb = build()
    assert a == b and ta == tb


def test_catalogue_covers_all_nine_dimensions_with_at_least_forty_indicators():
    assert len(CATALOGUE) >= 40
    assert {s.dimension for s in CATALOGUE} == {
        "industry",
        "opening",
        "innovation",
        "urban",
        "reform",
        "market",
        "security",
        "livelihood",
        "ecology",
    }


def test_every_month_of_2022_and_2023_has_city_and_county_figures(records):
    months = {(y, m) for (_i, r, y, m) in records if r == "140902"}
    assert months == {(y, m) for y in (2022, 2023) for m in range(1, 13)}
    for county in ("140902", "140921", "140932", "140981"):
        assert ("fai", county, 2023, 11) in records


def test_additive_city_totals_equal_counties_plus_non_county_units(records):
    parts: dict[tuple[str, int, int], Decimal] = defaultdict(Decimal)
    for (ind, region, y, m), r in records.items():
        if region != "140900" and BY_CODE[ind].additive and r.value is not None:
            parts[(ind, y, m)] += r.value
    checked = 0
    for (ind, y, m), total in parts.items():
        assert records[(ind, "140900", y, m)].value == total, (ind, y, m)
        checked += 1
    assert checked > 800


def test_year_to_date_values_never_fall_for_non_negative_flows(records):
    series: dict[tuple[str, str, int], list[tuple[int, Decimal]]] = defaultdict(list)
    for (ind, region, y, m), r in records.items():
        spec = BY_CODE[ind]
        if spec.cumulative and spec.additive and r.value is not None:
            series[(ind, region, y)].append((m, r.value))
    for key, points in series.items():
        values = [v for _, v in sorted(points)]
        assert values == sorted(values), key


def test_reported_growth_of_nominal_indicators_agrees_with_levels_in_2023(records):
    checked = 0
    for (ind, region, y, m), r in records.items():
        spec = BY_CODE[ind]
        if y != 2023 or spec.growth_method != "computed" or r.growth is None:
            continue
        base = records[(ind, region, 2022, m)].value
        assert base is not None and base > 0
        derived = (r.value / base - 1) * 100
        assert r.growth == derived.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), (
            ind,
            region,
            m,
        )
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("code", "growth"),
    [
        ("sei_ngit", "37.4"),
        ("sei_green", "16.0"),
        ("sei_hiend", "29.9"),
        ("ind_waste", "13.2"),
        ("ind_nee", "120.0"),
    ],
)
def test_seed_growth_figures_for_1_to_11_2023_are_exact(records, code, growth):
    r = records[(code, "140900", 2023, 11)]
    assert r.growth == Decimal(growth)
    assert not r.is_synthetic


def test_new_energy_equipment_pulls_industrial_growth_up_by_0_3_points(records):
    base_share = (
        float(records[("ind_nee", "140900", 2022, 11)].value)
        / float(records[("ind_va", "140900", 2022, 11)].value)
        * 100
    )
    assert round_half_up(pull_from_growth(120.0, base_share), 1) == 0.3


def test_seed_levels_are_exact(records):
    assert records[("afforestation", "140900", 2023, 12)].value == Decimal("46.55")
    assert records[("yr_solid_waste", "140900", 2023, 12)].value == Decimal("3.7")
    assert records[("water_good_sections", "140900", 2023, 11)].value == Decimal("14")
    assert records[("green_mines", "140900", 2023, 12)].value == Decimal("11")
    assert records[("ne_capacity", "140900", 2023, 12)].value > 1000  # 突破千万千瓦


def test_every_anchor_is_stated_exactly_with_its_source(records):
    for a in ANCHORS:
        r = records[(a.indicator, a.region, a.year, a.month)]
        if a.value is not None:
            assert r.value == Decimal(str(a.value)), a
        if a.growth is not None:
            assert r.growth == Decimal(str(a.growth)), a
        assert not r.is_synthetic and r.note


def test_demo_agrees_with_published_facts_csv(records, shared_dir):
    """Every published 2022–2023 figure that the demo carries matches the shared file."""
    names = {
        "地区生产总值": "gdp",
        "常住人口(年末)": "population",
        "常住人口": "population",
        "城镇常住人口": "urban_population",
        "城镇化率": "urbanisation",
        "居民人均可支配收入": "income",
        "城镇居民人均可支配收入": "income_urban",
        "农村居民人均可支配收入": "income_rural",
        "重点监测景区接待人数": "scenic_visitors",
        "重点监测景区经营收入": "scenic_revenue",
    }
    unit_factor = {
        "万人": Decimal(1),
        "亿元": Decimal(1),
        "%": Decimal(1),
        "元": Decimal(1),
        "万人次": Decimal(1),
        "万元": Decimal(1),
    }
    matched = 0
    with (shared_dir / "data/xinzhou/published_facts.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if (
                row["period"] not in {"2022", "2023"}
                or row["indicator"] not in names
                or row["unit"] not in unit_factor
            ):
                continue
            key = (names[row["indicator"]], row["region_code"], int(row["period"]), 12)
            if key not in records:
                continue
            r = records[key]
            expected = Decimal(row["value"]) * unit_factor[row["unit"]]
            got = r.growth if row["measure"] == "growth_yoy" else r.value
            assert got == expected, (row, got)
            matched += 1
    assert matched >= 14


@pytest.mark.django_db
def test_loaded_demo_marks_synthetic_data_and_keeps_sources():
    from citystat.observations.models import Observation

    assert Observation.objects.filter(is_synthetic=True).count() > 15000
    published = Observation.objects.get(
        indicator__code="income", region__code="140902", year=2022, month=12
    )
    assert not published.is_synthetic and published.source == "published"
    assert published.source_url == "http://bx2200.com/tjgongbao/hb/7856_2.html"


@pytest.mark.django_db
def test_demo_has_the_seed_projects_tasks_chains_and_towns():
    from citystat.projects.models import (
        IndustryChain,
        LivelihoodTask,
        Project,
        SpecialisedTown,
        TaskTarget,
    )

    assert IndustryChain.objects.count() == 8
    assert set(
        SpecialisedTown.objects.filter(level="provincial").values_list("name", flat=True)
    ) == {"定襄法兰专业镇", "代州黄酒专业镇"}
    assert SpecialisedTown.objects.filter(level="municipal").count() == 6
    assert Project.objects.filter(name__contains="雄忻高铁").exists()
    lunch = LivelihoodTask.objects.get(title="放心午餐工程")
    assert dict(TaskTarget.objects.filter(task=lunch).values_list("name", "target_value")) == {
        "覆盖小学": Decimal("36"),
        "惠及学生": Decimal("7498"),
    }
    assert TaskTarget.objects.get(name="累计提供零工岗位").target_value == Decimal("9600")


def test_gdp_is_the_sum_of_its_three_industries_for_every_unit_and_quarter(records):
    checked = 0
    for (ind, region, y, m), r in records.items():
        if ind != "gdp":
            continue
        parts = [
            records[(c, region, y, m)].value
            for c in ("gdp_primary", "gdp_secondary", "gdp_tertiary")
        ]
        assert sum(parts, Decimal(0)) == r.value, (region, y, m)
        checked += 1
    assert checked == 8 * 16
