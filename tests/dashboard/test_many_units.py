"""Pages that do not grow with the number of units beyond what they show (issue 17).

The demo has 17 county-level units (14 ranked); the limits are lowered here so that the demo plays
a city with many units.
"""

from __future__ import annotations

import re

import pytest

from citystat.dashboard import queries
from citystat.dashboard.periods import forget_caches
from citystat.observations.models import DerivedFigure


@pytest.fixture(autouse=True)
def _fresh_caches():
    forget_caches()
    yield
    forget_caches()


def test_with_many_units_the_home_table_shows_the_best_and_worst_by_score(leader, monkeypatch):
    monkeypatch.setattr(queries, "UNIT_TABLE_LIMIT", 5)
    monkeypatch.setattr(queries, "UNIT_EXTREMES", 2)
    o = queries.overview("2023-11")
    assert o is not None
    ranking = [r["code"] for r in queries.score_ranking(o)]
    html = leader.get("/?period=2023-11").content.decode()
    table = html.split('data-table="overview"')[1].split("</table>")[0]
    shown = re.findall(r'data-region="(\d+)"', table)
    assert shown == ["140900", *ranking[:2], *ranking[-2:]]
    assert "共17个县级单位,表中列出综合得分前2位和后2位;" in html


def test_with_few_units_the_home_table_lists_every_unit(leader):
    html = leader.get("/?period=2023-11").content.decode()
    table = html.split('data-table="overview"')[1].split("</table>")[0]
    assert len(re.findall(r'data-region="(\d+)"', table)) == 1 + 17
    assert "data-partial" not in html


def test_league_tables_page_beyond_the_page_size(leader, monkeypatch):
    monkeypatch.setattr(queries, "LEAGUE_PAGE", 5)
    ranked = list(
        DerivedFigure.objects.filter(
            indicator__code="ind_va", year=2023, month=11, rank__isnull=False
        )
        .order_by("rank", "region__sort_order")
        .values_list("region__code", flat=True)
    )
    assert len(ranked) == 14

    def rows(page: int) -> tuple[list[str], str]:
        html = leader.get(f"/indicator/ind_va/?period=2023-11&page={page}").content.decode()
        table = html.split('data-table="league"')[1].split("</table>")[0]
        pager = html.split("data-pager>")[1].split("</p>")[0]
        return re.findall(r'<tr data-region="(\d+)"', table), pager

    first, pager = rows(1)
    assert first == ranked[:5] and pager.startswith("第1/3页,共14个") and "下一页" in pager
    second, pager = rows(2)
    assert second == ranked[5:10] and "上一页" in pager and "下一页" in pager
    last, pager = rows(3)
    assert last == ranked[10:] and "下一页" not in pager
    assert rows(99)[0] == ranked[10:]  # past the end: the last page
    assert rows(0)[0] == ranked[:5]


MONTHS = [f"{y}-{m:02d}" for y in (2022, 2023) for m in range(1, 13)]


