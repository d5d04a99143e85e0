"""Traditional reposts with bracketed pinyin, and simplified text left as it is.

In-house sentences of the shape the issue names; unit tests only.
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.normalise import is_traditional, pinyin_artefacts, reading_text

REPOST = (
    "某縣統(tǒng)計(jì)局消息,1-6月份,全縣地區(qū)生產(chǎn)總值完成38.6億元,"
    "同比增長(zhǎng)5.2%;規(guī)上原煤產(chǎn)量812.5萬(wàn)噸。"
)


def test_pinyin_is_dropped_and_offsets_point_into_the_repost() -> None:
    facts = extract(REPOST, region="平遥县", year=2023)
    assert [(f.text_span, f.subject, f.period, f.value_base) for f in facts] == [
        ("38.6億元", "地区生产总值", "2023-01/2023-06", 3860000000.0),
        ("5.2%", "地区生产总值", "2023-01/2023-06", 5.2),
        ("812.5萬(wàn)噸", "规上原煤产量", "2023-01/2023-06", 8125000.0),
    ]
    for fact in facts:
        assert REPOST[fact.char_start : fact.char_end] == fact.text_span


def test_units_with_pinyin_inside_are_read() -> None:
    text = "全國PM2.5平均濃度(du)為30微(wei)(wei)克(ke)/立(li)方(fang)米,同比下(xia)降2.1%。"
    facts = extract(text, region="全国", year=2023)
    assert [(f.text_span, f.unit, f.base_unit, f.value_base) for f in facts] == [
        ("30微(wei)(wei)克(ke)/立(li)方(fang)米", "微克/立方米", "μg/m3", 30.0),
        ("2.1%", "%", "percent", -2.1),
    ]


def test_brackets_that_are_not_pinyin_stay() -> None:
    assert pinyin_artefacts("细颗粒物(PM2.5)浓度,面积(km)与产值(GDP)") == []
    assert pinyin_artefacts("一次(ha)而已") == []  # one bracket, no tone mark: not a habit


def test_simplified_text_is_not_converted() -> None:
    text = "全县成效显著,著力推进,地区生产总值增长5.1%。"
    assert not is_traditional(text)
    assert reading_text(text) == (text, None)
