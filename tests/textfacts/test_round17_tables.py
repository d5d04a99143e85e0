"""Round 16 (session 7), tables and price releases, third pass (heldout17): layouts the
first two passes did not read — a stacked table whose label column's header was dropped,
its period groups written without 月 and its units' brackets wrapped (``10`` / ``1-10`` /
``绝对量`` / ``同比增长`` / ``%)``), rows keeping the bare amount's ``…`` cell; a stream
between ``|`` bars whose unit is in a caption after it (``…变动情况(%)``) or only in the
prose before it (the total in 亿元 over the table's 万元), its ``本月`` / ``累计`` columns
dated by the paragraph before it; outputs of products written with a space before the
figure. Every text here is invented."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str = "河北省", year: int = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


_Row = tuple[str, str, str, float | None, str | None, str | None]


def _rows(facts: list[Fact], after: int) -> list[_Row]:
    return [
        (f.text_span, f.subject, f.measure, f.value, f.unit, f.period)
        for f in facts
        if f.char_start >= after
    ]


_STACKED = "\n".join(
    [
        "2023年6月全省规模以上工业生产主要数据",
        "6",
        "1-6",
        "绝对量",
        "同比增长",
        "%)",
        "绝对量",
        "同比增长",
        "%)",
        "规模以上工业增加值",
        "5.2",
        "4.6",
        "分三大门类",
        "采矿业",
        "3.1",
        "2.7",
        "主要行业增加值",
        "纺织业",
        "… ",
        "-1.4",
        "0.8",
        "汽车制造业",
        "… ",
        "12.5",
        "9.9",
        "",
    ]
)


def test_a_stacked_table_without_its_label_header_and_months_without_yue() -> None:
    prose = "6月份,全省规模以上工业增加值同比增长5.2%。\n"
    facts = _facts(prose + _STACKED)
    month, since = "2023-06", "2023-01/2023-06"
    assert _rows(facts, len(prose)) == [
        ("5.2", "规模以上工业增加值", "growth_yoy", 5.2, "%", month),
        ("4.6", "规模以上工业增加值", "growth_yoy", 4.6, "%", since),
        ("3.1", "采矿业增加值", "growth_yoy", 3.1, "%", month),
        ("2.7", "采矿业增加值", "growth_yoy", 2.7, "%", since),
        ("-1.4", "纺织业增加值", "growth_yoy", -1.4, "%", month),
        ("0.8", "纺织业增加值", "growth_yoy", 0.8, "%", since),
        ("12.5", "汽车制造业增加值", "growth_yoy", 12.5, "%", month),
        ("9.9", "汽车制造业增加值", "growth_yoy", 9.9, "%", since),
    ]


def test_a_bare_number_after_a_caption_of_another_month_is_no_table() -> None:
    text = _STACKED.replace("2023年6月全省", "2023年5月全省")
    assert not [f for f in _facts(text) if f.text_span in ("4.6", "2.7")]


_PRICES = (
    "3月,全省居民消费价格同比上涨0.5%。\n"
    "CPI分类别 |\n3月同比 |\n3月环比 |\n1-3月累计 |\n"
    "食品烟酒 |\n1.2 |\n-0.6 |\n0.9 |\n"
    "衣着 |\n2.1 |\n0.3 |\n1.8 |\n"
    "医疗保健 |\n0.7 |\n0.1 |\n0.6 |\n"
    "八大类商品及服务价格同比、环比变动情况(%)\n"
)


def test_a_stream_takes_its_unit_from_the_caption_after_it() -> None:
    facts = _facts(_PRICES)
    month, since = "2023-03", "2023-01/2023-03"
    table = _rows(facts, _PRICES.index("CPI"))
    assert table == [
        ("1.2", "食品烟酒价格", "growth_yoy", 1.2, "%", month),
        ("-0.6", "食品烟酒价格", "growth_yoy", -0.6, "%", month),
        ("0.9", "食品烟酒价格", "growth_yoy", 0.9, "%", since),
        ("2.1", "衣着价格", "growth_yoy", 2.1, "%", month),
        ("0.3", "衣着价格", "growth_yoy", 0.3, "%", month),
        ("1.8", "衣着价格", "growth_yoy", 1.8, "%", since),
        ("0.7", "医疗保健价格", "growth_yoy", 0.7, "%", month),
        ("0.1", "医疗保健价格", "growth_yoy", 0.1, "%", month),
        ("0.6", "医疗保健价格", "growth_yoy", 0.6, "%", since),
    ]


def test_a_stream_without_a_caption_unit_gives_nothing() -> None:
    text = _PRICES.replace("变动情况(%)", "变动情况")
    assert not _rows(_facts(text), text.index("CPI"))


_OUTPUT = (
    "今年前8个月全市规模以上三大产业累计完成产值1875.3亿元,同比增长12.4%,"
    "其中8月份当月完成产值241.6亿元,同比增长9.8%。\n"
    "|\n规 模 工 业 总 产 值 |\n本月 |\n增长% |\n累计 |\n累计增长 |\n"
    "三大产业合计 |\n2415873 |\n9.81 |\n18753264 |\n12.42 |\n"
    "纺织服装业 |\n1203311 |\n7.25 |\n9012044 |\n10.06 |\n"
    "通用设备业 |\n852119 |\n11.63 |\n6702813 |\n14.90 |\n"
)


def test_a_stream_without_a_unit_takes_it_from_the_prose_total() -> None:
    facts = _facts(_OUTPUT)
    month, since = "2023-08", "2023-01/2023-08"
    wanted = ("1203311", "7.25", "9012044", "10.06")
    table = [r for r in _rows(facts, _OUTPUT.index("纺织")) if r[0] in wanted]
    assert table == [
        ("1203311", "纺织服装业总产值", "level", 1203311.0, "万元", month),
        ("7.25", "纺织服装业总产值", "growth_yoy", 7.25, "%", month),
        ("9012044", "纺织服装业总产值", "level", 9012044.0, "万元", since),
        ("10.06", "纺织服装业总产值", "growth_yoy", 10.06, "%", since),
    ]


def test_a_stream_whose_total_the_prose_does_not_name_gives_no_amounts() -> None:
    text = _OUTPUT.replace("241.6亿元", "251.6亿元").replace("1875.3亿元", "1975.3亿元")
    spans = {f.text_span for f in _facts(text)}
    assert "1203311" not in spans and "9012044" not in spans


def test_outputs_written_with_a_space_before_the_figure_are_levels() -> None:
    text = (
        "分产品看 , 1-8月, 210种产品中有 131种产品产量同比增长。其中,彩色电视机 812.45万台,"
        "增长 6.3%;啤酒 35.20万千升,增长 2.1%;卷烟 120.00亿支,下降 1.5%。\n"
    )
    got = [(f.text_span, f.subject, f.measure, f.value_base) for f in _facts(text)]
    # (each product's output, its head 产量 restored as the guideline asks: round 24)
    assert ("812.45万台", "彩色电视机产量", "level", 8124500.0) in got
    assert ("35.20万千升", "啤酒产量", "level", 352000000.0) in got
    assert ("120.00亿支", "卷烟产量", "level", 12000000000.0) in got
    assert ("2.1%", "啤酒产量", "growth_yoy", 2.1) in got


def test_a_span_since_a_month_sets_no_year_for_the_months_after_it() -> None:
    from citystat.textfacts.periods import find_events

    text = "物价指数达到自2022年4月以来最高水平。3月,全省CPI同比上涨0.6%。"
    assert [e.period for e in find_events(text, 2023)] == ["2022-04", "2023-03"]


def test_rates_in_brackets_after_places_named_rises_after_the_list() -> None:
    text = (
        "4月,全省居民消费价格同比上涨0.7%。其中,襄阳(1.3%)、荆州(1.2%)同比涨幅靠前,"
        "黄冈(0.9%)、孝感(0.8%)环比涨幅靠前。\n"
    )
    got = [(f.text_span, f.measure, f.subject, f.region) for f in _facts(text, "湖北省", 2024)]
    assert got[1:] == [
        ("1.3%", "growth_yoy", "居民消费价格", "襄阳市"),
        ("1.2%", "growth_yoy", "居民消费价格", "荆州市"),
        ("0.9%", "growth_yoy", "居民消费价格", "黄冈市"),
        ("0.8%", "growth_yoy", "居民消费价格", "孝感市"),
    ]
    shares = "其中,襄阳(1.3%)、荆州(1.2%)占全省比重较高。"
    assert {f.measure for f in _facts(shares, "湖北省", 2024)} == {"share"}


def test_dangyue_in_a_paragraph_of_the_months_since_january_is_the_last_month() -> None:
    text = (
        "今年前8个月全市规模以上工业累计完成产值1875.3亿元,同比增长12.4%。"
        "其中纺织业增势较好,当月完成产值41.2亿元,同比增长9.1%;累计完成产值320.5亿元,同比增长8.8%。\n"
    )
    got = [(f.text_span, f.period) for f in _facts(text)]
    assert got == [
        ("1875.3亿元", "2023-01/2023-08"),
        ("12.4%", "2023-01/2023-08"),
        ("41.2亿元", "2023-08"),
        ("9.1%", "2023-08"),
        ("320.5亿元", "2023-01/2023-08"),
        ("8.8%", "2023-01/2023-08"),
    ]


def test_a_base_month_written_after_a_space_is_no_period() -> None:
    text = "1-9 月,全市规模以上工业增加值同比增长 7.5%。其中, 9月当月同比增长 7.9%,较 8月份上升 0.2个百分点。\n"
    got = [(f.text_span, f.period) for f in _facts(text)]
    assert got[-1] == ("0.2个百分点", "2023-09")


def test_a_sector_written_with_its_industry_takes_the_head_alone() -> None:
    text = "分三大门类看, 1-9月,采矿业工业增加值同比增长 4.2%;分经济类型看,私营企业工业增加值增长 6.6%。\n"
    got = [(f.text_span, f.subject) for f in _facts(text)]
    assert got == [("4.2%", "采矿业增加值"), ("6.6%", "私营企业增加值")]


def test_a_list_of_places_compared_with_are_bases_each_gap_signed() -> None:
    text = "5月,全省CPI同比上涨0.3%,涨幅比陕西、河南分别低0.4、0.2个百分点。\n"
    got = [(f.text_span, f.value, f.subject, f.region) for f in _facts(text, "湖北省", 2024)]
    assert got[1:] == [
        ("0.4", -0.4, "涨幅比陕西", "湖北省"),
        ("0.2个百分点", -0.2, "涨幅比河南", "湖北省"),
    ]


# Round 17 (session 7): key-project reports. Invented sentences of the same shape.


def test_an_annual_investment_completion_rate_names_the_investment_done() -> None:
    text = (
        "1—6月,湖南省500个省重点项目完成投资3120亿元,年度投资完成率61.3%,"
        "超时序进度11.3个百分点。其中,310个续建项目年度投资完成率66.8%。\n"
    )
    got = [(f.text_span, f.subject, f.measure) for f in _facts(text, "湖南省", 2023)]
    assert got[2:5] == [
        ("61.3%", "省重点项目完成投资", "share"),
        ("11.3个百分点", "年度投资完成率", "pp_change"),
        ("310个", "续建项目", "count"),
    ]
    assert got[5] == ("66.8%", "续建项目完成投资", "share")


def test_a_rate_after_an_amount_done_by_nobody_named_keeps_its_words() -> None:
    text = "全县计划投资3亿元,实际完成投资3.2亿元,年度投资完成率106.7%。\n"
    got = [(f.text_span, f.subject) for f in _facts(text, "灵丘县", 2023)]
    assert got[-1] == ("106.7%", "年度投资完成率")


def test_places_inside_a_list_of_examples_are_no_region_of_its_count() -> None:
    text = (
        "长沙至赣州铁路、株洲市物流园区(一期)等12个项目建成投用。"
        "岳阳市临港产业园、某水库等85个产业项目年度投资完成率93.4%。\n"
    )
    got = [(f.text_span, f.subject, f.region) for f in _facts(text, "湖南省", 2023)]
    assert got == [
        ("12个", "建成投用项目", "湖南省"),
        ("85个", "产业项目", "湖南省"),
        ("93.4%", "产业项目完成投资", "湖南省"),
    ]


def test_a_place_that_alone_names_the_examples_stays_their_region() -> None:
    text = "株洲市物流园区等3个项目建成投用。\n"
    got = [(f.text_span, f.subject, f.region) for f in _facts(text, "湖南省", 2023)]
    assert got == [("3个", "建成投用项目", "株洲市")]


def test_a_sector_said_to_do_well_in_the_clause_before_names_the_bare_amount() -> None:
    text = (
        "全市规模以上工业完成产值900亿元。四大产业中生物医药产业增长势头强劲,"
        "当月完成产值12.4亿元,同比增长35.2%。\n"
    )
    got = [(f.text_span, f.subject) for f in _facts(text, "无锡市", 2012)]
    assert got[1:] == [("12.4亿元", "生物医药产业产值"), ("35.2%", "生物医药产业产值")]


def test_all_industry_said_to_grow_names_no_sector() -> None:
    text = "全市工业生产保持平稳增长,产量85万吨。\n"
    got = [(f.text_span, f.subject) for f in _facts(text, "无锡市", 2012)]
    assert got == [("85万吨", "产量")]


def test_a_county_level_city_under_the_province_is_named_by_its_short_form() -> None:
    text = "其中,襄阳(2.1%)、仙桃(1.8%)、潜江(1.7%)同比涨幅靠前。\n"
    got = [(f.text_span, f.region) for f in _facts(text, "湖北省", 2024)]
    assert got == [("2.1%", "襄阳市"), ("1.8%", "仙桃市"), ("1.7%", "潜江市")]


def test_a_part_of_a_group_that_started_and_its_rate_name_the_group() -> None:
    text = "其中,120个计划新开工项目中96个项目开工建设、开工率80%。\n"
    got = [(f.text_span, f.subject, f.measure) for f in _facts(text, "湖南省", 2023)]
    assert got[1:] == [
        ("96个", "开工建设的计划新开工项目", "count"),
        ("80%", "计划新开工项目开工", "share"),
    ]


# Fourth pass (heldout19): a 单位 line that also dates the table, rows marked (现价).
_BORDERED_PRICED = (
    "2024年1- 6 月 单位:万元\n"
    "项 目 | 2024年1- 6 月 | 上年同期 | 同比增长(%) |\n"
    "工业总产值(现价) | 2583411 | 2410077 | 7.2 |\n"
    "#纺织业 | 185320 | 179004 | 3.5 |\n"
)


def test_a_unit_line_after_the_tables_period_gives_the_amounts_unit() -> None:
    facts = extract(_BORDERED_PRICED, region="某区", year=2024)
    amounts = [(f.text_span, f.subject, f.unit, f.value_base) for f in facts if f.unit == "万元"]
    assert amounts[:2] == [
        ("2583411", "工业总产值", "万元", 25834110000.0),
        ("2410077", "工业总产值", "万元", 24100770000.0),
    ]


_STREAM_PRICED = "\n".join(
    [
        "2012年5月份工业增加值",
        "单位:亿元",
        "指 标 名 称 |",
        "本 月 |",
        "本 月 止 累 计 |",
        "本月比上年同月增长(%) |",
        "本期累计 比上年同期 增长(%) |",
        "工业增加值(现价) |",
        "412.35 |",
        "1988.60 |",
        "12.4 |",
        "11.7 |",
        "重工业 |",
        "252.13 |",
        "1217.52 |",
        "13.3 |",
        "12.6 |",
        "",
    ]
)


def test_a_rows_price_basis_is_no_unit_the_unit_line_holds() -> None:
    facts = extract(_STREAM_PRICED, region="某省", year=2012)
    first = [(f.text_span, f.subject, f.measure, f.unit, f.value_base) for f in facts][:2]
    assert first == [
        ("412.35", "工业增加值", "level", "亿元", 41235000000.0),
        ("1988.60", "工业增加值", "level", "亿元", 198860000000.0),
    ]


def test_a_title_line_opening_with_the_month_dates_the_month_and_cumulative_columns() -> None:
    facts = extract(_STREAM_PRICED, region="某省", year=2012)
    assert [(f.text_span, f.period) for f in facts][:4] == [
        ("412.35", "2012-05"),
        ("1988.60", "2012-01/2012-05"),
        ("12.4", "2012-05"),
        ("11.7", "2012-01/2012-05"),
    ]


_STREAM_CITIES = _STREAM_PRICED + "\n".join(
    ["在总计中:柳州市 |", "88.40 |", "402.16 |", "9.5 |", "10.2 |",
     "桂林市 |", "51.07 |", "240.33 |", "14.1 |", "12.9 |", ""]
)  # fmt: skip


def test_region_rows_under_period_columns_are_of_the_first_rows_indicator() -> None:
    facts = extract(_STREAM_CITIES, region="某省", year=2012)
    cities = [(f.text_span, f.subject, f.region, f.period) for f in facts if f.region != "某省"]
    assert cities == [
        ("88.40", "工业增加值", "柳州市", "2012-05"),
        ("402.16", "工业增加值", "柳州市", "2012-01/2012-05"),
        ("9.5", "工业增加值", "柳州市", "2012-05"),
        ("10.2", "工业增加值", "柳州市", "2012-01/2012-05"),
        ("51.07", "工业增加值", "桂林市", "2012-05"),
        ("240.33", "工业增加值", "桂林市", "2012-01/2012-05"),
        ("14.1", "工业增加值", "桂林市", "2012-05"),
        ("12.9", "工业增加值", "桂林市", "2012-01/2012-05"),
    ]


def test_the_same_months_last_year_after_a_dated_column_are_a_year_back() -> None:
    facts = extract(_BORDERED_PRICED, region="某区", year=2024)
    assert [(f.text_span, f.measure, f.period) for f in facts][:3] == [
        ("2583411", "level", "2024-01/2024-06"),
        ("2410077", "level", "2023-01/2023-06"),
        ("7.2", "growth_yoy", "2024-01/2024-06"),
    ]


def test_a_rate_row_under_a_column_of_last_years_months_stays_a_share() -> None:
    text = _BORDERED_PRICED + "工业产销率(%) | 98.6 | 96.3 | — |\n"
    facts = extract(text, region="某区", year=2024)
    rates = [(f.text_span, f.subject, f.measure, f.period) for f in facts if "产销率" in f.subject]
    assert rates == [
        ("98.6", "工业产销率", "share", "2024-01/2024-06"),
        ("96.3", "工业产销率", "share", "2023-01/2023-06"),
    ]


def test_sectors_after_a_marked_row_under_a_rate_are_its_parts() -> None:
    text = (
        _BORDERED_PRICED
        + "工业产销率(%) | 98.6 | 96.3 | — |\n#纺织业 | 97.2 | 95.5 | — |\n医药制造业 | 101.4 | 99.0 | — |\n"
    )
    facts = extract(text, region="某区", year=2024)
    rates = [(f.text_span, f.subject, f.measure) for f in facts if "产销率" in f.subject]
    assert rates == [
        ("98.6", "工业产销率", "share"),
        ("96.3", "工业产销率", "share"),
        ("97.2", "纺织业工业产销率", "share"),
        ("95.5", "纺织业工业产销率", "share"),
        ("101.4", "医药制造业工业产销率", "share"),
        ("99.0", "医药制造业工业产销率", "share"),
    ]
