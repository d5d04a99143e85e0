"""Round 20: speed, mechanics only (the same facts).

Literal tests before patterns that rarely match: each literal set must let through every
string the pattern can match, so the tests below read the strings from the parsed
patterns (a rule that adds a word to a pattern fails here until the set has it too).
"""

from __future__ import annotations

import importlib
import itertools
import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

from citystat.textfacts import extract, measures, scanning, subjects

ex = importlib.import_module("citystat.textfacts.extract")  # (the module, not the function)
pe = importlib.import_module("citystat.textfacts.periods")
sc = importlib.import_module("citystat.textfacts.scope")

_SPACE = sre_parse.CATEGORY_SPACE  # type: ignore[attr-defined]
_DIGIT = sre_parse.CATEGORY_DIGIT  # type: ignore[attr-defined]


def _strings(items: Any) -> set[str]:
    """Every string a pattern of literals, classes, groups, alternations and repeats
    matches (repeats cut at two; ``\\s`` read as one space)."""
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            options = {chr(av)}
        elif name == "IN":
            options = set()
            for kind, value in av:
                if str(kind) == "LITERAL":
                    options.add(chr(value))
                elif str(kind) == "CATEGORY" and value == _SPACE:
                    options.add(" ")
                elif str(kind) == "CATEGORY" and value == _DIGIT:
                    options.add("1")
                else:
                    raise AssertionError(f"cannot list {kind} {value}")
        elif name == "SUBPATTERN":
            options = _strings(av[3])
        elif name == "BRANCH":
            options = set().union(*(_strings(branch) for branch in av[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, inner = av
            each = _strings(inner)
            options = set()
            for times in range(low, min(high, 2) + 1):
                options |= {"".join(p) for p in itertools.product(each, repeat=times)}
        elif name == "AT":
            options = {""}
        else:
            raise AssertionError(f"cannot list {name}")
        out = {a + b for a in out for b in options}
    return out


def strings(pattern: re.Pattern[str]) -> set[str]:
    return _strings(sre_parse.parse(pattern.pattern, pattern.flags))


def test_the_strings_of_a_pattern_are_listed() -> None:
    assert strings(re.compile(r"(?:甲|乙)?丙[丁戊]")) == {
        "丙丁",
        "丙戊",
        "甲丙丁",
        "甲丙戊",
        "乙丙丁",
        "乙丙戊",
    }


def test_first_characters_of_verb_only_subjects() -> None:
    found = strings(ex._VERB_ONLY)
    assert "累计完成" in found and "建成" in found
    assert {s[0] for s in found} <= ex._VERB_ONLY_FIRST


def test_last_characters_of_whole_matches() -> None:
    for pattern, last in (
        (ex._BARE_VERB, ex._BARE_VERB_LAST),
        (ex._MEMBERS, ex._MEMBERS_LAST),
    ):
        found = strings(pattern)
        assert found and {s[-1] for s in found} <= last, pattern.pattern
    copulas = strings(measures.COPULA_ONLY)
    assert "达到了" in copulas and {s.rstrip()[-1] for s in copulas} <= measures.COPULA_LAST


def test_bare_rates_are_the_pattern_words() -> None:
    assert strings(ex._BARE_RATE) == ex._BARE_RATES


def test_words_every_match_has() -> None:
    assert all(("增加" in s or "减少" in s) for s in strings(measures._BARE_CHANGE))
    assert max(len(s) for s in strings(ex._VERB_LEAD)) <= 5
    assert {len(s) for s in strings(ex._BREAKDOWN_PART)} == {2, 4}
    assert all(s.endswith("量") for s in strings(ex._CARRIED_AND_WORK))
    glued = strings(ex._GLUE)
    assert {s.lstrip()[0] for s in glued} <= ex._GLUE_FIRST
    headings = strings(ex._HEADING)
    assert {s.lstrip()[0] for s in headings} <= ex._HEADING_FIRST


def test_months_since_january_have_their_first_month() -> None:
    for period in ("2023-01/2023-11", "2011-01/2011-02"):
        assert "-01/" in period and ex._MONTHS_SINCE_JANUARY.fullmatch(period)
    assert ex._MONTHS_SINCE_JANUARY.fullmatch("2023-02/2023-11") is None


def test_literal_tests_keep_the_rules() -> None:
    """Sentences of the shapes the tested rules read, with their facts as before."""
    facts = extract(
        "全县共有卫生院12个,床位860张。\n1-10月,甲县累计接待游客3.2万人次。\n"
        "全县居民人均可支配收入41234元,增长4.6%;其中,城镇42345元,增长4.2%。",
        region="甲县",
        year=2024,
    )
    assert [(f.text_span, f.subject, f.period, f.measure) for f in facts] == [
        ("12个", "卫生院", "2024", "count"),
        ("860张", "卫生院床位", "2024", "count"),
        ("3.2万人次", "甲县接待游客", "2024-01/2024-10", "level"),
        ("41234元", "居民人均可支配收入", "2024-01/2024-10", "level"),
        ("4.6%", "居民人均可支配收入", "2024-01/2024-10", "growth_yoy"),
        ("42345元", "城镇居民人均可支配收入", "2024-01/2024-10", "level"),
        ("4.2%", "城镇居民人均可支配收入", "2024-01/2024-10", "growth_yoy"),
    ]


def _ends(pattern: re.Pattern[str]) -> set[str]:
    """The characters a match of ``pattern`` (alternatives each ending with ``$``) ends with."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    branches = items[0][1][1] if len(items) == 1 and str(items[0][0]) == "BRANCH" else [items]
    out: set[str] = set()
    for branch in branches:
        assert str(list(branch)[-1][1]) == "AT_END", pattern.pattern
        found = scanning._last(list(branch))
        assert found is not None and not found[1], pattern.pattern  # (its end can be told)
        out |= set(found[0])
    return out


def test_characters_patterns_ending_with_dollar_end_with() -> None:
    # ($ matches before a final line break too: the sets let it through)
    assert _ends(ex._SHARE_OF) | {"\n"} == ex._SHARE_OF_ENDS
    assert _ends(ex._TRAILING_RATE) | {"\n"} == ex._TRAILING_RATE_ENDS
    assert (_ends(ex._FROM_YEAR) | _ends(ex._BASE_FIGURE)) <= ex._FROM_YEAR_ENDS
    assert all("同期" in s for s in strings(ex._PREVIOUS_SPAN))
    heads = strings(ex._BARE_HEAD)
    assert heads and {s[-1] for s in heads} <= ex._BARE_HEAD_LAST


def test_cut_share_of_as_the_pattern() -> None:
    for subject in (
        "税收收入占一般公共预算收入的比重",
        "甲完成年度计划",
        "甲收入",
        "预算完成进度\n",
        "",
    ):
        assert ex._share_of_cut(subject) == ex._SHARE_OF.sub("", subject)


def test_bases_of_periods_tested_on_their_characters() -> None:
    assert all(s[-2:] in ("去年", "上年") for s in strings(pe._BASE_YEAR_BEFORE))
    assert _ends(pe._DISTANT_BASE) | {"\n"} == pe._DISTANT_BASE_LAST
    for pattern in (pe._MULTIPLE_BASE, pe._SHARE_BASE):
        firsts = {s[0] for s in strings(pattern)}
        assert all(c in pe._BASE_AFTER_FIRST or c.isspace() or c.isdecimal() for c in firsts)


def _firsts(pattern: re.Pattern[str]) -> set[str]:
    """The characters (``\\d``, ``\\s`` for the classes) a match of ``pattern`` starts with."""
    found = scanning._first(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    assert found is not None and not found[1], pattern.pattern
    return {c if c in ("\\d", "\\s") else chr(int(c[2:], 16)) for c in found[0]}


def test_more_literal_sets_of_patterns() -> None:
    assert _ends(ex._COMPARE_BEFORE) | {"\n"} == ex._COMPARE_BEFORE_LAST
    assert {s[-1] for s in strings(ex._BARE_AMOUNT)} == ex._BARE_AMOUNT_LAST
    assert {s.lstrip()[0] for s in strings(sc._BREAKDOWN)} == sc._BREAKDOWN_FIRST
    assert _firsts(ex._SCOPE_AFTER) - {"\\d", "\\s"} <= ex._SCOPE_AFTER_FIRST
    assert "{0,6}?项目" in subjects._PROJECTS.pattern  # (项目 starts within 8 characters)


def test_scope_and_breakdown_as_the_patterns() -> None:
    text = "在全省21个地级以上市中居第7位,全市 各县(市、区)中排第4位,分月份看,增长"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert ex._scope_after(text, start, end) == bool(
                ex._SCOPE_AFTER.match(text, start, end)
            )
        assert sc._breakdown_at(text, start) == bool(sc._BREAKDOWN.match(text, start))


def test_cumulative_quarters_as_the_pattern() -> None:
    assert not sc._QUARTER_VS_CUMULATIVE_SCAN.pattern.startswith("(?<!")
    for text in (
        "三季度,全县增长3.2%,比上半年高1.1个百分点。",
        "第三季度,比上半年高;前三季度增长,四季度增速较前三季度回落",
        "二季度增长5.1%,三季度增长6.3%。",
        "四季度增速比前三季度加快",
        "前四季度,较前三季度;第四季度比前三季度",
    ):
        for start in range(len(text)):
            assert sc.cumulative_quarters("季度上半年" + text[start:]) == bool(
                sc._QUARTER_VS_CUMULATIVE.search("季度上半年" + text[start:])
            )


def test_group_tail_scan_as_the_pattern() -> None:
    rg = importlib.import_module("citystat.textfacts.regions")
    assert rg._GROUP_TAIL_SCAN.pattern != rg._GROUP_TAIL.pattern  # (prefiltered)
    text = "苏南五市、苏北5市和沿海八市,东部3市,晋北三市市委,全省十一市,南12个县区"
    assert [m.span() for m in rg._GROUP_TAIL_SCAN.finditer(text)] == [
        m.span() for m in rg._GROUP_TAIL.finditer(text)
    ]
