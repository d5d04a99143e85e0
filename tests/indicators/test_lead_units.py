"""牵头单位 as data: the city's per indicator, a county's own departments, refusals with location."""

from __future__ import annotations

import pytest

from citystat.demo import catalogue
from citystat.demo.leads import DINGXIANG_LEADS, LEAD_UNITS
from citystat.followups.units import unit_for_region
from citystat.indicators.models import Indicator, LeadUnit
from citystat.regions.actions import LeadUnitEntry, LeadUnitError, set_lead_units
from citystat.regions.leads import lead_unit_for, lead_units
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db


def test_every_demo_indicator_has_a_lead_unit_and_a_reason() -> None:
    codes = [s.code for s in catalogue.CATALOGUE]
    assert sorted(LEAD_UNITS) == sorted(codes)
    assert all(unit and reason for unit, reason in LEAD_UNITS.values())
    stored = dict(Indicator.objects.values_list("code", "lead_unit"))
    assert stored == {c: LEAD_UNITS[c][0] for c in codes}
    # The statistics bureau (or its survey team) leads only its own figures.
    own = sorted(c for c, (u, _) in LEAD_UNITS.items() if "统计" in u or "调查队" in u)
    assert own == ["population", "urban_population"]


def test_the_lead_unit_is_not_the_data_source() -> None:
    fai = Indicator.objects.get(code="fai")
    assert (fai.source_unit, fai.lead_unit) == ("市统计局", "市发展和改革委员会")
    trade = Indicator.objects.get(code="trade")
    assert (trade.source_unit, trade.lead_unit) == ("忻州海关", "市商务局")


def test_the_city_and_dingxiang_resolve_to_their_own_departments() -> None:
    city = lead_units(Region.objects.get(code="140900"))
    county = lead_units(Region.objects.get(code="140921"))
    expected = {
        # code: (city, 定襄县)
        "gdp": ("市发展和改革委员会", "定襄县发展和改革局"),
        "gdp_secondary": ("市工业和信息化局", "定襄县工业和信息化局"),  # own override
        "ind_va": ("市工业和信息化局", "定襄县工业和信息化局"),  # dimension 产业
        "ind_mining": ("市能源局", "定襄县能源局"),
        "sei_ngit": ("市工业和信息化局", "定襄县工业和信息化局"),
        "fai": ("市发展和改革委员会", "定襄县发展和改革局"),  # dimension 市场
        "fai_secondary": ("市工业和信息化局", "定襄县工业和信息化局"),
        "retail": ("市商务局", "定襄县商务局"),
        "retail_rural": ("市商务局", "定襄县商务局"),  # from its whole, 社零
        "export": ("市商务局", "定襄县商务局"),  # dimension 开放
        "fiscal_revenue": ("市财政局", "定襄县财政局"),
        "tax_revenue": ("国家税务总局忻州市税务局", "国家税务总局定襄县税务局"),
        "urban_population": ("市统计局", "定襄县统计局"),  # from its whole, 常住人口
        "income": ("市发展和改革委员会", "定襄县发展和改革局"),
        "new_jobs": ("市人力资源和社会保障局", "定襄县人力资源和社会保障局"),
        "pm25": ("市生态环境局", "忻州市生态环境局定襄分局"),
        "coal_output": ("市能源局", "定襄县能源局"),
        "grain": ("市农业农村局", "定襄县农业农村局"),
    }
    assert {c: (city[c], county[c]) for c in expected} == expected
    assert len(county) == len(catalogue.CATALOGUE)
    assert not any(u.startswith("市") for u in county.values())


def test_a_county_without_overrides_answers_through_its_government() -> None:
    assert set(lead_units(Region.objects.get(code="140981")).values()) == {"原平市人民政府"}
    assert lead_unit_for(Indicator.objects.get(code="fai"), Region.objects.get(code="140971")) == (
        "忻州经济开发区管委会"
    )


def test_city_follow_ups_go_to_the_lead_unit_county_ones_to_the_government() -> None:
    fai = Indicator.objects.get(code="fai")
    assert unit_for_region(Region.objects.get(code="140900"), fai) == "市发展和改革委员会"
    assert unit_for_region(Region.objects.get(code="140999"), fai) == "市发展和改革委员会"
    assert unit_for_region(Region.objects.get(code="140921"), fai) == "定襄县人民政府"


def test_set_lead_units_stores_overrides_and_replaces_them() -> None:
    assert LeadUnit.objects.filter(region__code="140921").count() == len(DINGXIANG_LEADS)
    n = set_lead_units(
        [
            LeadUnitEntry("fai", "140981", " 原平市发展和改革局 "),
            LeadUnitEntry("ecology", "140981", "忻州市生态环境局原平分局"),
        ]
    )
    assert n == 2
    yuanping = lead_units(Region.objects.get(code="140981"))
    assert (yuanping["fai"], yuanping["pm25"], yuanping["retail"]) == (
        "原平市发展和改革局",
        "忻州市生态环境局原平分局",
        "原平市人民政府",
    )
    set_lead_units([LeadUnitEntry("fai", "140981", "原平市发改局")])
    assert LeadUnit.objects.get(indicator__code="fai", region__code="140981").unit == "原平市发改局"


def test_unknown_codes_are_refused_with_their_location_and_nothing_is_written() -> None:
    before = LeadUnit.objects.count()
    with pytest.raises(LeadUnitError) as exc:
        set_lead_units(
            [
                LeadUnitEntry("fai", "140981", "原平市发展和改革局", where="第2行"),
                LeadUnitEntry("gpd", "140981", "原平市发展和改革局", where="第3行"),
                LeadUnitEntry("retail", "149999", "某县商务局", where="第4行"),
                LeadUnitEntry("retail", "140981", "  ", where="第5行"),
            ]
        )
    assert str(exc.value) == (
        "第3行:“gpd”既不是指标代码也不是维度代码,请使用指标体系中的代码(如 gdp)。"
        "第4行:区划代码“149999”不存在,请使用如 140902(忻府区)的代码。"
        "第5行:牵头单位不能为空。"
    )
    assert LeadUnit.objects.count() == before


def test_the_admin_edits_lead_units(admin_client) -> None:  # type: ignore[no-untyped-def]
    page = admin_client.get("/admin/indicators/leadunit/")
    assert page.status_code == 200
    assert "忻州市生态环境局定襄分局" in page.content.decode()
    assert admin_client.get("/admin/indicators/leadunit/add/").status_code == 200
    assert (
        'name="form-0-lead_unit"'
        in admin_client.get("/admin/indicators/indicator/").content.decode()
    )
