"""Round 6 of #13: subjects, second pass.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.normalise import to_simplified


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in _facts(text, region)]


def test_forms_t2s_leaves_are_simplified() -> None:
    # 著 is 着 unless it belongs to a word of writing or renown
    assert to_simplified("人均衣著支出,隨著需求回暖,著力擴大,有著優勢") == (
        "人均衣着支出,随着需求回暖,着力扩大,有着优势"
    )
    assert to_simplified("顯著提高,著名景區,編著,著作權,穿著名牌") == (
        "显著提高,著名景区,编著,著作权,穿着名牌"
    )
    # variant forms t2s keeps: 衞生 → 卫生, 値 → 值
    assert to_simplified("鄉鎮衞生院增加値") == "乡镇卫生院增加值"


def test_a_traditional_text_reads_clothing_as_simplified() -> None:
    text = (
        "全省居民人均消費支出18000元，增長5.2%。其中，人均食品煙酒支出5600元，"
        "增長4.1%；人均衣著支出1100元，增長6.6%。"
    )
    assert _subjects(text, "昆明市")[-2:] == [
        ("1100元", "人均衣着支出"),
        ("6.6%", "人均衣着支出"),
    ]


def test_a_gap_to_a_progress_after_a_share_of_a_budget_is_the_budgets_progress() -> None:
    text = (
        "1-5月,全县完成税收收入9800万元,完成年初预算的46.2%,超序时进度4.5个百分点,"
        "较上年同期增收600万元。"
    )
    assert _subjects(text) == [
        ("9800万元", "税收收入"),
        ("46.2%", "税收收入完成年初预算"),
        ("4.5个百分点", "税收收入预算完成进度"),
        ("600万元", "税收收入"),
    ]
    # a rank after it is the item's
    text = "全县税收收入完成年初预算的46.2%,超序时进度4.5个百分点,增幅位居全市第二位。"
    assert _subjects(text)[-1] == ("第二位", "税收收入增幅")
    # a target's keeps its share's name
    text = "全市重点项目完成年度目标任务的81.2%,快于序时进度6.3个百分点。"
    assert _subjects(text)[-1] == ("6.3个百分点", "重点项目完成年度目标任务")


def test_a_list_of_single_characters_shares_the_rest_of_the_last_word() -> None:
    text = "年末全市银行业存、贷款余额分别增长7.6%、10.2%,进、出口总额分别为35亿元、21亿元。"
    assert _subjects(text) == [
        ("7.6%", "银行业存款余额"),
        ("10.2%", "银行业贷款余额"),
        ("35亿元", "进口总额"),
        ("21亿元", "出口总额"),
    ]


def test_a_kind_of_enterprise_under_a_whole_has_the_wholes_indicator() -> None:
    text = "1-6月,全县社会消费品零售总额42.3亿元,增长6.1%。其中,限上企业完成11.8亿元,增长8.4%。"
    assert _subjects(text)[-2:] == [
        ("11.8亿元", "限上企业社会消费品零售总额"),
        ("8.4%", "限上企业社会消费品零售总额"),
    ]
    # a sector under a whole keeps only the head (批发零售业零售额, not …社会消费品…)
    text = "全县社会消费品零售总额42.3亿元,增长6.1%。其中,批发零售业完成30.2亿元,增长5.3%。"
    assert _subjects(text)[-1] == ("5.3%", "批发零售业零售总额")


def test_a_list_after_an_ordering_names_the_indicator_without_it() -> None:
    # the first item carries a note in brackets; the ordering words and the count of
    # districts are no part of the name, and no item is named after the figure before it
    text = (
        "五城区空气优良天数由多到少排序依次为:裕华区(不含某监测点)260天,"
        "新华区251天,桥西区248天,长安区240天。"
    )
    assert _subjects(text) == [
        ("260天", "空气优良天数"),
        ("251天", "空气优良天数"),
        ("248天", "空气优良天数"),
        ("240天", "空气优良天数"),
    ]


def test_a_comparison_with_the_long_term_average_names_no_indicator() -> None:
    text = "全省水资源总量为120.5亿立方米,比多年平均值偏多12.3%。"
    assert _subjects(text, "山西省") == [
        ("120.5亿立方米", "水资源总量"),
        ("12.3%", "水资源总量"),
    ]


def test_a_recovery_to_a_base_period_is_how_far_the_figure_recovered() -> None:
    text = "全省接待游客3520.6万人次,增长31.2%,恢复到2019年同期的96.4%。"
    assert _subjects(text, "江西省")[-1] == ("96.4%", "接待游客恢复程度")
    text = "全市铁路客运量恢复至疫情前水平的88%。"
    assert _subjects(text)[-1] == ("88%", "铁路客运量恢复程度")


def test_a_share_of_the_total_of_a_kind_is_of_all_of_that_kind() -> None:
    text = "全市有民办幼儿园412所,比上年增加23所,占总数的41.5%。"
    assert _subjects(text) == [
        ("412所", "民办幼儿园"),
        ("23所", "民办幼儿园"),
        ("41.5%", "民办幼儿园占幼儿园的比重"),
    ]
    # 有 opens the name only in words of their own (有色金属, 有效灌溉面积)
    assert _subjects("全市有色金属冶炼业增加值增长5.2%。") == [("5.2%", "有色金属冶炼业增加值")]


def test_what_was_contacted_keeps_its_verb() -> None:
    text = "全年对接企业、高校院所、行业协会等860家。"
    assert _subjects(text) == [("860家", "对接企业、高校院所、行业协会等")]


def test_a_figure_after_one_not_read_is_named_by_the_words_before_that_one() -> None:
    # whether or not the first figure's unit is read, the second is the same indicator's
    text = "2022年,全省平均年降水量为512.4mm,比多年平均值偏少3.1%。"
    assert _subjects(text, "山西省")[-1] == ("3.1%", "平均年降水量")


def test_the_change_of_a_real_growth_rate_is_the_real_rate_s() -> None:
    text = (
        "1-5月,全市社会消费品零售总额820.5亿元,同比增长9.4%,增速比上年同期回落0.3个百分点;"
        "扣除价格因素,同比实际增长7.9%,增速比上年同期回落0.8个百分点。"
    )
    assert _subjects(text)[-3:] == [
        ("0.3个百分点", "社会消费品零售总额增速"),
        ("7.9%", "社会消费品零售总额"),
        ("0.8个百分点", "社会消费品零售总额实际增速"),
    ]


def test_a_share_together_of_a_breakdown_is_of_the_amount_before() -> None:
    text = "上半年新增贷款1320亿元,其中制造业与民营企业贷款合计占比超过六成,支撑作用明显。"
    assert _subjects(text, "山西省")[-1] == (
        "六成",
        "制造业与民营企业贷款占新增贷款的比重",
    )
    # a month's share of the same name keeps that name (单月, 高达 are no part of it)
    text = "全年跨境人民币结算量达320.4亿元,人民币结算占比超过三分之一,其中12月单月占比高达41.2%。"
    assert _subjects(text, "山西省")[-2:] == [
        ("三分之一", "人民币结算占比"),
        ("41.2%", "人民币结算占比"),
    ]


def test_one_figure_said_of_a_list_is_named_after_the_first_item() -> None:
    text = "一季度,全市新发放个人住房贷款、小微企业贷款加权平均利率均同比下降0.32个百分点。"
    assert _subjects(text) == [("0.32个百分点", "新发放个人住房贷款加权平均利率")]
    # a share of the task of the whole year keeps 全年
    text = "今日集中签约12个项目,总投资312亿元,占全年招商任务的20.8%。"
    assert _subjects(text)[-1] == ("20.8%", "总投资占全年招商任务的比重")


def test_a_count_of_things_that_grew_is_named_by_what_grew() -> None:
    text = "上半年,38个大类行业中有27个行业增加值保持同比增长,580种产品中有302种产品产量同比增长。"
    assert _subjects(text) == [
        ("38个", "大类行业"),
        ("27个", "增加值同比增长的大类行业"),
        ("580种", "产品"),
        ("302种", "产量同比增长的产品"),
    ]
    # all of them: counted as they are
    text = "前三季度,全市11个县(市、区)地区生产总值全部实现正增长。"
    assert (_subjects(text)[0][1] or "").startswith("县(市、区)")
    # or fell behind
    text = "受雨雪天气影响,4个省份进度偏慢,2个地市进度滞后。"
    assert _subjects(text, "中国") == [("4个", "进度偏慢的省份"), ("2个", "进度滞后的地市")]


def test_a_garbled_run_before_a_name_is_dropped() -> None:
    # a repost whose bytes went wrong: a letter standing for a character, with its pinyin
    text = "全國發電設備累計平均利用小時數(shù)為900小時(shí)。?。唤挡珖l(fā)电设备平均利用小时数为880小时,同比减少20小时。"
    assert [s for _, s in _subjects(text, "中国")][-2:] == [
        "电设备平均利用小时数",
        "电设备平均利用小时数",
    ]


def test_wholes_and_counts_of_places_before_a_name_go() -> None:
    text = (
        "一市三县空气优良天数由多到少排序依次为:辛集市298天,晋州市281天,新乐市266天,"
        "无极县250天。上半年,中国粗钢产量53564万吨。"
    )
    assert [s for _, s in _subjects(text)] == ["空气优良天数"] * 4 + ["粗钢产量"]
    # a verb after a counted noun ends it
    assert _subjects("纳入监测的320家住宿企业接待游客412.5万人次。")[0] == ("320家", "住宿企业")


def test_a_share_of_a_total_named_in_an_earlier_sentence() -> None:
    text = (
        "全年进出口总额430亿元,增长7%。其中,出口260亿元;进口170亿元。对东盟进出口95亿元,占22.1%。"
    )
    assert _subjects(text, "山西省")[-1] == ("22.1%", "东盟进出口占进出口总额的比重")


def test_the_output_after_a_crops_area_is_that_crops() -> None:
    text = "全年粮食播种面积3200万亩,总产量290亿斤,增长1.8%。油料种植面积60万亩,产量9万吨。"
    assert _subjects(text, "山西省") == [
        ("3200万亩", "粮食播种面积"),
        ("290亿斤", "粮食总产量"),
        ("1.8%", "粮食总产量"),
        ("60万亩", "油料种植面积"),
        ("9万吨", "油料产量"),
    ]


def test_a_citys_urban_area_keeps_its_name() -> None:
    text = "全年石家庄市区空气优良天数226天。"
    assert _subjects(text) == [("226天", "市区空气优良天数")]


def test_a_dash_names_the_item_and_rising_pollutants_are_counted_as_such() -> None:
    text = (
        "一项污染物——臭氧浓度(160微克/立方米)同比持平。3项污染物同比上升:"
        "一氧化碳浓度1.2毫克/立方米,上升9.1%。"
    )
    assert _subjects(text)[:2] == [
        ("160微克/立方米", "臭氧浓度"),
        ("3项", "同比上升的污染物"),
    ]


def test_a_space_between_words_of_a_headline_parts_them() -> None:
    assert _subjects("河北石家庄签约23个项目 总投资415亿元")[-1] == ("415亿元", "总投资")


def test_verbs_between_who_and_what_go() -> None:
    text = "全年某机场完成旅客吞吐量980万人次。全市法院共受理各类案件6.2万件。"
    assert _subjects(text) == [
        ("980万人次", "某机场旅客吞吐量"),
        ("6.2万件", "法院受理案件"),  # (各类 after a deed goes, round 30)
    ]
    # a city's short name that begins a word of its own stays (日照时数)
    assert _subjects("全年日照时数2380小时。")[0] == ("2380小时", "日照时数")
    # a figure whose unit is not written, in a sentence with figures read before it
    text = "全年原煤产量320.5万吨,增长6.1%;洗煤产量188.2,下降4.4%;焦炭产量60万吨。"
    assert _subjects(text)[2] == ("4.4%", "洗煤产量")


def test_the_whole_pulled_is_named_without_its_place() -> None:
    text = "全市规上工业增加值增长6%,其中电力工业增长9.2%,拉动全市规上工业增长1.6个百分点。"
    assert _subjects(text)[-1] == ("1.6个百分点", "电力工业拉动规上工业增长")


def test_days_in_a_row_are_the_days_of_what_held() -> None:
    text = "假期中,某景区连续4天接待游客达到最大承载量。全市连续6天出现重污染天气。"
    assert _subjects(text, "阿坝藏族羌族自治州") == [
        ("4天", "某景区达到最大承载量天数"),
        ("6天", "出现重污染天气天数"),
    ]


def test_a_second_share_of_a_task_is_the_same_items() -> None:
    text = "全年城镇新增就业3.2万人,完成省下达目标任务的118.5%,市定目标任务的106.7%。"
    assert _subjects(text)[-2:] == [
        ("118.5%", "城镇新增就业完成省下达目标任务"),
        ("106.7%", "城镇新增就业完成市定目标任务"),
    ]


def test_a_bare_noun_of_staff_is_the_staff_named_before() -> None:
    text = "年末全省共有社区卫生服务中心820个,卫生人员3.1万人,与上年比较,人员增加0.2万人。"
    assert _subjects(text, "山西省")[-1] == ("0.2万人", "社区卫生服务中心卫生人员")
