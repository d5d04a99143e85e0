"""Round 18, second pass (session 8): transport, education, health and postal statistics
(dev21b) and county bulletins (dev21a).

Sentences and tables of our own, of the shapes of those releases (other places, other numbers).
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _facts(text: str, region: str = "甲省", year: int = 2022) -> list[tuple[object, ...]]:
    return fact_rows(text, "measure", "subject", "period", region=region, year=year)


def test_a_pair_of_indicators_without_fenbie_gives_each_its_figure() -> None:
    text = (
        "1-6月,全省营业性公路货物运输累计完成货运量和货物周转量5.2亿吨和812.4亿吨公里,"
        "同比增长6.1%和4.3%。"
    )
    assert _facts(text) == [
        ("5.2亿吨", "level", "营业性公路货运量", "2022-01/2022-06"),
        ("812.4亿吨公里", "level", "营业性公路货物周转量", "2022-01/2022-06"),
        ("6.1%", "growth_yoy", "营业性公路货运量", "2022-01/2022-06"),
        ("4.3%", "growth_yoy", "营业性公路货物周转量", "2022-01/2022-06"),
    ]


def test_the_second_transport_amount_of_a_pair_takes_the_firsts_scope() -> None:
    text = (
        "全省旅游包车客运量和周转量同比增长12.5%和18.2%;公路客运量和旅客周转量分别增长3.1%和4.4%。"
    )
    assert [f[2] for f in _facts(text)] == [
        "旅游包车客运量",
        "旅游包车旅客周转量",
        "公路客运量",
        "公路旅客周转量",
    ]


def test_a_compound_of_freight_and_passengers_is_two_amounts() -> None:
    text = "前7个月全省公路货运客运量分别同比增长8.2%、11.5%"
    assert [f[2] for f in _facts(text)] == ["公路货运量", "公路客运量"]


def test_a_change_column_of_a_table_is_a_change() -> None:
    text = (
        "表2:2022年甲省卫生机构情况\n单位:所\n|\n机构类别 |\n2022年 |\n2021年 |\n增减 |\n|\n"
        "总 计 |\n1520 |\n1530 |\n-10 |\n|\n一.医院 |\n310 |\n300 |\n10 |\n|\n"
        "社区卫生服务中心(站) |\n210 |\n200 |\n10 |\n"
    )
    facts = extract(text, region="甲省", year=2022)
    assert [(f.text_span, f.measure, f.subject, f.unit, f.period) for f in facts[3:]] == [
        ("310", "count", "医院", "所", "2022"),
        ("300", "count", "医院", "所", "2021"),
        ("10", "abs_change", "医院", "所", "2022"),
        ("210", "count", "社区卫生服务中心(站)", "所", "2022"),
        ("200", "count", "社区卫生服务中心(站)", "所", "2021"),
        ("10", "abs_change", "社区卫生服务中心(站)", "所", "2022"),
    ]
    assert facts[2].measure == "abs_change" and facts[2].value == -10


def test_a_table_caption_number_is_no_ratio() -> None:
    text = "表1:2022年甲省卫生机构情况\n图2:2018-2022年乙指标\n三次产业结构为8:40:52。"
    assert [(f.text_span, f.measure) for f in extract(text, region="甲省", year=2022)] == [
        ("8:40:52", "ratio")
    ]


def test_a_change_after_a_bracket_of_parts_is_the_wholes() -> None:
    text = (
        "全省社区卫生服务机构512所(社区卫生服务中心180所,社区卫生服务站332所),比上年增加25所;"
        "乡镇卫生院700所(中心卫生院200所,一般卫生院500所),比上年减少3所。"
    )
    assert [(f[0], f[2]) for f in _facts(text)] == [
        ("512所", "社区卫生服务机构"),
        ("180所", "社区卫生服务中心"),
        ("332所", "社区卫生服务站"),
        ("25所", "社区卫生服务机构"),
        ("700所", "乡镇卫生院"),
        ("200所", "中心卫生院"),
        ("500所", "一般卫生院"),
        ("3所", "乡镇卫生院"),
    ]


def test_last_years_value_of_a_rate_is_measured_as_the_rate() -> None:
    text = (
        "2022年全省孕产妇死亡率为8.12/10万,较上年8.95/10万下降了9.27%;"
        "婴儿死亡率为3.21‰,较上年3.60‰下降了10.8%;城镇化率为61.2%,比上年60.5%提高0.7个百分点。"
    )
    assert [(f[0], f[1], f[3]) for f in _facts(text) if f[3] == "2021"] == [
        ("8.95/10万", "level", "2021"),
        ("3.60‰", "level", "2021"),
        ("60.5%", "share", "2021"),
    ]


def test_a_count_per_hundred_pupils_is_a_level() -> None:
    text = "全省小学每百名学生拥有计算机台数增加到24.6台。"
    assert _facts(text) == [("24.6台", "level", "小学每百名学生拥有计算机台数", "2022")]


def test_hospitals_classed_by_beds_are_named_by_their_class() -> None:
    text = (
        "医院按床位数分:100 张床位以下医院512 个,100-199 张医院140个,800 张及以- 3 -上医院52 个。"
    )
    assert [(f[0], f[2]) for f in _facts(text)] == [
        ("512 个", "100张床位以下医院"),
        ("140个", "100-199张床位医院"),
        ("52 个", "800张及以上床位医院"),
    ]


def test_the_total_row_of_a_named_table_is_of_the_tables_topic() -> None:
    text = (
        "2023-2024年全市学前教育情况表\n类别 |\n学校数 |\n在校学生数 |\n"
        "公办 |\n120 |\n30500 |\n民办 |\n80 |\n12000 |\n总计 |\n200 |\n42500 |\n"
    )
    facts = extract(text, region="甲市", year=2023)
    assert [(f.text_span, f.subject, f.period) for f in facts] == [
        ("120", "公办学校数", "2023"),
        ("30500", "公办在校学生数", "2023"),
        ("80", "民办学校数", "2023"),
        ("12000", "民办在校学生数", "2023"),
        ("200", "学前教育学校数", "2023"),
        ("42500", "学前教育在校学生数", "2023"),
    ]


def test_a_years_visits_are_named_without_the_year() -> None:
    text = "全省妇幼保健机构120家,年门急诊1021.5万人次,年住院42.3万人次。"
    assert [f[2] for f in _facts(text)] == ["妇幼保健机构", "门急诊", "住院"]


def test_a_change_of_the_two_years_mean_named_alone_is_the_growths() -> None:
    text = "上半年,全市完成地区生产总值108.9亿元,同比增长10.3%,两年平均增长7.1%,两年平均增速比一季度加快2.7个百分点。"
    assert _facts(text, "甲市", 2021)[-1] == (
        "2.7个百分点",
        "pp_change",
        "地区生产总值两年平均增速",
        "2021-01/2021-06",
    )


def test_a_surveys_sampling_fraction_is_no_figure() -> None:
    text = "据2021年全省1‰人口变动抽样调查推算,年末全县常住人口30.5万人。第七次全国人口普查5%抽样调查显示…"
    assert [f[0] for f in _facts(text, "甲县", 2021)] == ["30.5万人"]


def test_a_base_year_without_nian_and_le_after_shixian_are_no_subject() -> None:
    text = "甲段运送旅客86.4万人次,较2019同期增加44.6万人次。全省实现了乡镇公办幼儿园100%全覆盖。"
    assert [f[2] for f in _facts(text)] == ["甲段运送旅客", "甲段运送旅客", "乡镇公办幼儿园"]


def test_a_pair_of_recoveries_to_a_base_year_is_of_the_pair_before() -> None:
    text = (
        "1-6月,全省营业性公路运输累计完成客运量和旅客周转量1232.1万人次、11.4亿人公里,"
        "同比增长12.3%和22.6%,恢复至2019年同期的46.3%和40.6%。"
    )
    assert [(f[0], f[1], f[2]) for f in _facts(text)][-2:] == [
        ("46.3%", "share", "营业性公路客运量"),
        ("40.6%", "share", "营业性公路旅客周转量"),
    ]
