"""Each hard case the issue lists, on short sentences of our own."""

from __future__ import annotations

import pytest

from citystat.textfacts import Fact, extract

from .rows import fact_rows


def _one(text: str, **kwargs: object) -> Fact:
    facts = extract(text, region="定襄县", year=2023, **kwargs)  # type: ignore[arg-type]
    assert len(facts) == 1, [f.text_span for f in facts]
    return facts[0]


def _spans(text: str) -> list[str]:
    return [f.text_span for f in extract(text, region="定襄县", year=2023)]


def test_chinese_numerals_that_are_quantities() -> None:
    facts = extract("建成烘干线十二条,带动农户三千六百余户,户均增收近八千元。", region="保德县")
    assert [(f.value_base, f.unit, f.qualifier) for f in facts] == [
        (12.0, "条", None),
        (3600.0, "户", "以上"),
        (8000.0, "元", "近"),
    ]


def test_chinese_numeral_with_wan() -> None:
    fact = _one("年产鲜果两万余吨。")
    assert (fact.value, fact.unit, fact.value_base, fact.qualifier) == (
        2.0,
        "万吨",
        20000.0,
        "以上",
    )
    assert _one("全县共有一万二千名志愿者。").value_base == 12000.0


def test_wan_and_yi_multipliers() -> None:
    fact = _one("累计提供零工岗位0.96万个。")
    assert (fact.value, fact.unit, fact.value_base, fact.base_unit) == (
        0.96,
        "万个",
        9600.0,
        "count",
    )
    assert _one("总产值达16.7亿元。").value_base == 1_670_000_000.0


def test_magnitude_word_alone() -> None:
    fact = _one("新能源装机突破千万千瓦。")
    assert (fact.text_span, fact.value, fact.value_base, fact.base_unit, fact.qualifier) == (
        "千万千瓦",
        1.0,
        10_000_000.0,
        "kW",
        "突破",
    )


def test_magnitude_word_in_a_size_class_is_not_a_fact() -> None:
    assert _spans("全年新开工亿元以上项目26个。") == ["26个"]
    assert _spans("在建5000万元以上项目64个。") == ["64个"]


def test_growth_by_times() -> None:
    fact = _one("煤机装备制造业产值增长2.3倍。")
    assert (fact.measure, fact.value, fact.unit, fact.value_base) == (
        "growth_yoy",
        2.3,
        "倍",
        230.0,
    )


def test_per_mille_is_divided_by_ten() -> None:
    fact = _one("人口自然增长率为-2.75‰。")
    assert (fact.text_span, fact.measure, fact.value, fact.value_base) == (
        "-2.75‰",
        "level",
        -2.75,
        -0.275,
    )


def test_full_width_digits_and_spaces_keep_offsets() -> None:
    text = "全县地区生产总值８１５.４亿元,增长 12.5 %。"
    facts = extract(text, region="定襄县", year=2023)
    assert [f.text_span for f in facts] == ["８１５.４亿元", "12.5 %"]
    assert all(text[f.char_start : f.char_end] == f.text_span for f in facts)
    assert facts[0].value_base == 81_540_000_000.0


def test_enumeration_gives_one_fact_per_item_with_its_subject() -> None:
    text = "采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长3.4%、11.2%和-4.6%。"
    facts = extract(text, region="原平市", year=2023)
    assert [(f.subject, f.value) for f in facts] == [
        ("采矿业增加值", 3.4),
        ("制造业增加值", 11.2),
        ("电力热力燃气及水生产和供应业增加值", -4.6),
    ]


def test_enumeration_of_regions() -> None:
    facts = extract("原平市、忻府区、河曲县地区生产总值分别增长5.9%、5.1%和7.2%。", region="忻州市")
    assert [(f.region, f.region_code, f.subject) for f in facts] == [
        ("原平市", "140981", "地区生产总值"),
        ("忻府区", "140902", "地区生产总值"),
        ("河曲县", "140930", "地区生产总值"),
    ]


