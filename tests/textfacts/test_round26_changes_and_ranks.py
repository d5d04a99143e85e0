"""Round 26 (session 16): falls written short, ranks among counted places, bracketed
growths, and the change over a term said after its move.

``销售面积降7.8%`` and ``减幅0.9%`` are falls, not shares; ``位列全省11个市第3位`` is a rank
among the places counted, the count no fact; ``地区生产总值(6.2%)`` is the amount's growth;
``2018-2022年,甲由a增至b,增长c%`` gives a to 2018 and c, the change over the term, to 2022.
Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="640100", year=2023)


def test_a_fall_written_with_one_character_after_its_indicator() -> None:
    text = "全市商品房销售额降4.6%,新建商品住宅销售面积增2.3%。"
    assert _rows(text, "subject", "measure", "value_base") == [
        ("4.6%", "商品房销售额", "growth_yoy", -4.6),
        ("2.3%", "新建商品住宅销售面积", "growth_yoy", 2.3),
    ]


def test_a_rate_of_decrease_is_the_growth_of_what_decreased() -> None:
    text = "全年油料播种面积比上年减少3.2万亩,减幅1.7%。"
    assert _rows(text, "subject", "measure", "value_base")[1] == (
        "1.7%",
        "油料播种面积",
        "growth_yoy",
        -1.7,
    )
    text = "群众办事跑动次数平均缩减60%以上。"
    assert _rows(text, "subject", "measure", "value_base") == [
        ("60%", "群众办事跑动次数", "growth_yoy", -60.0)
    ]


def test_a_rank_among_the_places_counted_is_read_and_the_count_is_not() -> None:
    text = "全市社会消费品零售总额增速位列全省11个市第4位。"
    assert _rows(text, "subject", "measure") == [("第4位", "社会消费品零售总额增速", "rank")]
    text = "在全国24个省会城市中,我市居民消费价格涨幅居第9位。"
    assert _rows(text, "subject", "measure") == [("第9位", "居民消费价格涨幅", "rank")]


def test_places_with_bracketed_growths_ranked_together() -> None:
    text = "金凤区(9.4%)和永宁县(6.1%)工业投资增速分别位列全区14个县(市)区第3位和第8位。"
    assert _rows(text, "subject", "region", "measure") == [
        ("9.4%", "工业投资", "金凤区", "growth_yoy"),
        ("6.1%", "工业投资", "永宁县", "growth_yoy"),
        ("第3位", "工业投资增速", "金凤区", "rank"),
        ("第8位", "工业投资增速", "永宁县", "rank"),
    ]


def test_a_bracketed_percent_after_an_amount_is_its_growth() -> None:
    text = "其中,地区生产总值(6.2%)、一般公共预算收入(9.8%)分别高于预期目标0.7和3.3个百分点。"
    assert _rows(text, "subject", "measure") == [
        ("6.2%", "地区生产总值", "growth_yoy"),
        ("9.8%", "一般公共预算收入", "growth_yoy"),
        ("0.7", "地区生产总值", "pp_change"),
        ("3.3个百分点", "一般公共预算收入", "pp_change"),
    ]


def test_a_move_over_written_years_and_the_change_said_after_it() -> None:
    text = "2019-2023年,全省专精特新企业由410家增至1650家,增长302.4%。"
    assert _rows(text, "period", "measure", "basis") == [
        ("410家", "2019", "count", None),
        ("1650家", "2023", "count", None),
        ("302.4%", "2023", "growth_yoy", "cumulative_vs_base_year"),
    ]
    text = "五年来,全省专精特新企业由410家增至1650家。"  # counted from the year before
    assert [row[1] for row in _rows(text, "period")] == ["2018", "2023"]


def test_ordinal_sectors_after_a_place_with_a_rate_word() -> None:
    text = "全区第一、第二、第三产业和居民用水量增速分别为5.2%、3.8%、9.6%和7.1%。"
    assert [row[1] for row in _rows(text, "subject")] == [
        "第一产业用水量",
        "第二产业用水量",
        "第三产业用水量",
        "居民用水量",
    ]


def test_the_gaps_after_a_list_of_growths_are_each_growths() -> None:
    text = (
        "社会消费品零售总额、工业投资、进口额分别增长5.1%、3.9%、12.6%,"
        "分别高于全国1.4个、0.8个、6.2个百分点。"
    )
    assert [row[1] for row in _rows(text, "subject")][3:] == [
        "社会消费品零售总额增速",
        "工业投资增速",
        "进口额增速",
    ]


def test_a_period_opening_a_list_item_is_that_items_only() -> None:
    text = (
        "一季度,全省生产总值增长5.8%。规模以上工业增加值、1-2月规模以上服务业营业收入分别增长"
        "7.2%、9.9%。社会消费品零售总额增长4.4%。"
    )
    rows = fact_rows(text, "period", region="420000", year=2025)
    assert rows[1:] == [
        ("7.2%", "2025-01/2025-03"),  # (the item before the dated one keeps the quarter)
        ("9.9%", "2025-01/2025-02"),
        ("4.4%", "2025-01/2025-03"),
    ]


def test_the_places_a_shortlist_names_are_no_part_of_the_indicator() -> None:
    text = "分市看,工业增加值排名前三的城市为宁波(4210.3亿元)、台州(1980.6亿元)、嘉兴(1875.2亿元)。"
    assert fact_rows(text, "subject", "region", region="330000", year=2022) == [
        ("4210.3亿元", "工业增加值", "宁波市"),
        ("1980.6亿元", "工业增加值", "台州市"),
        ("1875.2亿元", "工业增加值", "嘉兴市"),
    ]


def test_the_parts_of_an_age_group_by_sex_and_by_age() -> None:
    text = "65岁及以上户籍老年人口中,男性占45.8%,女性占54.2%;70-79岁组占31.4%。"
    assert [row[1] for row in _rows(text, "subject")] == [
        "65岁及以上男性户籍老年人口占65岁及以上户籍老年人口的比重",
        "65岁及以上女性户籍老年人口占65岁及以上户籍老年人口的比重",
        "70-79岁户籍老年人口占65岁及以上户籍老年人口的比重",
    ]


def test_an_adverb_left_of_a_gap_names_nothing() -> None:
    text = "上半年,全省地区生产总值同比增长5.6%,也高于全国0.6个百分点。"
    assert _rows(text, "subject")[1] == ("0.6个百分点", "地区生产总值增速")


def test_the_fastest_place_after_a_count_of_places_is_the_growths() -> None:
    text = (
        "全市一般公共预算支出增速低于全省2.1个百分点,13个设区市中,有4个市高于全省平均水平,"
        "增速最高的为丙市(同比增长17.4%)。"
    )
    assert _rows(text, "subject")[-1] == ("17.4%", "一般公共预算支出")


def test_a_rate_above_its_own_earlier_period_is_a_change_of_it() -> None:
    text = "上半年,全省税收收入增长6.4%,高于一季度累计增幅1.9个百分点,高于去年同期增幅3.2个百分点。"
    assert _rows(text, "subject", "basis")[1:] == [
        ("1.9个百分点", "税收收入增速", "rate_change_vs_prior_period"),
        ("3.2个百分点", "税收收入增速", "rate_change_vs_prior_period"),
    ]
    text = "1-7月,工业增加值增长5.2%,比1-6月加快0.4个百分点,高于全国1.1个百分点。"
    assert [row[2] for row in _rows(text, "subject", "basis")][1:] == [
        "rate_change_vs_prior_period",
        "gap_vs_reference",
    ]
    text = "一季度末,工业贷款余额增长18.2%,增速高于同期各项贷款6.1个百分点。"
    assert _rows(text, "basis")[-1] == ("6.1个百分点", "gap_vs_reference")


def test_items_before_a_kind_and_what_they_share() -> None:
    text = "纺织、医药、汽车零部件等行业增加值增速分别为6.4%、11.2%、8.7%。"
    assert [row[1] for row in _rows(text, "subject")] == [
        "纺织行业增加值",
        "医药行业增加值",
        "汽车零部件行业增加值",
    ]


def test_a_short_item_shares_only_a_kinds_word_or_a_paired_qualifier() -> None:
    text = "建材、有色金属冶炼业增加值分别增长4.4%、6.6%。"
    assert [row[1] for row in _rows(text, "subject")] == ["建材增加值", "有色金属冶炼业增加值"]
    text = "光缆、充电桩产量分别增长12.5%、20.3%。"
    assert [row[1] for row in _rows(text, "subject")] == ["光缆产量", "充电桩产量"]
    text = "轻、重工业增加值分别增长3.3%、5.5%。"
    assert [row[1] for row in _rows(text, "subject")] == ["轻工业增加值", "重工业增加值"]
    text = "全县秋粮平均亩产和总产量分别增长1.2%和0.7%。"
    assert [row[1] for row in _rows(text, "subject")] == ["秋粮平均亩产", "总产量"]


def test_a_definition_or_other_form_in_brackets_is_no_part_of_the_name() -> None:
    text = "全年入园(班)幼儿12.4万人,经费投入强度(与主营业务收入之比)为2.03%。"
    assert [row[1] for row in _rows(text, "subject")] == ["入园幼儿", "经费投入强度"]
    text = "全年企业投入研究与试验发展经费210.4亿元。"
    assert _rows(text, "subject") == [("210.4亿元", "企业研究与试验发展经费")]


def test_the_whole_a_rank_is_taken_in_is_not_the_places() -> None:
    text = "全年全省地区生产总值增长4.9%。全国排名由第20位前移至第17位。"
    assert [row[1] for row in fact_rows(text, "region", region="360000", year=2023)][1:] == [
        "江西省",
        "江西省",
    ]


def test_a_places_share_of_the_whole_it_lies_in() -> None:
    text = "赣州在全省GDP占比14.1%。"
    assert fact_rows(text, "subject", "region", region="360000", year=2022) == [
        ("14.1%", "GDP占全省的比重", "赣州市")
    ]


def test_persons_counted_then_what_they_did_with_a_perfective() -> None:
    text = "全年有8.6万名城镇失业人员实现了再就业。"
    assert _rows(text, "subject") == [("8.6万名", "城镇失业人员再就业")]


def test_a_group_of_places_a_rank_is_taken_among_is_no_subject() -> None:
    text = "全市规上工业增加值增长10.4%,居长三角第2位。"
    assert _rows(text, "subject")[1] == ("第2位", "规上工业增加值")


def test_a_comparisons_adjective_or_a_hope_names_nothing() -> None:
    text = "全市生产总值增长6.1%,比全国平均增速(4.7%)快1.4个百分点。"
    assert _rows(text, "subject")[2] == ("1.4个百分点", "生产总值增速")
    text = "全年建筑业总产值有望突破6000亿元。"
    assert _rows(text, "subject") == [("6000亿元", "建筑业总产值")]


def test_two_sectors_sharing_a_head_and_a_list_of_bracketed_values() -> None:
    text = "战略性新兴产业和数字经济核心产业增加值同比增长6.6%和8.1%。"
    assert [row[1] for row in _rows(text, "subject")] == [
        "战略性新兴产业增加值",
        "数字经济核心产业增加值",
    ]
    text = "从五大行业看,营业收入增速分别为:化工(9.2%)、食品(7.7%)、造纸(-2.4%)。"
    assert [row[1] for row in _rows(text, "subject")] == ["化工", "食品", "造纸"]


def test_places_of_a_counted_whole_named_by_what_they_did() -> None:
    text = "全省13个市中有9个市规上工业增加值实现增长,4个市增速快于全省平均水平。"
    assert [row[1] for row in _rows(text, "subject")][1:] == [
        "规上工业增加值实现增长的市",
        "增速快于全省平均水平的市",
    ]
