"""Round 17 of #13 (session 7): holidays and events (convention 4), on the spent heldout18.

Sentences of our own, of the shapes of heldout18's holiday and signing texts.
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _periods(text: str, year: int = 2024) -> list[tuple[object, ...]]:
    return fact_rows(text, "period", region="湖南省", year=year)


def test_a_holidays_dates_written_after_it_keep_the_month_of_its_first_day() -> None:
    text = "2024年国庆假期七天(10月1日-7日),全省接待游客4210.5万人次。"
    assert _periods(text) == [("4210.5万人次", "2024-10")]
    text = "2023年中秋国庆假期八天(9月29日-10月6日),全省累计接待游客5120.3万人次,同比增长38.2%。"
    assert _periods(text, 2023) == [("5120.3万人次", "2023-09"), ("38.2%", "2023-09")]


def test_the_figures_of_a_days_event_take_its_month() -> None:
    text = (
        "3月12日上午,全市2024年第一批重大项目集中开工活动举行。总投资312.6亿元的64个项目集中开工。\n"
        "据了解,此次集中开工的项目中,先进制造业项目28个,总投资146亿元。\n"
        "2023年,全市新开工项目215个。"
    )
    assert _periods(text) == [
        ("312.6亿元", "2024-03/2024-03"),
        ("64个", "2024-03/2024-03"),
        ("28个", "2024-03/2024-03"),
        ("146亿元", "2024-03/2024-03"),
        ("215个", "2023"),  # (a paragraph not on the event: its own period)
    ]


def test_a_census_is_a_state_at_its_standard_time() -> None:
    text = (
        "乙县第七次全国人口普查公报\n"
        "现将 2020 年 11 月 1 日零时全县人口的基本情况公布如下:\n"
        "全县常住人口为 215460 人,与 2010 年第六次全国人口普查时的 223018 人相比,"
        "减少了 7558 人,年平均减少 0.34%。\n"
        "全县共有家庭户 70215 户,平均每个家庭户的人口为 2.81 人。"
    )
    facts = extract(text, region="甘肃省", year=2020)
    assert [(f.text_span, f.subject, f.period, f.basis) for f in facts] == [
        ("215460 人", "常住人口", "2020-11", None),
        ("223018 人", "常住人口", "2010-11", None),
        ("7558 人", "常住人口", "2020-11", None),
        ("0.34%", "常住人口", "2010/2020", "avg_annual"),
        ("70215 户", "家庭户", "2020-11", None),
        ("2.81 人", "平均每个家庭户的人口", "2020-11", None),
    ]


def test_planned_projects_named_after_their_number_and_those_done_of_them() -> None:
    text = "其中,312个续建项目年度投资完成率98.1%,186个计划新开工项目中150个项目开工建设、开工率80.6%。全国有5个计划单列市。"
    facts = extract(text, region="湖南省", year=2023)
    assert [(f.text_span, f.measure) for f in facts] == [
        ("312个", "count"),
        ("98.1%", "share"),
        ("186个", "target"),
        ("150个", "count"),
        ("80.6%", "share"),
        ("5个", "count"),
    ]


def test_a_report_of_a_quarter_keeps_its_quarter_after_a_month() -> None:
    text = (
        "甲市人社局2024年一季度新闻发布会举行。一季度全市城镇新增就业5.2万人。\n"
        "一季度全市城镇新增就业5.2万人,同比增长2.1%。\n"
        "3月全市城镇调查失业率为5.1%。\n"
        "全市人力资源市场发布岗位31.4万个,同比增长4.2%。\n"
        "为1.2万家企业减免失业保险费2.3亿元。\n"
        "全市基本养老保险参保人数达812万人,基本养老保险参保率巩固在95%以上。"
    )
    facts = extract(text, region="四川省", year=2024)
    quarter = "2024-01/2024-03"
    assert [(f.text_span, f.period) for f in facts] == [
        ("5.2万人", quarter),
        ("5.2万人", quarter),
        ("2.1%", quarter),
        ("5.1%", "2024-03"),
        ("31.4万个", quarter),
        ("4.2%", quarter),
        ("1.2万家", quarter),
        ("2.3亿元", quarter),
        ("812万人", "2024-03"),
        ("95%", "2024-03"),
    ]


def test_a_list_of_parts_sharing_one_head_and_their_ranks() -> None:
    text = (
        "城镇、农村居民人均可支配收入分别达到41236元、18452元,增长5.2%、6.3%,总量全市第四、第五。"
    )
    facts = extract(text, region="山西省", year=2022)
    town, village = "城镇居民人均可支配收入", "农村居民人均可支配收入"
    assert [(f.text_span, f.measure, f.subject) for f in facts] == [
        ("41236元", "level", town),
        ("18452元", "level", village),
        ("5.2%", "growth_yoy", town),
        ("6.3%", "growth_yoy", village),
        ("第四", "rank", town),
        ("第五", "rank", village),
    ]
    assert [f.value for f in facts[-2:]] == [4.0, 5.0]
    # sectors stay no ranks, and 等 keeps each product its own name
    assert (
        extract("第二、第三产业分别增长5.1%、6.2%。", region="山西省", year=2022)[0].measure
        != "rank"
    )
    facts = extract(
        "主要产品中,钢材、水泥、平板玻璃等产品产量分别增长6.1%、3.2%、1.7%。",
        region="山西省",
        year=2022,
    )
    assert [f.subject for f in facts] == ["钢材产量", "水泥产量", "平板玻璃产量"]


def test_a_list_of_persons_in_wan_takes_the_unit_of_its_last_item() -> None:
    text = "登记失业人员、就业困难人员分别就业6.2万、3.4万人,同比增长20%、9.1%。"
    facts = extract(text, region="四川省", year=2023)
    assert [(f.text_span, f.unit, f.value_base, f.subject) for f in facts[:2]] == [
        ("6.2万", "万人", 62000.0, "登记失业人员"),
        ("3.4万人", "万人", 34000.0, "就业困难人员"),
    ]


def test_progress_against_the_years_task_is_a_share_not_a_target() -> None:
    text = "一季度全市城镇新增就业5.2万人,完成全年目标任务21.3%,同比增长2.1%。"
    facts = extract(text, region="四川省", year=2023)
    assert [(f.text_span, f.measure, f.period) for f in facts] == [
        ("5.2万人", "level", "2023-01/2023-03"),
        ("21.3%", "share", "2023-01/2023-03"),
        ("2.1%", "growth_yoy", "2023-01/2023-03"),
    ]
    assert facts[2].subject == "城镇新增就业"
    # a task itself stays a target
    assert (
        extract("全年目标任务为新增就业8万人。", region="四川省", year=2023)[0].measure == "target"
    )


def test_those_served_after_wei_are_named_by_the_service() -> None:
    text = "此外,甲市人社部门为12万家企业减免失业保险费3.1亿元,为1830家中小微企业减息0.6亿元。"
    facts = extract(text, region="四川省", year=2023)
    assert [(f.text_span, f.measure, f.subject) for f in facts] == [
        ("12万家", "count", "减免失业保险费企业"),
        ("3.1亿元", "level", "企业减免失业保险费"),
        ("1830家", "count", "减息中小微企业"),
        ("0.6亿元", "level", "中小微企业减息"),
    ]
