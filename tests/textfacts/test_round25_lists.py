"""Round 25 (session 15): lists of trade partners, sectors with the residents, and a list
said again for another period.

``对甲、乙分别增长x、y`` is the text's place's trade with each partner (``对甲进出口``), the
flow the sentence names; ``第一、二、三产业和居民用电量`` lists four consumers; ``1至9月分别
增长…`` after a list names the same items (or places) again. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="440000", year=2023)


def test_trade_with_each_partner_of_a_list_is_the_texts_places() -> None:
    text = "全省进出口增长6.2%。其中,对东盟、日本和韩国分别增长9.1%、-3.4%和2.8%。"
    assert _rows(text, "subject", "region")[1:] == [
        ("9.1%", "对东盟进出口", "广东省"),
        ("-3.4%", "对日本进出口", "广东省"),
        ("2.8%", "对韩国进出口", "广东省"),
    ]
    text = "对东盟、日本分别出口1200亿元、860亿元。"
    assert [row[1] for row in _rows(text, "subject")] == ["对东盟出口", "对日本出口"]


def test_the_three_sectors_and_the_residents_listed_together() -> None:
    text = "第一、二、三产业和居民用电量分别增长4.1%、5.6%、7.2%和3.9%。"
    assert [row[1] for row in _rows(text, "subject")] == [
        "第一产业用电量",
        "第二产业用电量",
        "第三产业用电量",
        "居民用电量",
    ]


def test_a_list_said_again_for_another_period_names_the_same_items() -> None:
    text = "工业用电量、居民用电量分别增长2.4%、5.1%;1至8月分别增长3.0%、4.6%。"
    assert _rows(text, "subject", "period") == [
        ("2.4%", "工业用电量", "2023"),
        ("5.1%", "居民用电量", "2023"),
        ("3.0%", "工业用电量", "2023-01/2023-08"),
        ("4.6%", "居民用电量", "2023-01/2023-08"),
    ]


def test_the_gaps_after_a_list_of_places_are_each_places() -> None:
    text = "韶关市、河源市地区生产总值分别增长5.5%、4.8%,分别高于全省0.7、0.0个百分点。"
    assert [row[1] for row in _rows(text, "region")] == ["韶关市", "河源市", "韶关市", "河源市"]


def test_kinds_listed_and_counted_before_take_the_indicator_of_each_list_after() -> None:
    text = (
        "其中,化工、建材、食品等3个行业对全部工业增长的拉动较大,增加值分别增长8.2%、6.5%、"
        "7.7%,对全部工业增长的贡献分别为18.4%、12.9%、11.3%。"
    )
    assert _rows(text, "subject", "measure") == [
        ("3个", "行业", "count"),
        ("8.2%", "化工行业增加值", "growth_yoy"),
        ("6.5%", "建材行业增加值", "growth_yoy"),
        ("7.7%", "食品行业增加值", "growth_yoy"),
        ("18.4%", "化工行业对全部工业增长的贡献率", "share"),
        ("12.9%", "建材行业对全部工业增长的贡献率", "share"),
        ("11.3%", "食品行业对全部工业增长的贡献率", "share"),
    ]


def test_the_bound_of_a_class_counted_after_it_is_no_figure() -> None:
    text = "全县营业收入超5亿元的企业有9家,日均客流超过两千人次的景区有6个。"
    assert _rows(text, "subject") == [
        ("9家", "营业收入超5亿元的企业"),
        ("6个", "日均客流超过两千人次的景区"),
    ]


def test_rates_per_ten_thousand_of_a_pair_and_their_growths() -> None:
    text = "同期城市与农村婴儿死亡率分别为3.1/10万和5.4/10万,分别比上年回落4.2%和6.0%。"
    assert _rows(text, "subject", "measure") == [
        ("3.1/10万", "城市婴儿死亡率", "level"),
        ("5.4/10万", "农村婴儿死亡率", "level"),
        ("4.2%", "城市婴儿死亡率", "growth_yoy"),
        ("6.0%", "农村婴儿死亡率", "growth_yoy"),
    ]


def test_values_named_in_a_list_after_fen_bie_wei_and_their_sum() -> None:
    text = (
        "4A级景区累计接待游客分别为:云台山 12031人次、青龙峡 8240人次、神农山 6517人次,"
        "共计26788人次。"
    )
    assert _rows(text, "subject") == [
        ("12031人次", "云台山累计接待游客"),
        ("8240人次", "青龙峡累计接待游客"),
        ("6517人次", "神农山累计接待游客"),
        ("26788人次", "4A级景区累计接待游客"),
    ]


def test_a_task_in_brackets_after_what_was_done_is_its_target() -> None:
    text = "全县引进重点企业14家(任务数12家),到位资金28亿元(任务数25亿元),制造业到位资金占比58.2%(任务数占比55%)。"
    assert _rows(text, "subject", "measure") == [
        ("14家", "引进重点企业", "count"),
        ("12家", "引进重点企业", "target"),
        ("28亿元", "到位资金", "level"),
        ("25亿元", "到位资金", "target"),
        ("58.2%", "制造业到位资金占比", "share"),
        ("55%", "制造业到位资金", "target"),
    ]


def test_entities_then_the_verb_that_makes_them_new_are_named_verb_first() -> None:
    text = "前三季度,全省个体工商户新设立21.7万户,私营企业新设立8.3万户。"
    assert [row[1] for row in _rows(text, "subject")] == ["新设立个体工商户", "新设立私营企业"]


def test_an_age_with_its_parts_by_sex_in_brackets() -> None:
    text = "全省户籍人口预期寿命为80.12岁(男性77.60岁、女性82.75岁)。"
    assert _rows(text, "subject") == [
        ("80.12岁", "户籍人口预期寿命"),
        ("77.60岁", "男性户籍人口预期寿命"),
        ("82.75岁", "女性户籍人口预期寿命"),
    ]


def test_a_span_of_months_not_from_january_before_a_list_gives_each_month() -> None:
    text = "8月-10月份,受猪肉、鲜菜价格上涨的影响,全省居民消费价格同比分别上涨1.2%、1.4%和1.1%。"
    assert [row[1] for row in _rows(text, "period")] == ["2023-08", "2023-09", "2023-10"]


def test_places_of_a_class_by_a_bound_take_the_indicator_the_class_is_of() -> None:
    text = "全省研发经费投入超过50亿元的有2个,分别为广州(812.3亿元)和深圳(1680.5亿元)。"
    assert _rows(text, "subject", "region")[1:] == [
        ("812.3亿元", "研究与试验发展经费投入", "广州市"),
        ("1680.5亿元", "研究与试验发展经费投入", "深圳市"),
    ]
