"""Round 23, speed (session 13): mechanics only, the same output.

Each replacement is checked against what it replaces on text of the same shape written
here (invented places and figures).
"""

from __future__ import annotations

import bisect
import random
import re
import sys

import citystat.textfacts  # noqa: F401  (the package first: it picks the compiled copy)
from citystat.textfacts import scanning

extract_module = sys.modules["citystat.textfacts.extract"]
patterns = sys.modules["citystat.textfacts.patterns"]
periods = sys.modules["citystat.textfacts.periods"]
subjects = sys.modules["citystat.textfacts.subjects"]
measures = sys.modules["citystat.textfacts.measures"]

#: Dense text of the bench's kind: figures every few characters, run-on lines, a table.
TEXT = (
    "甲县2024年1-9月地区生产总值完成356.8亿元,同比增长5.4%,比上半年加快0.3个百分点;"
    "规模以上工业增加值增长7.2%,其中制造业增长8.1%。截至9月末,金融机构存款余额1234.5亿元,"
    "较年初增加88.6亿元!全县第一产业增加值42.1亿元、第二产业151.3亿元,三次产业结构为"
    "11.8:42.4:45.8。今年以来,新开工项目37个,完成投资96.3亿元?9月份,居民消费价格上涨0.4%\n"
    "项目 | 本月 | 累计\n粮食产量(万吨) | 12.5 | 88.4\n"
    + "乙镇接待游客12.6万人次,增长9.3%," * 40
    + "\n丙区2023年末常住人口18.27万人,城镇化率61.2%。\n"
)


def test_the_compiled_bisect_is_the_c_modules() -> None:
    """``scanning.bisect_left``/``bisect_right`` (a loop mypyc compiles; the C module's in
    pure Python) give the C module's answers, the large ends of an index of stops too."""
    chance = random.Random(23)
    for _ in range(300):
        values = sorted(chance.choice(range(-5, 40)) for _ in range(chance.randrange(0, 30)))
        values = [-(1 << 62), *values, 1 << 62]
        for x in range(-7, 43):
            assert scanning.bisect_left(values, x) == bisect.bisect_left(values, x)
            assert scanning.bisect_right(values, x) == bisect.bisect_right(values, x)
    assert scanning.bisect_left([], 3) == 0 and scanning.bisect_right([], 3) == 0


def test_stop_positions_are_the_stop_class_matches() -> None:
    """The positions of the stops by ``str.find`` are those a search for their class finds."""
    for stops in (extract_module._SENTENCE_END, extract_module._CLAUSE_END):
        expected = [m.start() for m in re.finditer("[" + re.escape(stops) + "]", TEXT)]
        assert extract_module._stop_positions(TEXT, stops) == expected
    assert extract_module._stop_positions("", "。") == []


def _run_ons_as_before(text: str) -> str:
    """Round 19's cut, with its pattern for a run (the reference of the test below)."""
    ends = extract_module._SENTENCE_END
    run_on = re.compile(f"(?<![^{ends}])[^{ends}]{{{extract_module._RUN_ON + 1},}}")
    runs = list(run_on.finditer(text))
    if not runs:
        return text
    chars = list(text)
    for run in runs:
        position = run.start() + extract_module._RUN_ON_CUT
        while position < run.end() - 1:
            cut = extract_module._CUT_AT.search(text, position, run.end())
            if cut is None:
                break
            chars[cut.start()] = "。"
            position = cut.start() + extract_module._RUN_ON_CUT
    return "".join(chars)


def test_run_ons_are_cut_where_the_run_pattern_cut_them() -> None:
    """Runs read from the positions of the sentence ends: the cuts of the pattern's runs."""
    clause = "丁乡新建道路3.5公里,投资1200万元,"
    texts = [
        TEXT,
        clause * 60,  # one line without any end
        "戊市。" + clause * 30 + "!" + clause * 14 + "\n" + clause * 25,
        clause * 14 + "。",  # exactly at the limit, and just under it
        (clause * 14)[:401] + "。" + (clause * 14)[:400],
        "",
    ]
    for text in texts:
        assert extract_module._break_run_ons(text) == _run_ons_as_before(text)
    assert extract_module._break_run_ons(clause * 60) != clause * 60


def test_scans_with_their_start_set_find_what_the_patterns_find() -> None:
    """The scanning patterns compiled with the look-ahead's class as their start set find
    what the same source compiled by ``re`` finds, groups included."""
    scans = [
        patterns._TOKEN_SCAN,
        periods._EVENT_SCAN,
        subjects._LEAD_SCAN,
        subjects._TRAIL_SCAN,
        subjects._INNER_SCAN,
        subjects._NOT_A_NAME_SCAN,
    ]
    phrases = [TEXT, "2023年全市规模以上工业企业完成", "比上年同期增长", "其中:甲类商品零售额"]
    for scan in scans:
        plain = re.compile(scan.pattern, scan.flags)
        assert scanning.with_start_set(plain) is not plain  # (it applies to each of them)
        for text in phrases:
            assert [(m.span(), m.groups()) for m in scan.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ]
            assert scan.sub("", text) == plain.sub("", text)


def test_a_start_set_only_for_a_look_ahead_on_a_class() -> None:
    for source in (r"甲|乙", r"(?=甲)甲乙", r"(?!甲)乙", r"(?=[甲乙])", r"(?i)(?=[ab])ab"):
        pattern = re.compile(source)
        assert scanning.with_start_set(pattern) is pattern


def test_the_last_character_tests_are_the_endswith_tests() -> None:
    """``ends_in`` with the last characters of a tuple of single characters is
    ``str.endswith`` that tuple; for words, a test that only lets through what it may."""
    tails = ["", "比上年增加", "较年初减少了", "增长", "突破", "约", "签约", "扩大了", "甲"]
    for ends in (measures._ABS_ENDS, measures._CHANGE_ENDS, measures._COMPARED_ENDS):
        assert all(len(word) <= 1 for word in ends)
        for tail in tails:
            assert scanning.ends_in(tail, scanning.last_of(ends)) == tail.endswith(ends)
    for words in (measures._QUAL_WORDS, measures._RAISED, measures._SIZE_CHANGE_ENDS):
        for tail in tails:
            if tail.endswith(words):
                assert scanning.ends_in(tail, scanning.last_of(words))
    assert scanning.ends_in("甲", scanning.last_of(("",)))


def test_a_line_without_english_is_the_same_asked_again() -> None:
    """``_without_english`` keeps its last line by identity: asked again of that line, of an
    equal line, or between two lines, it answers as the split does."""
    blocks = sys.modules["citystat.textfacts.table_blocks"]
    row = "造林面积 (公顷)  Area of Afforestation (hectare)  1234 1301"
    other = "GDP 增速 (%) 4.9 5.3"
    expected = blocks._blanked(row)
    assert expected != row and expected.split() == ["造林面积", "(公顷)", "1234", "1301"]
    for line in (row, row, other, row, "".join(list(row)), other):
        assert blocks._without_english(line) == blocks._blanked(line)
    assert blocks._without_english(other) is other  # (nothing blanked: the line itself)
