"""Round 6 of #13: subjects, second pass.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.normalise import to_simplified


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in _facts(text, region)]


def test_forms_t2s_leaves_are_simplified() -> None:
    # 著 is 着 unless it belongs to a word of writing or renown
    assert to_simplified("人均衣著支出,隨著需求回暖,著力擴大,有著優勢") == (
        "人均衣着支出,随着需求回暖,着力扩大,有着优势"
    )
    assert to_simplified("顯著提高,著名景區,編著,著作權,穿著名牌") == (
        "显著提高,著名景区,编著,著作权,穿着名牌"
    )
    # variant forms t2s keeps: 衞生 → 卫生, 値 → 值
    assert to_simplified("鄉鎮衞生院增加値") == "乡镇卫生院增加值"


def test_a_traditional_text_reads_clothing_as_simplified() -> None:
    text = (
        "全省居民人均消費支出18000元，增長5.2%。其中，人均食品煙酒支出5600元，"
        "增長4.1%；人均衣著支出1100元，增長6.6%。"
    )
    assert _subjects(text, "昆明市")[-2:] == [
        ("1100元", "人均衣着支出"),
        ("6.6%", "人均衣着支出"),
    ]
