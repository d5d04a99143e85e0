"""Round 18 (session 8), environmental quality releases: ranking tables of cities flattened
one cell a line (``|`` bars), with a column of words (``主要污染物``), cells that carry
their ``%``, a unitless composite index, a rank column among the others, concentrations
whose names hold a bracket of their own (``细颗粒物(PM2.5)…(微克/立方米)``) and a row of
the whole province; cities without districts (东莞, 中山) named in
short. Every text here is invented."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str, year: int = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(facts: list[Fact]) -> list[tuple[str, str, str, str, float | None, str | None]]:
    return [(f.text_span, f.region, f.subject, f.measure, f.value_base, f.base_unit) for f in facts]


#: 排名 | 城市 | 综合指数 | 变化率 | 主要污染物, one cell a line with bars, cells with %.
_RANKED = (
    "表1 2023年1-5月全省11个设区市环境空气质量综合指数\n"
    "排名 |\n城市 |\n环境空气质量综合指数 |\n综合指数变化率 |\n主要污染物 |\n"
    "1 |\n张家口 |\n2.87 |\n-4.3% |\n臭氧 |\n"
    "2 |\n承德 |\n3.12 |\n2.0% |\n细颗粒物 |\n"
    "3 |\n秦皇岛 |\n3.65 |\n-7.5% |\n臭氧 |\n"
)


def test_a_ranking_table_with_a_column_of_words_and_percent_cells() -> None:
    facts = _facts(_RANKED, "河北省")[1:]  # the title's 11个 (设区市) first
    index = "环境空气质量综合指数"
    assert _rows(facts) == [
        ("1", "张家口市", index, "rank", 1.0, "rank"),
        ("2.87", "张家口市", index, "level", 2.87, "index"),
        ("-4.3%", "张家口市", index, "growth_yoy", -4.3, "percent"),
        ("2", "承德市", index, "rank", 2.0, "rank"),
        ("3.12", "承德市", index, "level", 3.12, "index"),
        ("2.0%", "承德市", index, "growth_yoy", 2.0, "percent"),
        ("3", "秦皇岛市", index, "rank", 3.0, "rank"),
        ("3.65", "秦皇岛市", index, "level", 3.65, "index"),
        ("-7.5%", "秦皇岛市", index, "growth_yoy", -7.5, "percent"),
    ]
    assert {f.period for f in facts} == {"2023-01/2023-05"}


#: 城市 | PM10 (微克/立方米) | PM2.5 | 综合质量指数 | 排名 | 达标天数比例(%), a 全省 row with
#: dashes; 东莞 and 中山 are cities without districts.
_CITIES = (
    "表2 2023年6月全省城市环境空气质量状况\n"
    "城市\n可吸入颗粒物(PM10)月均浓度(微克/立方米)\n细颗粒物(PM2.5)月均浓度(微克/立方米)\n"
    "环境空气综合质量指数\n排名\n空气质量达标天数比例(%)\n"
    "东莞\n33\n19\n2.71\n2\n96.7%\n"
    "中山\n28\n14\n2.45\n1\n100.0%\n"
    "全省\n31\n17\n-\n-\n97.3%\n"
)


def test_a_city_table_with_a_rank_column_among_the_others() -> None:
    pm10, pm25 = "可吸入颗粒物(PM10)月均浓度", "细颗粒物(PM2.5)月均浓度"
    index, days = "环境空气综合质量指数", "空气质量达标天数比例"
    assert _rows(_facts(_CITIES, "广东省")) == [
        ("33", "东莞市", pm10, "level", 33.0, "μg/m3"),
        ("19", "东莞市", pm25, "level", 19.0, "μg/m3"),
        ("2.71", "东莞市", index, "level", 2.71, "index"),
        ("2", "东莞市", index, "rank", 2.0, "rank"),
        ("96.7%", "东莞市", days, "share", 96.7, "percent"),
        ("28", "中山市", pm10, "level", 28.0, "μg/m3"),
        ("14", "中山市", pm25, "level", 14.0, "μg/m3"),
        ("2.45", "中山市", index, "level", 2.45, "index"),
        ("1", "中山市", index, "rank", 1.0, "rank"),
        ("100.0%", "中山市", days, "share", 100.0, "percent"),
        ("31", "广东省", pm10, "level", 31.0, "μg/m3"),
        ("17", "广东省", pm25, "level", 17.0, "μg/m3"),
        ("97.3%", "广东省", days, "share", 97.3, "percent"),
    ]


def test_a_table_whose_words_fill_every_column_is_not_read() -> None:
    # a column of words needs a column of figures beside it
    text = "排名\n城市\n首要污染物\n1\n甲市\n臭氧\n2\n乙市\n臭氧\n"
    assert _facts(text, "河北省") == []


def test_a_list_of_counties_in_order_after_its_indicator() -> None:
    # 依次为 (read as 分别为): the first item opens after it; a district named without 区
    # (城固 → 城固县, 汉台 → 汉台区) is of the document's own city
    text = (
        "2023年一季度,全市11县区优良天数平均为80天,优良天数由多到少依次为"
        "留坝88天、佛坪87天、城固82天、汉台79天。"
    )
    facts = _facts(text, "汉中市")
    assert [(f.text_span, f.region, f.subject) for f in facts[-4:]] == [
        ("88天", "留坝县", "优良天数"),
        ("87天", "佛坪县", "优良天数"),
        ("82天", "城固县", "优良天数"),
        ("79天", "汉台区", "优良天数"),
    ]


def test_a_variant_of_shaan_in_traditional_text_is_read() -> None:
    from citystat.textfacts.normalise import to_simplified

    assert to_simplified("寧陜縣") == "宁陕县"


def test_ranks_that_name_their_place_after_them() -> None:
    text = (
        "2023年3月,全市各县区空气质量均达到二级标准,按照环境空气质量综合指数排名,"
        "第一名为和平县,第二名为龙川县。"
    )
    assert [
        (f.text_span, f.region, f.subject, f.measure, f.value_base) for f in _facts(text, "河源市")
    ] == [
        ("第一名", "和平县", "环境空气质量综合指数", "rank", 1.0),
        ("第二名", "龙川县", "环境空气质量综合指数", "rank", 2.0),
    ]


def test_pollutants_listed_before_their_shared_concentration() -> None:
    text = "2023年,全县二氧化硫、二氧化氮、细颗粒物年均浓度分别为8微克/立方米、21微克/立方米和27微克/立方米。"
    assert [(f.text_span, f.subject) for f in _facts(text, "东至县")] == [
        ("8微克/立方米", "二氧化硫年均浓度"),
        ("21微克/立方米", "二氧化氮年均浓度"),
        ("27微克/立方米", "细颗粒物年均浓度"),
    ]


def test_a_city_cluster_is_the_region_of_its_figures() -> None:
    text = "2023年,长株潭区域平均优良天数比例为86.1%,低于全省平均水平1.2个百分点。"
    assert [(f.text_span, f.region) for f in _facts(text, "湖南省")] == [
        ("86.1%", "长株潭"),
        ("1.2个百分点", "长株潭"),
    ]


def test_a_pages_date_and_time_under_a_title_with_a_share_is_no_ratio() -> None:
    text = "2023年全省优良天数比例为88.5%\n2024-01-20 09:15:42 来源: 新华社\n"
    assert [f.text_span for f in _facts(text, "湖南省")] == ["88.5%"]


def test_a_change_in_points_is_of_the_share_before_it() -> None:
    text = (
        "表1 2023年1-6月各市空气质量\n序号\n城市\nPM2.5浓度(μg/m³)\n同比(%)\n"
        "优良天数比例(%)\n同比变化(百分点)\n1\n太原\n45\n-4.3\n70.2\n3.1\n2\n大同\n28\n2.0\n85.0\n-1.2\n"
    )
    rows = [(f.text_span, f.subject, f.measure, f.base_unit) for f in _facts(text, "山西省")]
    assert rows[:4] == [
        ("45", "PM2.5浓度", "level", "μg/m3"),
        ("-4.3", "PM2.5浓度", "growth_yoy", "percent"),
        ("70.2", "优良天数比例", "share", "percent"),
        ("3.1", "优良天数比例", "pp_change", "pp"),
    ]
    assert len(rows) == 8


def test_a_ranking_table_a_row_a_line_between_bars() -> None:
    text = (
        "表1 2023年5月各市环境空气质量综合指数排名\n"
        "排名 | 城市 | 综合指数 | 综合指数变化率 | 首要污染物\n"
        "1 | 张家口 | 2.87 | -4.3% | 臭氧\n2 | 承德 | 3.12 | 2.0% | PM2.5\n"
    )
    assert _rows(_facts(text, "河北省")) == [
        ("1", "张家口市", "综合指数", "rank", 1.0, "rank"),
        ("2.87", "张家口市", "综合指数", "level", 2.87, "index"),
        ("-4.3%", "张家口市", "综合指数", "growth_yoy", -4.3, "percent"),
        ("2", "承德市", "综合指数", "rank", 2.0, "rank"),
        ("3.12", "承德市", "综合指数", "level", 3.12, "index"),
        ("2.0%", "承德市", "综合指数", "growth_yoy", 2.0, "percent"),
    ]


def test_a_rank_column_last_is_of_the_index_before_it() -> None:
    text = (
        "表1 2023年5月各县区环境空气质量综合指数排名\n县区\n综合指数\n同比变化率\n排名\n"
        "阳原县\n3.12\n-5.1%\n1\n蔚县\n3.45\n2.3%\n2\n"
    )
    assert _rows(_facts(text, "张家口市"))[:3] == [
        ("3.12", "阳原县", "综合指数", "level", 3.12, "index"),
        ("-5.1%", "阳原县", "综合指数", "growth_yoy", -5.1, "percent"),
        ("1", "阳原县", "综合指数", "rank", 1.0, "rank"),
    ]


def test_an_acidity_without_unit_is_a_figure() -> None:
    text = "2023年,城区降水pH值年均值为6.42,全年未出现酸雨。"
    assert [(f.text_span, f.subject, f.measure) for f in _facts(text, "东至县")] == [
        ("6.42", "降水pH值年均值", "level"),
    ]


def test_sections_counted_that_missed_their_target() -> None:
    text = "2023年,全省国家考核断面中,48个断面达到年度考核目标,6个断面未达到考核目标。"
    assert [(f.text_span, f.subject) for f in _facts(text, "湖南省")] == [
        ("48个", "断面"),
        ("6个", "断面"),
    ]


def test_a_change_in_days_after_a_rate_is_of_the_days() -> None:
    text = "2023年,城区空气质量总监测天数365天,其中优良天数340天,优良率为93.2%,同比增加8天。"
    assert [(f.text_span, f.subject, f.measure) for f in _facts(text, "丰都县")] == [
        ("365天", "空气质量总监测天数", "level"),
        ("340天", "优良天数", "level"),
        ("93.2%", "优良率", "share"),
        ("8天", "优良天数", "abs_change"),
    ]


def test_an_index_that_improved_fell_and_its_rank_in_the_province() -> None:
    text = "2023年,城区环境空气质量综合指数为4.12,较上年改善3.8%,在全省排名第8位。"
    assert [(f.text_span, f.subject, f.measure, f.value_base) for f in _facts(text, "宜昌市")] == [
        ("4.12", "环境空气质量综合指数", "level", 4.12),
        ("3.8%", "环境空气质量综合指数", "growth_yoy", -3.8),
        ("第8位", "环境空气质量综合指数", "rank", 8.0),
    ]


def test_a_ranking_of_prefectures_headed_by_their_kind() -> None:
    # 市州 heads the label column (as 设区市, 省辖市, 县市区 do)
    text = (
        "表1 2023年1-6月市州空气质量排名\n排名\n市州\n综合指数\n同比变化(%)\n"
        "1\n恩施州\n2.98\n-3.1\n2\n十堰\n3.12\n-2.0\n"
    )
    assert _rows(_facts(text, "湖北省")) == [
        ("1", "恩施土家族苗族自治州", "综合指数", "rank", 1.0, "rank"),
        ("2.98", "恩施土家族苗族自治州", "综合指数", "level", 2.98, "index"),
        ("-3.1", "恩施土家族苗族自治州", "综合指数", "growth_yoy", -3.1, "percent"),
        ("2", "十堰市", "综合指数", "rank", 2.0, "rank"),
        ("3.12", "十堰市", "综合指数", "level", 3.12, "index"),
        ("-2.0", "十堰市", "综合指数", "growth_yoy", -2.0, "percent"),
    ]


def test_a_change_compared_with_the_year_before_then_year_on_year() -> None:
    text = "2023年,全市优良天数比例为88.2%,与上年同比上升2.4个百分点。"
    assert [(f.text_span, f.subject, f.measure) for f in _facts(text, "常德市")] == [
        ("88.2%", "优良天数比例", "share"),
        ("2.4个百分点", "优良天数比例", "pp_change"),
    ]