def test_enumeration_of_bare_numbers_shares_the_last_unit() -> None:
    facts = extract("三项指标分别为38.2、12.5和74.3%。", region="定襄县", year=2023)
    assert [(f.value_base, f.unit) for f in facts] == [(38.2, "%"), (12.5, "%"), (74.3, "%")]


def test_ratio_is_one_fact_with_a_list_value() -> None:
    facts = extract(
        "三次产业结构由上年的7.9:47.6:44.5调整为7.7:47.7:44.6。", region="定襄县", year=2023
    )
    assert [(f.measure, f.value, f.period, f.subject) for f in facts] == [
        ("ratio", [7.9, 47.6, 44.5], "2022", "三次产业结构"),
        ("ratio", [7.7, 47.7, 44.6], "2023", "三次产业结构"),
    ]


def test_years_dates_times_and_codes_are_not_facts() -> None:
    text = (
        "2024年01月10日 10时17分,2023年2月6日,8月18日,1-11月份,截至11月。"
        "晋ICP10003702,电话0350-3336505,长征西街31号,108国道,10:17。"
    )
    assert _spans(text) == []


def test_ordinal_lists_slogans_and_programme_names_are_not_facts() -> None:
    text = (
        "一是工业生产加快恢复,二是投资降幅收窄。推动七大能级跃升,深化五个一体化,"
        "在七个维度上发力,两山四河一流域,千万工程,“11353”工程,第二批,首批,二期项目,"
        "三次产业,3A级景区,走出了一条新路子,一户一策。"
    )
    assert _spans(text) == []


def test_percentage_points_and_their_sign() -> None:
    text = "增速比上半年加快2.8个百分点,降幅比一季度收窄3.9个百分点,低于全市平均水平1.2个百分点。"
    facts = extract(text, region="定襄县", year=2023)
    assert [(f.measure, f.value, f.basis) for f in facts] == [
        ("pp_change", 2.8, "rate_change_vs_prior_period"),
        ("pp_change", 3.9, "rate_change_vs_prior_period"),
        ("pp_change", -1.2, "gap_vs_reference"),
    ]


def test_contribution_in_percentage_points() -> None:
    facts = extract(
        "煤机装备制造业增长35.0%,上拉全县工业增速1.2个百分点。", region="忻州市", year=2023
    )
    assert facts[1].basis == "contribution"
    assert facts[1].subject is not None and facts[1].subject.startswith("煤机装备制造业")


def test_traditional_characters_read_as_simplified_with_original_offsets() -> None:
    text = "全縣特色農產品種植面積達到18.6萬畝,小雜糧總產量約4.2萬噸。"
    facts = extract(text, region="五台县", year=2023)
    assert [f.text_span for f in facts] == ["18.6萬畝", "4.2萬噸"]
    assert [(f.unit, f.subject, f.qualifier) for f in facts] == [
        ("万亩", "特色农产品种植面积", None),
        ("万吨", "小杂粮总产量", "约"),
    ]
    assert all(text[f.char_start : f.char_end] == f.text_span for f in facts)


def test_decline_makes_the_value_negative() -> None:
    facts = extract(
        "禽蛋产量0.85万吨,下降1.2%;常住人口比上年末减少0.21万人。", region="定襄县", year=2023
    )
    assert [(f.measure, f.value, f.value_base) for f in facts] == [
        ("level", 0.85, 8500.0),
        ("growth_yoy", -1.2, -1.2),
        ("abs_change", -0.21, -2100.0),
    ]


def test_comparable_prices_govern_the_sentence_and_its_breakdown() -> None:
    text = (
        "地区生产总值128.64亿元,按不变价格计算,比上年增长5.6%。"
        "其中,第一产业增加值9.85亿元,增长4.1%。粮食产量增长2.1%。"
    )
    facts = extract(text, region="定襄县", year=2023)
    assert [f.comparable_price for f in facts if f.measure == "growth_yoy"] == [True, True, False]


