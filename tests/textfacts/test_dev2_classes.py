"""Error classes found on a second development set of real texts (issue 13, round 2).

Each test uses an invented sentence (or table) of the same shape as the real one; the
real texts are kept outside the repository (see docs/textfacts.md).
"""

from __future__ import annotations

import time

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str = "忻州市", year: int = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(
    text: str, *fields: str, region: str = "忻州市", year: int = 2023
) -> list[tuple[object, ...]]:
    return [
        tuple(getattr(f, name) for name in ("text_span", *fields))
        for f in _facts(text, region=region, year=year)
    ]


# Speed: a text pasted without any sentence end reads in linear time


def test_a_run_on_text_reads_in_linear_time() -> None:
    clause = "甲县生产总值增长5.1%,投资完成12.5亿元,"
    small, large = clause * 400, clause * 1600
    timings = []
    for text in (small, large):
        started = time.process_time()
        facts = _facts(text)
        timings.append(time.process_time() - started)
        assert len(facts) == text.count("%") + text.count("亿元")
    # four times the text in at most about eight times the time (quadratic was sixteen)
    assert timings[1] < 8 * max(timings[0], 0.02)


def test_cut_run_ons_keep_offsets_and_spans() -> None:
    text = "全市投资增长3.5%," * 60 + "社零总额完成88.8亿元"
    facts = _facts(text)
    assert len(facts) == 61
    assert facts[-1].text_span == "88.8亿元"
    assert text[facts[-1].char_start : facts[-1].char_end] == "88.8亿元"


# Flattened tables: unbracketed period columns (本月, 1-本月) and a unit in the row label


def test_a_month_table_with_period_columns_and_the_unit_in_the_label() -> None:
    text = (
        "2023年6月全市消费品零售额\n"
        "指标 本月 比去年同月增长(%) 1-本月 比去年同期增长(%)\n"
        "消费品零售额(亿元) 120.50 3.1 700.25 -2.4\n"
        "# 餐饮收入 10.20 -1.5 60.75 4.4\n"
    )
    assert _rows(text, "subject", "measure", "unit", "period", "value_base") == [
        ("120.50", "消费品零售额", "level", "亿元", "2023-06", 12050000000.0),
        ("3.1", "消费品零售额", "growth_yoy", "%", "2023-06", 3.1),
        ("700.25", "消费品零售额", "level", "亿元", "2023-01/2023-06", 70025000000.0),
        ("-2.4", "消费品零售额", "growth_yoy", "%", "2023-01/2023-06", -2.4),
        ("10.20", "餐饮收入", "level", "亿元", "2023-06", 1020000000.0),
        ("-1.5", "餐饮收入", "growth_yoy", "%", "2023-06", -1.5),
        ("60.75", "餐饮收入", "level", "亿元", "2023-01/2023-06", 6075000000.0),
        ("4.4", "餐饮收入", "growth_yoy", "%", "2023-01/2023-06", 4.4),
    ]
