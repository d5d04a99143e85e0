"""Rules of the eighth text-facts session for periods and measures (heldout5's and dev8's
classes of error other than subjects), on short sentences of our own."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, year: int = 2023) -> list[Fact]:
    return extract(text, region="晋中市", year=year)


def test_about_before_a_list_of_figures_holds_for_each() -> None:
    text = (
        "从各类商品看,食品和衣着分别拉动CPI上涨约0.52和0.11个百分点;猪肉约12.5万吨和羊肉3.2万吨。"
    )
    assert [(f.text_span, f.qualifier) for f in _facts(text)] == [
        ("0.52", "约"),
        ("0.11个百分点", "约"),
        ("12.5万吨", "约"),
        ("3.2万吨", None),  # a word between: 约 was the first item's alone
    ]


def test_a_figure_right_after_the_year_compared_with_is_that_years() -> None:
    text = "今年全市油料产量31.2万吨,比2022年30.4万吨增加0.8万吨。"
    assert [(f.text_span, f.period) for f in _facts(text)] == [
        ("31.2万吨", "2023"),
        ("30.4万吨", "2022"),
        ("0.8万吨", "2023"),
    ]


def test_a_definitions_bound_with_what_it_includes_is_no_figure() -> None:
    text = "规模以上服务业企业标准为期末从业人员80人以上(包含80人)。全市规上服务业企业营业收入320.5亿元。"
    assert [f.text_span for f in _facts(text)] == ["320.5亿元"]


def test_a_figure_reference_is_no_count() -> None:
    text = "各县人均收入如下图表2所示。全县共有中学12所。"
    assert [(f.text_span, f.measure) for f in _facts(text)] == [("12所", "count")]


def test_the_share_of_industries_that_grew_is_a_share() -> None:
    text = "41个行业大类中,25个行业利润增长,增长面达61.0%;企业亏损面为18.2%。"
    rows = [(f.text_span, f.measure) for f in _facts(text)]
    assert rows[-2:] == [("61.0%", "share"), ("18.2%", "share")]


def test_a_list_of_multiples_after_a_year_on_year_growth_is_growths() -> None:
    text = "1-9月,甲、乙、丙三个行业利润分别同比增长3.2倍、1.4倍、1.1倍。"
    rows = [(f.text_span, f.measure, f.value_base) for f in _facts(text)]
    assert rows == [
        ("3.2倍", "growth_yoy", 320.0),
        ("1.4倍", "growth_yoy", 140.0),
        ("1.1倍", "growth_yoy", 110.0),
    ]


def test_a_raise_of_a_count_compared_with_a_year_is_a_change() -> None:
    text = "每万人口发明专利拥有量达到12.4件,较上年提高2.1件;化肥施用量比上年降低0.3万吨。"
    rows = [(f.text_span, f.measure, f.value) for f in _facts(text)]
    assert rows == [
        ("12.4件", "level", 12.4),
        ("2.1件", "abs_change", 2.1),
        ("0.3万吨", "abs_change", -0.3),
    ]


def test_years_after_a_word_of_duration_are_a_length_of_time() -> None:
    text = "2023年,全市人均受教育年限10.8年,有效专利平均维持年限为6.2年,连续3年增长。"
    rows = [(f.text_span, f.measure, f.unit, f.value_base, f.base_unit) for f in _facts(text)]
    assert rows == [
        ("10.8年", "level", "年", 10.8, "year"),
        ("6.2年", "level", "年", 6.2, "year"),
    ]


def test_the_whole_a_rank_is_within_is_not_the_region_ranked() -> None:
    text = (
        "据省统计局甲调查队数据:上半年全州蔬菜产量32.5万吨,全省排位第二;"
        "水果产量8.1万吨,产量居全省第一。"
    )
    rows = [(f.text_span, f.region) for f in extract(text, region="532900", year=2023)]
    assert rows == [
        ("32.5万吨", "大理白族自治州"),
        ("第二", "大理白族自治州"),
        ("8.1万吨", "大理白族自治州"),
        ("第一", "大理白族自治州"),
    ]
    text = "榆社县一季度实现GDP约12.3亿元,本市人均居第一。"
    rows = [(f.text_span, f.region) for f in extract(text, region="140700", year=2023)]
    assert rows == [("12.3亿元", "榆社县"), ("第一", "榆社县")]


def test_a_bracketed_figure_of_the_whole_may_carry_a_qualifier() -> None:
    text = "榆社县人均GDP约1.52万元,高于全国同期人均GDP(约1.45万元)。"
    rows = [(f.text_span, f.region) for f in extract(text, region="140700", year=2023)]
    assert rows == [("1.52万元", "榆社县"), ("1.45万元", "全国")]


def test_china_opening_a_clause_is_the_nation_and_a_body_is_not() -> None:
    text = "2021年,中国国内生产总值突破110万亿元。中国移动营业收入8480亿元。"
    rows = [(f.text_span, f.region) for f in extract(text, region="140700", year=2021)]
    assert rows == [("110万亿元", "全国"), ("8480亿元", "晋中市")]


def test_a_quoted_plan_end_after_a_comparison_is_a_base() -> None:
    text = (
        "截至2022年底,全市每万人口发明专利拥有量达到6.4件,较上年提高0.9件,较“十三五”末提高2.2件。"
    )
    assert [(f.text_span, f.period) for f in _facts(text, 2022)] == [
        ("6.4件", "2022"),
        ("0.9件", "2022"),
        ("2.2件", "2022"),
    ]


def test_a_headline_without_a_period_takes_the_period_its_text_reports() -> None:
    text = (
        "乙县:本周蔬菜价格总体下降2.3%\n"
        "据县发改局监测,本周(4月8日-4月14日),全县集贸市场蔬菜平均价格每公斤4.6元,较上周下降2.3%。"
    )
    rows = [(f.text_span, f.period) for f in extract(text, region="140700", year=2024)]
    assert rows[0] == ("2.3%", "2024-04")
    text = "全市规上工业增加值增长6.2%\n前三季度,全市规上工业增加值同比增长6.2%。"
    rows = [(f.text_span, f.period) for f in extract(text, region="140700", year=2024)]
    assert rows == [("6.2%", "2024-01/2024-09"), ("6.2%", "2024-01/2024-09")]
