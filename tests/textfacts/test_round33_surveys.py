"""Round 33 (session 23), from the spent judges 104–109 (feed, pesticide and fertiliser
releases; graduates, minimum wages and civil-service exams; satisfaction, congestion and
time-use surveys; responsibility reports, inspections and river chiefs). Sentences are our
own."""

from __future__ import annotations

from .rows import fact_rows


def test_indicators_over_the_same_sub_columns() -> None:
    # 行业类别: a label column; 资产总计 / 利润总额 each over 1~6月累计(亿元) | 同比(%), the
    # growth cells signed (+7.1)
    text = (
        "表1 2031年上半年甲行业经济指标\n"
        "| 行业类别 | 企业数(个) | 资产总计 | 利润总额 | |||\n"
        "| 1~6月累计(亿元) | 同比(%) | 1~6月累计(亿元) | 同比(%) | ||\n"
        "| 甲制造业 | 316 | 1,204.50 | +7.1 | 88.20 | -2.5 | \n"
        "| 乙制造 | 208 | 902.10 | +5.9 | 60.05 | +4.4 | \n"
    )
    assert fact_rows(text, "measure", "value_base", "subject", region="全国", year=2031) == [
        ("316", "count", 316.0, "甲制造业企业数"),
        ("1,204.50", "level", 120450000000.0, "甲制造业资产"),
        ("+7.1", "growth_yoy", 7.1, "甲制造业资产"),
        ("88.20", "level", 8820000000.0, "甲制造业利润总额"),
        ("-2.5", "growth_yoy", -2.5, "甲制造业利润总额"),
        ("208", "count", 208.0, "乙制造企业数"),
        ("902.10", "level", 90210000000.0, "乙制造资产"),
        ("+5.9", "growth_yoy", 5.9, "乙制造资产"),
        ("60.05", "level", 6005000000.0, "乙制造利润总额"),
        ("+4.4", "growth_yoy", 4.4, "乙制造利润总额"),
    ]


def test_a_record_years_figure_is_a_base_not_the_period() -> None:
    text = "2031年,甲饲料产量820.5万吨,达到2028年历史最高产量的91%;乙饲料产量301.9万吨。"
    assert fact_rows(text, "period", region="全国", year=2031) == [
        ("820.5万吨", "2031"),
        ("91%", "2031"),
        ("301.9万吨", "2031"),
    ]
