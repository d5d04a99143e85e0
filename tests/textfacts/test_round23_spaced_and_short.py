"""Round 23 (session 13): classes found on unannotated texts of many genres.

A yearbook table spaces two-character names out to line them up with three-character ones
(``北 京``, ``内 蒙 古``, ``项    目 单 位``); a price release writes its change with one character (``环比跌``,
``同比涨``); a subject does not end in where a rate came from (``由去年的``) or in how many there
are in all (``共有``). Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str, region: str = "全国") -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=2016)


def test_spaced_province_names_in_a_table_are_regions() -> None:
    text = "地 区 播种面积(千公顷) 总产量(万吨)\n北 京 91.2 55.8\n内 蒙 古 5611.3 2702.4\n"
    assert _rows(text, "region", "subject") == [
        ("91.2", "北京市", "播种面积"),
        ("55.8", "北京市", "总产量"),
        ("5611.3", "内蒙古自治区", "播种面积"),
        ("2702.4", "内蒙古自治区", "总产量"),
    ]


def test_a_yearbook_table_with_a_spaced_unit_column_and_year_columns() -> None:
    text = "项    目 单 位 2014年 2015年\n诊疗人次数 万人次 6210.5 6533.2\n病床使用率 % 81.3 79.6\n"
    assert _rows(text, "subject", "period", "unit", region="甲省") == [
        ("6210.5", "诊疗人次数", "2014", "万人次"),
        ("6533.2", "诊疗人次数", "2015", "万人次"),
        ("81.3", "病床使用率", "2014", "%"),
        ("79.6", "病床使用率", "2015", "%"),
    ]


def test_one_character_changes_of_a_price_release() -> None:
    text = "牛肉每公斤76.42元,环比跌0.8%,同比涨2.4%。"
    assert _rows(text, "subject", "measure", "value") == [
        ("76.42元", "牛肉每公斤", "level", 76.42),
        ("0.8%", "牛肉每公斤", "growth_yoy", -0.8),
        ("2.4%", "牛肉每公斤", "growth_yoy", 2.4),
    ]


def test_where_a_rate_came_from_is_no_part_of_its_subject() -> None:
    text = "工业对全县经济增长的贡献率由去年的35%上升至48.6%。"
    assert [row[1] for row in _rows(text, "subject")] == ["工业对全县经济增长的贡献率"] * 2


def test_how_many_in_all_is_no_part_of_the_subject() -> None:
    text = "今年全省高校毕业生共有8420人到基层就业。"
    assert _rows(text, "subject") == [("8420人", "高校毕业生")]


def test_an_amount_of_change_followed_by_its_growth_is_the_change() -> None:
    text = "全国早稻播种面积增加约52千公顷,增长1.2%;双季晚稻面积减少约18千公顷,下降0.6%。"
    assert _rows(text, "measure", "value") == [
        ("52千公顷", "abs_change", 52.0),
        ("1.2%", "growth_yoy", 1.2),
        ("18千公顷", "abs_change", -18.0),
        ("0.6%", "growth_yoy", -0.6),
    ]


def test_a_flow_said_with_zengjia_and_no_growth_after_stays_a_level() -> None:
    text = "全年社会融资规模增加2.8万亿元,同比多增1500亿元。"
    assert [row[1] for row in _rows(text, "measure")] == ["level", "abs_change"]


def test_counties_of_the_province_written_short_in_a_list_with_their_count() -> None:
    text = "其中,榕江、剑河、台江3个县分别为6.4%、6.3%、5.9%。"
    assert [row[1] for row in _rows(text, "region", region="贵州省")][1:] == [
        "榕江县",
        "剑河县",
        "台江县",
    ]


def test_a_balance_narrowed_or_widened_in_percent_is_its_growth() -> None:
    text = "贸易顺差18.3亿元,环比收窄12%;逆差同比扩大4.5%。"
    assert _rows(text, "measure", "value") == [
        ("18.3亿元", "level", 18.3),
        ("12%", "growth_yoy", -12.0),
        ("4.5%", "growth_yoy", 4.5),
    ]


def test_the_geographic_regions_of_national_releases_are_regions() -> None:
    text = "西南地区旅客吞吐量增长6.2%,华北地区降水量较常年偏少2成。"
    assert _rows(text, "region", "subject") == [
        ("6.2%", "西南地区", "旅客吞吐量"),
        ("2成", "华北地区", "降水量"),
    ]


def test_the_size_of_a_shortlist_is_no_figure() -> None:
    text = (
        "浓度最低的3个城市依次是甲市、乙市和丙市;另发布综合排名前20名名单,位列前5位的城市增长较快。"
    )
    assert _rows(text, "measure") == []


def test_a_rank_and_a_span_of_quarters_are_unchanged() -> None:
    text = "前3个季度增长5.1%,增速居全国第5位。"
    assert _rows(text, "measure") == [("5.1%", "growth_yoy"), ("第5位", "rank")]


def test_how_the_figures_of_all_regions_are_spread_names_none_of_them() -> None:
    text = "全国各地区货邮吞吐量的分布情况是:华北地区占15.2%,中南地区占27.4%,西北地区占3.9%。"
    rows = _rows(text, "region", "subject")
    assert [row[1] for row in rows] == ["华北地区", "中南地区", "西北地区"]
    assert all(str(row[2]).startswith("货邮吞吐量") for row in rows)  # (not 区货邮…)
