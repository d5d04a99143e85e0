"""Round 12 of #13: subjects carried over clauses (classes C and E of round 11).

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves). The classes and their counts are in docs/textfacts.md, *Round 12:
subjects*.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.normalise import to_simplified


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in _facts(text, region)]


def test_the_variant_of_alkali_t2s_keeps_is_simplified() -> None:
    # 堿 (a variant of 鹼) is left by OpenCC's t2s; simplified writing has 碱
    assert to_simplified("燒堿產量增長,純堿項目投產") == "烧碱产量增长,纯碱项目投产"
    facts = _facts("全年燒堿產量12.5萬噸,增長3.1%。")
    assert [(f.text_span, f.subject) for f in facts] == [
        ("12.5萬噸", "烧碱产量"),
        ("3.1%", "烧碱产量"),
    ]
