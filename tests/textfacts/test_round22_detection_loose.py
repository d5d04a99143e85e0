"""Round 22, second pass: detection under the 2-set rule (session 12). A class was built only
when it fixed facts in two sets of two genres or more, broke none, and is about what the
words mean anywhere. Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲市", year: int | None = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# --- A change of size in % is a growth of the amount named before ------------------------


def test_a_surplus_widened_by_a_percentage_is_a_growth() -> None:
    text = "一季度,乙省货物贸易顺差达312亿元,扩大48.3%。"
    assert _rows(text, "measure", "value")[-1] == ("48.3%", "growth_yoy", 48.3)


def test_a_time_shortened_by_a_percentage_is_a_negative_growth() -> None:
    text = "甲市企业开办时间平均缩短 35% 以上。"
    assert _rows(text, "measure", "value") == [("35%", "growth_yoy", -35.0)]


def test_a_gap_narrowed_and_a_term_lengthened_are_signed_by_the_verb() -> None:
    text = "城乡居民收入差距缩小了2.6%,平均贷款期限延长12.5%。"
    assert _rows(text, "measure", "value") == [
        ("2.6%", "growth_yoy", -2.6),
        ("12.5%", "growth_yoy", 12.5),
    ]


def test_a_share_after_a_widened_coverage_is_still_a_share() -> None:
    text = "扩大覆盖范围后,全市参保率为96.4%。"
    assert _rows(text, "measure", "value") == [("96.4%", "share", 96.4)]


# --- A population named as a rate's base without 每 is per so many persons ---------------


def test_a_count_per_thousand_persons_without_mei_is_a_level() -> None:
    text = "丙县托育服务新增托位420个,千人口托位数达到3.15个。"
    assert _rows(text, "measure", "value") == [("420个", "count", 420.0), ("3.15个", "level", 3.15)]


def test_the_base_of_a_rate_per_hundred_thousand_persons_is_no_figure() -> None:
    text = "全省10万人口交通事故死亡率为2.4人,比上年下降0.3人。"
    assert [row[0] for row in _rows(text)] == ["2.4人", "0.3人"]


def test_a_population_that_is_counted_or_a_class_of_cities_stays_as_before() -> None:
    text = "工程改善6万人口的饮水条件;全省100万人口以上城市8个。"
    assert _rows(text, "value_base")[0] == ("6万人", 60000.0)
    assert _rows(text, "measure")[-1] == ("8个", "count")


def test_patents_per_ten_thousand_persons_without_mei_are_a_level() -> None:
    text = "乙市万人口发明专利拥有量达到18.6件。"
    assert _rows(text, "measure", "value") == [("18.6件", "level", 18.6)]
