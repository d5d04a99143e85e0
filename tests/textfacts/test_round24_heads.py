"""Round 24 (session 14): heads a paragraph gives its items (elided heads).

Found on unseen texts: a price release names the eight categories of the consumer price
index bare after ``八大类商品价格`` (``食品烟酒类同比上涨1.4%,衣着…``), an industry release its
products bare under a heading or a ``…产品中,`` (``锂电池增长18.2%``). The guideline
restores the head: 食品烟酒类价格, 锂电池产量. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _subjects(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region="甲市", year=2023)


def test_the_categories_of_a_price_index_are_prices() -> None:
    text = "从同比看,八大类商品价格“五升三降”。其中,食品烟酒类同比上涨1.4%,衣着同比下降0.5%,居住上涨0.8%,医疗保健上涨1.1%。"
    assert _subjects(text) == [
        ("1.4%", "食品烟酒类价格"),
        ("0.5%", "衣着价格"),
        ("0.8%", "居住价格"),
        ("1.1%", "医疗保健价格"),
    ]


def test_products_under_a_heading_of_products_are_outputs() -> None:
    text = (
        "二、重点产品产量较快增长\n"
        "1—5月份,全市规上企业生产笔记本电脑同比增长12.4%,锂电池增长18.2%;"
        "化工产品中,烧碱增长6.5%,化肥增长3.9%。"
    )
    assert _subjects(text) == [
        ("12.4%", "笔记本电脑产量"),
        ("18.2%", "锂电池产量"),
        ("6.5%", "烧碱产量"),
        ("3.9%", "化肥产量"),
    ]


def test_a_sentence_of_new_products_framed_by_products() -> None:
    text = "消费品工业增加值增长6.1%,其中,纺织业增长4.7%。新兴产品中,锂电池产量增长2.3倍,太阳能热水器增长12.6%。"
    assert _subjects(text) == [
        ("6.1%", "消费品工业增加值"),
        ("4.7%", "纺织业增加值"),
        ("2.3倍", "锂电池产量"),
        ("12.6%", "太阳能热水器产量"),
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
