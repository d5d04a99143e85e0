"""Round 18, second pass (session 8): environment, property and retail releases.

Breakdowns by region (``分区域看,甲区增长…``) name the whole the paragraph is about, not a
part said with ``其中`` before them; two places joined by 和 (``甲市和乙市分别…``) and named
zones (``珠三角核心区``, ``沿海经济带(东西两翼)``) are regions, not subjects; the change of
their growth said after (``但降幅分别收窄a个和b个百分点``) is the same places'; places named
after ``…的市州为`` are the regions of the figures after 分别; a repost's doubled commas
(``郴州,、长沙``) are dropped; ``有监测数据以来`` and ``达到优、良`` leave subjects. Every text
here is invented.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.normalise import reading_text, stray_commas
from citystat.textfacts.subjects import clean


def _rows(text: str, region: str, year: int = 2023) -> list[tuple[str, str, str, str, float]]:
    facts: list[Fact] = extract(text, region=region, year=year)
    return [
        (f.text_span, f.region or "", f.subject or "", f.measure or "", float(f.value_base or 0))
        for f in facts
    ]


def test_zones_broken_down_after_a_part_are_the_wholes() -> None:
    text = (
        "1-9月,商品房销售额同比下降2.4%,降幅比1-8月收窄0.6个百分点。其中,商品住宅销售额增长1.3%。"
        "分区域看,1-9月,北部生态发展区增长4.2%,增幅比1-8月提高0.7个百分点;"
        "珠三角核心区和沿海经济带分别下降3.1%和5.6%,但降幅分别比1-8月收窄0.4个和1.5个百分点。"
    )
    whole, rate = "商品房销售额", "商品房销售额增速"
    assert _rows(text, "广东省")[3:] == [
        ("4.2%", "北部生态发展区", whole, "growth_yoy", 4.2),
        ("0.7个百分点", "北部生态发展区", "商品房销售额增幅", "pp_change", 0.7),
        ("3.1%", "珠三角核心区", whole, "growth_yoy", -3.1),
        ("5.6%", "沿海经济带", whole, "growth_yoy", -5.6),
        ("0.4个", "珠三角核心区", rate, "pp_change", 0.4),
        ("1.5个百分点", "沿海经济带", rate, "pp_change", 1.5),
    ]


def test_two_places_joined_by_and_are_regions_not_the_subject() -> None:
    text = "从区域看,1-8月,株洲市和湘潭市房地产投资分别增长9.4%和6.1%,增幅与1-7月持平。"
    assert _rows(text, "湖南省") == [
        ("9.4%", "株洲市", "房地产投资", "growth_yoy", 9.4),
        ("6.1%", "湘潭市", "房地产投资", "growth_yoy", 6.1),
    ]
    text = "从区域看,珠三角核心区和北部生态发展区房地产投资分别增长8.8%和2.7%。"
    assert [r[1:3] for r in _rows(text, "广东省")] == [
        ("珠三角核心区", "房地产投资"),
        ("北部生态发展区", "房地产投资"),
    ]


def test_places_named_after_a_ranking_and_a_paragraph_of_its_own() -> None:
    text = (
        "1-6月,全省房地产开发投资增长8.2%。其中,住宅投资640.5亿元,增长9.9%。\n"
        "分地区看,13个市州全部实现房地产开发投资正增长。"
        "增幅居前三的市州为赣州、吉安、上饶,分别增长21.4%、18.9%、15.2%。"
    )
    assert _rows(text, "江西省")[-3:] == [
        ("21.4%", "赣州市", "房地产开发投资", "growth_yoy", 21.4),
        ("18.9%", "吉安市", "房地产开发投资", "growth_yoy", 18.9),
        ("15.2%", "上饶市", "房地产开发投资", "growth_yoy", 15.2),
    ]


def test_a_reposts_doubled_commas_are_dropped() -> None:
    assert stray_commas("甲、乙,、丙,,分别增长1%,、2%,。") == [(3, 4), (6, 7), (14, 15), (18, 19)]
    assert stray_commas("甲,,乙") == []  # one is a typo, left
    reading, where = reading_text("黄石,、宜昌、襄阳,,分别增长12.1%,、9.4%、8.8%,。")
    assert reading == "黄石、宜昌、襄阳,分别增长12.1%、9.4%、8.8%。"
    assert where is not None and where[reading.index("9.4%")] == 22
    text = (
        "1-4月,全省商品房销售额,,增长3.5%,。其中,住宅销售额95.3亿元,,增长2.1%,。"
        "分地区看,增幅居前三的市州为黄石,、宜昌、襄阳,,分别增长12.1%,、9.4%、8.8%,。"
    )
    assert _rows(text, "湖北省")[-3:] == [
        ("12.1%", "黄石市", "商品房销售额", "growth_yoy", 12.1),
        ("9.4%", "宜昌市", "商品房销售额", "growth_yoy", 9.4),
        ("8.8%", "襄阳市", "商品房销售额", "growth_yoy", 8.8),
    ]


def test_since_records_began_and_good_days_leave_the_subject() -> None:
    assert clean("细颗粒物有监测数据以来浓度首次") == "细颗粒物浓度"
    assert clean("二氧化氮有气象记录以来") == "二氧化氮"
    text = "2022年,合水县城区环境空气质量达到优、良天数共341天,优良率93.4%。"
    assert _rows(text, "甘肃省", 2022)[0][2] == "环境空气质量优良天数"


def test_a_pollutant_by_name_or_formula_is_one_subject() -> None:
    from citystat.textfacts.evaluate import subjects_agree

    assert subjects_agree("二氧化氮(NO2)年均浓度", "二氧化氮年均浓度")
    assert subjects_agree("环境空气中二氧化硫(SO2)年均浓度", "二氧化硫年均浓度")
    assert subjects_agree("可吸入颗粒物(PM10)月平均浓度", "PM10月平均浓度")
    assert subjects_agree("细颗粒物(PM2.5)年均浓度", "细颗粒物(PM2.5)年均浓度")
    assert not subjects_agree("二氧化硫(SO2)年均浓度", "二氧化氮年均浓度")
    assert not subjects_agree("二氧化碳排放量", "一氧化碳浓度")


def test_real_estate_investment_in_short_is_the_development_investment() -> None:
    from citystat.textfacts.evaluate import subjects_agree

    assert subjects_agree("房地产投资", "房地产开发投资")
    assert subjects_agree("房地产投资增幅", "房地产开发投资增速")
    assert not subjects_agree("房地产投资", "房地产业增加值")


def test_the_developers_investment() -> None:
    text = "1-10月,房地产开发企业完成投资9821.05亿元,同比增长7.6%。"
    assert [r[2] for r in _rows(text, "浙江省")] == ["房地产开发投资", "房地产开发投资"]
