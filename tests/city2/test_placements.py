"""Featured indicators are data the administrator edits: chains, towns, county tables."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _client() -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="leader"))
    return client


def _figure_names(html: str) -> list[str]:
    """The indicator names of the 相关指标 table (name, then its unit in a <small>)."""
    return re.findall(r'<tr><td>([^<]+)<small class="dim">[^<]*</small></td><td>\d{4}年', html)


def test_a_chain_page_shows_the_indicators_its_rows_name_in_their_order() -> None:
    from citystat.projects.actions import set_chain_indicators
    from citystat.projects.models import IndustryChain

    client = _client()
    page = client.get("/projects/chains/AL_MG/").content.decode()
    assert _figure_names(page) == ["制造业增加值", "规模以上工业增加值"]
    set_chain_indicators(IndustryChain.objects.get(code="AL_MG"), ["grain", "ind_va"])
    page = client.get("/projects/chains/AL_MG/").content.decode()
    assert _figure_names(page) == ["粮食总产量", "规模以上工业增加值"]


def test_a_town_page_shows_the_placed_county_indicators() -> None:
    from citystat.indicators.actions import set_placements
    from citystat.projects.models import SpecialisedTown

    town = SpecialisedTown.objects.order_by("code").first()
    assert town is not None
    client = _client()
    url = f"/projects/towns/{town.code}/"
    assert _figure_names(client.get(url).content.decode()) == [
        "规模以上工业增加值",
        "固定资产投资",
        "社会消费品零售总额",
        "一般公共预算收入",
    ]
    set_placements("town_page", ["retail"])
    assert _figure_names(client.get(url).content.decode()) == ["社会消费品零售总额"]


def test_an_unknown_code_is_refused_and_the_old_choice_kept() -> None:
    from citystat.indicators.actions import PlacementError, set_placements
    from citystat.indicators.models import Placement

    with pytest.raises(PlacementError) as exc:
        set_placements("briefing_counties", ["gdp", "gpd"])
    assert str(exc.value) == "指标代码“gpd”不存在,请先载入指标体系。"
    assert Placement.codes(Placement.Place.BRIEFING_COUNTIES) == (
        "gdp",
        "ind_va",
        "fai",
        "retail",
        "fiscal_revenue",
        "trade",
        "tourists",
        "income",
    )


def test_a_placement_edit_moves_the_policy_version() -> None:
    from citystat.indicators.actions import set_placements
    from citystat.observations.derivation import cache_version

    before = cache_version()
    set_placements("quarterly_counties", ["ind_va"])
    assert cache_version() != before


def test_the_briefing_compares_counties_on_the_placed_indicators() -> None:
    from citystat.indicators.actions import set_placements
    from citystat.reporting.builders import build_document
    from citystat.reports.queries import report_data

    set_placements("briefing_counties", ["retail", "ind_va"])
    doc = build_document("briefing", report_data("140900", 2023, 11))
    table = next(t for t in doc.tables() if t.title.startswith("各县"))
    assert table.columns[1:] == ["社会消费品零售总额（1-11月）", "规模以上工业增加值（1-11月）"]


def test_projects_investment_is_set_beside_the_placed_indicator() -> None:
    from citystat.indicators.actions import set_placements
    from citystat.observations.models import DerivedFigure
    from citystat.projects.queries import county_investment

    def city_row(code: str) -> tuple[float | None, float | None]:
        fig = DerivedFigure.objects.get(
            indicator__code=code, region__code="140900", year=2023, month=12
        )
        return fig.value, fig.growth

    def shown() -> tuple[float | None, float | None]:
        row = next(c for c in county_investment(2023, 12) if c.region.code == "140900")
        return row.investment, row.investment_growth

    assert shown() == city_row("fai")
    set_placements("project_investment", ["retail"])
    assert shown() == city_row("retail")
    set_placements("project_investment", [])
    assert shown() == (None, None)
