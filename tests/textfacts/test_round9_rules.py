"""The rules round 9's errors led to, on short sentences of our own (not the corpus texts).

Several regions per sentence (a region list distributed in order over 分别 figures, also
from the clause before; enumerated ranks ``第一、第二位`` / ``第一、二位``), a bare 增速
subject that takes its indicator from the context, 全市 as an object or a scope rather
than the subject, a linking clause (``增速最高,为9.3%``), ``城镇和农村…`` pairs, price
categories with 上涨, and the measures of ``低于…的年度控制目标``, ``占年度计划的`` and a
bare change of a ratio.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract

from .rows import fact_rows


def _facts(text: str) -> list[Fact]:
    return extract(text, region="忻州市", year=2023)


def _rows(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "region", "measure", "value", region="忻州市", year=2023)


def test_bare_growth_rate_takes_the_indicator_of_the_sentence_before() -> None:
    text = "全市规上工业增加值增长6.1%。神池县、五寨县、岢岚县增速分别为9.4%、8.2%和7.5%。"
    assert _rows(text) == [
        ("6.1%", "规上工业增加值", "忻州市", "growth_yoy", 6.1),
        ("9.4%", "规上工业增加值", "神池县", "growth_yoy", 9.4),
        ("8.2%", "规上工业增加值", "五寨县", "growth_yoy", 8.2),
        ("7.5%", "规上工业增加值", "岢岚县", "growth_yoy", 7.5),
    ]


def test_regions_listed_in_the_clause_before_are_distributed_in_order() -> None:
    text = "从社会消费品零售总额看,静乐县、岢岚县、五寨县增速居全市前三,分别增长9.1%、8.7%和8.0%。"
    assert _rows(text) == [
        ("9.1%", "社会消费品零售总额", "静乐县", "growth_yoy", 9.1),
        ("8.7%", "社会消费品零售总额", "岢岚县", "growth_yoy", 8.7),
        ("8.0%", "社会消费品零售总额", "五寨县", "growth_yoy", 8.0),
    ]


def test_a_topic_heading_names_the_indicator_of_figures_without_words() -> None:
    text = "固定资产投资方面,前三季度全市增长6.6%。"
    assert _rows(text) == [("6.6%", "固定资产投资", "忻州市", "growth_yoy", 6.6)]


def test_region_list_with_a_bracketed_description_and_enumerated_ranks() -> None:
    text = (
        "繁峙县、代县两个农业大县(市、区)分别实现粮食产量21.3万吨和18.6万吨,"
        "同比分别增长3.2%和2.9%,继续位居全市第一、第二位。"
    )
    assert _rows(text) == [
        ("21.3万吨", "粮食产量", "繁峙县", "level", 21.3),
        ("18.6万吨", "粮食产量", "代县", "level", 18.6),
        ("3.2%", "粮食产量", "繁峙县", "growth_yoy", 3.2),
        ("2.9%", "粮食产量", "代县", "growth_yoy", 2.9),
        ("第一", "粮食产量", "繁峙县", "rank", 1.0),
        ("第二位", "粮食产量", "代县", "rank", 2.0),
    ]


def test_ranks_sharing_their_first_di_go_to_the_figures_before() -> None:
    text = "宁武县、神池县投资增速分别为31.5%和22.4%,分列全市第一、二位;河曲县增长17.6%,居第三位。"
    assert _rows(text) == [
        ("31.5%", "投资", "宁武县", "growth_yoy", 31.5),
        ("22.4%", "投资", "神池县", "growth_yoy", 22.4),
        ("第一", "投资", "宁武县", "rank", 1.0),
        ("二位", "投资", "神池县", "rank", 2.0),
        ("17.6%", "投资", "河曲县", "growth_yoy", 17.6),
        ("第三位", "投资", "河曲县", "rank", 3.0),
    ]


def test_ordinals_of_sectors_are_not_ranks() -> None:
    assert [f.text_span for f in _facts("位居全市第一,第一、二产业增加值分别增长3%和5%。")] == [
        "第一",
        "3%",
        "5%",
    ]


def test_town_and_country_pair_shares_the_rest_of_the_name() -> None:
    text = "城镇和农村居民人均消费支出分别为21460元和9820元,分别增长6.3%和9.1%。"
    assert [(f.text_span, f.subject) for f in _facts(text)] == [
        ("21460元", "城镇居民人均消费支出"),
        ("9820元", "农村居民人均消费支出"),
        ("6.3%", "城镇居民人均消费支出"),
        ("9.1%", "农村居民人均消费支出"),
    ]


def test_price_categories_lose_the_verb_and_take_the_head_price() -> None:
    text = "分类别看,食品烟酒类价格上涨2.1%,医疗保健类上涨1.4%,交通通信类下跌0.8%。"
    assert [(f.subject, f.measure, f.value) for f in _facts(text)] == [
        ("食品烟酒类价格", "growth_yoy", 2.1),
        ("医疗保健类价格", "growth_yoy", 1.4),
        ("交通通信类价格", "growth_yoy", -0.8),
    ]


def test_the_whole_after_a_verb_or_zhan_is_not_the_subject_region() -> None:
    text = (
        "社会消费品零售总额方面,全市实现423.6亿元。"
        "原平市以96.5亿元的总量领跑全市,占全市的27.4%;"
        "偏关县增速最快,达到10.2%,高出全市平均水平4.1个百分点。"
    )
    assert _rows(text) == [
        ("423.6亿元", "社会消费品零售总额", "忻州市", "level", 423.6),
        ("96.5亿元", "社会消费品零售总额", "原平市", "level", 96.5),
        ("27.4%", "社会消费品零售总额占全市的比重", "原平市", "share", 27.4),
        ("10.2%", "社会消费品零售总额", "偏关县", "growth_yoy", 10.2),
        ("4.1个百分点", "社会消费品零售总额增速", "偏关县", "pp_change", 4.1),
    ]


def test_a_linking_clause_takes_measure_and_subject_from_the_clause_before() -> None:
    text = "居民收入方面,保德县城镇居民收入增速最高,为7.8%;静乐县最低,为4.6%。"
    assert _rows(text) == [
        ("7.8%", "城镇居民收入", "保德县", "growth_yoy", 7.8),
        ("4.6%", "城镇居民收入", "静乐县", "growth_yoy", 4.6),
    ]


def test_multiple_of_another_region_belongs_to_the_subject_region() -> None:
    text = "代县城镇居民人均可支配收入35210元,为全市最高,是收入最低的神池县(26480元)的1.33倍。"
    assert _rows(text) == [
        ("35210元", "城镇居民人均可支配收入", "代县", "level", 35210.0),
        ("26480元", "城镇居民人均可支配收入", "神池县", "level", 26480.0),
        ("1.33倍", "城镇居民人均可支配收入", "代县", "ratio", 1.33),
    ]


def test_a_figure_the_rest_of_its_clause_calls_a_control_target() -> None:
    assert _rows("年末城镇登记失业率为2.9%,低于4.2%的年度控制目标。") == [
        ("2.9%", "城镇登记失业率", "忻州市", "level", 2.9),
        ("4.2%", "城镇登记失业率", "忻州市", "target", 4.2),
    ]


def test_a_share_of_the_annual_plan_is_not_a_target() -> None:
    facts = _facts("重点项目完成投资52.6亿元,占年度计划的91.3%。")
    assert [(f.subject, f.measure, f.denominator) for f in facts] == [
        ("重点项目完成投资", "level", None),
        ("重点项目完成投资占年度计划的比重", "share", "年度计划"),
    ]


def test_bare_change_after_a_bare_ratio() -> None:
    assert _rows("城乡居民收入比为2.41,比上年缩小0.05。") == [
        ("2.41", "城乡居民收入比", "忻州市", "ratio", 2.41),
        ("0.05", "城乡居民收入比", "忻州市", "abs_change", -0.05),
    ]
