"""Error classes of the second held-out set of real texts (new genres), built for once
it was spent (issue 13, round 4).

Each test uses an invented sentence of the same shape as the real one (invented figures,
other places); the real texts are kept outside the repository.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str | None = "湖北省", year: int = 2024) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(text: str, *fields: str, region: str | None = "湖北省") -> list[tuple[object, ...]]:
    return [
        tuple(getattr(f, name) for name in ("text_span", *fields))
        for f in _facts(text, region=region)
    ]


# Periods


def test_a_span_of_days_is_the_period_of_its_month() -> None:
    text = "5月1日-5日,全省接待游客2100万人次,同比增长8.2%。"
    assert _rows(text, "subject", "period") == [
        ("2100万人次", "接待游客", "2024-05/2024-05"),
        ("8.2%", "接待游客", "2024-05/2024-05"),
    ]


# Subjects: notes in brackets, enumerations, the way of trade, partners


def test_a_note_in_brackets_is_not_the_subject() -> None:
    text = "全省货物进出口总值4120.5亿元,比上年同期(下同)增长9.6%。"
    assert _rows(text, "subject", "measure") == [
        ("4120.5亿元", "货物进出口总值", "level"),
        ("9.6%", "货物进出口总值", "growth_yoy"),
    ]


def test_an_enumerated_point_names_the_way_of_trade_without_the_region() -> None:
    text = "二是湖北以一般贸易方式进出口2850.3亿元,增长12.1%。"
    assert _rows(text, "subject", "region") == [
        ("2850.3亿元", "一般贸易进出口", "湖北省"),
        ("12.1%", "一般贸易进出口", "湖北省"),
    ]


def test_a_trade_partner_after_dui_is_not_the_region() -> None:
    text = "对我国香港地区进出口210.4亿元,增长5.5%。"
    assert _rows(text, "subject", "region") == [
        ("210.4亿元", "香港地区进出口", "湖北省"),
        ("5.5%", "香港地区进出口", "湖北省"),
    ]


# Shares: the whole is the region's own total, or the scope of the sentence


def test_a_share_of_the_regions_own_total_drops_the_region_and_same_period() -> None:
    text = "湖北省私营企业进出口3100.2亿元,占同期湖北省外贸进出口总值的52.3%。"
    assert _rows(text, "subject", "measure")[1] == (
        "52.3%",
        "私营企业进出口占外贸进出口总值的比重",
        "share",
    )


def test_a_share_naming_no_whole_takes_the_whole_of_the_share_before() -> None:
    text = (
        "私营企业进出口3100.2亿元,占同期湖北省外贸进出口总值的52.3%。"
        "国有企业进出口1200.6亿元,增长4.1%,占20.2%。"
    )
    assert _rows(text, "subject")[-1] == ("20.2%", "国有企业进出口占外贸进出口总值的比重")


def test_a_share_naming_no_whole_takes_the_scope_of_its_sentence() -> None:
    text = "年末全省常住人口中,城镇人口为3700.12万人,占63.88%。"
    assert _rows(text, "subject") == [
        ("3700.12万人", "城镇人口"),
        ("63.88%", "城镇人口占常住人口的比重"),
    ]
