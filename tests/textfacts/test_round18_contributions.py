"""Round 18 of #13 (session 8): who a contribution is of (贡献率, 拉动, 增速 after a share).

Sentences of our own, of the shape of a city's industrial release: a sector's growth, its
share, its contribution rate and its pull in one sentence, the topic named once.
"""

from __future__ import annotations

from citystat.textfacts import extract


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in extract(text, region="某某市", year=2022)]


def test_a_contribution_rate_and_pull_after_a_share_are_the_sectors() -> None:
    text = "1-6月,全市装备制造业同比增长6.5%,占到全市工业增加值的21.4%,贡献率达27%,拉动全市工业增加值增长1.8个百分点。"
    assert _subjects(text) == [
        ("6.5%", "装备制造业增加值"),
        ("21.4%", "装备制造业增加值占到全市工业增加值的比重"),
        ("27%", "装备制造业贡献率"),
        ("1.8个百分点", "装备制造业拉动工业增加值增长"),
    ]


def test_a_rate_compared_after_a_share_is_the_topics_growth() -> None:
    text = (
        "民营规模以上工业增加值同比增长10.3%,占全部规模以上工业增加值的41.2%,"
        "增速高于全部规上工业增速3.1个百分点,对规上工业增长贡献率达到55.6%,"
        "拉动全市规模以上工业增长3.4个百分点。"
    )
    assert _subjects(text) == [
        ("10.3%", "民营规模以上工业增加值"),
        ("41.2%", "民营规模以上工业增加值占全部规模以上工业增加值的比重"),
        ("3.1个百分点", "民营规模以上工业增加值增速"),
        ("55.6%", "民营规模以上工业对规上工业增长贡献率"),
        ("3.4个百分点", "民营规模以上工业拉动规模以上工业增长"),
    ]


def test_with_no_amount_the_share_names_who_contributes() -> None:
    text = "高技术制造业增加值占全部工业增加值比重12.5%,较一季度提高0.8个百分点,对规模以上工业增长的贡献率近三成,拉动规模以上工业增长2.3个百分点。"
    assert _subjects(text)[2:] == [
        ("三成", "高技术制造业对规模以上工业增长的贡献率"),
        ("2.3个百分点", "高技术制造业拉动规模以上工业增长"),
    ]


def test_a_share_that_names_its_part_still_gives_the_part() -> None:
    text = (
        "其中,新能源汽车产量增长35.2%;汽车制造业占工业增加值的比重为8.1%,拉动工业增长1.2个百分点。"
    )
    assert _subjects(text)[-1] == ("1.2个百分点", "汽车制造业拉动工业增长")