def test_share_rank_target_and_qualifiers() -> None:
    text = (
        "税收收入9.42亿元,占一般公共预算收入的比重为75.0%。增速居全市第二位。"
        "城镇登记失业率控制在4%以内。床位突破1500张,就业岗位800个以上,零售额约3.8亿元,面积23万亩左右。"
    )
    facts = extract(text, region="原平市", year=2023)
    assert [(f.measure, f.value, f.qualifier) for f in facts] == [
        ("level", 9.42, None),
        ("share", 75.0, None),
        ("rank", 2.0, None),
        ("target", 4.0, None),
        ("count", 1500.0, "突破"),
        ("count", 800.0, "以上"),
        ("level", 3.8, "约"),
        ("level", 23.0, "约"),
    ]
    assert facts[1].denominator == "一般公共预算收入"


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("年均增长9.4%", "avg_annual"),
        ("比2020年增长35.6%", "cumulative_vs_base_year"),
        ("增长5%", "prev_year"),
    ],
)
def test_growth_basis(text: str, basis: str) -> None:
    assert _one("收入" + text).basis == basis


def test_region_and_year_default_to_the_document() -> None:
    fact = _one("全县肉类总产量1.92万吨。")
    assert (fact.region, fact.region_code, fact.period) == ("定襄县", "140921", "2023")
    other = extract("肉类总产量1.92万吨。", region="清源县", year=2023)[0]
    assert (other.region, other.region_code) == ("清源县", None)


def test_region_code_is_accepted_for_the_document_region() -> None:
    fact = extract("全市小学36所。", region_code="140900", year=2023)[0]
    assert (fact.region, fact.region_code) == ("忻州市", "140900")


def test_indicator_is_matched_when_an_alias_table_is_given() -> None:
    aliases = {"地区生产总值": "GDP", "规模以上工业增加值": "IVA"}
    facts = extract(
        "全县地区生产总值128.6亿元,规上工业增加值增长7.3%,小学36所。",
        region="定襄县",
        year=2023,
        aliases=aliases,
    )
    assert [f.indicator for f in facts] == ["GDP", "IVA", None]


def test_respectively_after_the_figures_refers_back_to_them() -> None:
    text = "景区全年共接待游客156.8万人次,实现旅游收入12.4亿元,分别增长85.2%和92.7%。"
    facts = extract(text, region="宁武县", year=2023)
    assert [(f.measure, f.subject) for f in facts] == [
        ("level", "景区接待游客"),
        ("level", "旅游收入"),
        ("growth_yoy", "景区接待游客"),
        ("growth_yoy", "旅游收入"),
    ]


def test_a_rate_raised_to_a_value_is_a_level_not_a_growth() -> None:
    facts = extract("煤炭洗选率提高到92.5%,比上年提高1.7个百分点。", region="宁武县", year=2023)
    assert [(f.measure, f.subject) for f in facts] == [
        ("level", "煤炭洗选率"),
        ("pp_change", "煤炭洗选率"),
    ]


def test_added_since_last_year_end_is_an_absolute_change() -> None:
    facts = extract(
        "并网装机容量达到86.5万千瓦,较上年末新增12.3万千瓦。", region="宁武县", year=2023
    )
    assert [(f.measure, f.value_base, f.subject) for f in facts] == [
        ("level", 865_000.0, "并网装机容量"),
        ("abs_change", 123_000.0, "并网装机容量"),
    ]


def test_rank_takes_the_rate_it_ranks() -> None:
    text = "社会消费品零售总额同比增长5.4%,在全市十四个县(市、区)中排名第六。"
    facts = extract(text, region="五寨县", year=2023)
    assert (facts[-1].measure, facts[-1].value, facts[-1].subject) == (
        "rank",
        6.0,
        "社会消费品零售总额",
    )


def test_enterprise_idiom_names_the_indicator() -> None:
    fact = _one("全县规模以上工业企业累计完成工业增加值23.47亿元。")
    assert fact.subject == "规模以上工业增加值"


def test_sex_ratio_and_its_reference_base() -> None:
    facts = extract("户籍人口性别比为105.2(以女性为100)。", region="河曲县", year=2022)
    assert [(f.text_span, f.measure, f.value_base) for f in facts] == [("105.2", "ratio", 105.2)]


