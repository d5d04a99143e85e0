"""Round 5 of #13: the subject is the indicator noun phrase of its clause.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves): a condition or qualifier before the number (扣除…因素, 按…口径,
与…相比, 按…排序) names no indicator; a figure after 扣除某项因素后 is the whole's,
not the part's named just before; a ``…情况:`` heading gives a list of places its
indicator, and a development zone in the list takes that indicator too.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.subjects import clean

from .rows import fact_rows


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region=region, year=2023)


def test_conditions_and_qualifiers_are_not_subjects() -> None:
    assert [
        clean(words)
        for words in (
            "扣除价格因素实际增长",
            "剔除疫情影响后增长",
            "按自然口径下降",
            "按同口径计算增长",
            "与去年同期相比增长",
            "和上年相比降低",
            "按规模排序",
        )
    ] == ["", "", "", "", "", "", ""]
    assert [
        clean(words)
        for words in (
            "同口径增长",
            "若剔除基数影响",
            "据初步测算",
            "在同口径下增长",
            "按全口径统计",
        )
    ] == ["", "", "", "", ""]
    # a scope that is part of a name stays (全口径财政收入 is an indicator)
    assert (clean("全口径财政收入"), clean("经测算数字经济规模")) == (
        "全口径财政收入",
        "数字经济规模",
    )
    # a comparison with a base inside the words keeps the indicator before it
    assert [clean(w) for w in ("出口额同2019年相比增长", "工业用电量较上年同期相比增长")] == [
        "出口额",
        "工业用电量",
    ]


def test_a_condition_before_the_number_leaves_the_clause_indicator() -> None:
    text = (
        "全市城镇新增就业8600人,与去年同期相比增长6.2%,比2019年增长3.5%。"
        "城镇登记失业率为3.1%,与去年相比降低0.2个百分点。"
        "全市农民人均可支配收入18000元,增长6.0%,按可比口径增长5.8%,扣除价格因素实际增长4.9%。"
    )
    assert _subjects(text) == [
        ("8600人", "城镇新增就业"),
        ("6.2%", "城镇新增就业"),
        ("3.5%", "城镇新增就业"),
        ("3.1%", "城镇登记失业率"),
        ("0.2个百分点", "城镇登记失业率"),
        ("18000元", "农民人均可支配收入"),
        ("6.0%", "农民人均可支配收入"),
        ("5.8%", "农民人均可支配收入"),
        ("4.9%", "农民人均可支配收入"),
    ]


def test_after_a_deduction_the_figures_are_the_wholes_of_the_sentence_part() -> None:
    text = (
        "全市地方财政收入96亿元,其中:退税冲减收入12亿元,扣除退税因素后,完成年初预算的61.2%,"
        "同比增长2.4%,按自然口径下降9.8%。"
        "城镇职工工资45000元,增长4.0%,扣除价格因素实际增长3.2%;"
        "乡村职工工资30000元,增长5.0%,扣除价格因素实际增长4.1%。"
    )
    assert _subjects(text) == [
        ("96亿元", "地方财政收入"),
        ("12亿元", "退税冲减收入"),
        ("61.2%", "地方财政收入完成年初预算"),
        ("2.4%", "地方财政收入"),
        ("9.8%", "地方财政收入"),
        ("45000元", "城镇职工工资"),
        ("4.0%", "城镇职工工资"),
        ("3.2%", "城镇职工工资"),
        ("30000元", "乡村职工工资"),
        ("5.0%", "乡村职工工资"),
        ("4.1%", "乡村职工工资"),
    ]


def test_a_list_after_a_deduction_still_refers_back_to_its_items() -> None:
    text = (
        "城镇居民人均可支配收入4.1万元,农村居民人均可支配收入1.9万元,"
        "扣除价格因素,分别实际增长4.5%和6.6%。"
    )
    assert [subject for _, subject in _subjects(text)][2:] == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]


def test_a_heading_with_a_colon_names_the_indicator_of_a_ranked_list_of_places() -> None:
    text = (
        "各县(市、区)税收收入完成情况:按总量排序,正定县8.6亿元,平山县7.5亿元,"
        "高新区3.1亿元,赞皇县0.8亿元;按增速排序,正定县12.5%,平山县9%。"
    )
    rows = [(f.text_span, f.subject, f.region) for f in _facts(text)]
    assert [(span, subject) for span, subject, _ in rows] == [
        ("8.6亿元", "税收收入"),
        ("7.5亿元", "税收收入"),
        ("3.1亿元", "税收收入"),
        ("0.8亿元", "税收收入"),
        ("12.5%", "税收收入"),
        ("9%", "税收收入"),
    ]
    assert rows[0][2] == "正定县" and rows[3][2] == "赞皇县"
    # a bare zone is the city's zone, a region of its own (convention 23; the subject
    # was 高新区税收收入 and the region the city's before it)
    assert rows[2][2] == "石家庄高新区"


def test_a_level_of_government_under_the_whole_takes_the_wholes_indicator() -> None:
    text = (
        "全市一般公共预算收入累计完成58.2亿元,为年度预算的70.1%,同比下降2.6%,"
        "其中市本级完成20.4亿元,为年度预算的68%,同比下降4.1%。"
        "全市一般公共预算支出执行96.3亿元,其中市本级支出24.5亿元,同比增长5.8%。"
    )
    assert _subjects(text) == [
        ("58.2亿元", "一般公共预算收入"),
        ("70.1%", "一般公共预算收入完成年度预算"),
        ("2.6%", "一般公共预算收入"),
        ("20.4亿元", "市本级一般公共预算收入"),
        ("68%", "市本级一般公共预算收入完成年度预算"),
        ("4.1%", "市本级一般公共预算收入"),
        ("96.3亿元", "一般公共预算支出"),
        ("24.5亿元", "市本级一般公共预算支出"),
        ("5.8%", "市本级一般公共预算支出"),
    ]


def test_the_verb_between_a_collector_and_its_revenue_is_not_part_of_the_name() -> None:
    text = "分征收系统看,税务系统累计完成收入31亿元,同比下降3.2%;财政系统完成收入12亿元。"
    assert _subjects(text) == [
        ("31亿元", "税务系统收入"),
        ("3.2%", "税务系统收入"),
        ("12亿元", "财政系统收入"),
    ]
    assert clean("项目累计完成投资") == "项目完成投资"  # of the kind named before (convention 39)
    assert (clean("完成投资"), clean("累计完成固定资产投资"), clean("完成年度投资")) == (
        "完成投资",
        "固定资产投资",  # a named investment: 完成 is the verb, not part of the name
        "完成年度投资",
    )


def test_shares_of_a_budget_and_of_a_whole_name_the_item_not_the_share_before() -> None:
    text = (
        "全县税收收入完成8,136万元,占调整预算96.75%,占一般公共预算收入的41.2%;"
        "非税收入完成11,447万元,占年初预算112.6%,占一般公共预算收入的58.8%。"
    )
    facts = _facts(text)
    assert [(f.text_span, f.subject, f.denominator) for f in facts if f.measure == "share"] == [
        ("96.75%", "税收收入完成调整预算", "调整预算"),
        ("41.2%", "税收收入占一般公共预算收入的比重", "一般公共预算收入"),
        ("112.6%", "非税收入完成年初预算", "年初预算"),
        ("58.8%", "非税收入占一般公共预算收入的比重", "一般公共预算收入"),
    ]


def test_a_contribution_names_the_item_and_the_growth_it_pulls() -> None:
    text = (
        "其中,居民人均工资性收入15000元,增长4.4%,占可支配收入的比重为55.8%,"
        "拉动居民人均可支配收入增长2.4个百分点。"
    )
    assert _subjects(text)[-1] == ("2.4个百分点", "居民人均工资性收入拉动居民人均可支配收入增长")


def test_one_groups_figure_as_a_share_of_anothers_and_a_bracketed_list_in_a_name() -> None:
    text = (
        "农村居民人均消费支出为城镇居民的61.3%,占比较上年同期扩大1.2个百分点。"
        "全体居民发展型(教育文化娱乐、医疗保健)消费支出占比为22.4%,较上年同期提高0.8个百分点。"
    )
    assert _subjects(text) == [
        ("61.3%", "农村居民人均消费支出相当于城镇居民的比例"),
        ("1.2个百分点", "农村居民人均消费支出相当于城镇居民的比例"),
        ("22.4%", "全体居民发展型消费支出占比"),
        ("0.8个百分点", "全体居民发展型消费支出占比"),
    ]
    assert (
        clean("县(市、区)一般公共预算收入") == "县(市、区)一般公共预算收入"
    )  # not a list of names


def test_a_kind_within_a_collective_and_a_stock_said_with_a_verb_of_existence() -> None:
    text = (
        "今年新登记市场主体中个体工商户18.2万户,同比增长12.4%;其中企业6.1万户,同比增长9.5%。"
        "上半年,市场主体总量超过200万户,至6月底实有205.3万户。其中,企业64.8万户,占31.6%。"
    )
    assert _subjects(text) == [
        ("18.2万户", "新登记个体工商户"),
        ("12.4%", "新登记个体工商户"),
        ("6.1万户", "企业"),
        ("9.5%", "企业"),  # no value added: enterprises counted in 户
        ("200万户", "市场主体总量"),
        ("205.3万户", "实有市场主体"),
        ("64.8万户", "企业"),
        ("31.6%", "企业占市场主体的比重"),
    ]


def test_a_breakdown_dimension_is_not_a_topic_and_a_rank_phrase_is_not_a_name() -> None:
    text = (
        "从地域看,武汉、宜昌、襄阳新登记市场主体数量占据前三位,分别为25.1万户、10.2万户和9.3万户。"
    )
    facts = _facts(text, region="湖北省")
    assert [(f.text_span, f.subject, f.region) for f in facts] == [
        ("25.1万户", "新登记市场主体数量", "武汉市"),
        ("10.2万户", "新登记市场主体数量", "宜昌市"),
        ("9.3万户", "新登记市场主体数量", "襄阳市"),
    ]


def test_catalogue_names_are_matched_anywhere_in_the_subject_or_clause() -> None:
    aliases = {"地区生产总值": "GDP", "规模以上工业增加值": "IVA", "城镇新增就业": "JOBS"}
    text = (
        "全市规上工业增加值增速为6.1%,第二产业增加值占地区生产总值的比重为41.3%,"
        "城镇新增就业8600人,与去年同期相比增长6.2%。"
    )
    facts = extract(text, region="石家庄市", year=2023, aliases=aliases)
    assert [(f.text_span, f.indicator) for f in facts] == [
        ("6.1%", "IVA"),
        ("41.3%", None),  # a share of GDP is not GDP
        ("8600人", "JOBS"),
        ("6.2%", "JOBS"),
    ]


def test_a_list_of_contributions_after_a_list_of_sectors_names_each_sector() -> None:
    text = (
        "三次产业对地区生产总值贡献率分别为12.6%、40.4%、47.0%,"
        "拉动经济增长分别为0.6个百分点、2.1个百分点、2.4个百分点。"
    )
    assert _subjects(text)[3:] == [
        ("0.6个百分点", "第一产业拉动经济增长"),
        ("2.1个百分点", "第二产业拉动经济增长"),
        ("2.4个百分点", "第三产业拉动经济增长"),
    ]


def test_a_group_of_a_population_is_its_population_in_a_share() -> None:
    text = "2023年末全市常住人口中,男性为169.69万人,占51.06%;女性为166.30万人,占48.94%。"
    shares = [(f.text_span, f.subject) for f in _facts(text) if f.measure == "share"]
    assert shares == [
        ("51.06%", "男性人口占常住人口的比重"),
        ("48.94%", "女性人口占常住人口的比重"),
    ]


def test_methods_bases_and_extra_change_words_are_not_subjects() -> None:
    text = (
        "全年外贸进出口总额1200亿元,其中出口以人民币计价增长5.2%,在上年高基数基础上增长3.1%。"
        "全市住户存款余额2800亿元,比年初增加210亿元,同比多增35亿元。"
        "居民消费价格同比上涨1.2%,其中,扣除食品和能源价格后的核心CPI上涨0.8%。"
        "按常住人口计算,全市人均地区生产总值达到8.2万元,按年平均汇率折算为1.2万美元。"
        "全市粮食总产量120万吨,在连续三年丰收的基础上再增产2.1万吨。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "外贸进出口总额",
        "出口",
        "出口",
        "住户存款余额",
        "住户存款余额",
        "住户存款增量",  # 同比多增: a change of the increase (round 18)
        "居民消费价格",
        "核心CPI",
        "人均地区生产总值",
        "人均地区生产总值",
        "粮食总产量",
        "粮食总产量",
    ]
    assert (clean("再生资源回收量"), clean("再生水利用率")) == ("再生资源回收量", "再生水利用率")


def test_a_bare_head_after_a_place_is_the_indicator_named_before() -> None:
    text = "全省固定资产投资增长6.0%,其中朔州市投资增速达到15.3%,高于全省9.3个百分点。"
    assert [(f.text_span, f.subject, f.region) for f in _facts(text, "山西省")] == [
        ("6.0%", "固定资产投资", "山西省"),
        ("15.3%", "固定资产投资", "朔州市"),
        ("9.3个百分点", "固定资产投资增速", "朔州市"),
    ]


def test_a_group_of_residents_takes_the_indicator_of_the_whole_or_the_parallel_group() -> None:
    text = (
        "全市居民人均可支配收入3.2万元,增长5.1%。分城乡看,城镇居民4.1万元,增长4.5%;"
        "农村居民1.9万元,增长6.6%。全市城镇居民200万人,农村居民120万人。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "居民人均可支配收入",
        "居民人均可支配收入",
        "城镇居民人均可支配收入",
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "农村居民人均可支配收入",
        "城镇居民",  # persons: not the income of the groups before
        "农村居民",
    ]


def test_what_institutions_counted_first_have_is_named_with_them() -> None:
    text = (
        "全市共有普通高校12所,在校生25万人;普通高中52所,招生3.1万人。"
        "全市共有乡镇卫生院330个,床位1.5万张,卫生人员1.6万人,卫生人员数比上年增加600人。"
        "全市共有医疗卫生机构2300个,其中医院56个。重点项目120个,竣工率40.7%。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "普通高校",
        "普通高校在校生",
        "普通高中",
        "普通高中招生",
        "乡镇卫生院",
        "乡镇卫生院床位",
        "乡镇卫生院卫生人员",
        "乡镇卫生院卫生人员数",
        "医疗卫生机构",
        "医院",  # a kind after 其中, counted in the same unit
        "重点项目",
        "竣工率",  # a rate is not something the projects have
    ]


def test_an_item_of_a_breakdown_in_the_same_unit_inherits_the_head() -> None:
    text = (
        "全年粮食总产量210万吨,其中,夏粮60万吨,秋粮150万吨。"
        "全社会用电量120亿千瓦时,其中,工业80亿千瓦时。"
        "全年完成邮政业务总量12亿元,快递业务量3.2亿件。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "粮食总产量",
        "夏粮产量",
        "秋粮产量",
        "全社会用电量",
        "工业用电量",
        "邮政业务总量",
        "快递业务量",
    ]


def test_a_milestone_phrase_is_not_part_of_the_name() -> None:
    text = "全省新登记市场主体突破百万大关,达102.3万户,同比增长21.5%。"
    assert [subject for _, subject in _subjects(text)] == ["新登记市场主体", "新登记市场主体"]
    assert clean("进出口总值跨越万亿关口") == "进出口总值"


def test_a_bare_amount_belongs_to_the_indicator_the_sentence_opens_with() -> None:
    text = (
        "二是对东盟国家进出口继续保持增长势头,进出口额320.5亿元,增长17%。"
        "全市工业生产保持稳定增长,产量120万吨。"  # the opening names no 产量: kept
    )
    assert [subject for _, subject in _subjects(text)] == [
        "东盟国家进出口",
        "东盟国家进出口",
        "产量",
    ]


def test_what_was_done_is_said_of_the_kind_of_project_counted() -> None:
    text = (
        "全年实施重点项目120个,总投资860亿元,当年完成投资320亿元,占年度计划的105%。"
        "截至11月底,全县38个省市重点项目已开工36个,累计完成投资45.2亿元,"
        "完成年度投资计划的92.1%。"
    )
    assert [subject for _, subject in _subjects(text)][2:4] == [
        "重点项目完成投资",
        "重点项目完成投资占年度计划的比重",  # round 9's convention for a plan
    ]
    assert [subject for _, subject in _subjects(text)][-2:] == [
        "省市重点项目完成投资",
        "省市重点项目完成年度投资计划",
    ]


def test_a_share_naming_no_whole_is_of_the_amount_before_it_in_the_sentence() -> None:
    texts = ("全市农作物总播种面积116.4万亩,粮食作物占84.7%。", "国有企业进出口12亿元,占22.3%。")
    shares = [
        (f.text_span, f.subject) for text in texts for f in _facts(text) if f.measure == "share"
    ]
    assert shares == [
        ("84.7%", "粮食作物占农作物总播种面积的比重"),
        ("22.3%", "国有企业进出口占的比重"),  # its own amount is not its whole
    ]


def test_a_list_before_jinchukou_keeps_the_whole_head() -> None:
    text = "从市场看,对欧盟、东盟进出口分别为5.86亿元和4.12亿元。"
    assert [subject for _, subject in _subjects(text)] == ["欧盟进出口", "东盟进出口"]


def test_the_wording_of_a_target_or_limit_is_not_its_name() -> None:
    text = (
        "年末全县政府债务余额32.1亿元,控制在省核定的债务限额36.40亿元以内。"
        "全年城镇新增就业目标为3万人,城镇调查失业率控制在5.5%以内。"
    )
    assert [(f.subject, f.measure) for f in _facts(text)][1:] == [
        ("债务限额", "target"),
        ("城镇新增就业", "target"),
        ("城镇调查失业率", "target"),
    ]


def test_a_figure_relative_to_a_reference_and_a_rate_said_higher_or_lower() -> None:
    text = (
        "全市人均可支配收入3.2万元,相当于全省平均水平的105.3%。"
        "与全省相比,全市居民消费价格涨幅低0.3个百分点。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "人均可支配收入",
        "人均可支配收入相当于全省平均水平的比例",
        "居民消费价格涨幅",
    ]


def test_a_change_of_a_growth_rate_names_the_rate_and_month_words_go() -> None:
    text = (
        "第四季度,全市地区生产总值增长5.5%,比第三季度加快0.6个百分点,拉动作用增强。"
        "11月份,全市规上工业增加值当月增长6.2%,1-11月累计增长5.1%。"
        "全市城镇登记失业率为3.1%,比上年回落0.2个百分点。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "地区生产总值",
        "地区生产总值增速",
        "规上工业增加值",
        "规上工业增加值",
        "城镇登记失业率",  # a level rate, not a growth rate
        "城镇登记失业率",
    ]


def test_a_short_comparison_after_a_rate_is_not_part_of_its_name() -> None:
    text = "12月末,全市本外币存款余额5200亿元,同比增长8.8%,增速比上月末高0.3个百分点。"
    assert _subjects(text)[-1] == ("0.3个百分点", "本外币存款余额增速")
    assert clean("比上年多") == ""


def test_what_a_place_did_under_the_whole_is_the_wholes_indicator() -> None:
    text = "全省固定资产投资增长5%,其中太原市完成投资1200亿元,增长6%;大同市完成450亿元,增长4%。"
    assert [(f.subject, f.region) for f in _facts(text, "山西省")] == [
        ("固定资产投资", "山西省"),
        ("固定资产投资", "太原市"),
        ("固定资产投资", "太原市"),
        ("固定资产投资", "大同市"),
        ("固定资产投资", "大同市"),
    ]


def test_a_total_a_bare_verb_and_a_share_of_a_count_take_the_object_named_before() -> None:
    text = (
        "全年新增规上工业企业56家,总数达到820家。"
        "全市累计建成高标准农田120万亩,今年新建15万亩。"
        "全县共有各类市场主体3.2万户,其中个体工商户2.4万户,占75%。"
    )
    assert [subject for _, subject in _subjects(text)] == [
        "新增规上工业企业",
        "规上工业企业总数",
        "累计建成高标准农田",
        "新建高标准农田",
        "各类市场主体",
        "个体工商户",
        "个体工商户占各类市场主体的比重",
    ]
