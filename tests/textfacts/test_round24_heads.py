"""Round 24 (session 14): heads a paragraph gives its items (elided heads).

Found on unseen texts: a price release names the eight categories of the consumer price
index bare after ``八大类商品价格`` (``食品烟酒类同比下降2.7%,衣着…``), an industry release its
products bare under a heading or a ``…产品中,`` (``服务机器人增长21.8%``). The guideline
restores the head: 食品烟酒类价格, 服务机器人产量. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _subjects(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region="甲市", year=2023)


def test_the_categories_of_a_price_index_are_prices() -> None:
    text = "从同比看,八大类商品价格“五升三降”。其中,食品烟酒类同比下降2.7%,衣着同比下降0.2%,居住上涨0.3%,医疗保健上涨0.6%。"
    assert _subjects(text) == [
        ("2.7%", "食品烟酒类价格"),
        ("0.2%", "衣着价格"),
        ("0.3%", "居住价格"),
        ("0.6%", "医疗保健价格"),
    ]


def test_products_under_a_heading_of_products_are_outputs() -> None:
    text = (
        "三、主要工业产品保持增长\n"
        "1—7月份,全市规模以上工业企业生产电子计算机整机同比增长47.8%,服务机器人增长21.8%;"
        "石化产品中,乙烯增长46.9%,初级形态塑料增长29.6%。"
    )
    assert _subjects(text) == [
        ("47.8%", "电子计算机整机产量"),
        ("21.8%", "服务机器人产量"),
        ("46.9%", "乙烯产量"),
        ("29.6%", "初级形态塑料产量"),
    ]


def test_a_sentence_of_new_products_framed_by_products() -> None:
    text = "装备制造业增加值增长8.3%,其中,汽车制造业增长32.3%。新产品中,新能源汽车产量增长1.5倍,光伏电池增长10.2%。"
    assert _subjects(text) == [
        ("8.3%", "装备制造业增加值"),
        ("32.3%", "汽车制造业增加值"),
        ("1.5倍", "新能源汽车产量"),
        ("10.2%", "光伏电池产量"),
    ]


def test_outside_a_frame_of_products_a_sector_keeps_the_head_of_its_whole() -> None:
    text = "一、工业生产\n全市规模以上工业增加值增长5.1%,其中采矿业增长3.2%。"
    assert _subjects(text) == [("5.1%", "规模以上工业增加值"), ("3.2%", "采矿业增加值")]


def test_a_growth_after_a_share_is_the_parts_not_the_shares() -> None:
    text = (
        "全市高技术制造业增加值占比18.6%,同比增长7.4%。"
        "税收收入占一般公共预算收入的比重为72.1%,比上年提高1.2个百分点。"
    )
    assert _subjects(text) == [
        ("18.6%", "高技术制造业增加值占比"),
        ("7.4%", "高技术制造业增加值"),
        ("72.1%", "税收收入占一般公共预算收入的比重"),
        ("1.2个百分点", "税收收入占一般公共预算收入的比重"),
    ]
