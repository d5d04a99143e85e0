"""Rules of round 7 (issue 13): rules other than subjects.

Each test uses an invented text of the same shape as a real one (invented figures and
names); the real texts are kept outside the repository.
"""

from __future__ import annotations

from citystat.textfacts.periods import infer_year

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str | None = "太原市", year: int | None = 2024
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# 日照 (sunshine) inside a word is no mention of the city 日照市


def test_sunshine_followed_by_its_hours_is_no_city() -> None:
    rows = _rows("全年平均气温11.8℃,全年日照2350小时。", "region", region=None)
    assert [row[1] for row in rows] == [None, None]


def test_sunshine_hours_do_not_make_the_document_region() -> None:
    assert _rows("全年日照时数2210.4小时。", "region", region=None) == [("2210.4小时", None)]
    # the city itself still counts
    assert _rows("日照市全年地区生产总值2100亿元。", "region", region=None) == [
        ("2100亿元", "日照市")
    ]


# A year that is the base of a recovery is neither the period nor the document's year


def test_year_of_a_recovery_base_does_not_become_this_year() -> None:
    text = (
        "上半年,全市接待游客恢复至2019年同期的96.4%。"
        "今年上半年接待游客1350万人次,比去年同期增长28.7%。"
    )
    assert _rows(text, "period") == [
        ("96.4%", "2024-01/2024-06"),
        ("1350万人次", "2024-01/2024-06"),
        ("28.7%", "2024-01/2024-06"),
    ]
    assert infer_year(text) is None
    assert infer_year("2023年,旅游收入恢复到2019年的1.2倍。") == 2023


# A list whose first item carries a long note in brackets keeps that item


def test_list_item_with_a_long_note_in_brackets_is_an_item() -> None:
    text = (
        "四城区空气优良天数由多到少排序依次为:小店区(不含某某国控监测点位)262天,"
        "迎泽区250天,杏花岭区247天,万柏林区239天。"
    )
    assert _rows(text, "subject", "region") == [
        ("262天", "空气优良天数", "小店区"),
        ("250天", "空气优良天数", "迎泽区"),
        ("247天", "空气优良天数", "杏花岭区"),
        ("239天", "空气优良天数", "万柏林区"),
    ]


# An index without unit moved by 上升/回落 after 比/较 is a change in its points


def test_change_of_an_index_without_unit() -> None:
    text = "非制造业商务活动指数为51.3,比上月上升0.9;服务业活动指数50.2,较上月回落0.4。"
    assert _rows(text, "measure", "value_base") == [
        ("51.3", "level", 51.3),
        ("0.9", "abs_change", 0.9),
        ("50.2", "level", 50.2),
        ("0.4", "abs_change", -0.4),
    ]


# Tenths after a whole or a part (全市九成的…, 企业中八成) are shares; words are not


def test_tenths_after_a_whole_or_a_part() -> None:
    text = "全市九成的行政村通了客运班车,规上企业中八成实现盈利,资金集中一成用于奖励。"
    assert _rows(text, "measure", "value_base") == [
        ("九成", "share", 90.0),
        ("八成", "share", 80.0),
    ]


# What was done against a target named before is no target


def test_amount_done_after_a_target_is_a_level() -> None:
    text = "年度目标任务320亿元,已完成275亿元。力争全年完成投资180亿元,目前已完成126亿元。"
    assert _rows(text, "measure") == [
        ("320亿元", "target"),
        ("275亿元", "level"),
        ("180亿元", "target"),
        ("126亿元", "level"),
    ]


# A price per jin (half a kilogram) is recorded per kilogram in the base unit


def test_price_per_jin_in_yuan_per_kilogram() -> None:
    text = "本周猪五花肉14元/斤,牛肉价格为36.5元/公斤。"
    assert _rows(text, "unit", "value_base", "base_unit") == [
        ("14元/斤", "元/斤", 28.0, "yuan/kg"),
        ("36.5元/公斤", "元/公斤", 36.5, "yuan/kg"),
    ]


# Prices on a day or in a week are a state within the month


def test_prices_on_a_day_or_in_a_week_are_of_the_month() -> None:
    text = "11月12日,全国农产品批发市场牛肉平均价格为63.2元/公斤,比昨天上升0.2%。"
    assert _rows(text, "period") == [("63.2元/公斤", "2024-11"), ("0.2%", "2024-11")]
    text = "本周(4月8日-4月14日),该县猪后腿肉价格15元/斤,与上周相比持平。"
    assert _rows(text, "period") == [("15元/斤", "2024-04")]
    # an event of a day stays as it was (its month as a span)
    assert _rows("5月18日,全市举行签约仪式,签约项目23个。", "period") == [
        ("23个", "2024-05/2024-05")
    ]


# 幅度分别为 after 升幅/降幅…前N名: growth rates with the sign of the rise or fall


def test_magnitudes_of_the_largest_rises_and_falls() -> None:
    text = (
        "与上周对比价格升幅前三名的是甲品、乙品和丙品,幅度分别为3.3%、2.6%和1.1%;"
        "价格降幅前两名的是丁品和戊品,幅度分别为2.8%和0.5%。"
    )
    assert _rows(text, "measure", "value") == [
        ("3.3%", "growth_yoy", 3.3),
        ("2.6%", "growth_yoy", 2.6),
        ("1.1%", "growth_yoy", 1.1),
        ("2.8%", "growth_yoy", -2.8),
        ("0.5%", "growth_yoy", -0.5),
    ]


# An index named in quotes, and a clock time after a sentence with 比