def _rows(text: str, *, region: str = "定襄县", year: int = 2023) -> list[tuple[object, ...]]:
    return fact_rows(
        text, "subject", "measure", "value_base", "basis", "period", region=region, year=year
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "营业收入46.2亿元,是上年的1.3倍。",
            ("1.3倍", "营业收入", "growth_yoy", 30.0, "prev_year", "2023"),
        ),
        (
            "实现营业收入3.2亿元,为上年同期的2倍。",
            ("2倍", "营业收入", "growth_yoy", 100.0, "prev_year", "2023"),
        ),
        (
            "光伏发电量9.6亿千瓦时,是2020年的3.5倍。",
            ("3.5倍", "光伏发电量", "growth_yoy", 250.0, "cumulative_vs_base_year", "2023"),
        ),
        (
            "存款余额300亿元,相当于2018年末的1.8倍。",
            ("1.8倍", "存款余额", "growth_yoy", 80.0, "cumulative_vs_base_year", "2023"),
        ),
    ],
)
def test_a_multiple_of_a_base_period_is_growth_by_the_multiple_less_one(
    text: str, expected: tuple[object, ...]
) -> None:
    assert _rows(text)[-1] == expected


def test_a_multiple_of_a_base_period_does_not_move_the_period() -> None:
    rows = _rows("发电量9.6亿千瓦时,是2020年的3.5倍。全年新增就业3120人。")
    assert [r[5] for r in rows] == ["2023", "2023", "2023"]


def test_a_multiple_of_another_region_is_still_a_ratio() -> None:
    fact = _one("农民人均收入是全省平均水平的1.3倍。")
    assert (fact.measure, fact.value_base) == ("ratio", 1.3)


@pytest.mark.parametrize(
    "listed", ["第一、二、三产业增加值", "第一、第二、第三产业增加值", "一、二、三产业增加值"]
)
def test_first_second_and_third_industry_lists(listed: str) -> None:
    rows = _rows(f"{listed}分别为9.1亿元、50.2亿元和40.3亿元,分别增长3.1%、5.2%和-4.0%。")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("9.1亿元", "第一产业增加值", "level"),
        ("50.2亿元", "第二产业增加值", "level"),
        ("40.3亿元", "第三产业增加值", "level"),
        ("3.1%", "第一产业增加值", "growth_yoy"),
        ("5.2%", "第二产业增加值", "growth_yoy"),
        ("-4.0%", "第三产业增加值", "growth_yoy"),
    ]


def test_strive_makes_every_figure_after_it_in_the_sentence_a_target() -> None:
    rows = _rows("力争全年地区生产总值增长6%,接待游客突破200万人次,旅游收入达到18亿元。")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("6%", "地区生产总值", "target"),
        ("200万人次", "接待游客", "target"),
        ("18亿元", "旅游收入", "target"),
    ]


def test_a_bare_ratio_changed_from_a_base_year_to_a_new_value() -> None:
    rows = _rows("城乡居民收入比由上年的2.71缩小到2.63。收入比由2021年的2.80缩小至2.63。")
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in rows] == [
        ("2.71", "城乡居民收入比", "ratio", 2.71, "2022"),
        ("2.63", "城乡居民收入比", "ratio", 2.63, "2023"),
        ("2.80", "收入比", "ratio", 2.80, "2021"),
        ("2.63", "收入比", "ratio", 2.63, "2023"),
    ]


def test_numbered_headings_with_a_year_set_their_section_period() -> None:
    text = (
        "某县2024年政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5.3%。\n"
        "二、2024年目标任务\n全年地区生产总值增长6%左右。预计到2025年装机突破150万千瓦。\n"
        "三、保障措施\n发放贷款1.2亿元。"
    )
    assert [(r[0], r[5]) for r in _rows(text)] == [
        ("5.3%", "2023"),
        ("6%", "2024"),
        ("150万千瓦", "2025"),
        ("1.2亿元", "2023"),
    ]


def test_this_year_in_a_report_is_the_year_its_title_names() -> None:
    rows = _rows("某县2024年政府工作报告\n今年主要预期目标是:地区生产总值增长6%。")
    assert [(r[0], r[2], r[5]) for r in rows] == [("6%", "target", "2024")]
