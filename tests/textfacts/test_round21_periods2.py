"""Round 21 of #13 (session 11), third pass on periods: a state at a month's end against a
flow since January.

A text reporting the months since January gives its flows that span, but a state (what a
place has at the span's end) the span's last month. Three shapes of that state recur across
genres: a count of things named as a number (``线路条数``, ``认证数量``) or held now
(``现有``); a count a clause says things *reach* (``基站达到…个``) with no work done and no
volume in that clause; and a change right after a state dated at a month end
(``11月末,…负债率为…,同比下降…个百分点``), which is the state's change, not a flow.
The sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "大同市", year: int | None = 2024
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_a_number_of_lines_reached_is_the_state_of_the_last_month() -> None:
    text = "1-5月,全市公交客运量8120万人次,同比增长6.2%;公交线路条数达到342条,同比增长4.3%。"
    assert _rows(text, "period") == [
        ("8120万人次", "2024-01/2024-05"),
        ("6.2%", "2024-01/2024-05"),
        ("342条", "2024-05"),
        ("4.3%", "2024-05"),
    ]


def test_what_a_county_has_now_is_a_state() -> None:
    text = "上半年,全县粮食播种面积41.2万亩,同比增长0.8%;全县现有果园面积12万亩。"
    assert _rows(text, "period") == [
        ("41.2万亩", "2024-01/2024-06"),
        ("0.8%", "2024-01/2024-06"),
        ("12万亩", "2024-06"),
    ]


def test_things_a_count_reaches_against_things_built_and_a_volume() -> None:
    text = (
        "上半年,全市新建充电桩达到1200个。光缆交接箱达到8.6万个,居全省第3位。"
        "高速公路货车通行量达980万辆,同比增长12.5%。"
    )
    assert _rows(text, "period") == [
        ("1200个", "2024-01/2024-06"),
        ("8.6万个", "2024-06"),
        ("第3位", "2024-06"),  # the rank of the state (round 22, second pass)
        ("980万辆", "2024-01/2024-06"),
        ("12.5%", "2024-01/2024-06"),
    ]


def test_the_change_of_a_rate_stated_at_a_month_end() -> None:
    text = (
        "1-9月份,全省规模以上工业企业实现利润总额1860.5亿元,同比增长8.1%。\n"
        "9月末,规模以上工业企业资产总计23150.8亿元,同比增长5.3%;"
        "资产负债率为56.3%,同比下降0.7个百分点。"
    )
    assert _rows(text, "period") == [
        ("1860.5亿元", "2024-01/2024-09"),
        ("8.1%", "2024-01/2024-09"),
        ("23150.8亿元", "2024-09"),
        ("5.3%", "2024-09"),
        ("56.3%", "2024-09"),
        ("0.7个百分点", "2024-09"),
    ]


def test_a_change_since_the_year_start_stays_a_flow() -> None:
    text = "6月末,全市人民币贷款余额5210.4亿元,比年初增加320.6亿元。"
    assert _rows(text, "period") == [
        ("5210.4亿元", "2024-06"),
        ("320.6亿元", "2024-01/2024-06"),
    ]


def test_a_half_year_mean_after_a_month_keeps_the_half_year() -> None:
    text = "6月份,全省居民消费价格同比上涨1.6%,环比下降0.2%,上半年平均同比上涨1.4%。"
    assert _rows(text, "period") == [
        ("1.6%", "2024-06"),
        ("0.2%", "2024-06"),
        ("1.4%", "2024-01/2024-06"),
    ]
