"""The mechanics that make reading faster find what the plain rules find (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

from citystat.textfacts import lists, measures, periods, subjects
from citystat.textfacts.extract import _COLLECTIVE, _PROJECTION, _accepted, _outside
from citystat.textfacts.patterns import find_tokens
from citystat.textfacts.regions import trie_pattern
from citystat.textfacts.scanning import Names, last_characters
from citystat.textfacts.schema import FIELD_NAMES
from citystat.textfacts.tables import read_tables

from .timing import least_cpu_seconds


def _by_pattern(names: list[str], text: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(trie_pattern(names))
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_names_find_the_longest_name_as_a_prefix_pattern_does() -> None:
    names = ["甲", "甲乙", "甲乙丙丁", "乙丙", "丙丁戊", "丁"]
    text = "甲乙丙丁戊,甲乙丙,丙丁戊己,甲丁乙丙甲乙丙丁丁"
    found = list(Names(names).finditer(text))
    assert found == _by_pattern(names, text)
    assert found[:3] == [(0, 4, "甲乙丙丁"), (6, 8, "甲乙"), (10, 13, "丙丁戊")]


def test_names_of_two_characters_and_more_only() -> None:
    names = ["东城区", "东城", "东港市", "西城区"]
    text = "东城区、东城,东港市和西城、东城区东港"
    assert list(Names(names).finditer(text)) == _by_pattern(names, text)


def test_bare_numbers_are_accepted_in_linear_time() -> None:
    """Each bare number copied the rest of the text's tokens to look for its list's unit:
    quadratic in the number of figures (0.5 s more for 20,000 bare numbers)."""

    def seconds(count: int) -> float:
        text = ",".join(f"编号{100 + i % 800}" for i in range(count)) + "、12和13户"
        tokens = find_tokens(text)
        kept = _accepted(tokens, text)
        assert [t.unit for t in kept] == ["户", "户", "户"]  # 编号…、12和13户: a list
        return least_cpu_seconds(lambda: _accepted(tokens, text))

    small, large = (seconds(n) for n in (5_000, 20_000))
    assert large < 4 * small * 2.5 + 0.02  # linear within the noise of a shared machine


def test_numbers_of_tables_are_set_aside_in_linear_time() -> None:
    """Each token was tested against every cell of the text's tables: a text of many
    small tables (6,000 cells, 8,000 tokens) took 1.2 s there alone, quadratic."""
    block = (
        "城市 地区生产总值(亿元) 增速(%)\n甲市 2100.5 5.2\n乙市 1361.8 7.4\n丙市 980.1 6.1\n"
        "全市规模以上工业增加值增长5.2%,固定资产投资增长3.1%。\n"
    )

    def seconds(copies: int) -> float:
        text = block * copies
        cells, tokens = read_tables(text), find_tokens(text)
        kept = _outside(tokens, cells)
        assert len(cells) == 6 * copies and len(tokens) == 8 * copies
        assert [t.span for t in kept] == ["5.2%", "3.1%"] * copies  # the sentences' only
        return least_cpu_seconds(lambda: _outside(tokens, cells))

    small, large = (seconds(n) for n in (250, 1000))
    # quadratic, the large text took 1.2 s here: 0.1 s of slack still tells the two apart
    assert large < 4 * small * 2.5 + 0.1  # linear within the noise of a shared machine


def test_the_end_tests_before_the_change_patterns_skip_no_match() -> None:
    """``decide`` searches the patterns ending in ``$`` only when the words end with a
    character read from the pattern (``last_characters``): never where one would match."""
    assert last_characters(re.compile(r"(?:增加|净减少)(?:了)?(?:约|超过)?$")) == (
        "约",
        "过",
        "了",
        "加",
        "少",
    )
    assert last_characters(re.compile(r"增加")) == ("",)  # no $: a match ends anywhere
    words = "同比增加了,净减少约,比上年多增,再增产,较上年偏低近,新增超过,增收了,扩大,收入增长"
    checked = 0
    for pattern, ends in (
        (measures._ABS, measures._ABS_ENDS),
        (measures._CHANGE_VERB, measures._CHANGE_ENDS),
        (measures._COMPARED_CHANGE, measures._COMPARED_ENDS),
    ):
        assert ends != ("",)
        for end in range(len(words) + 1):
            for start in range(max(0, end - 8), end):
                text = words[start:end].rstrip()
                found = pattern.search(text) is not None
                assert found == (text.endswith(ends) and pattern.search(text) is not None)
                checked += found
    assert checked > 20


def test_the_extractor_builds_facts_in_the_order_of_their_fields() -> None:
    """``_fact`` passes the fields by position (faster): the order it relies on."""
    assert FIELD_NAMES[:18] == (
        "id",
        "text_span",
        "char_start",
        "char_end",
        "subject",
        "region",
        "period",
        "measure",
        "value",
        "unit",
        "value_base",
        "base_unit",
        "qualifier",
        "comparable_price",
        "denominator",
        "optional",
        "note",
        "basis",
    )


def test_an_events_kind_from_its_last_group_is_its_branch() -> None:
    """``find_events`` reads an event's kind from ``match.lastgroup`` instead of asking
    each branch's group in the kinds' order: the same kind for a match of every branch."""
    text = (
        "2021-2023年,10月1日-4日,1-11月份,前8月,一季度末,上半年,截至9月底,截至12月13日,"
        "6月末,2月27日,今日,本周,2022年末,11月份,十四五以来,“十三五”末,十四五,三年来,去年,"
        "2023年,全年,今年"
    )
    kinds = periods._KINDS + periods._KINDS_LAST
    seen = set()
    for m in periods._EVENT_SCAN.finditer(text):
        by_groups = "mend" if m["pend"] else next(k for k in kinds if m.group(k))
        assert periods._KIND_OF_LAST.get(m.lastgroup or "", m.lastgroup) == by_groups, m.group()
        seen.add(m.lastgroup)
    assert seen >= {*kinds, "pend", "since", "planend"}


def test_the_period_scan_finds_what_the_period_pattern_finds() -> None:
    """``find_events`` scans with a copy of the period pattern that skips digits which
    cannot start a match (each one inside ``1234.5``): the same matches as the pattern on
    the in-house corpus, the development texts at hand and invented number forms."""
    root = Path(__file__).parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    real = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "textfacts" / "real"
    texts += [p.read_text(encoding="utf-8") for p in sorted(real.glob("**/*.txt"))]
    texts.append(
        "12023年,320231-2024年,1212月,3312-3月,41季度,123 - 5月,9912月31日-1月2日,"
        "20231年,1234.5亿元,20241 ～ 2025年,十四五以来,9 日,15日,2023 年,11至12月份,"
        "2019年底,3月末,至12月13日8时,前10个月,第1季度末,首3个月,55年来,5年间"
    )
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in periods._EVENT_SCAN.finditer(text)] == [
            (m.span(), m.lastgroup) for m in periods._EVENT.finditer(text)
        ]
    assert periods._EVENT_SCAN.pattern != periods._EVENT.pattern


def test_a_list_items_name_is_what_the_name_pattern_finds() -> None:
    """``lists._item_name`` reads a name ending in a Chinese character from the run of
    name characters before it, instead of trying the pattern at each start: the same
    name at every position of a text of lists."""
    text = (
        "各县收入完成情况:按规模排序,盂县10.6亿元,平定县9.5亿元,开发区(含某园区)2.4亿元,"
        "郊区:1.1亿元。甲区(不含某某国控监测点位)251天、乙区 247天,(丙)3,一二三四五六七八九十甲乙丙5"
    )
    for end in range(1, len(text) + 1):
        window = 40 if text[end - 1 : end] in ")）" else 15
        found = lists._ITEM_NAME.search(text, max(0, end - window), end)
        expected = (found.start("name"), found["name"]) if found else None
        assert lists._item_name(text, end) == expected, end


#: A negative look-ahead ending a word: ``(?![甲乙(（]|丙[丁戊])``.
_NOT_FOLLOWED = re.compile(r"\(\?!(?:\[[^\]]*\]|[^()\[\]])*\)")


def test_words_found_once_per_text_or_sentence_never_overlap() -> None:
    """``_region`` takes a sentence's 全市/我省… from one scan of the text and ``_fact``
    the first projection word of a sentence for all its figures: right only while each
    pattern is a list of literal words of two characters, no word ending with a character
    another starts with (then every scan, of any stretch, finds the same words). A word may
    carry a negative look-ahead (``中国`` not of 中国移动): it reads the characters after the
    word, the same in the text as in the sentence up to the figure, which starts with a digit."""
    for pattern in (_COLLECTIVE, _PROJECTION):
        words = _NOT_FOLLOWED.sub("", pattern.pattern).split("|")
        assert all(len(w) == 2 and re.escape(w) == w for w in words), pattern.pattern
        assert not {w[1] for w in words} & {w[0] for w in words}, pattern.pattern


def test_the_clean_up_finds_with_its_prefiltered_patterns_what_the_patterns_find() -> None:
    """``subjects.clean`` strips leads, tails and inner phrases with the prefiltered copies
    of its patterns: the same result as the patterns on every tail of some invented words."""
    words = (
        "其中,全市规模以上工业增加值比上年同期增长,较1-2月、1-5月分别回落;上半年全县"
        "一般公共预算收入完成年度目标任务的,按可比价格计算,实际增长,由上年的,高于全省平均"
        "水平,占全部的比重为,截至9月底累计完成投资,预计可达,同比下降,(下同)约为"
    )
    for start in range(len(words)):
        phrase = words[start:]
        for plain, fast in (
            (subjects._LEAD, subjects._LEAD_SCAN),
            (subjects._TRAIL, subjects._TRAIL_SCAN),
            (subjects._INNER, subjects._INNER_SCAN),
        ):
            assert fast.sub("", phrase) == re.sub(plain, "", phrase), (plain[:20], phrase)


def test_the_token_pattern_with_units_by_prefix_finds_what_their_alternation_finds() -> None:
    """``patterns.TOKEN`` reads a unit word from the words factored by prefix
    (``trie_pattern``) instead of their alternation, longest first: the same matches and
    groups on the in-house corpus, the development texts at hand and invented forms."""
    from citystat.textfacts import patterns
    from citystat.textfacts.units import unit_words_pattern

    plain = re.compile(patterns.TOKEN.pattern.replace(patterns._UNIT, unit_words_pattern()))
    assert plain.pattern != patterns.TOKEN.pattern
    root = Path(__file__).parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    real = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "textfacts" / "real"
    texts += [p.read_text(encoding="utf-8") for p in sorted(real.glob("**/*.txt"))]
    texts.append(
        "3亿元,5万亿元,2万千瓦时,12.5亿千瓦时,7万吨标准煤,8微克/立方米,9微克/标立方米,"
        "3个百分点,4个,6亿立方米,三千六百余户,千万千瓦,1.2万人次/日,3万余人,5 万 吨,2GW,14kW"
    )
    for text in texts:
        assert [(m.span(), m.lastgroup, m.groups()) for m in patterns.TOKEN.finditer(text)] == [
            (m.span(), m.lastgroup, m.groups()) for m in plain.finditer(text)
        ]


def test_a_trie_of_many_names_in_groups_finds_what_their_alternation_finds() -> None:
    """``trie_pattern`` puts the branches of a thousand first characters in groups behind
    look-aheads: the same longest name at every place as the names' alternation, longest
    first, on the in-house corpus and the development texts at hand."""
    names = sorted(subjects._PLACE_NAMES, key=lambda n: (-len(n), n))
    grouped = re.compile(trie_pattern(names))
    assert grouped.pattern.count("(?=[") > 2  # (a look-ahead for the whole and for each group)
    plain = re.compile("|".join(re.escape(n) for n in names))
    root = Path(__file__).parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    real = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "textfacts" / "real"
    texts += [p.read_text(encoding="utf-8") for p in sorted(real.glob("**/*.txt"))]
    texts.append("".join(names[::7]) + "、" + "".join(n[:-1] for n in names[::11]))
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
