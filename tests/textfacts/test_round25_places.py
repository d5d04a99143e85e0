"""Round 25 (session 15): places of a paragraph and zones named after a district.

A paragraph that opens with words saying where its figures come from (``普查结果显示,``)
and then a place is that place's; a development zone named after the district a text is
about (``万山区`` → ``万山高新区``) is the region of its own figures (convention 23), as a
zone named after a city is. Sentences and figures are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def test_a_paragraph_opening_on_its_source_then_a_place_is_that_places() -> None:
    text = (
        "五省林地调查结果\n"
        "调查结果显示,河北省林地面积612万公顷,森林覆盖率26.8%。林木蓄积1.5亿立方米。\n"
        "河南省林地面积420万公顷。"
    )
    rows = fact_rows(text, "region", region="全国", year=2018)
    assert rows == [
        ("612万公顷", "河北省"),
        ("26.8%", "河北省"),
        ("1.5亿立方米", "河北省"),
        ("420万公顷", "河南省"),
    ]


def test_a_zone_named_after_the_texts_district_is_its_own_region() -> None:
    text = "万山区2022年招商情况\n全区签约项目63个;万山高新区签约项目27个,签约资金14.2亿元。"
    rows = fact_rows(text, "subject", "region", region="520603", year=2022)
    assert rows == [
        ("63个", "签约项目", "万山区"),
        ("27个", "签约项目", "万山高新区"),
        ("14.2亿元", "签约资金", "万山高新区"),
    ]
