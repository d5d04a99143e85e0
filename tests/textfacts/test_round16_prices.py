"""Round 16 of #13 (session 7): price releases and a place's pull on the country.

Each rule on short sentences of our own, of the shapes the development set dev17 showed
(its CPI, PPI and energy releases; not the texts themselves). What each rule changed on
dev17 and on ``real`` is in docs/textfacts.md, *Round 16: price releases*.
"""

from __future__ import annotations

import pytest

from citystat.textfacts import evaluate, extract
from citystat.textfacts.schema import Fact
from citystat.textfacts.subjects import normalise_subject

from .rows import fact_rows


def _read(text: str, region: str = "吉林省") -> list[tuple[object, ...]]:
    return fact_rows(text, "measure", "subject", "region", region=region, year=2023)


def test_a_rank_after_a_clause_that_opens_with_the_rate_ranks_the_rate() -> None:
    text = "5月份,吉林居民消费价格(CPI)同比上涨0.8%,涨幅比上月回落0.2个百分点。"
    assert _read(text)[0] == ("0.8%", "growth_yoy", "居民消费价格(CPI)", "吉林省")
    text = "5月份,吉林居民消费价格(CPI)同比上涨0.8%,涨幅与全国持平,居全国第9位。"
    assert _read(text) == [
        ("0.8%", "growth_yoy", "居民消费价格(CPI)", "吉林省"),
        ("第9位", "rank", "居民消费价格涨幅", "吉林省"),
    ]


def test_a_rank_after_its_growth_alone_still_ranks_the_amount() -> None:
    # (convention 19 is split here; the rule above needs the rate word said)
    assert _read("全省粮食产量增长2.1%,居全国第6位。")[1] == ("第6位", "rank", "粮食产量", "吉林省")


def test_the_general_price_level_named_once_in_full_names_its_bare_mentions() -> None:
    text = (
        "与上年同月比,全省居民消费价格总水平上涨1.2%。与上月比,价格总水平下降0.3%。"
        "其中,城市下降0.4%,农村下降0.1%。从环比看,食品价格下降1.5%,影响价格总水平下降约0.28个百分点。"
    )
    assert [(span, subject) for span, _, subject, _ in _read(text)] == [
        ("1.2%", "居民消费价格总水平"),
        ("0.3%", "居民消费价格总水平"),
        ("0.4%", "城市居民消费价格总水平"),
        ("0.1%", "农村居民消费价格总水平"),
        ("1.5%", "食品价格"),
        ("0.28个百分点", "食品价格影响价格总水平"),
    ]


def test_a_price_said_to_move_names_the_rate_in_the_next_clause() -> None:
    text = (
        "从环比看,食品价格下降1.5%,影响价格总水平下降约0.28个百分点。食品中,受气温偏高影响,"
        "鲜果价格有明显回落,环比下降7.6%,影响价格总水平下降约0.15个百分点。"
    )
    assert [(span, subject) for span, _, subject, _ in _read(text)][2:] == [
        ("7.6%", "鲜果价格"),
        ("0.15个百分点", "鲜果价格影响价格总水平"),
    ]


def test_a_provinces_pull_on_the_countrys_growth_is_the_countrys_figure() -> None:
    text = "全区发电量同比增长6.4%,增速高于全国2.1个百分点,拉动全国发电量增长0.5个百分点。"
    assert _read(text, "内蒙古自治区") == [
        ("6.4%", "growth_yoy", "发电量", "内蒙古自治区"),
        ("2.1个百分点", "pp_change", "发电量增速", "内蒙古自治区"),
        ("0.5个百分点", "pp_change", "内蒙古拉动全国发电量增长", "全国"),
    ]


def test_a_pull_on_the_place_itself_stays_the_places() -> None:
    text = "全市规上工业增加值增长7.1%,其中制造业增长9.0%,拉动全市规上工业增长5.2个百分点。"
    assert _read(text, "长春市")[-1] == (
        "5.2个百分点",
        "pp_change",
        "制造业拉动规上工业增长",
        "长春市",
    )


@pytest.mark.parametrize(
    ("written", "compared"),
    [
        ("居民消费价格(CPI)", "居民消费价格"),
        ("上月CPI", "上月居民消费价格"),
        ("PPI", "工业生产者出厂价格"),
        ("地区生产总值(GDP)", "地区生产总值"),
    ],
)
def test_price_indices_are_compared_by_their_names(written: str, compared: str) -> None:
    assert normalise_subject(written) == compared


def test_the_scorer_takes_an_abbreviation_for_its_name() -> None:
    def fact(subject: str) -> Fact:
        return Fact(
            id="x-1", text_span="1.8%", char_start=4, char_end=8, subject=subject,
            region="山东省", period="2014-12", measure="growth_yoy", value=1.8, unit="%",
            value_base=1.8, base_unit="percent",
        )  # fmt: skip

    scores = evaluate([fact("上月CPI")], [fact("居民消费价格")])
    assert (scores.true_positives, scores.fully_correct) == (1, 1)


def test_the_change_of_a_month_on_month_rate_is_named_so() -> None:
    text = "8月份,吉林居民消费价格环比下降0.4%,降幅比全国平均水平高0.2个百分点。"
    assert _read(text)[1] == ("0.2个百分点", "pp_change", "居民消费价格环比降幅", "吉林省")
    text = "与上月比,全省居民消费价格总水平上涨0.5%,涨幅扩大0.1个百分点。"
    assert _read(text)[1] == ("0.1个百分点", "pp_change", "居民消费价格环比涨幅", "吉林省")
    text = "与上年同月比,全省居民消费价格总水平上涨0.5%,涨幅扩大0.1个百分点。"
    assert _read(text)[1] == ("0.1个百分点", "pp_change", "居民消费价格总水平涨幅", "吉林省")


def test_a_rate_that_turned_keeps_the_month_before_and_the_index() -> None:
    text = (
        "3月吉林居民消费价格由降转涨\n"
        "3月,吉林居民消费价格同比由上月下降0.2%转为上涨0.6%;环比由上月上涨0.3%转为下降0.1%。"
    )
    facts = extract(text, region="吉林省", year=2024)
    assert [(f.text_span, f.subject, f.period) for f in facts] == [
        ("0.2%", "居民消费价格", "2024-02"),
        ("0.6%", "居民消费价格", "2024-03"),
        ("0.3%", "居民消费价格", "2024-02"),
        ("0.1%", "居民消费价格", "2024-03"),
    ]


def test_a_cumulative_aside_in_a_months_release_holds_for_its_sentence() -> None:
    text = (
        "3月吉林居民消费价格同比上涨0.6%\n"
        "3月,吉林居民消费价格同比上涨0.6%。1-3月,吉林居民消费价格比上年同期累计上涨0.2%。\n"
        "从同比看,食品价格下降2.4%,非食品价格上涨1.1%。"
    )
    facts = extract(text, region="吉林省", year=2024)
    assert [(f.text_span, f.period) for f in facts] == [
        ("0.6%", "2024-03"),
        ("0.6%", "2024-03"),
        ("0.2%", "2024-01/2024-03"),
        ("2.4%", "2024-03"),
        ("1.1%", "2024-03"),
    ]
