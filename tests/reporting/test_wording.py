"""Sentence pieces: the wording follows the situation, and every piece is traced."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citystat.reporting import wording as w
from citystat.reporting.inputs import FigureRow, IndicatorInfo
from tests.reporting.fixtures import bundle, ind, row

VA = ind("ind_va", "规模以上工业增加值")


@pytest.mark.parametrize(
    ("growth", "text"),
    [
        (6.54, "增长6.5%"),
        (-0.6, "下降0.6%"),
        (0.04, "持平"),
        (120.0, "增长1.2倍"),
        (99.96, "增长1.0倍"),
        (250.0, "增长2.5倍"),
    ],
)
def test_growth_words_switch_to_times_from_one_hundred_percent(growth: float, text: str) -> None:
    fig = w.growth(row("ind_va", growth=growth, observation_ids=(7, 3)), VA)
    assert fig.text == text
    assert fig.claim == "growth"
    assert fig.sources[0].observation_ids == (7, 3)


@pytest.mark.parametrize(
    ("now", "before", "text"),
    [
        (6.5, 5.2, "增速加快1.3个百分点"),
        (4.6, 4.7, "增速回落0.1个百分点"),
        (5.0, 5.04, "增速与上期持平"),
        (2.1, -0.4, "由负转正"),
        (-1.2, 0.5, "由正转负"),
        (-9.8, -10.5, "降幅收窄0.7个百分点"),
        (-2.1, -1.2, "降幅扩大0.9个百分点"),
        (-14.1, -14.1, "降幅与上期持平"),
        (0.0, -100.0, "由下降转为持平"),
        (-1.6, 0.0, "由持平转为下降"),
        (0.0, 0.0, "增速与上期持平"),
        (3.0, 0.04, "由持平转为增长"),
    ],
)
def test_trend_wording_chosen_by_the_two_growth_rates(now: float, before: float, text: str) -> None:
    fig = w.trend(row("ind_va", growth=now), row("ind_va", month=6, growth=before), VA)
    assert fig is not None and fig.text == text


def test_trend_words_pass_the_checker_in_every_case() -> None:
    from citystat.reporting.checker import check_fig

    for now, before in [
        (0.0, -100.0),
        (-1.6, 0.0),
        (0.0, 0.0),
        (2.1, -0.4),
        (-9.8, -10.5),
        (6.5, 5.2),
        (-14.1, -14.1),
        (5.0, 5.0),
    ]:
        a, b = row("ind_va", growth=now), row("ind_va", month=6, growth=before)
        fig = w.trend(a, b, VA)
        assert fig is not None and check_fig(fig, bundle(a, b)) is None, fig.text


def test_a_pull_that_rounds_to_zero_is_not_worded() -> None:
    assert w.pull(row("ind_nee", pull=0.04), "规模以上工业增加值") == []


def test_pull_words_keep_the_amount_next_to_the_direction() -> None:
    runs = w.pull(row("ind_nee", pull=0.3001), "规模以上工业增加值")
    assert "".join(r.text for r in runs) == "拉动规模以上工业增加值增长0.3个百分点"
    runs = w.pull(row("ind_nee", pull=-1.26), "规模以上工业增加值")
    assert "".join(r.text for r in runs) == "下拉规模以上工业增加值增速1.3个百分点"


@pytest.mark.parametrize(
    ("rank", "change", "tied", "text"),
    [
        (3, 2, False, "居全市第3位，较上月前移2位"),
        (11, -6, False, "居全市第11位，较上月后退6位"),
        (12, 0, True, "并列全市第12位，位次与上月相同"),
        (1, None, False, "居全市第1位"),
    ],
)
def test_rank_wording_in_report_idiom(rank: int, change: int | None, tied: bool, text: str) -> None:
    assert (
        w.rank(
            row("ind_va", "140902", rank=rank, rank_change=change),
            tied=tied,
            scope="全市",
            step="上月",
        ).text
        == text
    )


def test_progress_and_target_words() -> None:
    assert w.progress(row("ind_va", progress_gap=-3.64)).text == "落后序时进度3.6个百分点"
    assert w.progress(row("ind_va", progress_gap=10.71)).text == "超序时进度10.7个百分点"
    runs = w.growth_target(row("ind_va", target_growth=6.5, growth_gap=-0.54))
    assert "".join(r.text for r in runs) == "年度目标为增长6.5%，低于目标0.5个百分点"


def test_checker_accepts_all_of_the_above() -> None:
    from citystat.reporting.checker import check_fig

    r = row("ind_va", growth=-9.8, progress_gap=-3.64)
    before = row("ind_va", month=6, growth=-10.5)
    data = bundle(r, before)
    assert check_fig(w.growth(r, VA), data) is None
    assert check_fig(w.progress(r), data) is None
    trend = w.trend(r, before, VA)
    assert trend is not None and check_fig(trend, data) is None


# --- golden sentences for the wording rules of issue 12 (exact strings) ---------------------


def _text(runs: list) -> str:  # type: ignore[type-arg]
    return "".join(r.text for r in runs)


def _checked(runs: list, *rows: FigureRow) -> None:  # type: ignore[type-arg]
    from citystat.reporting.checker import check_fig
    from citystat.reporting.model import Fig

    data = bundle(*rows)
    for r in runs:
        if isinstance(r, Fig):
            assert check_fig(r, data) is None, r.text


@pytest.mark.parametrize(
    ("now", "before", "label", "text"),
    [
        (-14.1, -14.1, "上半年", "，降幅与上半年持平"),
        (5.4, 5.4, "上半年", "，增速与上半年持平"),
        (6.5, 5.2, "上半年", "，较上半年增速加快1.3个百分点"),
        (-2.1, -1.2, "1-8月", "，较1-8月降幅扩大0.9个百分点"),
    ],
)
def test_an_unchanged_rate_is_said_against_its_period_never_jiangfu_chiping(
    now: float, before: float, label: str, text: str
) -> None:
    a, b = row("ind_va", growth=now), row("ind_va", month=6, growth=before)
    runs = w.trend_runs(a, b, VA, label)
    assert _text(runs) == text
    assert "降幅持平" not in _text(runs)
    _checked(runs, a, b)


DEATHS = ind(
    "deaths", "生产安全事故死亡人数", unit="人", kind="count", decimals=0, polarity="lower"
)
SECTIONS = ind(
    "sections", "国考断面优良水质断面数", unit="个", kind="count", cumulative=False, decimals=0
)
AIR = ind("air", "空气质量优良天数比例", unit="%", kind="rate", cumulative=False, decimals=1)
JOBLESS = ind("jobless", "城镇调查失业率", unit="%", kind="rate", cumulative=False, decimals=2)
PM25 = ind("pm25", "PM2.5平均浓度", unit="微克/立方米", kind="rate", cumulative=False, decimals=0)
GDP = ind("gdp", "地区生产总值", growth_method="reported", frequency="quarterly")


def test_a_stock_at_the_year_end_is_compared_with_last_year_end() -> None:
    a = FigureRow(SECTIONS.code, "140900", 2023, 12, value=14.0)
    b = FigureRow(SECTIONS.code, "140900", 2022, 12, value=12.0)
    assert _text(w.change_runs(a, b, SECTIONS)) == "比上年末增加2个"
    assert _text(w.change_runs(a, replace(b, value=14.0), SECTIONS)) == "与上年末持平"
    # A flow summed over the year keeps 上年同期.
    d = FigureRow(DEATHS.code, "140900", 2023, 12, value=46.0)
    e = FigureRow(DEATHS.code, "140900", 2022, 12, value=46.0)
    assert _text(w.change_runs(d, e, DEATHS)) == "与上年同期持平"


@pytest.mark.parametrize(
    ("indicator", "now", "before", "text"),
    [
        (DEATHS, 33.0, 31.0, "比上年同期增加2人"),
        (DEATHS, 42.0, 43.0, "比上年同期减少1人"),
        (SECTIONS, 14.0, 12.0, "比上年同期增加2个"),
        (SECTIONS, 14.0, 14.0, "与上年同期持平"),
        (AIR, 85.1, 80.1, "比上年同期提高5.0个百分点"),
        (JOBLESS, 5.36, 5.62, "比上年同期下降0.3个百分点"),
    ],
)
def test_counts_change_by_a_number_and_rates_by_percentage_points(
    indicator: IndicatorInfo, now: float, before: float, text: str
) -> None:
    a = FigureRow(indicator.code, "140900", 2023, 9, value=now, growth=6.5)
    b = FigureRow(indicator.code, "140900", 2022, 9, value=before)
    runs = w.change_runs(a, b, indicator)
    assert _text(runs) == text
    assert w.by_change(indicator)
    _checked(runs, a, b)


def test_pull_is_worded_la_dong_zeng_zhang_never_dui_zeng_su_shang_la() -> None:
    up = row("ind_mining", pull=5.4449)
    assert _text(w.pull(up, "规模以上工业增加值")) == "拉动规模以上工业增加值增长5.4个百分点"
    down = row("ind_manufacturing", pull=-2.26)
    assert _text(w.pull(down, "固定资产投资")) == "下拉固定资产投资增速2.3个百分点"
    assert w.pull(row("ind_mining", pull=0.04), "规模以上工业增加值") == []
    _checked(w.pull(up, "规模以上工业增加值"), up)
    _checked(w.pull(down, "固定资产投资"), down)


def test_environment_averages_are_over_the_months_so_far() -> None:
    from citystat.reporting.builders.common import period_of

    assert period_of(PM25, 9) == "1-9月"
    assert period_of(AIR, 9) == "1-9月"
    assert period_of(AIR, 1) == "1月"
    assert period_of(AIR, 12, 2023) == "2023年全年"
    assert period_of(SECTIONS, 9) == "9月末"  # a count at the period's end stays a point


def test_published_decimals_unemployment_one_gdp_one_in_yiyuan() -> None:
    assert w.level(row("jobless", value=5.36), JOBLESS).text == "5.4"
    assert w.level(row("gdp", value=1062.704), GDP).text == "1062.7"
    assert w.level(row("fai", value=644.384), ind("fai", "固定资产投资")).text == "644.38"


def test_industrial_value_added_is_published_by_growth_only() -> None:
    data = bundle()
    assert w.growth_only(data.indicators["ind_va"], data.indicators)
    assert w.growth_only(data.indicators["ind_mining"], data.indicators)  # its parts too
    assert w.growth_only(data.indicators["ind_nee"], data.indicators)  # and its 其中 items
    assert not w.growth_only(GDP, data.indicators)


def test_industrial_value_added_sentence_has_no_level() -> None:
    from citystat.reporting.builders.common import indicator_sentence

    r = row("ind_va", value=462.34, growth=6.5)
    before = row("ind_va", month=6, growth=5.2)
    data = bundle(r, before)
    text = _text(indicator_sentence(data, data.indicators["ind_va"], r, with_rank=False))
    assert text == "1-9月，规模以上工业增加值同比增长6.5%，较上半年增速加快1.3个百分点。"


def test_three_industries_in_order_whatever_their_pulls() -> None:
    from citystat.reporting.builders.common import components_sentence

    data = bundle(
        row("ind_va", value=100.0, growth=6.5),
        row("ind_mining", value=80.0, growth=6.2, pull=5.4, contribution=83.2),
        row("ind_manufacturing", value=20.0, growth=8.7, pull=1.1, contribution=16.8),
    )
    text = _text(
        components_sentence(data, data.indicators["ind_va"], data.fig("ind_va", "140900", 2023, 9))
    )  # type: ignore[arg-type]
    assert text.index("采矿业") < text.index("制造业")
    rows = bundle(
        row("ind_va", value=100.0, growth=6.5),
        row("ind_mining", value=80.0, growth=6.2, pull=1.1, contribution=16.8),
        row("ind_manufacturing", value=20.0, growth=8.7, pull=5.4, contribution=83.2),
    )
    whole = rows.fig("ind_va", "140900", 2023, 9)
    assert whole is not None
    text = _text(components_sentence(rows, rows.indicators["ind_va"], whole))
    assert text == (
        "从构成看，采矿业增加值增长6.2%，拉动规模以上工业增加值增长1.1个百分点（贡献率16.8%）；"
        "制造业增加值增长8.7%，拉动规模以上工业增加值增长5.4个百分点（贡献率83.2%）。"
    )


@pytest.mark.parametrize(
    ("indicator", "value", "target", "month", "text"),
    [
        (PM25, 32.0, 33.0, 9, "低于控制目标1微克/立方米"),
        (PM25, 35.0, 33.0, 12, "超出控制目标2微克/立方米"),
        (PM25, 33.0, 33.0, 12, "与控制目标持平"),
        (DEATHS, 33.0, 42.0, 9, "为年度控制目标的78.6%"),
        (DEATHS, 45.0, 42.0, 12, "超出控制目标3人"),
    ],
)
def test_lower_is_better_targets_are_never_a_completion_over_one_hundred(
    indicator: IndicatorInfo, value: float, target: float, month: int, text: str
) -> None:
    r = FigureRow(indicator.code, "140900", 2023, month, value=value, target_value=target)
    runs = w.control(r, indicator)
    assert _text(runs) == text
    _checked(runs, r)


@pytest.mark.parametrize(
    ("ytd", "growth", "text"),
    [
        (644.38, -2.1, "四季度需增长28.6%以上方能完成全年目标，难度很大"),
        (700.0, 6.3, "四季度需增长11.4%以上方能完成全年目标，难度较大"),
        (710.0, 7.8, "四季度需增长8.4%以上方能完成全年目标，需进一步加力"),
        (720.0, 9.3, "四季度需增长5.3%以上方能完成全年目标，保持现有增势即可完成"),
    ],
)
def test_risk_is_worded_as_the_growth_the_rest_of_the_year_needs(
    ytd: float, growth: float, text: str
) -> None:
    fai = ind("ind_va", "固定资产投资", target_kind="growth")
    r = row("ind_va", value=ytd, growth=growth, target_growth=8.0)
    before = FigureRow("ind_va", "140900", 2022, 9, value=658.46)
    annual = FigureRow("ind_va", "140900", 2022, 12, value=982.0)
    runs = w.required_runs(r, before, annual, fai)
    assert _text(runs) == text
    assert "概率" not in _text(runs)
    _checked(runs, r, before, annual)


@pytest.mark.parametrize(
    ("head", "gap", "keys", "text"),
    [
        (6.5, 0.5, [5.0, 3.2], "经济运行稳中有进"),
        (3.3, -2.7, [6.5, 2.0, -9.8, -2.1, 5.8, 71.8], "经济运行总体平稳"),
        (-0.4, -6.0, [1.0, 2.0, 3.0], "经济运行承压前行"),
        (2.0, None, [-1.0, -2.0, 3.0], "经济运行承压前行"),
    ],
)
def test_the_verdict_follows_the_headline_and_the_key_indicators(
    head: float, gap: float | None, keys: list[float], text: str
) -> None:
    h = row("ind_va", growth=head, growth_gap=gap)
    ks = [
        row("ind_mining", region=r, growth=g)
        for r, g in zip(("140900", "140902", "140921", "140922", "140000", "1"), keys, strict=False)
    ]
    fig = w.verdict(h, ks)
    assert fig.text == text
    _checked([fig], h, *ks)
