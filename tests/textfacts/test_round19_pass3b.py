"""Round 19, third pass (session 9): water, tax and civil-affairs texts.

Sentences and forms of our own (other places, other numbers), of the shapes of a water
resources bulletin (亿m3 with the superscript of m³ lost, 比上年少 / 比多年均值多 X%) and of a
civil-affairs report form (cells between | borders, a title naming the month or quarter).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲市", year: int | None = 2019
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_cubic_metres_written_m3_are_volumes() -> None:
    text = "2019年,甲市年降水量为1420.6mm,折合降水总量为88.47亿m3。甲市人均综合用水量 412 m3。"
    assert _rows(text, "measure", "unit", "value_base", "base_unit") == [
        ("1420.6mm", "level", "mm", 1420.6, "mm"),
        ("88.47亿m3", "level", "亿m3", 8847000000.0, "m3"),
        ("412 m3", "level", "m3", 412.0, "m3"),
    ]


def test_a_bare_less_or_more_after_the_base_is_a_change() -> None:
    # 比上年少 / 比多年均值多: as 偏少 / 偏多 (the deviation from the normal is a growth_yoy)
    text = "2019年,甲市折合降水总量为88.47亿m3,比上年少6.2%,比多年均值多3.9%。"
    assert _rows(text, "measure", "value", "subject")[1:] == [
        ("6.2%", "growth_yoy", -6.2, "甲市折合降水总量"),
        ("3.9%", "growth_yoy", 3.9, "甲市折合降水总量"),
    ]


def test_a_bordered_report_form_with_headings_and_a_quarter_title() -> None:
    text = (
        "2019年3季度民政统计数据\n指标名称 | 单位 | 数量 |\n一、民政事业费累计支出 | 亿元 | 18.3 |\n"
        "二、乡级行政区划单位 | ||\n镇 | 个 | 120 |\n区公所 | 个 | |\n四、社会救助 | ||\n"
        "农村最低生活保障 | ||\n最低生活保障人数 | 万人 | 12.7 |\n最低生活保障户数 | 万户 | 7.4 |\n"
    )
    assert _rows(text, "subject", "measure", "value_base", "period", region="乙省", year=None) == [
        ("18.3", "民政事业费累计支出", "level", 1830000000.0, "2019-01/2019-09"),
        ("120", "镇", "count", 120.0, "2019-09"),
        ("12.7", "农村最低生活保障人数", "level", 127000.0, "2019-09"),
        ("7.4", "农村最低生活保障户数", "count", 74000.0, "2019-09"),
    ]


def test_a_month_named_apart_from_the_year_in_a_form_title() -> None:
    text = "首页\n2023年社会服务统计5月份报表\n指标名称单位数量\n一、民政事业费累计支出亿元12.5\n二、乡级行政区划单位\n        镇48\n"
    assert _rows(text, "subject", "period", region="丙市", year=None) == [
        ("12.5", "民政事业费累计支出", "2023-01/2023-05"),
        ("48", "镇", "2023-05"),
    ]
