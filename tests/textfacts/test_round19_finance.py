"""Round 19, second pass (session 9): financial releases.

Sentences of our own, of the shape of a central bank's yearly loan report and of a branch's
quarterly release: increases of loans named by long subjects, the growth of a balance and
its change said by a plain move (比上年末高), a balance named only as 月末余额 after the
increase of a kind of loans, footnotes typeset inside a sentence, the change of a balance's
growth at the month end, and last year's increase (去年同期为增加).
"""

from __future__ import annotations

from citystat.textfacts.normalise import inserted_notes
from citystat.textfacts.subjects import clean

from .rows import fact_rows


def _rows(text: str, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="某某省", year=2019)


def test_a_plain_move_after_a_growth_is_the_growths_change() -> None:
    text = (
        "12月末,全部金融机构本外币住户贷款余额31.25万亿元,同比增长11.7%,比上年末高0.7个百分点;"
        "全年累计增加3.12万亿元,同比多增1180亿元。"
    )
    assert _rows(text, "measure", "subject", "value") == [
        ("31.25万亿元", "level", "全部金融机构本外币住户贷款余额", 31.25),
        ("11.7%", "growth_yoy", "全部金融机构本外币住户贷款余额", 11.7),
        ("0.7个百分点", "pp_change", "全部金融机构本外币住户贷款余额增速", 0.7),
        # the increase after the growth's change is the balance's, not the growth's
        ("3.12万亿元", "abs_change", "全部金融机构本外币住户贷款余额", 3.12),
        ("1180亿元", "abs_change", "全部金融机构本外币住户贷款增量", 1180.0),
    ]


def test_long_named_loans_and_bill_financing_increased_are_changes() -> None:
    text = (
        "全年全部金融机构本外币住户中长期贷款增加 1.36万亿元,同比少增1.2万亿元;"
        "短期贷款及票据融资增加2.05万亿元,同比多增1.40万亿元。"
    )
    assert _rows(text, "measure", "subject", "value") == [
        ("1.36万亿元", "abs_change", "全部金融机构本外币住户中长期贷款余额", 1.36),
        ("1.2万亿元", "abs_change", "全部金融机构本外币住户中长期贷款增量", -1.2),
        ("2.05万亿元", "abs_change", "短期贷款及票据融资余额", 2.05),
        ("1.40万亿元", "abs_change", "短期贷款及票据融资增量", 1.4),
    ]


def test_medium_and_long_term_is_no_scope() -> None:
    assert clean("轻工业中长期贷款") == "轻工业中长期贷款"
    assert clean("住户中长期贷款") == "住户中长期贷款"
    assert clean("规模以上工业中高技术制造业增加值") == "高技术制造业增加值"


def test_a_month_end_balance_is_the_balance_of_the_increase_before() -> None:
    text = (
        "其中,纺织业中长期贷款累计增加236亿元,同比少增1520亿元,月末余额同比增长2.4%,"
        "比上年末回落12.6个百分点;化工中长期贷款累计增加3017亿元,同比少增105亿元,"
        "月末余额同比增长8.8%,比上年末回落2.4个百分点。"
    )
    assert _rows(text, "measure", "subject", "value") == [
        ("236亿元", "abs_change", "纺织业中长期贷款余额", 236.0),
        ("1520亿元", "abs_change", "纺织业中长期贷款增量", -1520.0),
        ("2.4%", "growth_yoy", "纺织业中长期贷款余额", 2.4),
        ("12.6个百分点", "pp_change", "纺织业中长期贷款余额增速", -12.6),
        ("3017亿元", "abs_change", "化工中长期贷款余额", 3017.0),
        ("105亿元", "abs_change", "化工中长期贷款增量", -105.0),
        ("8.8%", "growth_yoy", "化工中长期贷款余额", 8.8),
        ("2.4个百分点", "pp_change", "化工中长期贷款余额增速", -2.4),
    ]


def test_footnotes_inside_a_sentence_are_read_around() -> None:
    text = (
        "12月末,甲类金融机构①本外币工业中长期贷款余额5.12万亿元,"
        "①甲类金融机构指乙类银行(不含丙类银行),全文同。\n"
        "②丁类机构包括戊类银行。\n"
        "同比增长8.4%,比上年末回落6.2个百分点;全年累计增加4163亿元,同比少增2715亿元。"
    )
    rows = _rows(text, "measure", "subject", "value", "char_start")
    subject = "甲类金融机构本外币工业中长期贷款"
    assert rows == [
        ("5.12万亿元", "level", subject + "余额", 5.12, text.index("5.12")),
        ("8.4%", "growth_yoy", subject + "余额", 8.4, text.index("8.4%")),
        ("6.2个百分点", "pp_change", subject + "余额增速", -6.2, text.index("6.2个")),
        ("4163亿元", "abs_change", subject + "余额", 4163.0, text.index("4163")),
        ("2715亿元", "abs_change", subject + "增量", -2715.0, text.index("2715")),
    ]


def test_a_numbered_list_is_no_footnote() -> None:
    assert inserted_notes("主要有:①工业增长5%;②投资增长3%。") == []
    assert inserted_notes("甲指标增长4%,①为初步数。\n乙指标增长2%。") == []


def test_a_change_of_a_balances_growth_is_at_the_month_end() -> None:
    text = (
        "今年上半年,甲市本外币各项贷款余额3210.5亿元,同比增长15.2%,创近3年季度增速新高,"
        "环比、同比分别提高2.6个百分点、8.1个百分点。上半年新增信贷投放352.17亿元。"
    )
    assert _rows(text, "measure", "subject", "period") == [
        ("3210.5亿元", "level", "甲市本外币各项贷款余额", "2019-06"),
        ("15.2%", "growth_yoy", "甲市本外币各项贷款余额", "2019-06"),
        ("2.6个百分点", "pp_change", "甲市本外币各项贷款余额增速", "2019-06"),
        ("8.1个百分点", "pp_change", "甲市本外币各项贷款余额增速", "2019-06"),
        # the flow statistic itself (convention 31) keeps the span
        ("352.17亿元", "level", "新增信贷投放", "2019-01/2019-06"),
    ]


def test_last_years_increase_is_the_same_span_a_year_before() -> None:
    text = (
        "3月末,甲省非金融企业存款余额9876.5亿元,比年初减少812.3亿元,去年同期为增加21.4亿元;"
        "票据融资余额512.3亿元,比年初增加88.1亿元,去年同期为减少12.6亿元。"
    )
    assert _rows(text, "measure", "period", "value") == [
        ("9876.5亿元", "level", "2019-03", 9876.5),
        ("812.3亿元", "abs_change", "2019-01/2019-03", -812.3),
        ("21.4亿元", "abs_change", "2018-01/2018-03", 21.4),
        ("512.3亿元", "level", "2019-03", 512.3),
        ("88.1亿元", "abs_change", "2019-01/2019-03", 88.1),
        ("12.6亿元", "abs_change", "2018-01/2018-03", -12.6),
    ]