def test_index_in_quotes_and_a_clock_time() -> None:
    text = (
        "11月5日“农产品批发价格200指数”为125.31。"
        "牛肉比昨天下降0.4%。截至今日14:00时,猪肉平均价格为24.6元/公斤。"
    )
    assert [row[0] for row in _rows(text)] == ["125.31", "0.4%", "24.6元/公斤"]


# A tally of goods that rose, held and fell (9涨35平4降) counts them


def test_tally_of_rises_holds_and_falls() -> None:
    text = "本周监测的6大类48种商品价格与上周相比,9涨35平4降。肉类8种商品价格与上周相比5平3降。"
    rows = _rows(text, "measure", "value", "unit")
    assert [row for row in rows if row[0] not in ("48种", "8种")] == [
        ("6大类", "count", 6.0, "大类"),  # the categories monitored are counted (大类, round 8)
        ("9", "count", 9.0, "种"),
        ("35", "count", 35.0, "种"),
        ("4", "count", 4.0, "种"),
        ("5", "count", 5.0, "种"),
        ("3", "count", 3.0, "种"),
    ]
    # one number before 涨 is no tally
    assert _rows("股价3涨停。") == []


# A space between the magnitude and the unit (257.48万 件) keeps the unit


def test_space_between_magnitude_and_unit() -> None:
    assert _rows("快递业务量186.35万 件,同比增长21.3%。", "unit", "value_base") == [
        ("186.35万 件", "万件", 1863500.0),
        ("21.3%", "%", 21.3),
    ]


# X的地区分别为甲、乙和丙,分别为…: the places named after 分别为 in the clause before


def test_places_named_after_respectively_in_the_clause_before() -> None:
    text = "分地区看,研发经费居全省前三位的地区分别为石家庄、唐山和保定,分别为156.0亿元、140.2亿元和98.7亿元。"
    assert _rows(text, "region", region="河北省") == [
        ("156.0亿元", "石家庄市"),
        ("140.2亿元", "唐山市"),
        ("98.7亿元", "保定市"),
    ]


# 平均水平 is a reference, not a figure per head: the places counted stay a count


def test_count_of_places_above_the_average_level() -> None:
    text = "研发投入强度超过全省平均水平的有5个地区。平均每千人拥有床位6.5张。"
    assert _rows(text, "measure", region="河北省") == [("5个", "count"), ("6.5张", "level")]


# 占全国(销售额为N亿元)…: the figure in brackets is the whole's


def test_figure_of_the_whole_named_in_brackets() -> None:
    text = "全省彩票销售额为19.17亿元,占全国(销售额为318.1亿元)彩票销售额的6.03%。"
    assert _rows(text, "region", region="山东省") == [
        ("19.17亿元", "山东省"),
        ("318.1亿元", "全国"),
        ("6.03%", "山东省"),
    ]


# A line broken inside a sentence (a word, then a figure its clause goes on after)


def test_line_broken_inside_a_sentence_keeps_the_period() -> None:
    text = "1-11月,全市农村快递业务\n186.2万件,同比增长35.4%。\n指标\n绝对数\n12.5\n"
    rows = _rows(text, "period")
    assert rows[:2] == [("186.2万件", "2024-01/2024-11"), ("35.4%", "2024-01/2024-11")]


# A county's short form right after its province (山东蒙阴) is that county


def test_county_short_form_after_its_province() -> None:
    assert _rows("山东蒙阴:本周食品价格总体上涨1.2%", "region", region="蒙阴县") == [
        ("1.2%", "蒙阴县")
    ]
    assert _rows("山东蒙阴:本周食品价格总体上涨1.2%", "region", region=None) == [("1.2%", "蒙阴县")]


# A period named within an enumerated point (二是…前三季度…) is that point's only


def test_period_within_an_enumerated_point_ends_with_it() -> None:
    text = (
        "前11月全市快递业有以下特点:一是农村快递提质增效,快递业务量25.4万件;"
        "二是前三季度市局联合各部门出台政策13项;三是电商快递协同,带动业务量357.28万件。"
    )
    assert _rows(text, "period") == [
        ("25.4万件", "2024-01/2024-11"),
        ("13项", "2024-01/2024-09"),
        ("357.28万件", "2024-01/2024-11"),
    ]


# 全国知名 (an adjective) is no scope of the figures after it


def test_nationwide_as_an_adjective_is_no_scope() -> None:
    text = "全国知名快递企业先后落户本地,日设计分拣量达30万件。全国快递业务量增长20%。"
    assert _rows(text, "region", region="临汾市") == [("30万件", "临汾市"), ("20%", "全国")]


# A further list of figures in the same sentence keeps the places of the list before


def test_further_list_keeps_the_places_of_the_list_before() -> None:
    text = (
        "研发投入强度超过全省平均水平的有3个地区,分别为保定市、石家庄市和邯郸市,"
        "分别为3.46%、2.76%和2.52%,高于全省平均水平1.38、0.68和0.44个百分点。"
    )
    rows = _rows(text, "region", region="河北省")
    assert [row[1] for row in rows[1:]] == ["保定市", "石家庄市", "邯郸市"] * 2


# 本周 in a later paragraph about prices is the week of the dates named before


def test_this_week_of_prices_in_a_later_paragraph() -> None:
    text = (
        "本周(4月8日-4月14日),该县监测的食品价格与上周相比总体上涨1.2%。\n"
        "蔬菜类。本周,监测的蔬菜价格平均涨幅2.5%。"
    )
    assert _rows(text, "period") == [("1.2%", "2024-04"), ("2.5%", "2024-04")]
