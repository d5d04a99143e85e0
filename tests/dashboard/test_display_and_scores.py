"""Display rules of the methodology and the composite scores the pages show."""

import pytest

from citystat.dashboard.figures import growth_gap_wording
from citystat.dashboard.periods import latest_months
from citystat.dashboard.templatetags import citystat_format as fmt
from citystat.stats.periods import parse_month_or_none as parse_period


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (8.25, 1, "8.3"),
        (0.15, 1, "0.2"),
        (-2.405, 2, "-2.41"),
        (None, 1, '<span class="nv" title="无数据">–</span>'),
        ("", 1, '<span class="nv" title="无数据">–</span>'),
        (-0.04, 1, "0.0"),
    ],
)
def test_fixed_rounds_half_up_and_dashes_the_undefined(value, decimals, text):
    assert fmt.fixed(value, decimals) == text


def test_signed_pct_and_wording():
    assert fmt.signed(6.65, 1) == "+6.7"
    assert fmt.signed(-2.1, 1) == "-2.1"
    assert fmt.signed(0.04, 1) == "0.0"
    assert fmt.pct(91.666, 1) == "91.7%" and fmt.pct(None) == fmt.no_value()
    assert fmt.growth_words(0.04) == "持平"
    assert fmt.growth_words(-0.6) == "下降0.6%"
    assert fmt.growth_words(120.0) == "增长120.0%"
    assert fmt.rank_move(2) == "↑2" and fmt.rank_move(-1) == "↓1" and fmt.rank_move(0) == "持平"
    assert fmt.rank_move(None) == fmt.no_value()
    assert growth_gap_wording(-4.84) == "低于目标4.8个百分点"


def test_periods_parse_and_read_the_latest_quarter():
    assert parse_period("2023-11") == (2023, 11) and parse_period("2023-13") is None
    assert parse_period(None) is None
    assert latest_months(11) == [9, 11] and latest_months(2) == [2] and latest_months(12) == [12]


@pytest.mark.django_db
def test_county_scores_match_the_evaluation_engine_on_the_stored_figures():
    from citystat.dashboard import queries
    from citystat.observations.models import DerivedFigure
    from citystat.stats.evaluation import FrameworkItem, composite_scores

    f = queries.frame("2023-11")
    assert f is not None
    scores = f.scores()
    counties = f.counties
    assert len(counties) == 14
    # Recompute the 产业 dimension independently: latest figure at or before November
    # (quarterly GDP lines sit in September), compared by 同比.
    industry = {i.code: i for i in f.indicators if i.dimension.code == "industry"}
    values: dict[str, dict[str, float | None]] = {str(r.pk): {} for r in counties}
    for fig in (
        DerivedFigure.objects.filter(
            region__in=counties, year=2023, month__in=[9, 11], indicator__code__in=industry
        )
        .select_related("indicator")
        .order_by("month")
    ):
        values[str(fig.region_id)][fig.indicator.code] = fig.growth
    usable = [c for c in industry if all(values[r].get(c) is not None for r in values)]
    assert "ind_va" in usable and "gdp" in usable
    expected = composite_scores(values, [FrameworkItem(c, "产业", 1.0) for c in usable], "efficacy")
    assert scores.indicator_count["产业"] == len(usable)
    for r in counties:
        assert scores.by_region[r.pk]["产业"] == pytest.approx(expected[str(r.pk)]["产业"])
    for r in counties:
        total = scores.by_region[r.pk]["总分"]
        assert total is not None and 60.0 <= total <= 100.0
    assert scores.average["总分"] == pytest.approx(
        sum(s["总分"] or 0.0 for s in scores.by_region.values()) / 14
    )


@pytest.mark.django_db
def test_scores_are_cached_per_data_version(django_assert_max_num_queries):
    from citystat.dashboard import queries

    f = queries.frame("2023-10")
    assert f is not None
    first = f.scores()
    with django_assert_max_num_queries(0):
        assert f.scores() is first


def test_no_value_is_an_en_dash_set_apart_never_a_dash_that_reads_as_one():
    from citystat.dashboard.templatetags.citystat_format import (
        fixed,
        pct,
        rank_move,
        rank_words,
        signed,
    )

    mark = '<span class="nv" title="无数据">–</span>'
    assert fixed(None) == pct(None) == signed(None) == rank_move(None) == rank_words(None) == mark
    assert fixed(3.14159, 2) == "3.14" and rank_words(3) == "居第3位"
    assert "—" not in mark and "一" not in mark
