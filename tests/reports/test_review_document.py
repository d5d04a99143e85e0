"""The 2023 year-end review of the demo: every record the database holds, named and checked."""

from __future__ import annotations

import datetime as dt

import pytest

from citystat.indicators.models import Indicator
from citystat.projects import models as pm
from citystat.projects.actions import ProjectInputError, record_honour, set_review_priority
from citystat.reporting import build_document, check_document
from citystat.reporting.builders.review import review_structure_problems
from citystat.reporting.marking import SYNTHETIC_MARK
from citystat.reports.queries import report_data
from citystat.stats import growth_wording

TODAY = dt.date(2024, 1, 5)
# The six figures every year-end review states (GDP, 固投, 社零, 财政, income, grain).
HEADLINE_CODES = ("gdp", "fai", "retail", "fiscal_revenue", "income", "grain")


def _review(code: str):  # type: ignore[no-untyped-def]
    data = report_data(code, 2023, 12, today=TODAY)
    doc = build_document("review", data)
    check_document(doc, data)
    return data, doc


@pytest.mark.django_db
def test_city_review_names_every_chain_town_project_task_and_honour_in_the_database() -> None:
    data, doc = _review("140900")
    text = doc.plain_text()
    chains = list(pm.IndustryChain.objects.values_list("name", flat=True))
    towns = list(pm.SpecialisedTown.objects.values_list("name", flat=True))
    projects = list(pm.Project.objects.values_list("name", flat=True))
    tasks = list(pm.LivelihoodTask.objects.filter(year=2023).values_list("title", flat=True))
    targets = list(pm.TaskTarget.objects.filter(task__year=2023).values_list("name", flat=True))
    honours = list(pm.Honour.objects.filter(year=2023).values_list("title", flat=True))
    assert (len(chains), len(towns), len(projects), len(tasks)) == (8, 8, 10, 3)
    for name in [*chains, *towns, *projects, *tasks, *targets, *honours]:
        assert name in text, name
    assert review_structure_problems(doc, data) == []
    assert doc.synthetic_mark == SYNTHETIC_MARK


@pytest.mark.django_db
def test_city_review_states_the_six_headline_figures_with_their_growth() -> None:
    data, doc = _review("140900")
    text = doc.plain_text()
    for code in HEADLINE_CODES:
        ind = Indicator.objects.get(code=code)
        row = data.fig(code, "140900", 2023, 12)
        assert row is not None and row.growth is not None
        assert ind.name in text, ind.name
        assert growth_wording(row.growth, ind.growth_decimals) in text, (ind.name, row.growth)
    assert "全年，地区生产总值1477.6亿元，按可比价格计算，同比增长3.4%" in text
    assert "全年粮食总产量203.15万吨，同比增长0.9%" in text.replace("；", "").replace(
        "，粮食", "粮食"
    )


@pytest.mark.django_db
def test_city_review_sections_are_the_priorities_in_the_database() -> None:
    _, doc = _review("140900")
    titles = [s.title.split("、", 1)[1] for s in doc.sections]
    priorities = list(
        pm.ReviewPriority.objects.order_by("sort_order").values_list("title", flat=True)
    )
    assert titles == ["总体情况", *priorities, "2024年展望", "附表"]
    assert priorities[:7] == [
        "产业能级",
        "开放能级",
        "创新能级",
        "城市能级",
        "改革能级",
        "市场能级",
        "安全能级",
    ]


@pytest.mark.django_db
def test_city_review_keeps_the_published_seed_figures() -> None:
    _, doc = _review("140900")
    text = doc.plain_text()
    assert (
        "1-11月，战略性新兴产业中，新一代信息技术产业增加值增长37.4%，节能环保产业增加值增长16.0%，"
        "高端装备制造业增加值增长29.9%，新能源装备制造业增加值增长1.2倍（120.0%），"
        "拉动规模以上工业增加值增长0.3个百分点。" in text
    )
    assert "全年营造林面积46.55万亩" in text
    assert "年末省级绿色矿山数11个，比上年末增加5个" in text
    assert "省级生态文明示范区（五寨县、静乐县和偏关县）" in text
    assert "地方全面深化改革典型案例（中国改革2023年度）" in text


@pytest.mark.django_db
def test_county_review_says_the_county_and_lists_only_what_belongs_to_it() -> None:
    data, doc = _review("140921")
    text = doc.plain_text()
    assert "2023年，全县围绕" in text and "全市围绕" not in text
    own_towns = set(
        pm.SpecialisedTown.objects.filter(region__code="140921").values_list("name", flat=True)
    )
    other_towns = set(
        pm.SpecialisedTown.objects.exclude(region__code="140921").values_list("name", flat=True)
    )
    assert own_towns and all(t in text for t in own_towns)
    assert not any(t in text for t in other_towns)
    chain_ids = set(
        pm.Enterprise.objects.filter(region__code="140921", chain__isnull=False).values_list(
            "chain", flat=True
        )
    ) | set(
        pm.Project.objects.filter(region__code="140921", chain__isnull=False).values_list(
            "chain", flat=True
        )
    )
    for chain in pm.IndustryChain.objects.all():
        named = f"{chain.name}（{chain.lead_unit}牵头）" in text
        assert named == (chain.pk in chain_ids), chain.name
    for h in pm.Honour.objects.filter(year=2023).select_related("region"):
        assert (h.subject in text) == (h.region.code == "140921"), h.subject
    for p in pm.Project.objects.all():
        assert (p.name in text) == (p.region.code == "140921"), p.name
    assert not any(t.title in text for t in pm.LivelihoodTask.objects.all())
    assert review_structure_problems(doc, data) == []


@pytest.mark.django_db
def test_bad_priority_and_honour_input_is_refused_in_chinese_and_nothing_is_written() -> None:
    before = (pm.ReviewPriority.objects.count(), pm.Honour.objects.count())
    with pytest.raises(ProjectInputError, match="评价维度“nowhere”不存在"):
        set_review_priority(code="x", title="某板块", dimension_codes=["nowhere"])
    with pytest.raises(ProjectInputError, match="项目类别“roads”无效"):
        set_review_priority(
            code="x", title="某板块", dimension_codes=[], project_categories=["roads"]
        )
    with pytest.raises(ProjectInputError, match="区划代码“999999”不存在"):
        record_honour(
            year=2023, region_code="999999", subject="某村", title="示范村", level="national"
        )
    with pytest.raises(ProjectInputError, match="级别“world”无效"):
        record_honour(
            year=2023, region_code="140900", subject="某村", title="示范村", level="world"
        )
    assert (pm.ReviewPriority.objects.count(), pm.Honour.objects.count()) == before


@pytest.mark.django_db
def test_a_priority_edited_as_data_changes_the_review_without_code() -> None:
    set_review_priority(
        code="security", title="安全发展", dimension_codes=["security"], sort_order=7
    )
    _, doc = _review("140900")
    titles = [s.title.split("、", 1)[1] for s in doc.sections]
    assert "安全发展" in titles and "安全能级" not in titles
