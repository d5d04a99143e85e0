"""Round 23 (session 13, on the spent pool14): two ways a text's own year or span was lost.

A text without line breaks has no title line: a year in its body (``比…最好的2004年高``) is not
what its 今年 means. A release's body that compares its growths with the span one month shorter
(``增速与1-8月份持平``, ``比1-8月份加快``) reports the span one month longer. Sentences are our
own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def test_a_year_in_the_body_of_a_text_without_line_breaks_is_no_title() -> None:
    text = "今年全省玉米产量预计410亿斤,比去年增加12亿斤。全省保苗率为96.1%,比最好的2008年高0.2个百分点。"
    assert [row[1] for row in fact_rows(text, "period", region="吉林省", year=2009)] == ["2009"] * 4


def test_growths_compared_with_the_span_a_month_shorter_date_the_release() -> None:
    text = (
        "分地区看,东部地区投资8620亿元,同比增长6.2%,增速与1-5月份持平;"
        "中部地区5310亿元,增长4.9%,增速比1-5月份加快0.3个百分点。"
    )
    periods = [row[1] for row in fact_rows(text, "period", region="全国", year=2018)]
    assert set(periods) == {"2018-01/2018-06"}


def test_a_release_that_names_another_month_keeps_its_own_reading() -> None:
    text = "6月份投资增长3.1%,增速与1-5月份持平;消费增长4.0%,增速比1-5月份加快0.2个百分点。"
    periods = [row[1] for row in fact_rows(text, "period", region="全国", year=2018)]
    assert "2018-01/2018-06" not in periods
