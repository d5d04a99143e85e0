"""Round 19 of #13 (session 9): conventions 30–35 of docs/textfacts.md in the extractor.

Sentences and tables of our own (other places, other numbers), of the shapes the conventions
settle: an increase since the start of the year (30), new loans named by themselves (31), a
table cell's unit from its header or ``单位：`` line (32), rates of compliance and retention
(33), a concentration in mg/m³ (34), the parts of a price index (35).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str, region: str = "大同市") -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=2023)


def test_an_increase_since_the_start_of_the_year_is_a_flow_from_january() -> None:
    # convention 30: the balance and its growth at the month end (21, 29), the increase
    # since January and its 少增 from January; 比上月增加 is the month's own
    text = (
        "截至11月末,全市金融机构本外币各项贷款余额2765.3亿元,同比增长8.2%,比年初增加214.6亿元,"
        "同比少增12.8亿元;本外币各项存款余额3410.7亿元,较年初新增301.9亿元,比上月增加18.4亿元。"
    )
    assert _rows(text, "measure", "subject", "period", "value_base") == [
        ("2765.3亿元", "level", "金融机构本外币各项贷款余额", "2023-11", 276530000000.0),
        ("8.2%", "growth_yoy", "金融机构本外币各项贷款余额", "2023-11", 8.2),
        ("214.6亿元", "abs_change", "金融机构本外币各项贷款余额", "2023-01/2023-11", 21460000000.0),
        ("12.8亿元", "abs_change", "金融机构本外币各项贷款增量", "2023-01/2023-11", -1280000000.0),
        ("3410.7亿元", "level", "本外币各项存款余额", "2023-11", 341070000000.0),
        ("301.9亿元", "abs_change", "本外币各项存款余额", "2023-01/2023-11", 30190000000.0),
        ("18.4亿元", "abs_change", "本外币各项存款余额", "2023-11", 1840000000.0),
    ]


def test_an_increase_since_the_start_of_the_year_at_the_year_end_is_the_year() -> None:
    # convention 30 with convention 3: January to December is the year
    text = "2022年末,全县金融机构各项存款余额186.4亿元,比年初增加15.2亿元,增长8.9%。"
    assert _rows(text, "measure", "period", "value_base", region="阳高县") == [
        ("186.4亿元", "level", "2022", 18640000000.0),
        ("15.2亿元", "abs_change", "2022", 1520000000.0),
        ("8.9%", "growth_yoy", "2022", 8.9),
    ]


def test_a_rank_of_the_increase_since_the_start_of_the_year_is_dated_so() -> None:
    text = (
        "9月末,全市各项存款余额 2210.4 亿元,同比增长 7.3%,较年初增加 150.6 亿元,"
        "居全省第 3 位。从增速上看,列全省第6位。"
    )
    assert _rows(text, "measure", "subject", "period") == [
        ("2210.4 亿元", "level", "各项存款余额", "2023-09"),
        ("7.3%", "growth_yoy", "各项存款余额", "2023-09"),
        ("150.6 亿元", "abs_change", "各项存款余额", "2023-01/2023-09"),
        ("第 3 位", "rank", "各项存款增量", "2023-01/2023-09"),
        ("第6位", "rank", "各项存款余额增速", "2023-09"),
    ]


def test_new_loans_named_by_themselves_are_the_flow_statistic() -> None:
    # convention 31: a level of 新增贷款 (as the text names it); its 多增 a change of it
    text = "前10个月,全省新增贷款2318亿元,同比多增96亿元;10月份新增人民币贷款187亿元。"
    assert _rows(text, "measure", "subject", "period", "value_base") == [
        ("2318亿元", "level", "新增贷款", "2023-01/2023-10", 231800000000.0),
        ("96亿元", "abs_change", "新增贷款", "2023-01/2023-10", 9600000000.0),
        ("187亿元", "level", "新增人民币贷款", "2023-10", 18700000000.0),
    ]


def test_table_cells_take_the_unit_of_their_header() -> None:
    # convention 32: the unit a row's header states, and the 增长速度(%) column's %
    text = (
        "2023年1-6月交通运输主要指标\n"
        "指 标 | 本年累计 | 上年同期 | 增长速度(%) |\n"
        "货物运输量(万吨) | 4213.50 | 4050.20 | 4.0 |\n"
        "客运量(万人) | 1830.60 | 1702.90 | 7.5 |\n"
    )
    rows = _rows(text, "unit", "value_base", "base_unit")
    assert rows == [
        ("4213.50", "万吨", 42135000.0, "ton"),
        ("4050.20", "万吨", 40502000.0, "ton"),
        ("4.0", "%", 4.0, "percent"),
        ("1830.60", "万人", 18306000.0, "person"),
        ("1702.90", "万人", 17029000.0, "person"),
        ("7.5", "%", 7.5, "percent"),
    ]


def test_table_cells_take_the_unit_of_a_unit_line() -> None:
    # convention 32: 单位：万元 above the table states the amounts' unit
    text = (
        "2023年全县一般公共预算收支情况\n单位：万元\n项 目 | 本年完成 | 增长(%) |\n"
        "一般公共预算收入 | 56820 | 6.3 |\n税收收入 | 38410 | 4.9 |\n"
    )
    assert _rows(text, "subject", "unit", "value_base", region="阳高县") == [
        ("56820", "一般公共预算收入", "万元", 568200000.0),
        ("6.3", "一般公共预算收入", "%", 6.3),
        ("38410", "税收收入", "万元", 384100000.0),
        ("4.9", "税收收入", "%", 4.9),
    ]


def test_rates_of_compliance_and_retention_are_shares() -> None:
    # convention 33: 达标率, 合格率, 优良天数比例, 巩固率, 升学率, 入学率
    text = (
        "全市主要河流断面水质达标率为91.3%,城区集中式饮用水水源地水质合格率100%,"
        "优良天数比例为84.6%,同比上升2.7个百分点。"
        "全区九年义务教育巩固率达到98.7%,初中毕业生升学率为96.2%,小学净入学率99.9%。"
    )
    assert _rows(text, "measure", "subject", "value_base") == [
        ("91.3%", "share", "主要河流断面水质达标率", 91.3),
        ("100%", "share", "集中式饮用水水源地水质合格率", 100.0),
        ("84.6%", "share", "优良天数比例", 84.6),
        ("2.7个百分点", "pp_change", "优良天数比例", 2.7),
        ("98.7%", "share", "九年义务教育巩固率", 98.7),
        ("96.2%", "share", "初中毕业生升学率", 96.2),
        ("99.9%", "share", "小学净入学率", 99.9),
    ]


def test_a_concentration_in_milligrams_is_in_micrograms() -> None:
    # convention 34: unit as written, value_base in μg/m3 (1 毫克/立方米 = 1,000)
    text = (
        "市区一氧化碳日均浓度第95百分位数为1.3毫克/立方米,同比下降7.1%;"
        "二氧化氮月均浓度为26微克/立方米。"
    )
    assert _rows(text, "measure", "unit", "value_base", "base_unit") == [
        ("1.3毫克/立方米", "level", "毫克/立方米", 1300.0, "μg/m3"),
        ("7.1%", "growth_yoy", "%", -7.1, "percent"),
        ("26微克/立方米", "level", "微克/立方米", 26.0, "μg/m3"),
    ]


def test_parts_of_a_price_index_are_named_as_written() -> None:
    # convention 35: no 出厂/购进 added; a kind listed under …价格中 takes the elided 价格
    text = (
        "工业生产者出厂价格中,生产资料价格上涨3.4%,生活资料价格下降0.6%。"
        "工业生产者购进价格中,九大类原材料“六涨三降”。其中,燃料动力类上涨9.8%,农副产品类下降2.3%。"
    )
    assert _rows(text, "measure", "subject", "value_base") == [
        ("3.4%", "growth_yoy", "生产资料价格", 3.4),
        ("0.6%", "growth_yoy", "生活资料价格", -0.6),
        ("9.8%", "growth_yoy", "燃料动力类价格", 9.8),
        ("2.3%", "growth_yoy", "农副产品类价格", -2.3),
    ]


def test_a_growth_said_bare_after_the_increase_keeps_its_span() -> None:
    # conventions 29 and 30: 比年初增加…,增速X% is the increase over the balance at January's
    # start (its span), and the gap of that growth too; 同比增长 stays the month end
    text = (
        "截至6月末,全省小微企业贷款余额2.31万亿元,比年初增加1840.5亿元,增速8.66%,"
        "比各项贷款平均增速高出2.41个百分点。全省各项存款余额5.2万亿元,比年初增加3100亿元,"
        "同比增长9.1%。"
    )
    assert _rows(text, "measure", "subject", "period", region="山西省") == [
        ("2.31万亿元", "level", "小微企业贷款余额", "2023-06"),
        ("1840.5亿元", "abs_change", "小微企业贷款余额", "2023-01/2023-06"),
        ("8.66%", "growth_yoy", "小微企业贷款余额", "2023-01/2023-06"),
        ("2.41个百分点", "pp_change", "小微企业贷款余额增速", "2023-01/2023-06"),
        ("5.2万亿元", "level", "各项存款余额", "2023-06"),
        ("3100亿元", "abs_change", "各项存款余额", "2023-01/2023-06"),
        ("9.1%", "growth_yoy", "各项存款余额", "2023-06"),
    ]
