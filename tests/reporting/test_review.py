"""The year-end review built from hand-made bundles: sections by priority, records, voice."""

from __future__ import annotations

import dataclasses
import datetime as dt

from citystat.reporting.builders.review import (
    build_review,
    chinese_number,
    review_structure_problems,
)
from citystat.reporting.checker import problems_in
from citystat.reporting.inputs import (
    CauseInfo,
    ChainInfo,
    FigureRow,
    GroupInfo,
    HonourInfo,
    PriorityInfo,
    ProjectInfo,
    RegionInfo,
    ReportData,
    TaskInfo,
    TaskTargetInfo,
    TownInfo,
)
from citystat.reporting.model import Document, Label
from tests.reporting.fixtures import ind

A = RegionInfo("100101", "甲县", "county", "county", "100100")
B = RegionInfo("100102", "乙区", "county", "district", "100100")
TOWN_CITY = RegionInfo("100100", "样例市", "city", "city", "100000")


def r(
    code: str, region: str = "100100", year: int = 2023, month: int = 12, **kw: object
) -> FigureRow:
    return FigureRow(code, region, year, month, synthetic_parts=(), **kw)  # type: ignore[arg-type]


def bundle(region: RegionInfo = TOWN_CITY, **kw: object) -> ReportData:
    inds = {
        "out": ind("out", "地区生产总值", frequency="quarterly", target_kind="growth"),
        "rev": ind(
            "rev",
            "一般公共预算收入",
            dimension="reform",
            dimension_name="改革",
            target_kind="growth",
        ),
        "inv": ind("inv", "固定资产投资", dimension="market", dimension_name="市场"),
        "new": ind("new", "新兴产业增加值", is_key=False, subset_of="out"),
        "firms": ind(
            "firms",
            "高新技术企业数",
            unit="家",
            kind="count",
            cumulative=False,
            decimals=0,
            is_key=False,
            dimension="reform",
            dimension_name="改革",
        ),
    }
    figures = {}
    for row in (
        r("out", value=1000.0, growth=5.2, light="green", target_growth=5.0, growth_gap=0.2),
        r("rev", value=80.0, growth=-3.0, light="red", target_growth=4.0, growth_gap=-7.0),
        r("inv", value=500.0, growth=2.5),
        r("new", month=11, value=12.0, growth=130.0, pull=0.4),
        r("firms", value=120.0, growth=9.1),
        r("firms", year=2022, value=110.0),
        r("out", region="100101", value=200.0, growth=4.0, rank=2, rank_change=0),
    ):
        figures[(row.indicator, row.region, row.year, row.month)] = row
    base = ReportData(
        region=region,
        year=2023,
        month=12,
        regions={x.code: x for x in (TOWN_CITY, A, B)},
        indicators=inds,
        dimensions=[("industry", "产业"), ("reform", "改革"), ("market", "市场")],
        figures=figures,
        today=dt.date(2024, 1, 5),
        priorities=[
            PriorityInfo("p1", "产业升级", ("industry",), True, True, False, ("industry",)),
            PriorityInfo("p2", "改革攻坚", ("reform",), show_tasks=True),
        ],
        groups=[GroupInfo("g", "新兴产业", ("new",))],
        chains=[
            ChainInfo("C1", "新材料", "municipal", "市级", "市工信局", ("100101",)),
            ChainInfo("C2", "食品加工", "provincial", "省级", "市农业农村局", ("100102",)),
        ],
        towns=[
            TownInfo("T1", "甲县轴承专业镇", "100101", "甲县", "provincial", "省级", "", "轴承"),
            TownInfo(
                "T2", "乙区陶瓷专业镇", "100102", "乙区", "municipal", "市级", "第一批", "陶瓷"
            ),
        ],
        honours=[
            HonourInfo(2023, "100101", "甲县", "甲县某村", "全国示范村", "national", "p2"),
            HonourInfo(2023, "100102", "乙区", "乙区公园", "全国示范村", "national", "p2"),
            HonourInfo(2023, "100100", "样例市", "某改革", "2023年度改革案例", "national", ""),
        ],
        projects=[
            ProjectInfo(
                "P1",
                "新材料一体化项目",
                "100101",
                "甲县",
                "新材料",
                "construction",
                50.0,
                "甲县人民政府",
                10.0,
                11.0,
                category="industry",
                category_name="产业",
                status_name="在建",
            ),
            ProjectInfo(
                "P2",
                "城区供水工程",
                "100102",
                "乙区",
                "",
                "construction",
                8.0,
                "乙区人民政府",
                4.0,
                3.0,
                category="infrastructure",
                category_name="基础设施",
                status_name="在建",
            ),
        ],
        tasks=[
            TaskInfo(
                2023,
                1,
                "学生午餐工程",
                "市教育局",
                None,
                (TaskTargetInfo(1, "覆盖学校", "所", 20.0, 21.0, 15.0),),
            )
        ],
    )
    return dataclasses.replace(base, **kw)


