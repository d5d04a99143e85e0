"""Count classifiers from one table (JioNLP's quantifiers, ``data/quantifiers_stat.txt``) and
the units of other dimensions it brought to light, on short sentences of our own.

A number followed by a classifier of the table is a ``count`` with the unit as written;
words that begin with a classifier (票房, 轮胎, 幅度) and frames (8大类…呈现) are no counts.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.units import COUNT_CLASSIFIERS, unit_info

from .rows import fact_rows


def _facts(text: str) -> list[Fact]:
    return extract(text, region="晋中市", year=2023)


def _rows(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "measure", "value", "unit", "base_unit", region="晋中市", year=2023)


def test_the_count_classifiers_come_from_the_table_by_its_rule() -> None:
    # from the table: used as a quantifier in at least three of four uses after a number
    assert {"趟", "颗", "枚", "批次", "台次"} <= set(COUNT_CLASSIFIERS)
    # in the table but mostly nouns (道 0.32, 口径), or of another dimension (年, 米, 克)
    assert not {"道", "年", "米", "克", "届"} & set(COUNT_CLASSIFIERS)
    # ours, missing from the table
    assert {"票", "站次", "场次"} <= set(COUNT_CLASSIFIERS)
    assert all(unit_info(w) is not None and unit_info(w).kind == "count" for w in COUNT_CLASSIFIERS)  # type: ignore[union-attr]


def test_votes_trips_and_flights_are_counts_as_written() -> None:
    text = (
        "甲工程满意度测评中,满意票120票,基本满意票35票,不满意票0票。"
        "节日期间,铁路开行旅客列车1200趟,民航进出港航班950架次,城乡公交发车380站次,"
        "全市举办演出1.2万场次。"
    )
    assert _rows(text) == [
        ("120票", "count", 120.0, "票", "count"),
        ("35票", "count", 35.0, "票", "count"),
        ("0票", "count", 0.0, "票", "count"),
        ("1200趟", "count", 1200.0, "趟", "count"),
        ("950架次", "count", 950.0, "架次", "count"),
        ("380站次", "count", 380.0, "站次", "count"),
        ("1.2万场次", "count", 1.2, "万场次", "count"),
    ]
    assert _facts(text)[-1].value_base == 12000.0


def test_words_that_begin_with_a_classifier_are_no_counts() -> None:
    text = "全市电影票房12亿元。新增3轮车辆,下降5幅度不大。8大类商品价格呈现“五升三降”。"
    assert [f.text_span for f in _facts(text)] == ["12亿元"]


def test_index_points_and_moves_in_a_ranking() -> None:
    text = "批发价格指数为120.5,比上月下降0.15个点。收入增幅居全省第6位,同比前移2个位次;支出增幅同比回落3个位次。"
    rows = [(f.text_span, f.measure, f.value, f.unit, f.base_unit) for f in _facts(text)]
    assert rows[1] == ("0.15个点", "abs_change", -0.15, "个点", "index_point")
    assert rows[3] == ("2个位次", "abs_change", 2.0, "个位次", "rank")
    assert rows[4] == ("3个位次", "abs_change", -3.0, "个位次", "rank")


def test_dates_ordinals_and_codes_stay_out() -> None:
    text = "第3趟列车于2023年5月1日发车,车次G1234,第12届博览会。"
    assert _facts(text) == []


def test_poultry_in_feathers_and_transformer_capacity() -> None:
    text = "全县家禽出栏360.5万羽,新增变电容量45万千伏安。新建羽毛球场6个。"
    assert _rows(text) == [
        ("360.5万羽", "count", 360.5, "万羽", "count"),
        ("45万千伏安", "level", 45.0, "万千伏安", "kVA"),
        ("6个", "count", 6.0, "个", "count"),
    ]


def test_a_quantity_per_a_unit_keeps_both_as_written() -> None:
    text = "全县人口密度186人/平方公里,土地流转均价650元/亩,景区日均接待0.8万人次/日。"
    assert _rows(text) == [
        ("186人/平方公里", "level", 186.0, "人/平方公里", "person/km2"),
        ("650元/亩", "level", 650.0, "元/亩", "yuan/mu"),
        ("0.8万人次/日", "level", 0.8, "万人次/日", "person-time/day"),
    ]
    assert _facts(text)[-1].value_base == 8000.0
    # a rate per year, and 人次 after the slash, stay as they were
    assert [f.text_span for f in _facts("年均增长5%/年,人均消费120元/人次。")] == ["5%", "120元"]
