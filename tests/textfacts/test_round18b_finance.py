"""Round 18, second pass (session 8): financial releases and price releases.

Sentences of our own, of the shape of a central-bank branch's release and of a city's CPI
release: a paragraph's figures after a sentence opened by 去年, a rank right after the whole
or the group it is counted in, a price's slight change (微涨, 微降).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "某某市", year: int = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_last_year_heading_a_sentence_dates_the_paragraph() -> None:
    # 去年, opening a sentence dates what follows in its paragraph, as 2022年, would
    text = (
        "截至今年3月末,全市存款余额820.4亿元。\n"
        "近年来,全市金融业稳步发展。去年,全市实现金融业增加值96.3亿元,同比增长6.1%。"
        "全市实现保费收入31.75亿元,同比增长4.2%。\n"
        "3月末,全市贷款余额610.2亿元。"
    )
    assert _rows(text, "period", region="临汾市") == [
        ("820.4亿元", "2023-03"),
        ("96.3亿元", "2022"),
        ("6.1%", "2022"),
        ("31.75亿元", "2022"),
        ("4.2%", "2022"),
        ("610.2亿元", "2023-03"),
    ]


def test_last_year_inside_a_sentence_holds_for_it_only() -> None:
    text = "1-3月,全市新增贷款52.6亿元,去年,新增41.3亿元。全市新增存款18.2亿元。"
    assert [p for _, p in _rows(text, "period", region="临汾市")] == [
        "2023-01/2023-03",
        "2022",
        "2023-01/2023-03",
    ]


def test_a_rank_right_after_the_whole_is_counted_in_it() -> None:
    # 为全省第2低: 全省 is where the rank is counted, the figure is the city's
    text = "6月末,全市不良贷款率0.85%,为全省第2低。"
    assert _rows(text, "measure", "subject", "region", region="临汾市")[-1] == (
        "第2低",
        "rank",
        "不良贷款率",
        "临汾市",
    )


def test_a_rank_right_after_a_group_is_counted_in_it() -> None:
    # 长三角第2位 after 中部六省第1位: both groups are scopes, the region the province's
    text = (
        "6月末,全省人民币各项存款余额52310亿元,同比增长10.6%。"
        "从增速上看,列中部六省第1位,长三角第2位。"
    )
    rows = _rows(text, "measure", "region", region="安徽省")
    assert rows[-2:] == [("第1位", "rank", "安徽省"), ("第2位", "rank", "安徽省")]


def test_a_slight_rise_or_fall_of_a_price_is_a_growth() -> None:
    text = "5月份,全市居民消费价格同比上涨2.3%,环比微涨0.4%。食品价格环比微降0.6%。"
    assert _rows(text, "measure", "subject", "value_base", region="洛阳市", year=2012) == [
        ("2.3%", "growth_yoy", "居民消费价格", 2.3),
        ("0.4%", "growth_yoy", "居民消费价格", 0.4),
        ("0.6%", "growth_yoy", "食品价格", -0.6),
    ]


_AREA_TABLE = """2019年6月份工业增加值
单位:亿元
指 标 名 称 |
本 月 |
本 月 止 累 计 |
本月比上年同月增长(%) |
本期累计 比上年同期 增长(%) |
工业增加值(现价) |
812.40 |
4310.25 |
6.1 |
5.8 |
在总计中:韶关市 |
21.35 |
110.62 |
4.2 |
3.9 |
河源市 |
15.02 |
80.44 |
7.5 |
6.6 |
3、按经济区域分 |
|
|
|
|
珠江三角洲经济区 |
650.18 |
3402.77 |
5.9 |
5.6 |
东翼 |
50.12 |
270.91 |
6.8 |
6.0 |
"""


def test_rows_under_a_heading_of_areas_are_areas_of_the_indicator() -> None:
    # 按经济区域分: the rows after it are the province's areas (no GB/T 2260 code), each
    # the region of its row's figures, the indicator the first row's
    rows = _rows(_AREA_TABLE, "subject", "region", "period", region="广东省", year=2019)
    assert rows[-8:] == [
        ("650.18", "工业增加值", "珠江三角洲经济区", "2019-06"),
        ("3402.77", "工业增加值", "珠江三角洲经济区", "2019-01/2019-06"),
        ("5.9", "工业增加值", "珠江三角洲经济区", "2019-06"),
        ("5.6", "工业增加值", "珠江三角洲经济区", "2019-01/2019-06"),
        ("50.12", "工业增加值", "东翼", "2019-06"),
        ("270.91", "工业增加值", "东翼", "2019-01/2019-06"),
        ("6.8", "工业增加值", "东翼", "2019-06"),
        ("6.0", "工业增加值", "东翼", "2019-01/2019-06"),
    ]
    assert rows[4:6] == [
        ("21.35", "工业增加值", "韶关市", "2019-06"),
        ("110.62", "工业增加值", "韶关市", "2019-01/2019-06"),
    ]


def test_work_done_in_a_progress_report_is_summed_clause_by_clause() -> None:
    # a programme's monthly progress report: after 截至8月底, each clause's work is done
    # since January unless the clause names a state (千人口托位数, a density at the month end);
    # the state named earlier in the long sentence does not make the later items states
    text = (
        "某县8月份民生工程进展情况\n\n2024年全县20项民生实事中,截至8月底已完成12项。\n\n"
        "其中超额完成任务的有5项:乡村托育点建设新增托位120个,千人口托位数达到3.1个,"
        "完成率150%;已建成6家爱心驿站,完成率120%。资助困难学生5120名,完成率108%。\n"
    )
    assert _rows(text, "period", region="灵丘县", year=2024)[3:] == [
        ("120个", "2024-01/2024-08"),
        ("3.1个", "2024-08"),
        ("150%", "2024-01/2024-08"),
        ("6家", "2024-01/2024-08"),
        ("120%", "2024-01/2024-08"),
        ("5120名", "2024-01/2024-08"),
        ("108%", "2024-01/2024-08"),
    ]


def test_a_counted_public_thing_is_named() -> None:
    # 共 of 公共/共享 is part of the word, not 共 (in all) before a total
    text = "剩余6项中,5个公共阅读空间建设已完成3个(60%),4个共享菜园正在施工中。"
    rows = _rows(text, "subject", region="灵丘县", year=2024)
    assert [rows[1], rows[2], rows[4]] == [
        ("5个", "公共阅读空间建设"),
        ("3个", "已完成公共阅读空间建设"),
        ("4个", "共享菜园"),
    ]
    # nor is it cut as 共 (in all) opening a subject
    done = "全县4个共享菜园已建成3个。"
    assert _rows(done, "subject", region="灵丘县", year=2024)[-1] == ("3个", "已建成共享菜园")


def test_a_regulators_place_is_no_region() -> None:
    # 在甲省证监局辅导备案企业: the office's province, the firms are the city's
    text = "9月末,全市在交易所排队审核企业4家,在河南证监局辅导备案企业11家,与券商签约企业37家。"
    assert [r for _, r in _rows(text, "region", region="洛阳市", year=2022)] == [
        "洛阳市",
        "洛阳市",
        "洛阳市",
    ]
