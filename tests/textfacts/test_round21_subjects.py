"""Round 21 (session 11): subjects of the structure of statistical prose, general rules.

Sentences of our own (other places, other numbers) of the shapes the development sets' texts take.
"""

from __future__ import annotations

from citystat.textfacts.subjects import share_of_doers, subset_named

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲省", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_parts_of_a_counted_whole_are_named_by_their_predicate() -> None:
    # 在N个X中,M个X…: the part as the text counts it, what its clause says of it before
    text = "1-6月份,在35个工业大类行业中,19个行业营业收入同比增加,2个行业由亏转盈,3个行业持平。"
    assert _rows(text, "subject", "measure") == [
        ("35个", "工业大类行业", "count"),
        ("19个", "营业收入同比增加的行业", "count"),
        ("2个", "由亏转盈的行业", "count"),
        ("3个", "持平的行业", "count"),
    ]


def test_a_part_whose_noun_is_left_out_takes_the_wholes() -> None:
    # 26个行业中18个同比下降: the noun of the whole
    text = "一季度,全市工业所涉及26个行业中18个同比下降。"
    assert _rows(text, "subject") == [("26个", "行业"), ("18个", "同比下降的行业")]


def test_a_part_named_by_a_state_held_over_days() -> None:
    # a predicate that is no change, and a list of examples before the count
    text = "在纳入监测的58个景区中,甲山、乙湖等31个景区连续多日接待量创新高。"
    assert _rows(text, "subject") == [
        ("58个", "景区"),
        ("31个", "连续多日接待量创新高的景区"),
    ]


def test_a_growth_after_a_noun_the_kinds_do_not_know_is_left() -> None:
    # 19个商品类值中有8个类值同比增长: _counted_that's, which names only the kinds it knows
    text = "1-5月,全市限上单位24个主要商品类值中,有9个类值同比增长。"
    assert _rows(text, "subject") == [("24个", "主要商品类值"), ("9个", "类值")]


def test_all_of_a_whole_are_counted_as_they_are() -> None:
    assert subset_named("在16个乡镇中,", "个", "乡镇全部完成年度任务。", None) is None
    assert subset_named("在16个乡镇中,", "个", "乡镇分别增长3%和4%", None) is None
    assert subset_named("其中", "个", "乡镇完成年度任务", None) is None  # no whole counted
    assert subset_named("在16个乡镇中,", "家", "企业新增订单", None) is None  # 家, not 个
    assert subset_named("在16个乡镇中,", "个", "村完成任务", None) is None  # another thing


def test_a_share_of_a_population_is_named_by_what_it_did() -> None:
    # N%的X反映…, 逾N成X投向…: the deed, then the population
    text = "从问卷结果看,约45%的企业反映用工成本上升,表明压力加大。"
    assert _rows(text, "subject", "measure") == [("45%", "反映用工成本上升的企业", "share")]
    assert share_of_doers("新增贷款投向小微企业。") == "投向小微企业的新增贷款"
    assert share_of_doers("的受访者表示满意;") == "表示满意的受访者"
    assert share_of_doers(",比上年提高1.2个百分点") is None


def test_a_share_named_as_a_share_keeps_its_name() -> None:
    # 占全部企业的45%: the words before name the share; the words after are not read
    text = "民营企业占全部企业的比重为45%,企业反映用工成本上升。"
    assert _rows(text, "subject") == [("45%", "民营企业占全部企业的比重")]
