"""The rules round 8's errors led to, on short sentences of our own (not the corpus texts).

Table-like rows (``指标:数值,同比增长N%``), a single month inside a cumulative period,
periods and figures near 目标 (targets vs progress against a target, 序时进度), the
contributor of a 拉动 figure, and the units 成 (tenths) and 天 (days).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str) -> list[Fact]:
    return extract(text, region="静乐县", year=2023)


def test_table_row_label_is_the_subject_of_value_and_growth() -> None:
    text = (
        "静乐县2023年1-6月主要指标\n"
        "地区生产总值:86.3亿元,同比增长5.1%\n"
        "规上工业增加值：同比增长7.7%\n"
        "其中外贸进出口:2.4亿美元,同比下降3.0%"
    )
    assert [(f.text_span, f.subject, f.measure, f.value, f.period) for f in _facts(text)] == [
        ("86.3亿元", "地区生产总值", "level", 86.3, "2023-01/2023-06"),
        ("5.1%", "地区生产总值", "growth_yoy", 5.1, "2023-01/2023-06"),
        ("7.7%", "规上工业增加值", "growth_yoy", 7.7, "2023-01/2023-06"),
        ("2.4亿美元", "外贸进出口", "level", 2.4, "2023-01/2023-06"),
        ("3.0%", "外贸进出口", "growth_yoy", -3.0, "2023-01/2023-06"),
    ]


def test_a_label_is_not_taken_over_words_before_the_number() -> None:
    facts = _facts("主要预期目标是:地区生产总值增长6%左右。")
    assert [(f.subject, f.measure, f.qualifier) for f in facts] == [
        ("地区生产总值", "target", "约")
    ]


def test_contributor_of_a_contribution() -> None:
    text = (
        "其中,民间投资增长12.0%,拉动全部投资增长4.1个百分点。"
        "第一产业增加值增长4.0%,拉动经济增长0.3个百分点。"
    )
    assert [(f.subject, f.measure, f.basis) for f in _facts(text)[1::2]] == [
        # the growth pulled stays in the name, as the guideline writes it (round 5)
        ("民间投资拉动全部投资增长", "pp_change", "contribution"),
        ("第一产业拉动经济增长", "pp_change", "contribution"),
    ]


def test_gap_after_a_change_of_the_rate_is_about_the_rate() -> None:
    text = "上半年,全县社会消费品零售总额增速比1-5月加快0.6个百分点,高于全省平均水平1.1个百分点。"
    assert [(f.subject, f.value, f.basis) for f in _facts(text)] == [
        ("社会消费品零售总额增速", 0.6, "rate_change_vs_prior_period"),
        ("社会消费品零售总额增速", 1.1, "gap_vs_reference"),
    ]


def test_single_month_in_a_cumulative_context_holds_for_its_sentence() -> None:
    text = (
        "1-10月,全县规上工业增加值增长6.0%。10月份当月,规上工业增加值增长3.0%。"
        "全县45户规上工业企业中,30户实现正增长。"
    )
    assert [(f.text_span, f.period) for f in _facts(text)] == [
        ("6.0%", "2023-01/2023-10"),
        ("3.0%", "2023-10"),
        ("45户", "2023-01/2023-10"),
        ("30户", "2023-01/2023-10"),
    ]


def test_single_month_of_a_monthly_release_carries_on() -> None:
    facts = _facts("11月份,全市居民消费价格同比下降0.4%。其中食品价格下降2.1%。")
    assert [f.period for f in facts] == ["2023-11", "2023-11"]


def test_a_target_clause_year_does_not_move_the_progress_after_it() -> None:
    text = (
        "上半年,全县规上工业增加值增长9.0%。"
        "全年目标为增长6%,规上工业增加值完成年度目标的55.2%,高于序时进度5.2个百分点。"
    )
    assert [(f.text_span, f.subject, f.measure, f.period, f.basis) for f in _facts(text)] == [
        ("9.0%", "规上工业增加值", "growth_yoy", "2023-01/2023-06", "prev_year"),
        ("6%", "规上工业增加值", "target", "2023", None),
        ("55.2%", "规上工业增加值完成年度目标", "share", "2023-01/2023-06", None),
        (
            "5.2个百分点",
            "规上工业增加值完成年度目标",
            "pp_change",
            "2023-01/2023-06",
            "gap_vs_reference",
        ),
    ]


def test_progress_against_a_target_is_not_a_target() -> None:
    text = (
        "上半年,全县固定资产投资增长8.0%,完成年度目标任务的48.5%,超序时进度1.5个百分点;"
        "一般公共预算收入增长3.1%,低于年度目标0.9个百分点。"
    )
    facts = _facts(text)
    assert [(f.subject, f.measure, f.value, f.basis, f.denominator) for f in facts] == [
        ("固定资产投资", "growth_yoy", 8.0, "prev_year", None),
        ("固定资产投资完成年度目标任务", "share", 48.5, None, "年度目标任务"),
        ("固定资产投资完成年度目标任务", "pp_change", 1.5, "gap_vs_reference", None),
        ("一般公共预算收入", "growth_yoy", 3.1, "prev_year", None),
        ("一般公共预算收入增速", "pp_change", -0.9, "gap_vs_reference", None),
    ]


def test_figures_their_clause_calls_a_target_are_targets() -> None:
    text = "下半年,全县将锚定全年一般公共预算收入增长5%、固定资产投资增长10%的目标,狠抓落实。"
    assert [(f.subject, f.measure, f.value, f.period) for f in _facts(text)] == [
        ("一般公共预算收入", "target", 5.0, "2023"),
        ("固定资产投资", "target", 10.0, "2023"),
    ]


def test_a_target_heading_with_a_colon_still_sets_the_year() -> None:
    facts = _facts("2024年目标:地区生产总值增长5%,规上工业增加值增长7%。")
    assert [(f.measure, f.period) for f in facts] == [("target", "2024"), ("target", "2024")]


def test_tenths_and_days() -> None:
    text = (
        "全县小杂粮产品销往省外的比例近八成。电商销售额占全县农产品销售额的六成以上。"
        "全年空气质量优良天数达到298天,比上年减少5天。"
    )
    rows = [
        (f.text_span, f.measure, f.value, f.unit, f.value_base, f.base_unit, f.qualifier)
        for f in _facts(text)
    ]
    assert rows == [
        ("八成", "share", 8.0, "成", 80.0, "percent", "近"),
        ("六成", "share", 6.0, "成", 60.0, "percent", "以上"),
        ("298天", "level", 298.0, "天", 298.0, "day", None),
        ("5天", "abs_change", -5.0, "天", -5.0, "day", None),
    ]


def test_words_that_start_with_cheng_or_tian_are_not_units() -> None:
    assert (
        _facts("坚持一成不变的标准,降低统一成本,三天两头检查,建成3成员单位,新建2天然气站。") == []
    )


def test_further_targets_of_a_target_sentence_keep_its_year() -> None:
    text = "上半年,全县投资增长9.0%。全年目标为投资增长8%,力争消费增长6%。投资完成年度目标的51.0%。"
    assert [(f.text_span, f.measure, f.period) for f in _facts(text)] == [
        ("9.0%", "growth_yoy", "2023-01/2023-06"),
        ("8%", "target", "2023"),
        ("6%", "target", "2023"),
        ("51.0%", "share", "2023-01/2023-06"),
    ]


def test_outside_a_cumulative_context_a_target_year_carries_on() -> None:
    text = "2024年目标是地区生产总值增长6%,新建项目30个。"
    assert [f.period for f in extract(text, region="静乐县", year=2023)] == ["2024", "2024"]