def _checked(data: ReportData) -> Document:
    doc = build_review(data)
    assert [str(p) for p in problems_in(doc, data)] == []
    return doc


def test_sections_follow_the_priorities_held_as_data() -> None:
    doc = _checked(bundle())
    assert [s.title for s in doc.sections] == [
        "一、总体情况",
        "二、产业升级",
        "三、改革攻坚",
        "四、市场",  # a dimension no priority claims is not lost
        "五、其他重点工作",
        "六、2024年展望",
        "七、附表",
    ]


def test_without_priorities_each_dimension_is_a_section() -> None:
    doc = _checked(bundle(priorities=[], honours=[]))
    titles = [s.title.split("、", 1)[1] for s in doc.sections]
    assert titles[:4] == ["总体情况", "产业", "改革", "市场"]
    assert "其他重点工作" in titles  # chains, towns, projects and tasks still appear


def test_opening_frames_the_year_with_the_headline_and_the_main_indicators() -> None:
    text = build_review(bundle()).plain_text()
    assert "2023年，全市围绕产业升级、改革攻坚、市场等方面抓重点、补短板" in text
    assert "全年，地区生产总值1000.00亿元，同比增长5.2%" in text
    assert (
        "主要指标中，全年，一般公共预算收入80亿元，同比下降3.0%；固定资产投资500亿元，同比增长2.5%。"
        in text
    )


def test_opening_sums_up_the_major_projects() -> None:
    opening = build_review(bundle()).sections[0]
    assert opening.blocks[-1].text == (  # type: ignore[union-attr]
        "重点项目建设方面，纳入调度的2个重点项目年度计划投资14.0亿元，全年完成14.0亿元，"
        "为年度计划的100.0%，其中1个项目完成年度计划。"
    )


def test_lead_unit_follows_the_name_and_the_cause_is_attributed() -> None:
    data = bundle(
        lead_units={"rev": "市财政局"},
        causes=[CauseInfo("rev", "100100", 2023, 12, "主要受资源税收入减少影响。", "市财政局")],
    )
    text = _checked(data).plain_text()
    assert (
        "全年，一般公共预算收入80.00亿元，同比下降3.0%；年度目标为增长4.0%，"
        "低于目标7.0个百分点。据市财政局说明，主要受资源税收入减少影响。" in text
    )
    assert "一般公共预算收入全年下降3.0%，低于目标7.0个百分点，由市财政局牵头。" in text


def test_without_a_cause_nothing_is_invented() -> None:
    text = build_review(bundle()).plain_text()
    assert "说明，" not in text and "牵头）80" not in text
    assert "受" not in text.split("改革攻坚")[1].split("其他重点工作")[0]


def test_group_members_at_their_own_period_and_the_highlight_pull() -> None:
    text = _checked(bundle()).plain_text()
    assert (
        "1-11月，新兴产业中，新兴产业增加值增长1.3倍（130.0%），拉动地区生产总值增长0.4个百分点。"
        in text
    )
    assert build_review(bundle()).subtitle == "（除注明1-11月者外，均为2023年全年或年末数据）"


def test_counts_are_compared_by_their_levels_not_by_a_percentage() -> None:
    text = _checked(bundle()).plain_text()
    assert "此外，年末高新技术企业数120家，比上年末增加10家。" in text
    assert "9.1%" not in text


