"""Round 24 (session 14): a text about the whole country, read without a region given.

Found on unseen texts of many genres: a national release reposted by the press opens with
a dateline (``某某网北京…电``) whose city was taken for the document's region, and a
national bulletin whose title says 中国 or 全国 gave its figures no region at all. The
document's own region is now 全国 when its title says so, or when it speaks of the country
(全国, 我国, a national agency) more than of any place; a dateline's city never counts.
A part's share of the country keeps the country as its whole. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _regions(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "region", region=None, year=2023)


def test_a_dateline_city_is_not_the_region_of_a_national_release() -> None:
    text = (
        "某某网北京3月2日电 国家统计局今天发布数据。"
        "全年国内旅游人数31.2亿人次,增长12.4%;国内旅游收入2.8万亿元。"
    )
    assert _regions(text) == [("31.2亿人次", "全国"), ("12.4%", "全国"), ("2.8万亿元", "全国")]


def test_a_title_naming_the_country() -> None:
    text = "2019年中国水资源公报\n全年平均降水量651.3毫米,比上年增加4.2%。"
    assert _regions(text) == [("651.3毫米", "全国"), ("4.2%", "全国")]


def test_a_national_agency_releasing_figures() -> None:
    text = "6月18日,国家能源局发布5月份全社会用电量。5月份,全社会用电量6630亿千瓦时,同比增长4.2%。"
    assert _regions(text) == [("6630亿千瓦时", "全国"), ("4.2%", "全国")]


def test_a_province_comparing_itself_with_the_country_stays_the_province() -> None:
    text = (
        "河南省2023年经济运行情况\n全省地区生产总值增长4.1%,比全国低1.1个百分点。全省…居全国第5位。"
    )
    assert [row[1] for row in _regions(text)] == ["河南省", "河南省", "河南省"]


def test_a_parts_share_of_the_country_keeps_the_country_as_its_whole() -> None:
    text = "2016年全国农村低保统计报告\n东部地区农村低保人数380万人,占全国农村低保人数的9.6%。"
    assert fact_rows(text, "region", "subject", region=None, year=2016) == [
        ("380万人", "东部地区", "农村低保人数"),
        ("9.6%", "东部地区", "农村低保人数占全国的比重"),
    ]


def test_the_sample_of_a_survey_is_no_figure() -> None:
    text = "根据对全国20个省份3.5万户城镇居民家庭的抽样调查,全国城镇居民人均消费支出为2.1万元。"
    assert fact_rows(text, "subject", region=None, year=2016) == [
        ("2.1万元", "城镇居民人均消费支出")
    ]


def test_the_head_of_the_country_and_a_thousandth_in_words() -> None:
    text = "全省研发经费投入1536.2亿元,居全国之首;网络零售额占全国的千分之五。太行之首,风光秀美。"
    assert fact_rows(text, "measure", "value", region="广东省", year=2019) == [
        ("1536.2亿元", "level", 1536.2),
        ("之首", "rank", 1.0),
        ("千分之五", "share", 0.5),
    ]


def test_named_groups_of_the_country_and_the_people_of_places() -> None:
    text = (
        "2016年全国农村低保统计报告\n中国东部地区农村低保人数为380万人。民族八省区农村低保人数760万人。"
        "来访游客5100万人次,其中香港、澳门和台湾同胞215万人次。"
    )
    assert fact_rows(text, "region", region=None, year=2016) == [
        ("380万人", "东部地区"),
        ("760万人", "民族八省区"),
        ("5100万人次", "全国"),
        ("215万人次", "全国"),
    ]
