"""Round 18 of #13 (session 8): property, retail and economic releases of provinces, cities
and counties (dev20c, dev21a).

Sentences of our own, of the shapes of those releases (other places, other numbers).
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _facts(text: str, region: str = "郏县", year: int = 2024) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "region", "period", region=region, year=year)


def test_a_numbered_heading_of_the_indicators_of_a_part_of_the_year_sets_its_section() -> None:
    text = (
        "今年以来,全县上下稳中求进。一季度全县经济运行总体平稳。\n"
        "一、1-3月份主要经济指标完成情况。\n"
        "全县地区生产总值为31.45亿元,同比增长5.3%。其中,当月规模以上工业增加值增长8.2%。\n"
    )
    assert _facts(text) == [
        ("31.45亿元", "地区生产总值", "郏县", "2024-01/2024-03"),
        ("5.3%", "地区生产总值", "郏县", "2024-01/2024-03"),
        ("8.2%", "规模以上工业增加值", "郏县", "2024-03"),
    ]


def test_a_heading_of_a_quarters_work_keeps_the_documents_period() -> None:
    text = "全县全年完成投资10.2亿元。\n二、三季度重点工作\n全县新开工项目12个。\n"
    assert [f[3] for f in _facts(text)] == ["2024", "2024"]


def test_a_rank_among_counted_places_ranks_the_indicator_not_the_places() -> None:
    text = (
        "全县地区生产总值总量为40.12亿元,同比增长4.6%,比去年同期加快1.3个百分点,七县市排名第二。"
        "(三)全县一般公共预算收入完成3.35亿元,同比增长2.1%,八县区排名第四。"
    )
    assert _facts(text) == [
        ("40.12亿元", "地区生产总值", "郏县", "2024"),
        ("4.6%", "地区生产总值", "郏县", "2024"),
        ("1.3个百分点", "地区生产总值增速", "郏县", "2024"),
        ("第二", "地区生产总值增速", "郏县", "2024"),
        ("3.35亿元", "一般公共预算收入", "郏县", "2024"),
        ("2.1%", "一般公共预算收入", "郏县", "2024"),
        ("第四", "一般公共预算收入", "郏县", "2024"),
    ]


def test_the_city_figure_bracketed_in_a_countys_report_is_the_citys() -> None:
    text = "全县固定资产投资同比增长8.8%(全市5.1%),在全市各县(市、区)中排第3位。"
    assert _facts(text) == [
        ("8.8%", "固定资产投资", "郏县", "2024"),
        ("5.1%", "固定资产投资", "平顶山市", "2024"),
        ("第3位", "固定资产投资", "郏县", "2024"),
    ]
    # a county-level city's 全市 is itself
    text = "全市固定资产投资同比增长8.8%。"
    assert _facts(text, region="开远市") == [("8.8%", "固定资产投资", "开远市", "2024")]


def test_a_change_against_last_months_end_names_the_stock() -> None:
    text = "6月末,全省商品房待售面积1850.2万平方米,比5月末减少41.6万平方米;住宅待售面积902.4万平方米,较上月末减少22.1万平方米。"
    assert _facts(text, region="安徽省") == [
        ("1850.2万平方米", "商品房待售面积", "安徽省", "2024-06"),
        ("41.6万平方米", "商品房待售面积", "安徽省", "2024-06"),
        ("902.4万平方米", "住宅待售面积", "安徽省", "2024-06"),
        ("22.1万平方米", "住宅待售面积", "安徽省", "2024-06"),
    ]


def test_the_growth_of_a_stock_takes_the_month_of_its_state() -> None:
    text = "上半年,全县猪牛羊禽肉产量1.6万吨,增长12.4%;生猪存栏12.3万头,增长8.1%。"
    assert _facts(text) == [
        ("1.6万吨", "猪牛羊禽肉产量", "郏县", "2024-01/2024-06"),
        ("12.4%", "猪牛羊禽肉产量", "郏县", "2024-01/2024-06"),
        ("12.3万头", "生猪存栏", "郏县", "2024-06"),
        ("8.1%", "生猪存栏", "郏县", "2024-06"),
    ]


def test_a_growth_at_comparable_prices_keeps_the_indicator() -> None:
    text = "全县地区生产总值835512万元,按可比价比上年增长5.2%。全县农林牧渔业总产值215610万元,按可比价增长4.1%。"
    assert [f[1] for f in _facts(text)] == ["地区生产总值"] * 2 + ["农林牧渔业总产值"] * 2


def test_the_three_sectors_contributions_and_pulls() -> None:
    text = (
        "三次产业占GDP的比重为9.1:40.2:50.7,对经济增长的贡献率分别为7.2%、39.5%、53.3%,"
        "分别拉动GDP增长0.4个、2.2个、2.9个百分点。"
    )
    facts = extract(text, region="郏县", year=2024)
    assert [(f.text_span, f.subject, f.measure, f.unit) for f in facts[1:]] == [
        ("7.2%", "第一产业贡献率", "share", "%"),
        ("39.5%", "第二产业贡献率", "share", "%"),
        ("53.3%", "第三产业贡献率", "share", "%"),
        ("0.4个", "第一产业拉动GDP增长", "pp_change", "个百分点"),
        ("2.2个", "第二产业拉动GDP增长", "pp_change", "个百分点"),
        ("2.9个百分点", "第三产业拉动GDP增长", "pp_change", "个百分点"),
    ]


def test_a_list_of_bare_pulls_with_a_negative_item() -> None:
    text = "三次产业对经济增长的拉动贡献分别为0.21、-3.08、2.46个百分点。"
    facts = extract(text, region="郏县", year=2024)
    assert [(f.text_span, f.subject, f.value, f.unit) for f in facts] == [
        ("0.21", "第一产业拉动经济增长", 0.21, "个百分点"),
        ("-3.08", "第二产业拉动经济增长", -3.08, "个百分点"),
        ("2.46个百分点", "第三产业拉动经济增长", 2.46, "个百分点"),
    ]


def test_a_list_of_changes_in_points_each_with_its_verb() -> None:
    text = "第一、三产业增加值占GDP的比重较上年分别下降0.3个、提高0.5个百分点。"
    facts = extract(text, region="郏县", year=2024)
    assert [(f.text_span, f.measure, f.value, f.unit) for f in facts] == [
        ("0.3个", "pp_change", -0.3, "个百分点"),
        ("0.5个百分点", "pp_change", 0.5, "个百分点"),
    ]


def test_a_months_release_sums_the_year_so_far_for_its_part_of_a_sentence() -> None:
    text = (
        "2023年9月,雅安市邮政行业完成业务收入512.4万元,同比增长12.1%;全年累计完成业务收入4820.7万元,同比增长9.6%。"
        "完成邮政行业业务总量433.2万元,同比增长8.8%。\n"
        "9月,雅安市完成函件业务4.21万件,同比增加6.5%,全年累计完成函件业务36.8万件,同比减少2.1%。"
        "完成汇兑业务0.82万笔,同比减少11.4%。\n"
    )
    facts = extract(text, region="雅安市", year=2023)
    assert [(f.text_span, f.period) for f in facts] == [
        ("512.4万元", "2023-09"),
        ("12.1%", "2023-09"),
        ("4820.7万元", "2023-01/2023-09"),
        ("9.6%", "2023-01/2023-09"),
        ("433.2万元", "2023-09"),
        ("8.8%", "2023-09"),
        ("4.21万件", "2023-09"),
        ("6.5%", "2023-09"),
        ("36.8万件", "2023-01/2023-09"),
        ("2.1%", "2023-01/2023-09"),
        ("0.82万笔", "2023-09"),
        ("11.4%", "2023-09"),
    ]
    # a business counted in pieces or remittances: its volume
    assert [facts[i].subject for i in (6, 10)] == ["函件业务量", "汇兑业务量"]


def test_a_years_total_after_a_mid_year_state_stays_the_year() -> None:
    text = "农村户厕改造年度任务1500户,截至6月底已完成820户,全年累计完成1630户。"
    assert [f.period for f in extract(text, region="偏关县", year=2023)][-1] == "2023"


def test_rates_of_mothers_managed_and_births_in_hospital_are_shares() -> None:
    text = "全省孕产妇系统管理率达到93.15%,住院分娩率为99.91%。"
    facts = extract(text, region="湖北省", year=2018)
    assert [(f.subject, f.measure) for f in facts] == [
        ("孕产妇系统管理率", "share"),
        ("住院分娩率", "share"),
    ]


def test_a_change_after_a_two_years_mean_growth_is_of_that_mean() -> None:
    text = "上半年,全市地区生产总值同比增长11.6%,两年平均增长5.4%,比一季度加快0.6个百分点。"
    facts = extract(text, region="三门峡市", year=2021)
    assert [(f.text_span, f.subject, f.basis) for f in facts][1:] == [
        ("5.4%", "地区生产总值", "avg_annual"),
        # (加快 is said of a rate only: a change of it against 一季度, since round 26)
        ("0.6个百分点", "地区生产总值两年平均增速", "rate_change_vs_prior_period"),
    ]


def test_a_reposts_pinyin_with_a_space_after_it_leaves_its_words_whole() -> None:
    text = "1-6月,全區營業(ye) 性公路貨物運輸累計完成貨運量7.2億(yi) 噸,同比增長(zhang) 8.4%。"
    facts = extract(text, region="内蒙古自治区", year=2023)
    assert [(f.text_span, f.subject) for f in facts] == [
        ("7.2億(yi) 噸", "营业性公路货运量"),  # (round 18b: 运输 before the amount dropped)
        ("8.4%", "营业性公路货运量"),
    ]


def test_guangdongs_zones_are_the_regions_of_their_figures() -> None:
    text = "分区域看,珠三角核心区增长4.1%;沿海经济带下降2.3%,北部生态发展区下降5.6%。"
    facts = extract(text, region="广东省", year=2019)
    assert [f.region for f in facts] == ["珠三角核心区", "沿海经济带", "北部生态发展区"]


def test_a_years_final_verification_names_no_part_of_the_indicator() -> None:
    text = "按照地区生产总值统一核算的要求,最终计算2023年全县生产总值现价总量为812345万元,按可比价格计算,比上年增长6.1%。"
    facts = extract(text, region="郏县", year=2024)
    assert [(f.text_span, f.subject) for f in facts] == [
        ("812345万元", "生产总值"),
        ("6.1%", "生产总值"),
    ]


def test_a_sown_area_abbreviated_is_named_in_full() -> None:
    text = "前三季度,全县小春经济作物播面31.52万亩,增长2.2%。"
    assert [f[1] for f in _facts(text)] == ["小春经济作物播种面积"] * 2
