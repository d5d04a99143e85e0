"""Round 22, third pass: subjects (session 12). An industry named without an indicator takes
the one its sentence names (a ranked list's lead, ``甲行业实现利润``), not the default
增加值. Built under the strict rule (facts fixed in three sets of two genres or more, none
broken). Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="甲省", year=2023)


def test_the_industries_of_a_ranked_list_take_the_indicator_of_its_lead() -> None:
    text = (
        "2022年全省城镇非私营单位就业人员年平均工资为81200元。分行业看,"
        "年平均工资最高的三个行业是金融业142300元、电力业118900元、采矿业103400元。"
    )
    assert _rows(text, "subject")[1:] == [
        ("142300元", "金融业年平均工资"),
        ("118900元", "电力业年平均工资"),
        ("103400元", "采矿业年平均工资"),
    ]


def test_a_ranked_lead_with_its_scope_names_each_industry_with_the_scope() -> None:
    text = "2023年,全市私营单位就业人员年平均工资最低的三个行业是农业31200元、餐饮业33400元。"
    assert _rows(text, "subject") == [
        ("31200元", "农业私营单位就业人员年平均工资"),
        ("33400元", "餐饮业私营单位就业人员年平均工资"),
    ]


def test_industries_after_a_lead_naming_profits_are_profits() -> None:
    text = "1-10月份,重点行业的利润情况是:纺织业增长12.5%,化学原料和化学制品制造业下降3.1%。"
    assert _rows(text, "subject", "value") == [
        ("12.5%", "纺织业利润", 12.5),
        ("3.1%", "化学原料和化学制品制造业利润", -3.1),
    ]


def test_industries_whose_clause_names_profits_are_profits() -> None:
    text = "一季度,有色、建材行业实现利润同比下降,分别下降21%、35.4%。"
    assert _rows(text, "subject") == [("21%", "有色行业利润"), ("35.4%", "建材行业利润")]


def test_industries_named_with_no_indicator_keep_the_value_added() -> None:
    text = "2023年,全市规模以上工业增加值增长6.1%。分行业看,纺织业增长5.2%,食品制造业增长7.3%。"
    assert _rows(text, "subject") == [
        ("6.1%", "规模以上工业增加值"),
        ("5.2%", "纺织业增加值"),
        ("7.3%", "食品制造业增加值"),
    ]
    text = "分行业看,纺织业增长5.2%,食品制造业增长7.3%。"
    assert _rows(text, "subject") == [("5.2%", "纺织业增加值"), ("7.3%", "食品制造业增加值")]
