"""Round 16 of #13 (session 7): national releases — the country's code, and convention 24.

Sentences of our own, of the shapes of dev18's national releases (not their texts).
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.regions import resolve


def test_the_code_written_for_the_country_is_read_as_the_country() -> None:
    assert resolve("100000") == ("全国", None)
    facts = extract("全国规模以上工业原煤产量3.8亿吨,同比增长2.6%。", region="100000", year=2024)
    assert [(f.text_span, f.region, f.region_code) for f in facts] == [
        ("3.8亿吨", "全国", None),
        ("2.6%", "全国", None),
    ]


def test_growth_said_net_of_prices_is_at_comparable_prices() -> None:
    text = (
        "3月份,规模以上工业增加值同比实际增长5.1%(以下增加值增速均为扣除价格因素的实际增长率),"
        "比1-2月份加快0.3个百分点。分三大门类看,采矿业增长4.2%,制造业增长5.6%。"
        "3月份,原煤产量3.9亿吨,同比增长1.2%。"
    )
    facts = extract(text, region="全国", year=2024)
    assert [(f.text_span, f.subject, f.comparable_price) for f in facts] == [
        ("5.1%", "规模以上工业增加值", True),
        ("0.3个百分点", "规模以上工业增加值实际增速", True),
        ("4.2%", "采矿业增加值", True),
        ("5.6%", "制造业增加值", True),
        ("3.9亿吨", "原煤产量", False),
        ("1.2%", "原煤产量", False),
    ]


def test_without_the_note_growth_of_value_added_is_not_said_at_comparable_prices() -> None:
    text = "3月份,规模以上工业增加值同比增长5.1%。分三大门类看,采矿业增长4.2%。"
    facts = extract(text, region="全国", year=2024)
    assert [f.comparable_price for f in facts] == [False, False]


def test_a_named_group_of_regions_is_the_region_not_the_name() -> None:
    text = (
        "3月份,规模以上工业增加值同比增长5.1%。分地区看,东部地区增加值同比增长4.9%,"
        "中部地区增长6.0%,西部地区增长5.4%。"
    )
    facts = extract(text, region="全国", year=2024)
    assert [(f.text_span, f.subject, f.region) for f in facts] == [
        ("5.1%", "规模以上工业增加值", "全国"),
        ("4.9%", "规模以上工业增加值", "东部地区"),
        ("6.0%", "规模以上工业增加值", "中部地区"),
        ("5.4%", "规模以上工业增加值", "西部地区"),
    ]


def test_outputs_and_trade_named_by_their_verbs() -> None:
    text = (
        "1-3月,全市生产汽车12.6万辆,比上年同期增长8.1%。生产手机1250.4万台,增长6.3%。"
        "3月份,规上工业原煤产量3.9亿吨,同比增长1.2%。进口煤炭3120万吨,同比增长12.5%。"
    )
    facts = extract(text, region="重庆市", year=2024)
    assert [(f.text_span, f.subject) for f in facts] == [
        ("12.6万辆", "汽车产量"),
        ("8.1%", "汽车产量"),
        ("1250.4万台", "手机产量"),
        ("6.3%", "手机产量"),
        ("3.9亿吨", "规上工业原煤产量"),
        ("1.2%", "规上工业原煤产量"),
        ("3120万吨", "煤炭进口量"),
        ("12.5%", "煤炭进口量"),
    ]
