"""Round 11 of #13: subjects that generalise (judged on sets nobody had tuned on).

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves). The classes and their counts are in docs/textfacts.md, *Round 11:
subjects*.
"""

from __future__ import annotations

from citystat.textfacts.subjects import FullNames, clean

from .rows import fact_rows


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region=region, year=2023)


# --- words that are no part of an indicator's name -------------------------------------


def test_when_inside_a_name_is_no_part_of_it() -> None:
    assert clean("甲业上半年赔付支出") == "甲业赔付支出"
    assert clean("全市一季度社会消费品零售总额") == "社会消费品零售总额"
    assert clean("乙馆2022年的会展收入只有") == "乙馆会展收入"
    assert clean("中国内地去年总票房为") == "总票房"
    # a year that closes a name or opens its note stays for the other rules
    assert clean("2023年目标") == "目标"


def test_the_cut_off_rest_of_a_two_character_word_is_no_name() -> None:
    # 已经 is one word (not 已 and a name 经…), 共计 is one word, 上一年度 is one base
    assert clean("已经竣工") == "竣工"
    assert clean("营业额共计") == "营业额"
    assert clean("较上一年度下降") == ""
    assert clean("则本市一季度出口") == "出口"
    text = "全省技术市场成交额共计58.7亿元,较上一年度回落12.5%。"
    assert _subjects(text) == [("58.7亿元", "技术市场成交额"), ("12.5%", "技术市场成交额")]


def test_a_count_of_the_kinds_summed_is_no_part_of_the_name() -> None:
    assert clean("鸡鸭鹅三种禽肉产量") == "鸡鸭鹅禽肉产量"
    text = "一季度,全市鸡鸭鹅三种禽肉产量12.6万吨,增长3.1%。"
    assert _subjects(text) == [("12.6万吨", "鸡鸭鹅禽肉产量"), ("3.1%", "鸡鸭鹅禽肉产量")]


def test_a_pair_of_units_after_a_slash_is_the_same_deal() -> None:
    text = "本周全市二手房共成交812套/70215.4㎡,均价31250元/㎡。"
    assert _subjects(text)[:2] == [("812套", "二手房成交"), ("70215.4㎡", "二手房成交")]


def test_a_place_outside_the_country_is_no_part_of_the_name() -> None:
    text = "全球动画票房为86亿美元;北美2021年的动画票房只有19亿美元。"
    assert _subjects(text, "全国") == [("86亿美元", "动画票房"), ("19亿美元", "动画票房")]
    # a trade partner keeps its name (convention 9: the source is in the subject)
    assert clean("对北美出口") == "北美出口"


# --- verbs of an amount done -----------------------------------------------------------


def test_a_completion_rate_after_an_amount_done_names_the_amount() -> None:
    text = "1至10月,市级重点项目完成投资1365亿元,完成率96.2%。"
    assert _subjects(text) == [
        ("1365亿元", "市级重点项目完成投资"),
        ("96.2%", "市级重点项目投资完成率"),
    ]


def test_exports_after_imports_and_exports_are_their_own() -> None:
    text = "一季度全市进出口总值下降2.3%,其中出口增长6.1%,进口下降9.4%。"
    assert _subjects(text) == [("2.3%", "进出口总值"), ("6.1%", "出口"), ("9.4%", "进口")]


# --- heads restored from the name the document gave in full ------------------------------


def test_a_short_form_of_a_name_given_in_full_is_that_name() -> None:
    text = (
        "前三季度,全市城镇居民人均可支配收入41250元,增长4.1%;农村居民人均可支配收入19870元,"
        "增长6.3%。农村居民收入增速快于城镇2.2个百分点。"
    )
    assert _subjects(text)[-1] == ("2.2个百分点", "农村居民人均可支配收入增速")
    text = (
        "全市居民人均消费支出15320元,其中农村居民人均消费支出9870元,增长7.2%。"
        "农村居民消费增速快于城镇3.5个百分点。"
    )
    assert _subjects(text)[-1] == ("3.5个百分点", "农村居民人均消费支出增速")


