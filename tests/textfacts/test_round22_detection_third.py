"""Round 22, third pass, detection (session 12): classes of the errors of heldout32–34
checked over the 26 development sets; a rule was built only when it fixed facts in three
sets of two genres or more and broke none. Sentences are our own (other places, other
numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲市", year: int | None = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# --- 扣除价格/物价因素, 实际增长: a real growth is at comparable prices (convention 24) ------


def test_a_real_growth_after_prices_deducted_is_at_comparable_prices() -> None:
    text = "上半年,甲市居民人均可支配收入15230元,比上年同期名义增长6.4%,扣除价格因素,实际增长4.1%。"
    assert _rows(text, "measure", "value", "comparable_price") == [
        ("15230元", "level", 15230, False),
        ("6.4%", "growth_yoy", 6.4, False),
        ("4.1%", "growth_yoy", 4.1, True),
    ]


def test_prices_deducted_in_the_word_of_consumer_prices_and_a_subject_between() -> None:
    text = (
        "甲市在岗职工年平均工资为68420元,增长8.6%,扣除物价因素,全市在岗职工年平均工资实际增长6.2%。"
    )
    assert _rows(text, "measure", "value", "comparable_price")[-1] == (
        "6.2%",
        "growth_yoy",
        6.2,
        True,
    )


def test_a_real_fall_after_prices_deducted_is_negative_and_comparable() -> None:
    text = "乙县居民人均消费支出9350元,增长0.7%,扣除价格因素影响,实际下降1.3%。"
    assert _rows(text, "measure", "value", "comparable_price")[-1] == (
        "1.3%",
        "growth_yoy",
        -1.3,
        True,
    )


def test_the_change_of_a_real_growth_rate_is_comparable_as_the_rate_is() -> None:
    text = "甲市社会消费品零售总额同比增长9.6%;扣除价格因素,同比实际增长8.1%,增速比上年同期回落0.9个百分点。"
    assert _rows(text, "measure", "comparable_price")[-2:] == [
        ("8.1%", "growth_yoy", True),
        ("0.9个百分点", "pp_change", True),
    ]


def test_another_deduction_than_prices_names_no_comparable_prices() -> None:
    text = "甲市税收收入128亿元,扣除留抵退税因素后,实际增长5.5%。"
    assert _rows(text, "measure", "comparable_price")[-1] == ("5.5%", "growth_yoy", False)


def test_a_nominal_growth_after_prices_deducted_elsewhere_stays_nominal() -> None:
    text = "扣除价格因素,甲市居民人均可支配收入实际增长3.2%;乙县居民人均可支配收入增长5.0%。"
    assert _rows(text, "measure", "comparable_price") == [
        ("3.2%", "growth_yoy", True),
        ("5.0%", "growth_yoy", False),
    ]
