"""Round 8 of #13: subjects, fourth pass.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract, match_indicator
from citystat.textfacts.evaluate import subjects_agree
from citystat.textfacts.subjects import clean


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in _facts(text, region)]


def test_the_press_short_names_are_written_in_full_through_one_table() -> None:
    text = "8月当月全县限上零售额完成7.6亿元,同比增长3.1%。1-8月全县社零额增长4.2%。"
    assert _subjects(text) == [
        ("7.6亿元", "限额以上单位消费品零售额"),
        ("3.1%", "限额以上单位消费品零售额"),
        ("4.2%", "社会消费品零售总额"),
    ]
    # the same table serves comparison and the catalogue
    assert subjects_agree("限上零售额", "限额以上消费品零售额")
    assert subjects_agree("限额以上单位消费品零售额", "限上消费品零售额")
    found = match_indicator("限上零售额", {"限额以上单位消费品零售额": "RETAIL-ABOVE"})
    assert found is not None and found.code == "RETAIL-ABOVE"
    # the offices' own short forms before a name stay as written
    assert _subjects("全县规上工业增加值增长6.2%。") == [("6.2%", "规上工业增加值")]


def test_a_use_named_by_its_verb_is_the_amount_and_a_list_of_sectors_inherits_it() -> None:
    text = (
        "全县工业用电12.4亿千瓦时,增长2.2%。其中,钢铁行业用电增长4.1%,"
        "建材行业下降2.6%,化工行业增长1.8%。"
    )
    assert _subjects(text) == [
        ("12.4亿千瓦时", "工业用电量"),
        ("2.2%", "工业用电量"),
        ("4.1%", "钢铁行业用电量"),
        ("2.6%", "建材行业用电量"),
        ("1.8%", "化工行业用电量"),
    ]
    assert subjects_agree("工业用电", "工业用电量")
    text = "全市河湖生态补水1.2亿立方米,占用水总量的8.1%。"
    assert [s for _, s in _subjects(text)] == ["河湖生态补水量", "河湖生态补水量占用水总量的比重"]


def test_a_rise_of_an_amount_that_is_no_price_is_its_growth_rate() -> None:
    text = (
        "全县第二产业用电量8.2亿千瓦时,同比增长2.1%,涨幅比1-6月回落0.4个百分点。"
        "猪肉价格上涨3.0%,涨幅比上月扩大1.1个百分点。"
    )
    subjects = dict(_subjects(text))
    assert subjects["0.4个百分点"] == "第二产业用电量增速"
    assert subjects["1.1个百分点"] == "猪肉价格涨幅"


def test_a_single_month_as_base_is_a_comparison_not_a_subject() -> None:
    text = "10月份全县用电量3.1亿千瓦时,同比下降2.4%,增速比上年同期回落6个百分点,比8月份回落3.5个百分点。"
    assert _subjects(text)[-1] == ("3.5个百分点", "用电量增速")


def test_a_share_after_a_change_of_rate_is_the_amounts_share() -> None:
    text = "全县工业用电量9.6亿千瓦时,增速比上年回落2.1个百分点,占全社会用电量的比重为71.5%。"
    assert _subjects(text)[-1] == ("71.5%", "工业用电量占全社会用电量的比重")


def test_a_pronoun_names_the_noun_phrase_the_clause_before_is_about() -> None:
    text = (
        "1-9月,占比达到60.2%的制造业保持较快增长,其增加值同比增长6.4%,拉动规上工业增长3.9个百分点。"
    )
    subjects = dict(_subjects(text))
    assert subjects["6.4%"] == "制造业增加值"
    assert subjects["3.9个百分点"] == "制造业拉动规上工业增长"
    # 其中 and 其他 are no pronouns of this kind
    assert _subjects("全县存款余额520亿元,其中住户存款310亿元。")[-1] == ("310亿元", "住户存款")


def test_a_total_standing_for_the_amount_just_named_is_that_amount() -> None:
    text = (
        "全县电子工业增加值同比增长8.1%,总量占规上工业的比重为21.4%,拉动规上工业增长1.6个百分点。"
    )
    subjects = dict(_subjects(text))
    assert subjects["21.4%"] == "电子工业占规上工业的比重"
    assert subjects["1.6个百分点"] == "电子工业拉动规上工业增长"
    text = "1-9月,全县税收收入完成12.4亿元,总量居全市第2位,同比增长5.2%,增速居全市第4位。"
    subjects = dict(_subjects(text))
    assert subjects["5.2%"] == "税收收入"
    assert subjects["第4位"] == "税收收入增速"


def test_a_list_of_sectors_after_a_profit_total_inherits_the_whole_head() -> None:
    text = "分行业看,食品制造业利润总额同比增长12.5%,纺织业增长3.2%,家具制造业下降4.4%。"
    assert [s for _, s in _subjects(text)] == [
        "食品制造业利润总额",
        "纺织业利润总额",
        "家具制造业利润总额",
    ]


def test_a_rank_worded_with_pai_wei_is_the_rank_of_the_figure_before() -> None:
    text = "二季度末全县生猪存栏12.6万头,同比下降2.1%,全市排位第三。"
    assert _subjects(text)[-1] == ("第三", "生猪存栏")


def test_cumulative_inside_a_name_is_when_not_what() -> None:
    text = "上半年全县生猪累计出栏8.4万头,同比增长6.2%。一季度发电设备累计平均利用小时数为980小时。"
    assert [s for _, s in _subjects(text)] == ["生猪出栏", "生猪出栏", "发电设备累计平均利用小时数"]


def test_growths_after_a_bare_verb_refer_back_to_the_amounts_in_order() -> None:
    text = "全县港口完成货物吞吐量820万吨、集装箱吞吐量3.1万标箱,较上年同比增长6.2%、11.5%。"
    assert [s for _, s in _subjects(text)][-2:] == ["港口货物吞吐量", "集装箱吞吐量"]


def test_this_figure_names_the_figure_before() -> None:
    text = "截至2023年底,全市每万人口发明专利拥有量达到12.5件。这一数据较上一年提高2.1件,较“十三五”末提高5.3件。"
    assert [s for _, s in _subjects(text)] == ["每万人口发明专利拥有量"] * 3


def test_a_gap_to_another_figures_share_is_the_share_before() -> None:
    text = "全市民营企业出口额同比增长9.2%,占全部出口的68.4%,比全国出口中民营企业所占比重高2.2个百分点。"
    subjects = dict(_subjects(text))
    assert subjects["2.2个百分点"] == subjects["68.4%"]


def test_only_and_in_the_matter_of_are_no_part_of_a_subject() -> None:
    text = "在薪酬方面全县应付职工薪酬8.2亿元,同比增长6.1%,其中甲镇增长率最低,仅增长0.3%。"
    assert [s for _, s in _subjects(text)] == ["应付职工薪酬"] * 3


def test_items_named_before_a_bare_change_word_each_take_their_figure() -> None:
    text = (
        "当日,农产品批发市场重点监测的30个品种中,价格涨幅前三名的是芹菜、韭菜和香蕉,"
        "幅度分别为3.1%、2.6%和1.9%。"
    )
    assert _subjects(text) == [
        ("30个", "品种"),
        ("3.1%", "芹菜批发价格"),
        ("2.6%", "韭菜批发价格"),
        ("1.9%", "香蕉批发价格"),
    ]


def test_the_kinds_counted_before_an_average_are_the_noun_before_it() -> None:
    text = "重点监测的18种蔬菜平均价格为4.20元/公斤。"
    assert _subjects(text)[0] == ("18种", "蔬菜")


def test_a_price_tally_counts_the_goods_whose_price_rose_held_or_fell() -> None:
    text = "本周,监测的水产类9种商品价格与上周相比3涨5平1降,平均涨幅1.2%。"
    assert _subjects(text) == [
        ("9种", "商品"),
        ("3", "价格上涨的水产类商品"),
        ("5", "价格持平的水产类商品"),
        ("1", "价格下降的水产类商品"),
        ("1.2%", "水产类价格"),
    ]


def test_a_share_of_the_same_indicator_in_a_wider_scope_names_the_scope() -> None:
    text = "上半年全县生猪出栏12.4万头,同比增长3.2%,占全市生猪出栏的21.5%。"
    assert _subjects(text)[-1] == ("21.5%", "生猪出栏占全市的比重")


def test_items_named_in_full_before_keep_their_full_names_in_a_list_of_shares() -> None:
    text = (
        "分类型看,基础研究经费3.1亿元,应用研究经费8.2亿元,试验发展经费60.4亿元。"
        "基础研究、应用研究和试验发展所占比重分别为4.4%、11.6%和84.9%。"
    )
    assert [s for _, s in _subjects(text)][-3:] == [
        "基础研究经费所占比重",
        "应用研究经费所占比重",
        "试验发展经费所占比重",
    ]


def test_a_sectors_booked_amount_keeps_the_accounting_verb_with_its_item() -> None:
    text = "1-6月,全省应付规上服务业企业职工薪酬41.2亿元,同比增长8.8%。"
    assert [s for _, s in _subjects(text)] == ["规上服务业应付职工薪酬"] * 2
    text = "全省规模以上工业企业实现营业收入2.1万亿元,增长3.1%;发生营业成本1.8万亿元,增长2.9%。"
    assert [s for _, s in _subjects(text)][2:] == ["规模以上工业企业营业成本"] * 2


def test_a_rank_in_our_country_and_for_many_years_running() -> None:
    text = "全省油料产量连续多年居我国第一,约占我国的十分之一。"
    subjects = [s for _, s in _subjects(text)]
    assert subjects == ["油料产量", "油料产量占全国的比重"]


def test_a_month_range_with_a_long_dash_is_a_time_word() -> None:
    text = "进口原油4100万吨,同比增长5.1%,增速比1—2月份加快2.3个百分点。"
    # (named as a quantity since round 16, 原油进口量; the scorer reads both names alike)
    assert _subjects(text)[-1] == ("2.3个百分点", "原油进口量增速")


def test_a_parallel_clause_of_a_pair_keeps_the_owner_it_leaves_out() -> None:
    text = "假日期间全省国道累计进向车流量120.5万辆,累计出向车流量118.2万辆。"
    assert [s for _, s in _subjects(text)] == ["国道进向车流量", "国道出向车流量"]
    # two indicators that differ in more than one of a pair stay as written
    text = "全县工业增加值12.1亿元,服务业增加值20.4亿元。"
    assert [s for _, s in _subjects(text)] == ["工业增加值", "服务业增加值"]


def test_items_counted_in_a_list_with_a_shared_verb_are_the_kinds_that_did_it() -> None:
    text = "假期全县纳入监测的12家A级景区、5家乡村旅游点分别接待游客18.2万人次、3.4万人次。"
    assert [s for _, s in _subjects(text)][-2:] == ["A级景区接待游客", "乡村旅游点接待游客"]


def test_a_change_of_a_fall_of_an_amount_is_the_change_of_its_growth_rate() -> None:
    # the guideline signs it as the growth rate's (降幅收窄 +), so it is the growth rate's
    text = "全县采矿业利润同比下降3.1%,较1-6月降幅收窄1.2个百分点。"
    assert [(s, f.value) for (_, s), f in zip(_subjects(text), _facts(text), strict=True)][-1] == (
        "采矿业利润增速",
        1.2,
    )
    text = "全县工业生产者出厂价格同比下降2.0%,降幅比上月扩大0.3个百分点。"
    assert _subjects(text)[-1] == ("0.3个百分点", "工业生产者出厂价格降幅")


def test_dates_and_belonging_inside_a_name_are_no_part_of_it() -> None:
    text = "其中,甲机场8月份旅客吞吐量近52万人次,8月3日旅客吞吐量1.9万人次。"
    assert [s for _, s in _subjects(text)] == ["甲机场旅客吞吐量", "旅客吞吐量"]
    text = "全市有效发明专利中,属于数字经济产业的有效发明专利达到1.2万件。"
    assert _subjects(text) == [("1.2万件", "数字经济产业有效发明专利")]
    # a month that ends a period stays a time word of its own
    assert _subjects("至9月底实有市场主体12.3万户。") == [("12.3万户", "实有市场主体")]


def test_a_count_of_industries_that_grew_or_turned_a_profit() -> None:
    text = "32个行业大类中,18个行业利润正增长或扭亏为盈,11个行业利润实现两位数增长。"
    subjects = [s for _, s in _subjects(text)]
    assert subjects[1:] == ["利润正增长或扭亏为盈的行业", "利润两位数增长的行业"]


def test_an_airports_takeoffs_and_landings_done_are_its_takeoffs_and_landings() -> None:
    text = "全省机场累计完成运输起降8.2万架次,同比增长5.1%。"
    assert [s for _, s in _subjects(text)] == ["机场运输起降"] * 2


def test_a_count_of_places_above_the_average_is_named_by_that() -> None:
    text = "全市10个县区生产总值均实现正增长,其中7个县区增速高于全市平均水平。"
    assert _subjects(text)[-1] == ("7个", "增速高于全市平均水平的县区")


def test_a_bare_building_verb_counts_the_things_counted_before() -> None:
    text = "截至9月底,全县充电桩累计达到3600个,三季度新建420个。"
    assert [s for _, s in _subjects(text)] == ["充电桩", "新建充电桩"]
    # a plan's kind of project is no plain thing counted
    text = "全年计划新开工项目40项,目前已开工31项。"
    assert _subjects(text)[-1] == ("31项", "开工项目")


def test_a_verb_of_carrying_out_before_projects_counted_is_no_part_of_them() -> None:
    text = "全县共实施省市重点项目52个,总投资210亿元。"
    assert _subjects(text)[0] == ("52个", "省市重点项目")


def test_a_pronoun_after_an_indicator_or_a_place_is_the_places_own() -> None:
    text = "其中,该县规上工业增加值增长9.1%,增速居全市第一;其固定资产投资增长12.3%。"
    assert _subjects(text)[-1] == ("12.3%", "固定资产投资")


def test_a_breakdown_in_brackets_after_a_count_is_no_noun() -> None:
    text = "全县重点工程前期项目5项(省级1项、县级4项)。"
    assert _subjects(text)[0] == ("5项", "重点工程前期项目")


def test_things_counted_as_done_are_those_done() -> None:
    text = "截至10月底,40件民生实事已完成22件,完成率55%;已开工事项38件(含续建类)。"
    subjects = dict(_subjects(text))
    assert subjects["22件"] == "已完成民生实事"
    assert subjects["38件"] == "开工事项"  # (a note in brackets is no noun)


def test_a_descriptor_of_a_place_before_its_name_is_no_part_of_the_subject() -> None:
    text = "作为产粮大县,产粮大县正定县今年粮食总产量达到52.1万吨。"
    assert _subjects(text, "正定县") == [("52.1万吨", "粮食总产量")]


def test_a_fall_that_is_itself_the_figure_keeps_its_name() -> None:
    text = "全年单位地区生产总值能耗降幅目标为3.2%。"
    assert _subjects(text)[0][1].endswith("能耗降幅")


def test_a_share_of_a_whole_whose_figure_is_in_brackets() -> None:
    text = (
        "1-6月全省体育彩票销售额为21.3亿元,同比增长8.1%,"
        "占全国(销售额为380.2亿元)体育彩票销售额比重的5.6%。"
    )
    subjects = dict(_subjects(text))
    assert subjects["380.2亿元"] == "体育彩票销售额"
    assert subjects["5.6%"] == "体育彩票销售额占全国的比重"
    text = "全省彩票销售额为30.5亿元,占全国(销售额为610.4亿元)彩票销售额的5.0%。"
    assert dict(_subjects(text))["610.4亿元"] == "彩票销售额"


def test_business_named_without_the_kind_its_paragraphs_heading_gives() -> None:
    text = (
        "寄递业务稳步增长。1-9月,全市寄递业务量完成2100万件,同比增长12.1%。"
        "其中,同城业务量完成310万件,同比增长8.2%;异地业务量完成1790万件。"
    )
    assert [s for _, s in _subjects(text)][2:] == [
        "同城寄递业务量",
        "同城寄递业务量",
        "异地寄递业务量",
    ]


def test_a_reporters_source_names_nothing() -> None:
    assert clean("记者从县政府常务会议上获悉") == ""


def test_these_things_are_the_collective_the_sentence_before_named() -> None:
    text = "1-6月,全市规上服务业企业共有410家。这些企业实现营业利润12.1亿元,同比增长5.2%。"
    assert [s for _, s in _subjects(text)][1:] == ["规上服务业企业营业利润"] * 2


def test_a_list_of_industries_after_an_operating_profit_inherits_it() -> None:
    text = "全市规上服务业营业利润增长8.1%,其中,软件业、文化业分别增长21.5%和30.2%。"
    assert [s for _, s in _subjects(text)][1:] == ["软件业营业利润", "文化业营业利润"]
