"""Round 22 (session 12, after the judges): a census's standard time.

A census stated with its standard time but without 零时 (``以2013年12月31日为标准时点``), and a
national census named in the title without its time (``第六次全国人口普查主要数据``), dated by
the calendar the census regulations fix. Two development sets of two genres (docs, round 22,
census calendar). Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, year: int) -> list[tuple[object, ...]]:
    return fact_rows(text, "period", region="甲省", year=year)


def test_a_census_named_in_the_title_takes_the_calendars_time() -> None:
    text = "甲省第六次全国人口普查主要数据\n全省常住人口为3512万人,其中男性人口占50.8%。"
    assert _rows(text, 2010) == [("3512万人", "2010-11"), ("50.8%", "2010-11")]


def test_an_economic_census_named_in_the_title() -> None:
    text = "甲市第四次全国经济普查主要数据公报\n全市共有从事第二产业和第三产业的法人单位4.2万个。"
    # (a time at the year's end is the year, as the guideline dates a year-end stock; round 25)
    assert _rows(text, 2018) == [("4.2万个", "2018")]


def test_a_standard_time_stated_without_the_hour() -> None:
    text = "甲省体育场地普查以2013年12月31日为标准时点。全省共有体育场地3.6万个,人均场地面积1.2平方米。"
    assert _rows(text, 2013) == [("3.6万个", "2013"), ("1.2平方米", "2013")]


def test_a_census_compared_with_in_the_title_is_not_the_texts_own() -> None:
    text = "甲县人口与第六次全国人口普查相比的变化\n全县常住人口为21.4万人。"
    assert _rows(text, 2020) == [("21.4万人", "2020")]


def test_a_text_without_a_census_keeps_its_year() -> None:
    text = "甲市2020年人口变动情况\n年末全市常住人口为210.5万人。"
    assert _rows(text, 2020) == [("210.5万人", "2020")]