def test_a_part_of_the_whole_takes_the_whole_s_name_in_full() -> None:
    text = (
        "1-5月,全市一般公共预算收入512.3亿元,增长3.2%。其中:市本级收入201.6亿元,下降1.1%;"
        "区级收入310.7亿元,增长6.4%。"
    )
    assert _subjects(text)[2:] == [
        ("201.6亿元", "市本级一般公共预算收入"),
        ("1.1%", "市本级一般公共预算收入"),
        ("310.7亿元", "区级一般公共预算收入"),
        ("6.4%", "区级一般公共预算收入"),
    ]
    text = (
        "1-6月,全省固定资产投资(不含农户)同比增长4.6%。\n\n"
        "分地区看,北部地区投资增长5.2%,南部地区投资增长2.9%。\n\n"
        "分产业看,第一产业投资增长1.3%。"
    )
    assert _subjects(text, "河北省") == [
        ("4.6%", "固定资产投资(不含农户)"),
        ("5.2%", "北部地区固定资产投资"),
        ("2.9%", "南部地区固定资产投资"),
        ("1.3%", "第一产业投资"),  # a sector is an indicator of its own
    ]


def test_full_names_keep_what_is_not_a_part() -> None:
    names = FullNames()
    names.add("一般公共预算收入")
    assert names.expand("税收收入") == "税收收入"
    assert names.expand("非税收入增速") == "非税收入增速"
    assert names.expand("县本级收入增速") == "县本级一般公共预算收入增速"
    # a share or a pull names the indicator with something else: nothing learnt
    names = FullNames()
    names.add("城镇居民人均可支配收入占全省的比重")
    assert names.expand("城镇居民收入") == "城镇居民收入"


def test_the_edges_of_a_name_hold_no_numbering_connective_or_conversion() -> None:
    # a list's numbering before an item, however it is written
    assert [clean(p) for p in ("1)契税", "2.医疗保险参保人数", "(3)房产税", "4、耕地占用税")] == [
        "契税",
        "医疗保险参保人数",
        "房产税",
        "耕地占用税",
    ]
    # an age band is a name, not a numbering
    assert clean("0—14岁人口为") == "0—14岁人口"
    # a connective or a 的 left at the start, a conversion at the end
    assert clean("不过当月的税收收入") == "税收收入"
    assert clean("的增速") == "增速"
    assert clean("人均地区生产总值约合") == "人均地区生产总值"
    # the end of a cut-off month end before a plan
    assert clean("底计划开工") == "计划开工"
    text = "全市人均地区生产总值98230元,约合14560美元。"
    assert _subjects(text)[1] == ("14560美元", "人均地区生产总值")


def test_staff_is_no_comparison_from() -> None:
    # 从 opens a comparison or a source (从…看, 从…增加到…), never 从业 or 从事
    assert clean("从业人员") == "从业人员"
    assert clean("从事科技活动人员") == "从事科技活动人员"


def test_leiji_before_an_amount_of_money_is_part_of_its_name() -> None:
    # 累计 before a verb is when (生猪累计出栏, 收入累计完成); before money spent or in
    # place it names the running total (累计支出, 累计到位资金)
    assert clean("甲险种累计赔付支出") == "甲险种累计赔付支出"
    assert clean("救灾经费累计支出") == "救灾经费累计支出"
    assert clean("新建项目累计到位资金") == "新建项目累计到位资金"
    assert clean("肉牛累计出栏") == "肉牛出栏"
    assert clean("税收收入累计完成") == "税收收入"
    text = "上半年,全市保险业累计赔付支出56.3亿元,同比增长12.8%。"
    assert _subjects(text) == [
        ("56.3亿元", "保险业累计赔付支出"),
        ("12.8%", "保险业累计赔付支出"),
    ]


def test_a_rank_an_all_and_a_comparison_with_the_whole_end_no_name() -> None:
    assert clean("甲、乙领域技术合同成交额位居前两位") == "甲、乙领域技术合同成交额"
    assert clean("丙县增速均") == "丙县增速"
    assert clean("一般公共预算收入增幅比全省平均") == "一般公共预算收入增幅"
    assert clean("增速比全国平均水平") == "增速"


def test_the_thing_an_amount_of_money_is_for_names_it() -> None:
    text = "今年以来,全县投资85亿元新材料产业园项目、12亿元冷链物流项目、仓储等项目相继开工。"
    assert _subjects(text, "山西省") == [
        ("85亿元", "新材料产业园项目投资"),
        ("12亿元", "冷链物流项目投资"),
    ]
    text = "甲险种为3.2万户农户提供了56.7亿元的风险保障。"
    assert _subjects(text)[-1] == ("56.7亿元", "提供风险保障")
    # an amount followed by its own growth names nothing after it
    assert _subjects("全县完成投资85亿元,同比增长6.1%。", "山西省")[0] == ("85亿元", "完成投资")
