"""Round 25 (session 15): a state moved from one value to another, times at a year's end,
spans written with both months, and the parts of a day's total.

``由A年的x提高到B年的y`` gives y the year B and the indicator named before x; a verb of
change alone (``略升``) is no indicator; ``截至…12月31日`` and a survey's standard time at
that day are the year (the guideline dates a year-end stock ``YYYY``); ``1月至6月`` is the
span since January. Sentences and figures are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str, year: int = 2021) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="房县", year=year)


def test_a_state_moved_to_a_new_value_keeps_its_indicator_and_takes_the_later_year() -> None:
    text = "全县森林覆盖率由2016年的31.4%提高到2020年的36.2%。"
    assert _rows(text, "subject", "period", "measure") == [
        ("31.4%", "森林覆盖率", "2016", "share"),
        ("36.2%", "森林覆盖率", "2020", "share"),
    ]
    text = "全县人均预期寿命由2019年的76.85岁提高到2020年的77.4岁。"
    assert _rows(text, "subject", "period") == [
        ("76.85岁", "人均预期寿命", "2019"),
        ("77.4岁", "人均预期寿命", "2020"),
    ]


def test_a_move_from_a_year_written_with_cong() -> None:
    text = "全县水土保持率从2017年的62.5%提高到2020年的66%。"
    assert _rows(text, "subject", "period", "measure") == [
        ("62.5%", "水土保持率", "2017", "share"),
        ("66%", "水土保持率", "2020", "share"),
    ]


def test_a_share_of_a_year_before_is_still_a_base_without_a_move() -> None:
    text = "全县接待游客恢复至2019年同期的92.6%。"
    assert _rows(text, "period") == [("92.6%", "2021")]


def test_a_verb_of_change_alone_is_no_indicator() -> None:
    text = "全县孕产妇系统管理率为92.1%,比上年略升0.4个百分点。"
    assert _rows(text, "subject", "measure") == [
        ("92.1%", "孕产妇系统管理率", "share"),
        ("0.4个百分点", "孕产妇系统管理率", "pp_change"),
    ]


def test_the_last_day_of_a_year_is_the_year_another_day_its_month() -> None:
    text = "截至2021年12月31日,全县户籍人口41.6万人。"
    assert _rows(text, "period") == [("41.6万人", "2021")]
    text = "截至2020年12月15日,全县户籍人口41.6万人。"
    assert _rows(text, "period") == [("41.6万人", "2020-12")]


def test_a_surveys_standard_time_dates_its_figures_not_the_month_it_started() -> None:
    text = (
        "房县土地变更调查结果\n"
        "2020年4月,房县开展年度土地变更调查,以2019年12月31日为标准时点。"
        "全县耕地面积2.35万公顷。"
    )
    assert _rows(text, "period", year=2021) == [("2.35万公顷", "2019")]


def test_a_span_with_both_months_written() -> None:
    text = "1月至6月,全县规上工业增加值完成31.2亿元,同比增长4.7%。"
    assert _rows(text, "period") == [("31.2亿元", "2021-01/2021-06"), ("4.7%", "2021-01/2021-06")]
    text = "1月份至9月份,全县社会消费品零售总额42.8亿元。"
    assert _rows(text, "period") == [("42.8亿元", "2021-01/2021-09")]


def test_the_parts_of_a_days_total_are_the_days() -> None:
    text = (
        "4月16日,房县举行重点项目集中签约活动。\n"
        "此次活动共签约项目46个,总投资215亿元。\n"
        "在46个签约项目中,10亿元以上项目9个。"
    )
    assert [row[1] for row in _rows(text, "period")] == ["2021-04/2021-04"] * 4


def test_an_event_named_by_its_date_is_no_count() -> None:
    text = "房县举办“4·16”项目签约活动,共签约项目46个。"
    assert _rows(text, "measure") == [("46个", "count")]
    text = "房县举办4·16项目签约活动。"
    assert _rows(text, "measure") == []


def test_a_bullet_is_no_part_of_the_name() -> None:
    text = "·全县地区生产总值为128.6亿元,同比增长3.9%。"
    assert _rows(text, "subject") == [("128.6亿元", "地区生产总值"), ("3.9%", "地区生产总值")]


def test_a_change_with_its_base_left_unsaid_is_a_change() -> None:
    text = "全县林地面积增加1.26万亩,年均净增0.25万亩;荒草地减少3408亩。"
    assert _rows(text, "measure", "value") == [
        ("1.26万亩", "abs_change", 1.26),
        ("0.25万亩", "abs_change", 0.25),
        ("3408亩", "abs_change", -3408.0),
    ]


def test_new_things_counted_and_income_per_head_stay_levels() -> None:
    text = "全县新增加公共停车位620个,农民人均增收860元。"
    assert _rows(text, "measure") == [("620个", "count"), ("860元", "level")]


def test_a_deposits_change_is_still_named_by_its_balance() -> None:
    text = "6月末,全县各项存款余额312.4亿元。1-6月各项存款增加18.6亿元。"
    assert _rows(text, "subject", "measure") == [
        ("312.4亿元", "各项存款余额", "level"),
        ("18.6亿元", "各项存款余额", "abs_change"),
    ]


def test_parts_listed_after_a_counted_whole_are_named_by_what_they_do() -> None:
    text = "全县共有养老机构42个,其中15个机构提供失智照护服务、9个机构提供康复护理服务。"
    assert _rows(text, "subject") == [
        ("42个", "养老机构"),
        ("15个", "提供失智照护服务的机构"),
        ("9个", "提供康复护理服务的机构"),
    ]


def test_parts_named_by_their_own_noun_keep_it() -> None:
    text = "全县有中小学61所,其中小学40所、初中15所。"
    assert _rows(text, "subject") == [("61所", "中小学"), ("40所", "小学"), ("15所", "初中")]


def test_a_class_of_land_by_slope_is_named_without_where_it_lies_and_its_bounds_note() -> None:
    text = "其中,位于5度(含5度)以下坡度的林地1460公顷,占全县林地的18.5%。"
    assert _rows(text, "subject") == [
        ("1460公顷", "5度以下坡度的林地"),
        ("18.5%", "5度以下坡度的林地占全县林地的比重"),
    ]


def test_the_three_sectors_of_a_part_of_the_economy_and_their_structure() -> None:
    text = "全县民营三次产业增加值分别为5.2亿元、38.4亿元和26.1亿元,占民营经济增加值比重为7.5:55.1:37.4。"
    assert _rows(text, "subject") == [
        ("5.2亿元", "民营第一产业增加值"),
        ("38.4亿元", "民营第二产业增加值"),
        ("26.1亿元", "民营第三产业增加值"),
        ("7.5:55.1:37.4", "民营三次产业增加值占民营经济增加值比重"),
    ]


def test_a_move_whose_indicator_opens_the_sentence_takes_it_not_the_sentence_befores() -> None:
    text = (
        "全县已婚育龄妇女避孕率始终保持在85%以上。"
        "儿童健康体检率经过两年回落后稳步回升,由2019年的88.4%上升到2021年的93.6%。"
    )
    assert _rows(text, "subject") == [
        ("85%", "已婚育龄妇女避孕率"),
        ("88.4%", "儿童健康体检率"),
        ("93.6%", "儿童健康体检率"),
    ]


def test_the_summer_harvest_in_a_half_years_release_is_the_years() -> None:
    text = "上半年,全县地区生产总值增长4.1%。夏粮播种面积12.6千公顷,总产量7.9万吨。"
    assert _rows(text, "period") == [
        ("4.1%", "2021-01/2021-06"),
        ("12.6千公顷", "2021"),
        ("7.9万吨", "2021"),
    ]


def test_a_disaster_of_a_year_and_a_base_year_in_brackets_are_no_periods() -> None:
    text = (
        "甲县林地清查结果\n截至2021年,全县林地面积52.3万亩。\n"
        "同上一轮(2016年)调查相比,剔除2019年洪涝灾害带来的损失,林地面积增加2.1万亩。"
    )
    assert _rows(text, "period") == [("52.3万亩", "2021"), ("2.1万亩", "2021")]
    text = "2020年受疫情影响,全县旅游收入下降31%。"
    assert _rows(text, "period") == [("31%", "2020")]
