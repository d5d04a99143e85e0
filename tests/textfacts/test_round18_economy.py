"""Round 18 of #13 (session 8): property, retail and economic releases of provinces, cities
and counties (dev20c, dev21a).

Sentences of our own, of the shapes of those releases (other places, other numbers).
"""

from __future__ import annotations

from citystat.textfacts import extract


def _facts(
    text: str, region: str = "郏县", year: int = 2024
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (f.text_span, f.subject, f.region, f.period)
        for f in extract(text, region=region, year=year)
    ]


def test_a_numbered_heading_of_the_indicators_of_a_part_of_the_year_sets_its_section() -> None:
    text = (
        "今年以来,全县上下稳中求进。一季度全县经济运行总体平稳。\n"
        "一、1-3月份主要经济指标完成情况。\n"
        "全县地区生产总值为31.45亿元,同比增长5.3%。其中,当月规模以上工业增加值增长8.2%。\n"
    )
    assert _facts(text) == [
        ("31.45亿元", "地区生产总值", "郏县", "2024-01/2024-03"),
        ("5.3%", "地区生产总值", "郏县", "2024-01/2024-03"),
        ("8.2%", "规模以上工业增加值", "郏县", "2024-03"),
    ]


def test_a_heading_of_a_quarters_work_keeps_the_documents_period() -> None:
    text = "全县全年完成投资10.2亿元。\n二、三季度重点工作\n全县新开工项目12个。\n"
    assert [f[3] for f in _facts(text)] == ["2024", "2024"]


def test_a_rank_among_counted_places_ranks_the_indicator_not_the_places() -> None:
    text = (
        "全县地区生产总值总量为40.12亿元,同比增长4.6%,比去年同期加快1.3个百分点,七县市排名第二。"
        "(三)全县一般公共预算收入完成3.35亿元,同比增长2.1%,八县区排名第四。"
    )
    assert _facts(text) == [
        ("40.12亿元", "地区生产总值", "郏县", "2024"),
        ("4.6%", "地区生产总值", "郏县", "2024"),
        ("1.3个百分点", "地区生产总值增速", "郏县", "2024"),
        ("第二", "地区生产总值增速", "郏县", "2024"),
        ("3.35亿元", "一般公共预算收入", "郏县", "2024"),
        ("2.1%", "一般公共预算收入", "郏县", "2024"),
        ("第四", "一般公共预算收入", "郏县", "2024"),
    ]


def test_the_city_figure_bracketed_in_a_countys_report_is_the_citys() -> None:
    text = "全县固定资产投资同比增长8.8%(全市5.1%),在全市各县(市、区)中排第3位。"
    assert _facts(text) == [
        ("8.8%", "固定资产投资", "郏县", "2024"),
        ("5.1%", "固定资产投资", "平顶山市", "2024"),
        ("第3位", "固定资产投资", "郏县", "2024"),
    ]
    # a county-level city's 全市 is itself
    text = "全市固定资产投资同比增长8.8%。"
    assert _facts(text, region="开远市") == [("8.8%", "固定资产投资", "开远市", "2024")]
