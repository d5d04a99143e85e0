"""Faster scanning of long texts with the same results: pure mechanics, no rules.

The rule modules describe what to find with regular expressions and tables of names;
this module only makes finding it cheaper in number-dense text (issue 13: 1 MB/s).

- :func:`prefiltered`: a pattern that checks the possible first characters of a match
  before trying its alternatives (``re`` tries every alternative at every position);
- :class:`Names`: the non-overlapping longest names of a table, as a regular expression
  built by prefix (:func:`regions.trie_pattern`) finds them, without trying hundreds of
  alternatives at every Chinese character.

Examples
--------
>>> import re
>>> pattern = prefiltered(re.compile(r"(?P<y>\\d{4})年|上半年|第(?P<n>[一二三])"))
>>> [(m.group(), m.lastgroup) for m in pattern.finditer("2023年上半年,第二")]
[('2023年', 'y'), ('上半年', None), ('第二', 'n')]
>>> [(s, e, n) for s, e, n in Names(["太原", "太原市", "晋中市"]).finditer("太原市、晋中市太原")]
[(0, 3, '太原市'), (4, 7, '晋中市'), (7, 9, '太原')]
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found]
import re._constants as sre  # type: ignore[import-not-found]  # opcodes (Python 3.11)
import re._parser as sre_parse  # type: ignore[import-not-found]
from bisect import bisect_left as _c_bisect_left
from bisect import bisect_right as _c_bisect_right
from collections.abc import Iterable, Iterator
from types import FunctionType
from typing import Any, Final

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_WORD: r"\w",
}


def prefiltered(pattern: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead on the characters a match can start with.

    The matches are the same (a position whose character cannot start a match is never
    one), found faster when the pattern has many alternatives and most positions start
    none. Returns ``pattern`` itself (compiled, with ``flags``, when given as a source)
    when its first characters cannot be told (it may match the empty string, starts with
    ``.`` or a negated class, ignores case). A source is compiled only then: a long
    pattern used only prefiltered is not compiled twice at import.

    >>> prefiltered(re.compile(r"a?b")).pattern
    '(?=[\\\\U00000061\\\\U00000062])(?:a?b)'
    >>> prefiltered(re.compile(r"[^,]+年")).pattern, prefiltered(re.compile(r"x*")).pattern
    ('[^,]+年', 'x*')
    """
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    if flags & re.IGNORECASE:
        return _compiled(pattern, flags)
    try:
        parsed = sre_parse.parse(source, flags)
        first = _first(parsed)
        if first is None or first[1] or not first[0]:
            return _compiled(pattern, flags)
        look = "[" + "".join(dict.fromkeys(first[0])) + "]"
        second = _walk(parsed, {0})
        if second is not None and second[1] == {2} and second[0]:
            look += "[" + "".join(dict.fromkeys(second[0])) + "]"  # every match has two
        body = _grouped(source, flags) or source
        return with_start_set(re.compile(f"(?={look})(?:{body})", flags))
    except (re.error, TypeError, ValueError):
        return _compiled(pattern, flags)


