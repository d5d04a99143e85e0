"""原因说明 where a user looks: the indicator page and the county page, attributed."""

from __future__ import annotations

import pytest

from citystat.accounts.models import User
from citystat.indicators.models import Indicator
from citystat.observations.actions import explain
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db


def test_the_indicator_page_shows_the_citys_cause_with_its_unit(leader):  # type: ignore[no-untyped-def]
    html = leader.get("/indicator/fai/?period=2023-09").content.decode()
    assert (
        "（示例）房地产开发投资下降拖累全市投资，部分新开工项目尚未形成实物工作量。"
        '<span class="muted">（市发展和改革委员会说明）</span>'
    ) in html
    # Only this indicator's and this period's causes.
    assert "新入库项目投资进度偏慢" not in html
    assert "煤炭价格同比回落" not in html


def test_the_county_page_lists_its_causes_entered_reviewed_and_answered(leader):  # type: ignore[no-untyped-def]
    html = leader.get("/region/140921/?period=2023-11").content.decode()
    assert (
        "<strong>社会消费品零售总额:</strong>（示例）限额以上商贸企业销售额下滑，新增入库企业较少。"
        '<span class="muted">（定襄县商务局说明）</span>'
    ) in html
    assert (
        '<span class="muted">（市统计局综合科说明）</span> <small class="muted">审核</small>'
        in html
    )
    assert '（定襄县人民政府说明）</span> <small class="muted">督办答复</small>' in html


def test_a_new_cause_shows_at_once_on_the_cached_page(leader):  # type: ignore[no-untyped-def]
    url = "/indicator/fai/?period=2023-10&region=140921"
    before = leader.get(url).content.decode()
    assert "两个新开工项目集中入库。" not in before
    explain(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140921"),
        year=2023,
        month=10,
        text="两个新开工项目集中入库。",
        stage="intake",
        user=User.objects.get(username="reporter_140921"),
    )
    after = leader.get(url).content.decode()
    assert '两个新开工项目集中入库。<span class="muted">（定襄县统计局说明）</span>' in after


def test_the_api_gives_a_figures_causes_and_an_indicators_lead_unit(client):  # type: ignore[no-untyped-def]
    from citystat.observations.models import Observation

    client.force_login(User.objects.get(username="leader"))
    o = Observation.objects.get(
        indicator__code="retail", region__code="140921", year=2023, month=11
    )
    body = client.get(f"/api/observations/{o.pk}/").json()
    assert body["causes"] == [
        {
            "text": "（示例）限额以上商贸企业销售额下滑，新增入库企业较少。",
            "unit": "定襄县商务局",
            "stage": "intake",
        },
        {
            "text": "(示例)已召开专题调度会,逐项分析原因,明确整改措施和完成时限,下月报送进展。",
            "unit": "定襄县人民政府",
            "stage": "followup",
        },
    ]
    rows = client.get("/api/indicators/?dimension=market").json()
    rows = rows.get("results", rows) if isinstance(rows, dict) else rows
    fai = next(r for r in rows if r["code"] == "fai")
    assert (fai["source_unit"], fai["lead_unit"]) == ("市统计局", "市发展和改革委员会")
