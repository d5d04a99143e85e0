"""Round 29 (session 19), before its freeze, from the spent judges 38–52: numbers of 亿
written with their 万 inside, and a monthly report's 本月. Sentences are our own."""

from __future__ import annotations

from .rows import fact_rows


def test_a_count_of_yi_written_with_its_wan_inside_is_one_number() -> None:
    text = "2021年,全国乙类支出规模为2万3051.6亿元,比上年增长4.2%;其中丙类为1万204.3亿元。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("2万3051.6亿元", 2305160000000.0),
        ("4.2%", 4.2),
        ("1万204.3亿元", 1020430000000.0),
    ]
    assert fact_rows(text, "subject", region="530500", year=2021)[0] == (
        "2万3051.6亿元",
        "乙类支出规模",
    )


def test_a_plain_wan_before_a_unit_stays_the_magnitude_of_its_number() -> None:
    text = "全市常住人口达3万人,新增就业1.2万人。"
    assert fact_rows(text, "value_base", region="530500", year=2021) == [
        ("3万人", 30000.0),
        ("1.2万人", 12000.0),
    ]


def test_this_month_of_a_monthly_report_is_the_month_its_span_ends_with() -> None:
    text = (
        "本月全区完成登记项目36项,登记金额5120.4万元。其中:区级中心完成21项。\n"
        "2021年1至5月,全区累计完成登记项目150项,登记金额2.3亿元。\n"
    )
    assert fact_rows(text, "period", region="530500", year=2021) == [
        ("36项", "2021-05"),
        ("5120.4万元", "2021-05"),
        ("21项", "2021-05"),
        ("150项", "2021-01/2021-05"),
        ("2.3亿元", "2021-01/2021-05"),
    ]


def test_this_month_without_a_span_of_the_year_keeps_the_document_period() -> None:
    text = "本月全区完成登记项目36项,登记金额5120.4万元。"
    assert fact_rows(text, "period", region="530500", year=2021) == [
        ("36项", "2021"),
        ("5120.4万元", "2021"),
    ]


def test_an_autonomous_prefecture_named_as_its_papers_do_is_a_region() -> None:
    text = "恩施州投入财政资金80万元,发放消费券2.1万张。"
    assert fact_rows(text, "region", region="420000", year=2024) == [
        ("80万元", "恩施土家族苗族自治州"),
        ("2.1万张", "恩施土家族苗族自治州"),
    ]
    assert fact_rows(text, "subject", region="420000", year=2024)[0] == ("80万元", "财政资金")


def test_the_recent_years_inside_a_sentence_date_their_clause_only() -> None:
    text = "全市工业投资增长12.6%,近3年年均增长21%;其中,甲类投资增长9.4%。"
    assert fact_rows(text, "period", region="530500", year=2022) == [
        ("12.6%", "2022"),
        ("21%", "2020/2022"),
        ("9.4%", "2022"),
    ]


def test_the_recent_years_opening_a_sentence_date_it_and_leave_the_subject() -> None:
    text = "近三年,全市累计投入帮扶资金18.2亿元。其中,2020年投入7.1亿元。"
    assert fact_rows(text, "period", region="530500", year=2020) == [
        ("18.2亿元", "2018/2020"),
        ("7.1亿元", "2020"),
    ]
    assert fact_rows(text, "subject", region="530500", year=2020)[0] == (
        "18.2亿元",
        "累计投入帮扶资金",
    )


def test_a_record_over_recent_years_is_no_period() -> None:
    text = "全市粮食产量增长3.1%,增速创近10年来最高。"
    assert fact_rows(text, "period", region="530500", year=2022) == [("3.1%", "2022")]


def test_a_code_of_digits_and_letters_in_a_byline_is_no_quantity() -> None:
    text = (
        "索引号：11500000MB1234567X/2024-00012\n"
        "2023年，全区共办理法律援助案件520件，存储容量扩至500GB。\n"
    )
    assert fact_rows(text, "value", region="500000", year=2023) == [
        ("520件", 520.0),
        ("500GB", 500.0),
    ]


def test_a_multiple_of_a_base_years_level_is_of_the_period_reported() -> None:
    text = "一季度,全市展览面积是2022年同期的2.8倍,参展企业数量达到2019年水平的0.97倍。成交额增长12.5%。"
    assert fact_rows(text, "period", region="440100", year=2023) == [
        ("2.8倍", "2023-01/2023-03"),
        ("0.97倍", "2023-01/2023-03"),
        ("12.5%", "2023-01/2023-03"),
    ]
    assert fact_rows(text, "subject", region="440100", year=2023)[1] == ("0.97倍", "参展企业数量")


def test_shares_written_as_fractions_and_tenths_before_wei() -> None:
    text = "新增挂牌企业中约1/3为制造业企业,近1/2集中在省会,近八成为民营企业。他已成为骨干。"
    assert fact_rows(text, "value_base", region="340000", year=2023) == [
        ("1/3", 33.333333),
        ("1/2", 50.0),
        ("八成", 80.0),
    ]
    assert fact_rows(text, "qualifier", region="340000", year=2023) == [
        ("1/3", "约"),
        ("1/2", "近"),
        ("八成", "近"),
    ]


def test_a_fraction_not_after_a_word_of_share_is_no_figure() -> None:
    assert fact_rows("比分为3/2。", "value", region="340000", year=2023) == []