def with_start_set(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, which opens with a look-ahead on a class of characters (as
    :func:`prefiltered` writes it), compiled with that class as the characters a match
    starts with; ``pattern`` itself for any other.

    ``re`` reads such a class from the information block of a compiled pattern that
    opens with the class itself (``[ab]c``), never from a look-ahead: a search then calls
    the whole pattern at every position, where the look-ahead fails at once but each try
    costs a call; with the class in the block it passes over the characters outside it
    in a loop of its own. Only the block differs from what ``re.compile`` builds (the
    code of the pattern is the same, look-ahead included), so the matches are the same:
    a position is passed over only where the look-ahead would fail.

    >>> fast = with_start_set(re.compile(r"(?=[甲乙])(?:甲[12]|乙丙)"))
    >>> [m.group() for m in fast.finditer("丁甲1乙丙甲")], fast.pattern
    (['甲1', '乙丙'], '(?=[甲乙])(?:甲[12]|乙丙)')
    >>> plain = re.compile(r"甲|乙")
    >>> with_start_set(plain) is plain
    True
    """
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if not parsed.data or parsed.data[0][0] is not sre.ASSERT:
            return pattern
        direction, look = parsed.data[0][1]
        low, high = parsed.getwidth()
        if direction != 1 or not look.data or look.data[0][0] is not sre.IN or low == 0:
            return pattern
        flags = parsed.state.flags | pattern.flags
        code: list[int] = []  # the block re writes for a pattern that opens with the class …
        sre_compile._compile_info(code, sre_parse.SubPattern(parsed.state, [look.data[0]]), flags)
        if code[0] != sre.INFO or not code[2] & sre.SRE_INFO_CHARSET:  # (==: compiled, ints)
            return pattern
        code[3] = min(low, sre_compile.MAXCODE)  # … with this pattern's widths
        code[4] = min(high, sre_compile.MAXCODE)
        sre_compile._compile(code, parsed.data, flags)  # then the pattern's code, as re's
        code.append(sre.SUCCESS)
        names = parsed.state.groupdict
        groups: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            groups[number] = name
        fast: re.Pattern[str] = sre_compile._sre.compile(
            pattern.pattern, flags, code, parsed.state.groups - 1, names, tuple(groups)
        )
        return fast
    except Exception:  # (internals of re: where they differ, the pattern as re compiles it)
        return pattern


def _compiled(pattern: re.Pattern[str] | str, flags: int) -> re.Pattern[str]:
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)


#: Alternatives of a pattern's one alternation tried behind a look-ahead per this many.
_GROUP: Final = 12


def _grouped(source: str, flags: int) -> str | None:
    """``source`` of the form ``^(?:A|B|…)`` or ``(?:A|B|…)$`` with many alternatives,
    written with each run of some twelve of them (in their order) behind a look-ahead on
    the characters they can start with; None for any other form.

    ``re`` tries the alternatives one after the other: a place where only the last of a
    hundred can start costs a hundred tries, now some ten look-aheads and twelve tries.
    The matches are the same: a run is passed over only where none of it can match, in
    the same order, with the same groups (the runs' own groups capture nothing).

    >>> _grouped("(?:" + "|".join(f"a{i}" for i in range(24)) + "|b|c)$", 0)[-44:]
    'a22|a23)|(?=[\\\\U00000062\\\\U00000063])(?:b|c))$'
    >>> _grouped("(?:a|b)$", 0) is None, _grouped("x(?:a|b)", 0) is None
    (True, True)
    """
    head = "^" if source.startswith("^(?:") else ""
    tail = "$" if source.endswith(")$") else ""
    inner = source[len(head) : len(source) - len(tail)]
    if not (head or tail) or not inner.startswith("(?:"):
        return None
    alternatives = _top_alternatives(inner[3:])
    if alternatives is None or len(alternatives) <= 2 * _GROUP:
        return None
    runs = []
    for i in range(0, len(alternatives), _GROUP):
        run = alternatives[i : i + _GROUP]
        firsts: list[str] = []
        for alternative in run:
            try:  # (an alternative may refer to a group of another: then no groups at all)
                found = _first(sre_parse.parse(alternative, flags))
            except (re.error, TypeError, ValueError):
                return None
            if found is None or found[1] or not found[0]:
                firsts = []  # (one of them may start with anything: no look-ahead)
                break
            firsts.extend(found[0])
        look = "(?=[" + "".join(dict.fromkeys(firsts)) + "])" if firsts else ""
        runs.append(look + "(?:" + "|".join(run) + ")")
    return head + "(?:" + "|".join(runs) + ")" + tail


def _top_alternatives(source: str) -> list[str] | None:
    """The alternatives of ``A|B|…)`` (the rest of a group after its ``(?:``), when that
    group ends ``source``; None otherwise."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1  # a ] right after [ or [^ is a character of the class
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                if i != len(source) - 1:
                    return None  # the group ends before the pattern does
                parts.append(source[start:i])
                return parts
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return None


def last_characters(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """For a pattern that ends with ``$``: characters one of which ends a string (without a
    final line break) in which the pattern is found, read from the parsed pattern, so that
    ``text.endswith(these)`` is a test before the search that skips it only where it cannot
    match (and follows any change of the pattern). ``("",)`` (every string passes) when
    they cannot be told: no ``$`` at the end, a class of ranges, a repeat of unknown items …

    >>> last_characters(re.compile(r"(?<!均)(?:增收|净增加)(?:了)?$"))
    ('了', '收', '加')
    >>> last_characters(re.compile(r"增[\u4e00-\u9fa5]$")), last_characters(re.compile(r"增收"))
    (('',), ('',))
    """
    if pattern.flags & re.IGNORECASE:
        return ("",)
    try:
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if not parsed or parsed[-1] != (sre.AT, sre.AT_END):
            return ("",)  # a match may end anywhere: the text's end tells nothing
        found = _last(parsed)
    except (re.error, TypeError, ValueError):
        return ("",)
    if found is None or found[1] or not found[0]:
        return ("",)
    return tuple(dict.fromkeys(found[0]))


def _last(items: Any) -> tuple[list[str], bool] | None:
    """The characters that can end a match of a sequence, and whether it can be empty;
    None when unknown (the mirror of :func:`_first`, literal characters only)."""
    chars: list[str] = []
    for op, av in reversed(list(items)):
        found = _last_of(op, av)
        if found is None:
            return None
        chars.extend(found[0])
        if not found[1]:
            return chars, False
    return chars, True


def _last_of(op: Any, av: Any) -> tuple[list[str], bool] | None:
    if op is sre.LITERAL:
        return [chr(av)], False
    if op is sre.IN:
        if not all(kind is sre.LITERAL for kind, _ in av):
            return None
        return [chr(value) for _, value in av], False
    if op is sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _last(av[3])
    if op is sre.ATOMIC_GROUP:
        return _last(av)
    if op is sre.BRANCH:
        chars: list[str] = []
        empty = False
        for alternative in av[1]:
            found = _last(alternative)
            if found is None:
                return None
            chars.extend(found[0])
            empty = empty or found[1]
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = av
        found = _last(inner)
        return None if found is None else (found[0], low == 0 or found[1])
    if op is sre.AT and av in (sre.AT_END, sre.AT_END_STRING):
        return [], True  # consumes nothing
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [], True
    return None  # ^ inside, ANY, categories, group references …


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items: Any) -> tuple[list[str], bool] | None:
    """The class items that can start a match of a sequence, and whether it can be empty;
    None when unknown."""
    chars: list[str] = []
    for op, av in items:
        found = _first_of(op, av)
        if found is None:
            return None
        chars.extend(found[0])
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(op: Any, av: Any) -> tuple[list[str], bool] | None:
    if op is sre.LITERAL:
        return [_char(av)], False
    if op is sre.IN:
        chars = []
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.append(_char(value))
            elif kind is sre.RANGE:
                chars.append(f"{_char(value[0])}-{_char(value[1])}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                chars.append(_CATEGORIES[value])
            else:  # NEGATE, other categories
                return None
        return chars, False
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        return None if add_flags & re.IGNORECASE else _first(inner)
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.BRANCH:
        chars, empty = [], False
        for alternative in av[1]:
            found = _first(alternative)
            if found is None:
                return None
            chars.extend(found[0])
            empty = empty or found[1]
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = av
        found = _first(inner)
        return None if found is None else (found[0], low == 0 or found[1])
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], True  # consumes nothing
    return None  # ANY, NOT_LITERAL, group references …


def _walk(items: Any, offsets: set[int]) -> tuple[list[str], set[int]] | None:
    """The class items that can be a match's second character, and the offsets (0, 1, or
    2 for two and more characters) at which a match of ``items`` can end when it starts
    at ``offsets``; None when unknown."""
    second: list[str] = []
    for op, av in items:
        found = _walk_one(op, av, offsets)
        if found is None:
            return None
        second.extend(found[0])
        offsets = found[1]
    return second, offsets


def _walk_one(op: Any, av: Any, offsets: set[int]) -> tuple[list[str], set[int]] | None:
    if op is sre.LITERAL or op is sre.IN:
        chars = _first_of(op, av)
        if chars is None:
            return None
        return (chars[0] if 1 in offsets else []), {min(o + 1, 2) for o in offsets}
    if op is sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _walk(av[3], offsets)
    if op is sre.ATOMIC_GROUP:
        return _walk(av, offsets)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], offsets
    if op is sre.BRANCH:
        second: list[str] = []
        ends: set[int] = set()
        for alternative in av[1]:
            found = _walk(alternative, offsets)
            if found is None:
                return None
            second.extend(found[0])
            ends |= found[1]
        return second, ends
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        second, ends, copies = [], set(offsets), 0
        while copies < low:  # the copies a match must have (until nothing changes)
            found = _walk(inner, ends)
            if found is None:
                return None
            second.extend(found[0])
            copies += 1
            if found[1] == ends:
                break
            ends = found[1]
        while copies < high:  # the further copies it may have
            found = _walk(inner, ends)
            if found is None:
                return None
            second.extend(found[0])
            copies += 1
            if found[1] <= ends:
                break
            ends |= found[1]
        return second, ends
    return None


class Names:
    """Finds names of a table in text as a prefix-factored pattern of them does: at
    each position the longest name, then on from its end.

    A regular expression of some 3,500 names tries hundreds of alternatives at every
    character that starts one; here a first character followed by a possible second one
    finds the candidates, a set of the names' first two characters discards most of them
    and a set of the names gives the longest at each.
    """

    def __init__(self, names: Iterable[str]) -> None:
        table = {name for name in names if name}
        self._names = table
        self._singles = {name for name in table if len(name) == 1}
        #: a name's first two characters → the lengths of the names that start so, longest
        #: first (and 1 when the first character is a name by itself)
        lengths: dict[str, set[int]] = {}
        for name in table:
            lengths.setdefault(name[:2], set()).add(len(name))
        self._pairs = {
            pair: tuple(sorted(found | ({1} if pair[0] in self._singles else set()), reverse=True))
            for pair, found in lengths.items()
        }
        starts = "".join(_char(ord(c)) for c in sorted({name[0] for name in table}))
        seconds = "".join(_char(ord(c)) for c in sorted({name[1] for name in table if name[1:]}))
        if not starts:
            self._starts = re.compile(r"(?!x)x")
        elif self._singles:  # a name of one character: every first character is one
            self._starts = re.compile(f"[{starts}]")
        else:  # a first character followed by a second one
            self._starts = re.compile(f"[{starts}](?=[{seconds}])")

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of each name found, in order, not overlapping."""
        names, pairs, singles = self._names, self._pairs, self._singles
        end = 0
        for m in self._starts.finditer(text):
            start = m.start()
            if start < end:
                continue
            lengths = pairs.get(text[start : start + 2])
            if lengths is None:
                if text[start] in singles:
                    end = start + 1
                    yield start, end, text[start]
                continue
            for length in lengths:  # only the lengths of names that start so
                name = text[start : start + length]
                if len(name) == length and name in names:
                    end = start + length
                    yield start, end, name
                    break


def last_before(stop: re.Pattern[str], text: str, low: int, high: int) -> int:
    """Where the last match of ``stop`` in ``text[low:high]`` starts, or -1.

    Searches windows growing backwards from ``high``, so that the cost is the distance to
    the match, not to ``low`` (one ``str.rfind`` per stop character scans back to ``low``
    for each character that is not there: quadratic when ``low`` is the text's start).

    >>> stop = re.compile("[,。]")
    >>> last_before(stop, "甲,乙。丙,丁", 0, 6), last_before(stop, "甲,乙。丙,丁", 0, 1)
    (5, -1)
    >>> last_before(stop, "甲,乙。丙,丁", 2, 4), last_before(stop, "甲,乙。丙,丁", 4, 2)
    (3, -1)

    ``low`` and ``high`` are offsets from the start (not from the end when negative, as
    in ``str.rfind``); every caller passes offsets of ``0`` or more.
    """
    window = 32
    start = max(low, high - window)
    while True:
        found = -1
        for found_match in stop.finditer(text, start, high):
            found = found_match.start()
        if found >= 0 or start <= low:
            return found
        window *= 8
        start = max(low, high - window)


def last_of(words: Iterable[str]) -> frozenset[str]:
    """The last characters of ``words`` (``""`` for an empty one), for :func:`ends_in`.

    >>> sorted(last_of(("增加", "了", "减少")))
    ['了', '加', '少']
    """
    return frozenset(word[-1:] for word in words)


def ends_in(text: str, lasts: frozenset[str]) -> bool:
    """Whether ``text`` ends with one of the characters ``lasts`` (:func:`last_of` a tuple
    of words), as a test before ``text.endswith`` that tuple: that call compares each word
    in turn, this looks one character up. For a tuple of single characters (what
    :func:`last_characters` gives) it is the same test; an empty word ends any text.

    >>> ends_in("比上年增加", last_of(("增加", "减少"))), ends_in("增加值", last_of(("增加",)))
    (True, False)
    >>> ends_in("", last_of(("了",))), ends_in("甲", last_of(("",)))
    (False, True)
    """
    return text[-1:] in lasts or "" in lasts


def bisect_left(values: list[int], x: int) -> int:
    """Where ``x`` goes in the sorted ``values``, before any equal to it, as
    :func:`bisect.bisect_left`.

    Compiled, this loop over a list of ints is several times cheaper than a call of the C
    module's (which parses its arguments and compares Python objects); in pure Python
    the C module's is used instead (see the end of the module).

    >>> bisect_left([1, 3, 3, 7], 3), bisect_left([1, 3, 3, 7], 8), bisect_left([], 1)
    (1, 4, 0)
    """
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < x:
            low = middle + 1
        else:
            high = middle
    return low


def bisect_right(values: list[int], x: int) -> int:
    """Where ``x`` goes in the sorted ``values``, after any equal to it, as
    :func:`bisect.bisect_right` (compiled: see :func:`bisect_left`).

    >>> bisect_right([1, 3, 3, 7], 3), bisect_right([1, 3, 3, 7], 0), bisect_right([], 1)
    (3, 0, 0)
    """
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if x < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low


if isinstance(bisect_left, FunctionType):  # pure Python: the C module's search is faster
    globals().update(bisect_left=_c_bisect_left, bisect_right=_c_bisect_right)
