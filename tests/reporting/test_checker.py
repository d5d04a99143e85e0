"""The checker re-reads sentences against the data and rejects every kind of disagreement."""

from __future__ import annotations

import pytest

from citystat.reporting.checker import CheckError, check_document, problems_in
from citystat.reporting.model import Document, Fig, Label, Paragraph, Section, Source, Text
from tests.reporting.fixtures import bundle, row


def doc_with(*runs: Text | Label | Fig) -> Document:
    return Document(
        "quarterly",
        "t",
        "",
        "140900",
        "忻州市",
        "2023-Q3",
        "x",
        "",
        [Section("一、测试", [Paragraph(list(runs))])],
    )


def g(
    text: str,
    claim: str = "growth",
    field: str = "growth",
    region: str = "140900",
    ids: tuple[int, ...] = (11, 5),
    param: float = 1,
) -> Fig:
    return Fig(
        text,
        claim,
        (Source("derived", field, "ind_va", region, 2023, 9, observation_ids=ids),),
        param,
    )


DATA = bundle(
    row("ind_va", growth=6.5, pull=None, rank=None, observation_ids=(11, 5)),
    row("ind_va", "140902", growth=3.5, rank=2, rank_change=-1, observation_ids=(12, 6)),
    row("ind_va", "140921", growth=3.5, rank=2, rank_change=0, observation_ids=(13, 7)),
    row("ind_va", "140922", growth=8.0, rank=1, rank_change=1, observation_ids=(14, 8)),
)


def test_a_correct_sentence_passes() -> None:
    doc = doc_with(Label("1-9月"), Text("，规模以上工业增加值"), g("增长6.5%"), Text("。"))
    assert check_document(doc, DATA) == 1


@pytest.mark.parametrize(
    ("fig", "reason"),
    [
        (g("增长6.6%"), "与数据不符"),
        (g("下降6.5%"), "与数据不符"),
        (g("持平"), "与数据不符"),
        (g("增长6.5%", ids=(99,)), "observation ids"),
        (
            Fig(
                "增长6.5%", "growth", (Source("derived", "growth", "ind_va", "140900", 2023, 8),), 1
            ),
            "no figure",
        ),
    ],
)
def test_wrong_numbers_directions_and_sources_are_rejected(fig: Fig, reason: str) -> None:
    problems = problems_in(doc_with(Text("规模以上工业增加值"), fig, Text("。")), DATA)
    assert len(problems) == 1 and reason in problems[0].message


def test_untraced_numbers_and_direction_words_in_fixed_text_are_rejected() -> None:
    problems = problems_in(doc_with(Text("规模以上工业增加值增长6.5%。")), DATA)
    messages = [p.message for p in problems]
    assert any("未溯源的数字" in m for m in messages)
    assert any("方向词「增长」" in m for m in messages)


def test_digits_inside_proper_names_are_not_numbers() -> None:
    assert problems_in(doc_with(Text("PM2.5平均浓度需要关注。")), DATA) == []


def test_rank_ties_and_moves_are_checked() -> None:
    ok = Fig(
        "并列全市第2位，较上月后退1位",
        "rank",
        (
            Source("derived", "rank", "ind_va", "140902", 2023, 9, observation_ids=(12,)),
            Source("derived", "rank_change", "ind_va", "140902", 2023, 9),
        ),
    )
    not_tied = Fig("居全市第2位，较上月后退1位", "rank", ok.sources)
    wrong_way = Fig("并列全市第2位，较上月前移1位", "rank", ok.sources)
    assert problems_in(doc_with(Text("忻府区"), ok, Text("。")), DATA) == []
    assert len(problems_in(doc_with(Text("忻府区"), not_tied, Text("。")), DATA)) == 1
    assert len(problems_in(doc_with(Text("忻府区"), wrong_way, Text("。")), DATA)) == 1


def test_check_document_raises_with_every_problem() -> None:
    doc = doc_with(g("增长9.9%"), Text("，"), g("下降1.0%"), Text("。"))
    with pytest.raises(CheckError) as exc:
        check_document(doc, DATA)
    assert len(exc.value.problems) == 2


def test_judgements_follow_the_data() -> None:
    from citystat.reporting import wording as w

    up = row("ind_va", "140902", growth=3.5, observation_ids=(12, 6))
    down = row("ind_va", "140921", growth=-0.2, observation_ids=(13, 7))
    data = bundle(up, down)
    good = w.judgement("tourism", [(up, "growth")])
    mixed = w.judgement("emerging", [(up, "growth"), (down, "growth")])
    assert (good.text, mixed.text) == ("文旅市场持续回暖", "新兴产业表现分化")
    assert problems_in(doc_with(good, Text("。")), data) == []
    forged = Fig("文旅市场持续回暖", "judge", (mixed.sources[1],), 1)
    assert len(problems_in(doc_with(forged, Text("。")), data)) == 1
