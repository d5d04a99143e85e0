"""The checker refuses sentences whose parts do not hold together (methodology §3)."""

from __future__ import annotations

from citystat.reporting import wording as w
from citystat.reporting.checker import problems_in
from citystat.reporting.model import Fig, Text
from tests.reporting.fixtures import bundle, row
from tests.reporting.test_checker import doc_with


def parts_sentence(data_rows: list) -> list[str]:  # type: ignore[type-arg]
    data = bundle(*data_rows)
    runs: list[Text | Fig] = [Text("从构成看，")]
    for code, name in (("ind_mining", "采矿业增加值"), ("ind_manufacturing", "制造业增加值")):
        fig = data.fig(code, "140900", 2023, 9)
        assert fig is not None
        runs += [Text(name), *w.pull(fig, "规模以上工业增加值"), Text("；")]
        if fig.contribution is not None:
            runs.append(w.contribution(fig))
    runs.append(Text("。"))
    return [p.message for p in problems_in(doc_with(*runs), data)]


WHOLE = row("ind_va", value=100.0, growth=5.0)


def test_pulls_that_sum_to_the_growth_and_contributions_to_100_pass() -> None:
    assert (
        parts_sentence(
            [
                WHOLE,
                row("ind_mining", value=70.0, growth=6.0, pull=4.2, contribution=84.0),
                row("ind_manufacturing", value=30.0, growth=2.7, pull=0.8, contribution=16.0),
            ]
        )
        == []
    )


def test_pulls_not_summing_to_the_growth_are_refused() -> None:
    messages = parts_sentence(
        [
            WHOLE,
            row("ind_mining", value=70.0, growth=6.0, pull=4.2, contribution=84.0),
            row("ind_manufacturing", value=30.0, growth=2.7, pull=1.3, contribution=16.0),
        ]
    )
    assert messages == ["各构成项拉动之和5.50个百分点与「规模以上工业增加值」增速5.00%不符"]


def test_contributions_not_summing_to_100_are_refused() -> None:
    messages = parts_sentence(
        [
            WHOLE,
            row("ind_mining", value=70.0, growth=6.0, pull=4.2, contribution=84.0),
            row("ind_manufacturing", value=30.0, growth=2.7, pull=0.8, contribution=21.4),
        ]
    )
    assert messages == ["各构成项贡献率之和105.4%不等于100%"]


def test_a_part_larger_than_its_whole_is_refused() -> None:
    messages = parts_sentence(
        [
            WHOLE,
            row("ind_mining", value=70.0, growth=6.0, pull=4.2, contribution=84.0),
            row("ind_manufacturing", value=130.0, growth=2.7, pull=0.8, contribution=16.0),
        ]
    )
    assert messages == ["「制造业增加值」130.00大于其总量「规模以上工业增加值」100.00"]


def test_a_pull_of_a_subset_beside_the_parts_is_refused() -> None:
    data = bundle(
        WHOLE,
        row("ind_mining", value=70.0, growth=6.0, pull=4.2, contribution=84.0),
        row("ind_manufacturing", value=30.0, growth=2.7, pull=0.8, contribution=16.0),
        row("ind_nee", value=2.0, growth=120.0, pull=0.3),
    )
    runs: list[Text | Fig] = []
    for code in ("ind_mining", "ind_nee"):
        fig = data.fig(code, "140900", 2023, 9)
        assert fig is not None
        runs += [Text(code), *w.pull(fig, "规模以上工业增加值"), Text("；")]
    messages = [p.message for p in problems_in(doc_with(*runs), data)]
    assert messages == ["其中项「新能源装备制造业增加值」的拉动与构成项并列,不能相加"]
    # Alone, a 其中 item's pull is a bulletin's usual sentence (上拉全市工业增速0.3个百分点).
    fig = data.fig("ind_nee", "140900", 2023, 9)
    assert fig is not None
    alone = doc_with(Text("新能源装备制造业"), *w.pull(fig, "规模以上工业增加值"), Text("。"))
    assert problems_in(alone, data) == []


def test_a_wrong_change_of_share_is_refused() -> None:
    data = bundle(
        WHOLE,
        row("ind_va", month=9, value=90.0).__class__("ind_va", "140900", 2022, 9, value=90.0),
        row("ind_nee", value=2.0, growth=120.0),
        row("ind_nee").__class__("ind_nee", "140900", 2022, 9, value=0.9),
    )
    item, whole = data.fig("ind_nee", "140900", 2023, 9), data.fig("ind_va", "140900", 2023, 9)
    item0, whole0 = data.fig("ind_nee", "140900", 2022, 9), data.fig("ind_va", "140900", 2022, 9)
    assert item and whole and item0 and whole0
    right = w.share_change(item, whole, item0, whole0)
    assert right.text == "提高1.0个百分点"  # 2.0% − 1.0%
    assert problems_in(doc_with(Text("比重"), w.share(item, whole), right, Text("。")), data) == []
    wrong = Fig("提高1.5个百分点", right.claim, right.sources, right.param)
    (p,) = problems_in(doc_with(Text("比重"), wrong, Text("。")), data)
    assert "与数据不符" in p.message
