"""Round 19 (session 9): units and period words mined from unannotated real text.

Sentences of our own, of the shapes found most often among the numbers the extractor let
pass in 89 gathered releases (price monitoring, steel, climate, health, holidays, travel):
index points, hours written ``h``, prices per 50 kg, per ``kg`` and per ``方``, 亿 of
visits, a ratio written with ``︰``, a week dated with dots, holidays as comparison bases
and 春运 as an event (convention 4).
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.periods import holiday_month

from .rows import fact_rows


def _facts(text: str, year: int = 2025) -> list[tuple[object, ...]]:
    return fact_rows(text, "measure", "unit", "value_base", "base_unit", region="某某市", year=year)


def _periods(text: str, year: int = 2025) -> list[tuple[object, ...]]:
    return fact_rows(text, "period", region="某某市", year=year)


def test_index_points_in_a_sentence_naming_the_index() -> None:
    text = "8月份,某某钢材价格指数平均为101.36点,环比上升1.42点,同比下降3.05点。"
    assert _facts(text) == [
        ("101.36点", "level", "点", 101.36, "index_point"),
        ("1.42点", "abs_change", "点", 1.42, "index_point"),
        ("3.05点", "abs_change", "点", -3.05, "index_point"),
    ]


def test_points_without_an_index_are_no_figures() -> None:
    assert _facts("会议于上午9点召开,提出3点意见和三点要求。") == []


def test_hours_written_with_a_latin_h() -> None:
    text = "全年日照时数1932.6h,比常年偏少48.5h;臭氧O3-8h浓度为142微克/立方米,提供24h服务。"
    assert _facts(text) == [
        ("1932.6h", "level", "h", 1932.6, "hour"),
        ("48.5h", "abs_change", "h", -48.5, "hour"),
        ("142微克/立方米", "level", "微克/立方米", 142.0, "μg/m3"),
    ]


def test_prices_per_fifty_kilograms_per_kg_and_per_cubic_metre() -> None:
    text = "生猪出场均价812元/50千克,玉米批发价2.46元/kg,商品混凝土价格368元/方,螺纹钢3620元/t。"
    assert _facts(text) == [
        ("812元/50千克", "level", "元/50千克", 16.24, "yuan/kg"),
        ("2.46元/kg", "level", "元/kg", 2.46, "yuan/kg"),
        ("368元/方", "level", "元/方", 368.0, "yuan/m3"),
        ("3620元/t", "level", "元/t", 3620.0, "yuan/ton"),
    ]


def test_a_rise_of_a_price_or_a_temperature_after_a_comparison_is_a_change() -> None:
    text = "平均气温16.4℃,比常年上升0.7℃。白菜均价3.2元/公斤,环比上涨0.4元/公斤。"
    assert _facts(text) == [
        ("16.4℃", "level", "℃", 16.4, "°C"),
        ("0.7℃", "abs_change", "℃", 0.7, "°C"),
        ("3.2元/公斤", "level", "元/公斤", 3.2, "yuan/kg"),
        ("0.4元/公斤", "abs_change", "元/公斤", 0.4, "yuan/kg"),
    ]


def test_a_bare_yi_after_visits_is_yi_of_visits() -> None:
    text = "全市医疗机构总诊疗人次1.36亿,比上年增加0.12亿人次。"
    assert _facts(text) == [
        ("1.36亿", "level", "亿人次", 136000000.0, "person-time"),
        ("0.12亿人次", "abs_change", "亿人次", 12000000.0, "person-time"),
    ]


def test_a_ratio_written_with_a_vertical_colon() -> None:
    facts = extract("三次产业结构调整为9.6︰42.7︰47.7。", region="某某市", year=2025)
    assert [(f.text_span, f.measure, f.value) for f in facts] == [
        ("9.6︰42.7︰47.7", "ratio", [9.6, 42.7, 47.7])
    ]


def test_an_age_before_the_verb_that_raises_it_and_a_price_after_last_week() -> None:
    text = "居民人均预期寿命由2020年的78.1岁提高到2024年的79.2岁。"
    assert _periods(text) == [("78.1岁", "2020"), ("79.2岁", "2024")]
    text = "青菜均价4.15元/公斤,相比上周3.96元/公斤上涨。"
    assert _facts(text) == [
        ("4.15元/公斤", "level", "元/公斤", 4.15, "yuan/kg"),
        ("3.96元/公斤", "level", "元/公斤", 3.96, "yuan/kg"),
    ]


def test_a_week_dated_with_dots_sets_its_month_for_its_prices() -> None:
    text = "本周(2024.9.28至2024.10.4)蔬菜平均价格为3.12元/公斤,环比上涨2.1%。"
    assert _periods(text) == [("3.12元/公斤", "2024-09"), ("2.1%", "2024-09")]


def test_a_purchase_price_dated_by_its_day_is_that_months() -> None:
    text = "本周(11月14日)全省生猪收购价小幅回升。据监测,生猪收购均价835元/50千克,环比上涨1.2%。"
    assert _periods(text) == [("835元/50千克", "2025-11"), ("1.2%", "2025-11")]


def test_a_holiday_after_bi_is_the_base_of_the_comparison() -> None:
    text = "2016年春节长假期间,某某市重点商贸企业销售额36.5亿元,比2015年春节期间增长8.2%。"
    assert _periods(text, year=2016) == [("36.5亿元", "2016-02"), ("8.2%", "2016-02")]


def test_the_spring_travel_season_takes_the_month_of_its_first_day() -> None:
    assert (holiday_month("春运", 2024), holiday_month("春运", 2018)) == (1, 2)
    text = "2024年春运期间,全省铁路累计发送旅客2150万人次,同比增长15.3%。"
    assert _periods(text, year=2024) == [("2150万人次", "2024-01"), ("15.3%", "2024-01")]


def test_this_years_spring_festival_opening_a_clause_is_a_holiday() -> None:
    text = "今年春节,全市36家重点商场超市累计销售2.8亿元,同比增长6.5%。"
    assert _periods(text, year=2024) == [
        ("36家", "2024-02"),
        ("2.8亿元", "2024-02"),
        ("6.5%", "2024-02"),
    ]


def test_a_price_per_good_written_before_the_number() -> None:
    text = "牛肉每公斤76.40元,上涨0.5%。线材、中板每吨3865元、3990元和4012元,均持平。"
    assert _facts(text)[:1] + _facts(text)[2:5] == [
        ("76.40元", "level", "元/公斤", 76.4, "yuan/kg"),
        ("3865元", "level", "元/吨", 3865.0, "yuan/ton"),
        ("3990元", "level", "元/吨", 3990.0, "yuan/ton"),
        ("4012元", "level", "元/吨", 4012.0, "yuan/ton"),
    ]


def test_a_compound_fertiliser_named_by_its_parts_is_no_amount() -> None:
    assert _facts("磷酸二铵、三元复合肥价格均下降0.3%。") == [
        ("0.3%", "growth_yoy", "%", -0.3, "percent")
    ]