@pytest.mark.parametrize("period", MONTHS)
def test_the_summaries_equal_the_computation_over_every_units_figures(db, period):
    """Alerts, counts by light, 已报 N/M and the scores' inputs, counted in the database,
    equal the same computed in Python over every unit's latest figures (how the pages
    read them before)."""
    from django.db.models import Q

    from citystat.dashboard.figures import latest_by_key, read
    from citystat.dashboard.periods import latest_months
    from citystat.dashboard.scores import LEVEL_KINDS, _latest_compared

    f = queries.frame(period)
    assert f is not None
    months = latest_months(f.period.month)
    latest = latest_by_key(
        read(
            DerivedFigure.objects.filter(
                year=f.period.year, month__in=months, region__in=f.regions
            ).filter(Q(indicator__is_key=True) | ~Q(light=""))
        )
    )
    indicators = {i.pk: i for i in f.indicators}
    order = {r.pk: n for n, r in enumerate(f.regions)}
    expected = sorted(
        (x for x in latest.values() if x.light in ("red", "yellow")),
        key=lambda x: (*x.severity, order[x.region_id], x.indicator_id),
    )
    alerts, counts, has_targets = queries.alert_summary(f, None)
    assert [a.fig for a in alerts] == expected
    assert [(a.region.pk, a.indicator.pk) for a in alerts] == [
        (x.region_id, x.indicator_id) for x in expected
    ]
    assert counts == {
        "red": sum(x.light == "red" for x in expected),
        "yellow": sum(x.light == "yellow" for x in expected),
    }
    assert has_targets == any(x.has_target for x in latest.values())
    top, _, _ = queries.alert_summary(f, 7)
    assert [a.fig for a in top] == expected[:7]

    assert queries.reporting_summary(f, f.key_indicators) == queries.county_reporting(
        f, f.key_indicators, latest
    )

    every = latest_by_key(
        read(
            DerivedFigure.objects.filter(
                year=f.period.year, month__in=months, region__in=f.counties
            )
        )
    )
    assert sorted(_latest_compared(f.period.year, f.period.month, f.counties)) == sorted(
        (
            x.indicator_id,
            x.region_id,
            x.value if indicators[x.indicator_id].kind in LEVEL_KINDS else x.growth,
        )
        for x in every.values()
    )


def _pages(client, period: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the home page, the 大屏 and a county page show of the month, read afresh."""
    forget_caches()
    o = queries.overview(period)
    assert o is not None
    county = queries.county_page("140921", period)
    shown = {
        "scores": o.scores,
        "alerts": [(a.region.pk, a.indicator.pk, a.fig) for a in o.alerts],
        "counts": o.alert_counts,
        "has_targets": o.has_targets,
        "reporting": o.reporting,
        "table": [(row.region.pk, row.shown) for row in o.table_rows],
        "radar": o.radar(),
        "ranking": queries.score_ranking(o),
        "boards": queries.screen_boards(o),
        "county": (county.scores, county.score_rank, county.reporting, county.pending),
    }
    forget_caches()
    for name, url in (("home", f"/?period={period}"), ("screen", f"/screen/?period={period}")):
        html = client.get(url).content.decode()
        shown[name] = re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)
    return shown


@pytest.mark.parametrize("period", MONTHS)
def test_the_pages_read_from_the_stored_summary_equal_those_read_from_every_units_figures(
    leader, monkeypatch, period
):
    """Scores, alerts, counts by light, 已报 N/M, the table's rows and the 大屏's boards from
    the month's stored summary (one row per indicator) equal those read from the derived
    figures of every unit, on every demo month; so do the pages themselves."""
    monkeypatch.setattr(queries, "UNIT_TABLE_LIMIT", 5)
    monkeypatch.setattr(queries, "UNIT_EXTREMES", 3)
    monkeypatch.setattr(queries, "ALERT_LIMIT", 6)
    f = queries.frame(period)
    assert f is not None and f.summary() is not None
    from_summary = _pages(leader, period)
    monkeypatch.setattr(queries, "load_summary", lambda *_: None)
    from_figures = _pages(leader, period)
    for what, shown in from_summary.items():
        assert shown == from_figures[what], what
    assert from_summary["boards"]
    assert bool(from_summary["alerts"]) == period.startswith("2023")  # 2023 has targets


def test_a_unit_moved_into_the_city_since_the_last_rebuild_is_read_from_the_figures(db):
    """The summary was written for the units the city had then: with another set of units
    the pages read the derived figures instead (and so still show every current unit)."""
    from citystat.regions.models import Region

    f = queries.frame("2023-11")
    assert f is not None and f.summary() is not None
    other = Region.objects.create(
        code="149999", name="新设区", short_name="新设区", level="county", kind="district",
        parent=f.city,
    )  # fmt: skip
    forget_caches()
    f = queries.frame("2023-11")
    assert f is not None and other in f.units and f.summary() is None
