"""The annotation conventions settled on 2026-12-05 (docs/textfacts.md, "Conventions the
guideline leaves open"), on short sentences of our own (not the texts of any set).

1. completion, 开工 and 签约 rates are shares of their target or plan; 2. ranks have unit null;
4. holidays take the month of their first day; 5. a release's own date is not the data's
period; 6. indices in percent are levels; 7. a bracketed growth after a growth keeps
growth_yoy, signed as written, with the period it is compared with.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.evaluate import same_period
from citystat.textfacts.periods import holiday_month


def _facts(text: str, year: int = 2023) -> list[Fact]:
    return extract(text, region="晋中市", year=year)


def test_completion_start_and_signing_rates_are_shares_of_the_plan() -> None:
    text = (
        "全市重点项目完成投资86.4亿元,投资完成率103.5%。新建项目开工率为78.2%,"
        "招商项目签约率达到64.0%;开工率比上年提高3.5个百分点。"
    )
    rows = [(f.text_span, f.measure, f.denominator) for f in _facts(text)]
    assert rows == [
        ("86.4亿元", "level", None),
        ("103.5%", "share", "年度计划"),
        ("78.2%", "share", "计划开工项目"),
        ("64.0%", "share", "计划签约项目"),
        ("3.5个百分点", "pp_change", None),
    ]


def test_a_list_of_completion_rates_gives_shares() -> None:
    text = "1-9月,各县一般公共预算收入完成率分别为:榆次区96.1%、太谷区88.7%。"
    assert [(f.text_span, f.region, f.measure) for f in _facts(text)] == [
        ("96.1%", "榆次区", "share"),
        ("88.7%", "太谷区", "share"),
    ]


def test_a_rate_of_completion_that_is_no_plan_stays_a_level() -> None:
    text = "全市重点项目竣工率为42.5%。"
    assert [(f.text_span, f.measure) for f in _facts(text)] == [("42.5%", "level")]


def test_ranks_have_no_unit_and_rank_as_base_unit() -> None:
    text = "全市地区生产总值增速居全省第4位,固定资产投资增速排名第一,社会消费品零售总额居全省首位。"
    rows = [
        (f.text_span, f.measure, f.value, f.unit, f.value_base, f.base_unit) for f in _facts(text)
    ]
    assert rows == [
        ("第4位", "rank", 4.0, None, 4.0, "rank"),
        ("第一", "rank", 1.0, None, 1.0, "rank"),
        ("首位", "rank", 1.0, None, 1.0, "rank"),
    ]


def test_holidays_take_the_month_of_their_first_day() -> None:
    text = (
        "端午小长假期间,全市接待游客125.3万人次,实现旅游收入9.8亿元。假日期间,民航进出航班356架次。"
    )
    rows = [(f.text_span, f.period) for f in _facts(text, 2025)]
    assert rows == [("125.3万人次", "2025-05"), ("9.8亿元", "2025-05"), ("356架次", "2025-05")]
    text = "2024年“五一”假期,全市重点景区接待游客88.6万人次,同比增长12.4%。"
    assert [f.period for f in _facts(text, 2024)] == ["2024-05", "2024-05"]


def test_holiday_months_follow_the_calendar() -> None:
    assert [holiday_month("春节", y) for y in (2020, 2021, 2022, 2023, 2024, 2025)] == [
        1,
        2,
        1,
        1,
        2,
        1,
    ]
    assert (holiday_month("端午", 2024), holiday_month("中秋", 2024)) == (6, 9)
    assert (holiday_month("国庆", 2023, "中秋"), holiday_month("国庆", 2024)) == (9, 10)


def test_words_of_a_holiday_without_its_time_are_no_period() -> None:
    text = "春节前后,全市猪肉价格保持稳定。全市全年接待游客3200万人次。"
    assert [(f.text_span, f.period) for f in _facts(text)] == [("3200万人次", "2023")]


def test_a_one_month_span_is_that_month_when_scored() -> None:
    assert same_period("2021-04/2021-04", "2021-04")
    assert not same_period("2021-04/2021-05", "2021-04")


def test_the_release_date_is_not_the_period_of_its_figures() -> None:
    text = "10月18日,记者从市统计局获悉,前三季度,全市地区生产总值1350.2亿元,同比增长5.1%;9月份,规模以上工业增加值同比增长4.2%。"
    assert [(f.text_span, f.period) for f in _facts(text)] == [
        ("1350.2亿元", "2023-01/2023-09"),
        ("5.1%", "2023-01/2023-09"),
        ("4.2%", "2023-09"),
    ]


def test_a_year_compared_with_in_the_opening_line_is_not_the_texts_year() -> None:
    text = "据统计,甲省今年油料总产量312万吨,比2022年增加8万吨。去年,甲省油料总产304万吨。"
    assert [(f.text_span, f.period) for f in _facts(text, 2023)] == [
        ("312万吨", "2023"),
        ("8万吨", "2023"),
        ("304万吨", "2022"),
    ]


def test_indices_in_percent_are_levels() -> None:
    text = "11月份,大、中、小型企业PMI分别为50.2%、49.1%和47.6%;非制造业商务活动指数为51.3%。"
    assert [(f.text_span, f.measure, f.unit) for f in _facts(text)] == [
        ("50.2%", "level", "%"),
        ("49.1%", "level", "%"),
        ("47.6%", "level", "%"),
        ("51.3%", "level", "%"),
    ]


def test_a_bracketed_growth_after_a_growth_keeps_its_measure_and_sign() -> None:
    text = (
        "1-8月,全市规模以上工业增加值同比增长1.6%,增速由负转正,较1-7月(-0.4%)提高2.0个百分点。"
        "1-8月,全市一般公共预算收入同比下降6.2%,低于全省(−1.5%)4.7个百分点。"
        "8月当月,全市固定资产投资同比增长2.1%,增速较7月(3.3%)回落1.2个百分点。"
    )
    rows = [(f.text_span, f.region, f.period, f.measure, f.value) for f in _facts(text)]
    assert rows[1] == ("-0.4%", "晋中市", "2023-01/2023-07", "growth_yoy", -0.4)
    assert rows[4][2:] == ("2023-01/2023-08", "growth_yoy", -1.5)
    assert rows[4][1] == "山西省"
    assert rows[7] == ("3.3%", "晋中市", "2023-07", "growth_yoy", 3.3)
