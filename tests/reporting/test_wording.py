"""Sentence pieces: the wording follows the situation, and every piece is traced."""

from __future__ import annotations

import pytest

from citystat.reporting import wording as w
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
        (5.0, 5.04, "增速持平"),
        (2.1, -0.4, "由负转正"),
        (-1.2, 0.5, "由正转负"),
        (-9.8, -10.5, "降幅收窄0.7个百分点"),
        (-2.1, -1.2, "降幅扩大0.9个百分点"),
        (-14.1, -14.1, "降幅持平"),
        (0.0, -100.0, "由下降转为持平"),
        (-1.6, 0.0, "由持平转为下降"),
        (0.0, 0.0, "增速持平"),
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
    ]:
        a, b = row("ind_va", growth=now), row("ind_va", month=6, growth=before)
        fig = w.trend(a, b, VA)
        assert fig is not None and check_fig(fig, bundle(a, b)) is None, fig.text


def test_a_pull_that_rounds_to_zero_is_not_worded() -> None:
    assert w.pull_runs(row("ind_nee", pull=0.04), "规模以上工业增加值") == []


def test_pull_words_keep_the_amount_next_to_the_direction() -> None:
    runs = w.pull_runs(row("ind_nee", pull=0.3001), "规模以上工业增加值")
    assert "".join(r.text for r in runs) == "对规模以上工业增加值增速上拉0.3个百分点"
    runs = w.pull_runs(row("ind_nee", pull=-1.26), "规模以上工业增加值")
    assert "".join(r.text for r in runs) == "对规模以上工业增加值增速下拉1.3个百分点"


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