def test_every_record_is_named_with_its_figures_and_lead_units() -> None:
    doc = _checked(bundle())
    text = doc.plain_text()
    assert (
        "重点产业链方面，省级重点产业链中有食品加工（市农业农村局牵头）；市级重点产业链中有新材料（市工信局牵头）。"
        in text
    )
    assert "链上重点项目中，新材料链（新材料一体化项目）全年完成投资11.0亿元。" in text
    assert (
        "专业镇方面，省级专业镇有甲县轴承专业镇（甲县，主导产品轴承）；第一批有乙区陶瓷专业镇（乙区，主导产品陶瓷）。"
        in text
    )
    assert (
        "产业类重点项目中，新材料一体化项目（甲县，在建，新材料链），全年完成投资11亿元，为年度计划的110.0%。"
        in text
    )
    assert (
        "基础设施类重点项目中，城区供水工程（乙区，在建），全年完成投资3亿元，为年度计划的75.0%。"
        in text
    )
    assert "学生午餐工程（市教育局牵头），覆盖学校21所，各项目标均已完成。" in text
    assert "获得的荣誉和入选的名单有：全国示范村（甲县某村和乙区公园）。" in text
    assert "2023年度改革案例（某改革）。" in text
    assert review_structure_problems(doc, bundle()) == []


def test_a_task_without_targets_is_still_named() -> None:
    data = bundle()
    data.tasks.append(TaskInfo(2023, 2, "老旧小区改造", "市住建局", None, ()))
    text = _checked(data).plain_text()
    assert "老旧小区改造（市住建局牵头），未设量化目标。" in text
    assert review_structure_problems(build_review(data), data) == []


def test_a_year_inside_a_records_name_is_a_period_label() -> None:
    doc = build_review(bundle())
    labels = [
        run.text
        for p in doc.paragraphs()
        if "改革案例" in p.text
        for run in p.runs
        if isinstance(run, Label)
    ]
    assert labels == ["2023年度"]


def test_a_county_review_says_its_own_name_and_lists_only_its_records() -> None:
    data = bundle(region=A)
    text = _checked(data).plain_text()
    assert "2023年，全县围绕" in text
    assert "甲县轴承专业镇" in text and "乙区陶瓷专业镇" not in text
    assert "市级重点产业链中在全县布局的有新材料" in text and "食品加工" not in text
    assert "甲县某村" in text and "乙区公园" not in text and "某改革" not in text
    assert "学生午餐工程" not in text  # the city government's tasks
    assert "居全市第2位" in text


def test_outlook_states_stored_targets_of_the_next_year_traced() -> None:
    data = bundle()
    data.figures[("out", "100100", 2024, 12)] = r("out", year=2024, target_growth=5.5)
    data.figures[("inv", "100100", 2024, 12)] = r("inv", year=2024, target_value=520.0)
    text = _checked(data).plain_text()
    assert "2024年主要预期目标为：地区生产总值增长5.5%，固定资产投资520亿元。" in text


def test_outlook_without_targets_invents_nothing() -> None:
    section = build_review(bundle()).sections[-2]
    assert section.title == "六、2024年展望"
    last = section.blocks[-1]
    assert last.text == (  # type: ignore[union-attr]
        "2024年，全市将继续围绕产业升级、改革攻坚、市场，逐项抓好年度目标任务的落实。"
    )


def test_structure_check_names_what_is_missing() -> None:
    data = bundle()
    doc = build_review(data)
    doc.sections = [s for s in doc.sections if "其他" not in s.title and "展望" not in s.title]
    assert review_structure_problems(doc, data) == [
        "缺少「展望」一节",
        "未写到重点项目「城区供水工程」",
        "未写到荣誉「2023年度改革案例」",
    ]
    assert review_structure_problems(doc) == ["缺少「展望」一节"]
    county = bundle(region=A)
    wrong = build_review(bundle())  # the city's text checked as the county's
    assert "开篇未以「全县」称本地" in review_structure_problems(wrong, county)


def test_section_numbers_past_ten() -> None:
    assert [chinese_number(n) for n in (1, 10, 11, 12, 20, 23)] == [
        "一",
        "十",
        "十一",
        "十二",
        "二十",
        "二十三",
    ]
