"""Round 20 (session 10): subjects, general rules that carry to genres not seen.

Sentences of our own (other places, other numbers) of the shapes the spent judges' texts take.
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲省", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_a_levels_bare_income_is_of_the_budget_named_last() -> None:
    # 市县级 is a level of government; after 政府性基金收入 a level's 收入 is the fund's
    text = (
        "上半年,全省一般公共预算收入312亿元,增长8.1%。其中:省级收入90.5亿元;"
        "市县级收入221.5亿元,增长7.7%。全省政府性基金收入140.2亿元,增长12.4%。"
        "其中:省级收入20.3亿元;市县级收入119.9亿元。"
    )
    assert _rows(text, "subject") == [
        ("312亿元", "一般公共预算收入"),
        ("8.1%", "一般公共预算收入"),
        ("90.5亿元", "省级一般公共预算收入"),
        ("221.5亿元", "市县级一般公共预算收入"),
        ("7.7%", "市县级一般公共预算收入"),
        ("140.2亿元", "政府性基金收入"),
        ("12.4%", "政府性基金收入"),
        ("20.3亿元", "省级政府性基金收入"),
        ("119.9亿元", "市县级政府性基金收入"),
    ]


def test_the_press_short_names_of_ownership_and_rd_are_written_in_full() -> None:
    # 民企/国企/外企 are the statistics' 民营企业/国有企业/外商投资企业; 研发经费 is R&D spending
    text = (
        "1-6月,全市民企进出口86.4亿元,增长7.2%;外企进出口21.3亿元。美国企业投资项目5个。"
        "全市共投入研发经费45.6亿元。"
    )
    assert _rows(text, "subject", region="乙市") == [
        ("86.4亿元", "民营企业进出口"),
        ("7.2%", "民营企业进出口"),
        ("21.3亿元", "外商投资企业进出口"),
        ("5个", "美国企业投资项目"),
        ("45.6亿元", "研究与试验发展经费"),
    ]


def test_a_water_bulletins_spaced_years_and_runoff_depth() -> None:
    # a PDF spaces its digits (2019 年末); a change after 折合径流深 is the resources'
    text = (
        "2019 年全州年平均降水量 812.4 毫米,折合年降水总量203.6亿立方米,比常年偏少 5.1%。"
        "地表水资源量 61.35 亿立方米,折合径流深 241.2 毫米,比上年偏多 12.7%。"
        "2019 年末全州蓄水量42150万立方米。"
    )
    assert _rows(text, "subject", region="丙州", year=2019) == [
        ("812.4 毫米", "年平均降水量"),
        ("203.6亿立方米", "年降水总量"),
        ("5.1%", "年降水总量"),
        ("61.35 亿立方米", "地表水资源量"),
        ("241.2 毫米", "径流深"),
        ("12.7%", "地表水资源量"),
        ("42150万立方米", "蓄水量"),
    ]


def test_trade_with_a_partner_is_named_as_the_customs_name_it() -> None:
    # 与X贸易总值 and 对X进出口贸易总值: the partner's 进出口 (对东盟进出口 in heldout18 too)
    text = (
        "上半年,全市与中亚五国贸易总值88.42亿元,同比增长21.5%;对日本进出口贸易总值40.3亿元,"
        "同比下降3.2%。"
    )
    assert _rows(text, "subject", region="丁市") == [
        ("88.42亿元", "对中亚五国进出口总值"),
        ("21.5%", "对中亚五国进出口总值"),
        ("40.3亿元", "对日本进出口总值"),
        ("3.2%", "对日本进出口总值"),
    ]


def test_a_trade_totals_names_match_one_catalogue_indicator() -> None:
    from citystat.textfacts import match_indicator

    table = {"进出口总额": "TRADE", "出口总额": "EXPORTS"}
    found = [match_indicator(s, table) for s in ("外贸进出口总值", "进出口额", "出口总值")]
    assert [(m.code, m.method) if m else None for m in found] == [
        ("TRADE", "normalised"),
        ("TRADE", "normalised"),
        ("EXPORTS", "normalised"),
    ]
    assert match_indicator("出口交货值", table) is None


def test_a_group_named_back_by_its_number_takes_the_kinds_listed_before() -> None:
    # 甲、乙和丙是…三大执行主体。这三大执行主体R&D经费分别为…: each kind's R&D spending
    text = (
        "工业企业、科研院所和高等学校为本省R&D活动的三大执行主体。2022年,这三大执行主体"
        "R&D经费分别为310.5亿元、42.7亿元和36.2亿元,分别比上年增长9.1%、2.4%和11.3%。"
    )
    assert _rows(text, "subject") == [
        ("310.5亿元", "工业企业R&D经费"),
        ("42.7亿元", "科研院所R&D经费"),
        ("36.2亿元", "高等学校R&D经费"),
        ("9.1%", "工业企业R&D经费"),
        ("2.4%", "科研院所R&D经费"),
        ("11.3%", "高等学校R&D经费"),
    ]


def test_a_performers_bare_spending_after_rd_spending_is_its_rd_spending() -> None:
    # 分活动主体看,企业R&D经费…;政府属研究机构经费…;高等学校经费支出…: each one's R&D spending
    text = (
        "分活动主体看,全省各类企业研究与试验发展(R&D)经费612.40亿元,比上年增长9.4%;"
        "政府属研究机构经费41.25亿元,增长6.3%;高等学校经费支出38.90亿元,增长12.8%。"
    )
    assert _rows(text, "subject")[2:] == [
        ("41.25亿元", "政府属研究机构研究与试验发展经费"),
        ("6.3%", "政府属研究机构研究与试验发展经费"),
        ("38.90亿元", "高等学校研究与试验发展经费"),
        ("12.8%", "高等学校研究与试验发展经费"),
    ]


def test_a_count_in_a_bracket_after_a_things_name_counts_that_thing() -> None:
    # 甲类断面[共N个断面有数据]水质…: the count of the thing named before the bracket
    text = (
        "(一)全市省控湖泊点位[共12个点位有监测数据]水质良好。"
        "(二)全市县级饮用水水源地(共12个水源地有数据)水质均达标。"
    )
    assert _rows(text, "subject", region="戊市") == [
        ("12个", "省控湖泊点位"),
        ("12个", "县级饮用水水源地"),
    ]


def test_doers_counted_before_what_they_did_are_named_by_it() -> None:
    # N家企业发行…: the count of the enterprises that issued, as the statistics name it
    text = "上半年,全省共有12家企业发行科技创新债,5家银行开通绿色通道;年末2.3万户企业建立企业年金。"
    assert _rows(text, "subject") == [
        ("12家", "发行科技创新债的企业"),
        ("5家", "开通绿色通道的银行"),
        ("2.3万户", "建立企业年金的企业"),
    ]


def test_a_kind_of_buildings_investment_done_is_its_investment() -> None:
    # 办公楼完成投资: the property statistic 办公楼投资, as 房地产开发(企业)完成投资 is
    text = "1-9月,全省办公楼完成投资210.4亿元,同比增长6.1%;商业营业用房完成投资512.8亿元。"
    assert _rows(text, "subject") == [
        ("210.4亿元", "办公楼投资"),
        ("6.1%", "办公楼投资"),
        ("512.8亿元", "商业营业用房投资"),
    ]


def test_a_rank_shared_with_a_place_among_a_group_ranks_the_same_indicator() -> None:
    # 在西部十二省区市中与乙省并列第4位: among whom and with whom, not what is ranked
    text = "4月份,全省居民消费价格同比上涨1.2%,涨幅居全国第5位,在西部十二省区市中与乙省并列第4位。"
    assert _rows(text, "subject", region="丙省", year=2024) == [
        ("1.2%", "居民消费价格"),
        ("第5位", "居民消费价格涨幅"),
        ("第4位", "居民消费价格"),
    ]
    text = "全市规上工业增加值增长8.1%,增速与乙市并列全省第一。"
    assert _rows(text, "subject", region="丙市", year=2024)[1:] == [("第一", "规上工业增加值增速")]


def test_visitors_drawn_are_the_visitors_received() -> None:
    # 共吸引N万人次海内外旅游者: the tourism statistic 接待游客, named after the number
    text = "中秋假期,全县3天共吸引36.5万人次省内外旅游者,同比增长12.4%。"
    assert _rows(text, "subject", region="甲市", year=2015) == [
        ("36.5万人次", "接待省内外游客"),
        ("12.4%", "接待省内外游客"),
    ]


def test_things_of_all_kinds_set_up_are_what_is_counted() -> None:
    # 甲企业共设立各类服务网点N处: the points, not who set them up
    text = "年末,全市快递企业共设立各类服务网点842处,比上年末增加31处。"
    assert _rows(text, "subject", region="己市") == [("842处", "服务网点"), ("31处", "服务网点")]


def test_a_bare_revenue_after_a_tax_said_to_grow_is_the_taxs() -> None:
    # …;乙税平稳增长,完成收入N亿元: the tax's revenue, not the tax before's
    text = "房产税完成61.2亿元,同比增长7%;耕地占用税完成收入22.4亿元;印花税平稳增长,完成收入37.1亿元,同比增长2.4%。"
    assert _rows(text, "subject", year=2011)[3:] == [
        ("37.1亿元", "印花税"),
        ("2.4%", "印花税"),
    ]


def test_a_pull_on_the_same_place_in_the_same_span_names_no_place() -> None:
    # 拉动同期江西省出口增长: the whole is the document's place and period
    text = "1-6月,江西省民营企业出口增长9.1%,拉动同期江西省出口增长2.3个百分点。"
    assert _rows(text, "subject", region="江西省")[1:] == [
        ("2.3个百分点", "民营企业出口拉动出口增长")
    ]


def test_loans_directed_to_a_sector_are_the_sectors_loans() -> None:
    # 投向甲业的中长期贷款6月末余额: 甲业中长期贷款余额 (the month end is the period's)
    text = "投向批发零售业的短期贷款9月末余额同比增长15.2%,增速同比提高4.1个百分点。"
    assert _rows(text, "subject", region="庚市", year=2019) == [
        ("15.2%", "批发零售业短期贷款余额"),
        ("4.1个百分点", "批发零售业短期贷款余额增速"),
    ]


def test_kinds_listed_then_counted_name_the_figure_after_the_count() -> None:
    # 甲业、乙业和丙业3个行业贷款余额N: the three sectors' 贷款余额, not 行业贷款余额
    text = "截至6月末,全市建筑业、房地产业和交通运输业3个行业贷款余额为5620亿元。"
    assert _rows(text, "subject", region="辛省")[1:] == [
        ("5620亿元", "建筑业、房地产业和交通运输业贷款余额")
    ]


def test_a_body_named_back_with_gai_is_the_one_named_before() -> None:
    # 据甲客运段统计,该段共计运送旅客…: 甲客运段运送旅客
    text = "春运期间,据西宁客运段统计,该段共计运送旅客52.3万人次,同比增长18%。"
    assert _rows(text, "subject", region="青海省", year=2023) == [
        ("52.3万人次", "西宁客运段运送旅客"),
        ("18%", "西宁客运段运送旅客"),
    ]


def test_indicators_named_back_by_their_number_are_the_sentence_befores() -> None:
    # 三项指标均高于全省(a、b、c): the growths of the three amounts before, in order
    text = (
        "1-5月,全市进出口812.4亿元,增长9.3%;其中出口590.1亿元,增长8.8%;进口222.3亿元,"
        "增长10.6%。三项指标均高于全省(1.2%、2.4%、-1.7%)。"
    )
    assert _rows(text, "subject", region="杭州市", year=2016)[6:] == [
        ("1.2%", "进出口"),
        ("2.4%", "出口"),
        ("-1.7%", "进口"),
    ]


def test_a_share_in_a_whole_said_after_its_part() -> None:
    # 甲用户N万户,…,在乙用户的占比为x%: 甲用户's share of 乙用户
    text = "千兆宽带用户32.6万户,同比增长88.1%,在宽带用户的占比为12.4%。"
    rows = [
        (f.text_span, f.subject, f.denominator) for f in extract(text, region="甲省", year=2022)
    ]
    assert rows[2] == ("12.4%", "千兆宽带用户占宽带用户的比重", "宽带用户")
