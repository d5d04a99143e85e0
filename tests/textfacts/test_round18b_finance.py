"""Round 18, second pass (session 8): financial releases and price releases.

Sentences of our own, of the shape of a central-bank branch's release and of a city's CPI
release: a paragraph's figures after a sentence opened by 去年, a rank right after the whole
or the group it is counted in, a price's slight change (微涨, 微降).
"""

from __future__ import annotations

from citystat.textfacts import extract


def _rows(
    text: str, *fields: str, region: str = "某某市", year: int = 2023
) -> list[tuple[object, ...]]:
    return [
        (f.text_span, *(getattr(f, name) for name in fields))
        for f in extract(text, region=region, year=year)
    ]


def test_last_year_heading_a_sentence_dates_the_paragraph() -> None:
    # 去年, opening a sentence dates what follows in its paragraph, as 2022年, would
    text = (
        "截至今年3月末,全市存款余额820.4亿元。\n"
        "近年来,全市金融业稳步发展。去年,全市实现金融业增加值96.3亿元,同比增长6.1%。"
        "全市实现保费收入31.75亿元,同比增长4.2%。\n"
        "3月末,全市贷款余额610.2亿元。"
    )
    assert _rows(text, "period", region="临汾市") == [
        ("820.4亿元", "2023-03"),
        ("96.3亿元", "2022"),
        ("6.1%", "2022"),
        ("31.75亿元", "2022"),
        ("4.2%", "2022"),
        ("610.2亿元", "2023-03"),
    ]


def test_last_year_inside_a_sentence_holds_for_it_only() -> None:
    text = "1-3月,全市新增贷款52.6亿元,去年,新增41.3亿元。全市新增存款18.2亿元。"
    assert [p for _, p in _rows(text, "period", region="临汾市")] == [
        "2023-01/2023-03",
        "2022",
        "2023-01/2023-03",
    ]


def test_a_rank_right_after_the_whole_is_counted_in_it() -> None:
    # 为全省第2低: 全省 is where the rank is counted, the figure is the city's
    text = "6月末,全市不良贷款率0.85%,为全省第2低。"
    assert _rows(text, "measure", "subject", "region", region="临汾市")[-1] == (
        "第2低",
        "rank",
        "不良贷款率",
        "临汾市",
    )


def test_a_rank_right_after_a_group_is_counted_in_it() -> None:
    # 长三角第2位 after 中部六省第1位: both groups are scopes, the region the province's
    text = (
        "6月末,全省人民币各项存款余额52310亿元,同比增长10.6%。"
        "从增速上看,列中部六省第1位,长三角第2位。"
    )
    rows = _rows(text, "measure", "region", region="安徽省")
    assert rows[-2:] == [("第1位", "rank", "安徽省"), ("第2位", "rank", "安徽省")]


def test_a_slight_rise_or_fall_of_a_price_is_a_growth() -> None:
    text = "5月份,全市居民消费价格同比上涨2.3%,环比微涨0.4%。食品价格环比微降0.6%。"
    assert _rows(text, "measure", "subject", "value_base", region="洛阳市", year=2012) == [
        ("2.3%", "growth_yoy", "居民消费价格", 2.3),
        ("0.4%", "growth_yoy", "居民消费价格", 0.4),
        ("0.6%", "growth_yoy", "食品价格", -0.6),
    ]
