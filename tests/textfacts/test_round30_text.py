"""Round 30 (session 20), before its freeze, from the spent judges 38–61: units new genres
bring (担, 封, 标台, km2, m³ whose superscript became a space), persons counted in a bare 万
in a list, and a bilingual yearbook header whose Chinese head lost a character. Sentences
and tables are our own."""

from __future__ import annotations

from .rows import fact_rows


def test_a_dan_of_crop_purchases_is_fifty_kilograms() -> None:
    text = "全县共收购烟叶8.41万担,其中上等烟2万担。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("8.41万担", 4205.0),
        ("2万担", 1000.0),
    ]
    assert fact_rows(text, "measure", region="530500", year=2021) == [
        ("8.41万担", "level"),
        ("2万担", "level"),
    ]


def test_letters_and_standard_buses_are_counted() -> None:
    text = "全年办理群众来信3.6万封。全市拥有公共交通车辆1.28万标台,比上年增长4.1%。"
    assert fact_rows(text, "measure", region="530500", year=2021) == [
        ("3.6万封", "count"),
        ("1.28万标台", "count"),
        ("4.1%", "growth_yoy"),
    ]
    assert fact_rows(text, "value_base", region="530500", year=2021)[:2] == [
        ("3.6万封", 36000.0),
        ("1.28万标台", 12800.0),
    ]


def test_square_kilometres_written_km2_are_an_area() -> None:
    text = "全年治理水土流失面积5.17km2。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("5.17km2", 7755.0),
    ]


def test_cubic_metres_whose_superscript_became_a_space_are_a_volume() -> None:
    text = "累计完成土石方开挖36.5万m ,治理面积1.2万m ,完成投资8000万元。"
    rows = fact_rows(text, "unit", region="530500", year=2021)
    assert rows[:2] == [("36.5万m ", "万m³"), ("1.2万m ", "万m²")]
    assert fact_rows(text, "value_base", region="530500", year=2021)[:2] == [
        ("36.5万m ", 365000.0),
        ("1.2万m ", 12000.0),
    ]


def test_metres_before_a_space_without_wan_or_yi_are_no_volume() -> None:
    text = "新建步道长420m ,宽3m 。"
    assert [span for span, _ in fact_rows(text, "unit", region="530500", year=2021)] == []


def test_a_list_of_bare_wan_after_a_noun_of_persons_is_persons_throughout() -> None:
    text = "全省专业人才和高层次人才总量分别达到361.2万、58.9万。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("361.2万", 3612000.0),
        ("58.9万", 589000.0),
    ]
    assert fact_rows(text, "subject", region="530500", year=2021) == [
        ("361.2万", "专业人才总量"),
        ("58.9万", "高层次人才总量"),
    ]


def test_a_bare_wan_before_a_group_of_persons_is_persons() -> None:
    text = "为1280万困难群体代缴养老保险费。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("1280万", 12800000.0),
    ]


def test_a_bilingual_header_whose_chinese_head_lost_a_character_heads_a_table() -> None:
    text = (
        "表5 乙类设施情况(2019—2021年)\n"
        "     目                          Item 2019 2020 2021\n"
        "    站点数(个)                   Stations (unit) 31 35 40\n"
        "    服务人次(万人次)             Visits (10 000 person-times) 12.5 13.1 15.8\n"
    )
    assert fact_rows(text, "period", region="530500", year=2021) == [
        ("31", "2019"),
        ("35", "2020"),
        ("40", "2021"),
        ("12.5", "2019"),
        ("13.1", "2020"),
        ("15.8", "2021"),
    ]
    assert fact_rows(text, "value_base", region="530500", year=2021)[3] == ("12.5", 125000.0)


def test_chinese_digits_side_by_side_are_a_name_not_a_number() -> None:
    text = "全县建成林下三七种植基地,做大一二三类卷烟市场,新增基地12个。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [("12个", 12.0)]


def test_energy_in_kilograms_of_coal_equivalent_and_a_price_per_dan() -> None:
    text = "全市公共机构人均综合能耗为286.4千克标准煤。烟叶担均价同比增加52.1元/担。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("286.4千克标准煤", 286.4),
        ("52.1元/担", 1.042),
    ]


def test_an_amount_that_bounds_a_class_of_what_is_counted_is_no_figure() -> None:
    text = (
        "全省年交易额超过2000万元的“电商镇”85个,产值过亿元的特色品种有12个。"
        "新开工项目310个,其中,10亿元以上6个,5-10亿元9个。全年财政收入超过30亿元。"
    )
    assert [span for span, _ in fact_rows(text, "measure", region="530500", year=2021)] == [
        "85个",
        "12个",
        "310个",
        "6个",
        "9个",
        "30亿元",
    ]
