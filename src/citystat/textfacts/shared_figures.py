"""One figure said of several places: ``深圳、成都、杭州均超500公里``.

A clause that opens with a list of places, joined by 、 (or 和, 及, 与), then at most the
indicator's words and a verb or bound (``等城市机动车保有量超过400万辆``, ``均超过百亿
元``), says its one figure of each place. The figure becomes one fact per place, each on
the same span, the indicator without the list's 等 and what it counts (``等城市``). A clause
with 分别 gives each place its own figure instead (:mod:`lists`, :func:`as_respectively`).

Examples
--------
>>> from citystat.textfacts.schema import Fact
>>> from citystat.textfacts.regions import Region
>>> text = "甲市、乙市等城市机动车保有量超过400万辆。"
>>> fact = Fact("", "400万辆", 16, 21, "等城市机动车保有量", "丙省", "2021", "count", 400,
...             "万辆", 4e6, "count")
>>> places = [(0, 2, Region("990100", "甲市", "city", None)), (3, 5, Region("990200", "乙市", "city", None))]
>>> [(f.region, f.subject) for f in shared_by_places(text, [fact], places)]
[('甲市', '机动车保有量'), ('乙市', '机动车保有量')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from .regions import Region
from .schema import Fact

#: What joins two places of the list.
_PLACE_GLUE = frozenset("、和及与")
#: What ends a clause.
_CLAUSE_STOPS = frozenset(",，。;；:：!！?？\n")
#: How far back a clause's start is looked for (a list of places is shorter).
_CLAUSE_REACH = 200
#: What the places listed are (``等城市``, ``等地区``).
_PLACES_KIND = r"等(?:城市|地区|省份|省市|县市区|县区|市|县|区)?"
#: After the list: what the places are (``等城市``), the indicator's words, then 均 or a
#: bound right before the figure, which say it of each place; no 分别 (a figure each), no
#: 共同 or 合计 (one figure of all), no 各 or 将 (a plan's share, annotated once) and no
#: figure. (Not a bare verb: 甲、乙产量增长5% may be of the two together.)
_AFTER_LIST = re.compile(
    rf"(?:{_PLACES_KIND})?"
    r"(?P<words>(?:(?!共同|合计|总和|共|各|将)[^,，。;；:：\d分]){0,20}?)"
    r"(?:(?P<each>均|都)(?:超过|超|突破|接近|逾|达到|达|为|在)?|超过|超|突破|接近|逾)$"
)
#: The end of an indicator each place has (``机动车保有量``, ``产值``): a bound without 均
#: after it is said of each place; after other words (``三地签约合作项目``, ``企业``) it may
#: be of the places together.
_OWN_INDICATOR_END = re.compile(r"(?:量|值|额|规模|面积|收入|总值|产量)$")
#: A count of the places listed (``三地``, ``四个城市``): the figure after is of them together.
_PLACES_COUNTED = re.compile(r"^[两二三四五六七八九十]+个?(?:地|市|省|县|区|城市|地区|省份)")
#: Each place's own figure after the bound (``均超过7000家,分别为1.07万、…``).
_RESPECTIVELY_AFTER = re.compile(r"[,，]\s*(?:[^,，。;；]{0,6}?)分别")
#: What a figure's subject may start with when the list's 等 was read into it.
_KIND_LEAD = re.compile(rf"^{_PLACES_KIND}(?:的)?")


def shared_by_places(
    text: str, facts: Sequence[Fact], places: Sequence[tuple[int, int, Region]]
) -> list[Fact]:
    """``facts`` with each figure said of a list of ``places`` given once per place."""
    starts = [start for start, _, _ in places]
    out: list[Fact] = []
    for fact in facts:
        listed = _listed_places(text, fact.char_start, places, starts)
        if listed and _RESPECTIVELY_AFTER.match(text, fact.char_end):
            listed = []  # 均超过20亿平方米,分别为25.6亿…: a bound over the figures each place has
        if not listed or (out and out[-1].char_end > _clause_start(text, fact.char_start)):
            out.append(fact)  # (a figure before it in its clause: no list of places opens it)
            continue
        subject = _KIND_LEAD.sub("", fact.subject or "") or fact.subject
        out.extend(replace(fact, region=region.name, subject=subject) for region in listed)
    return out


def _clause_start(text: str, position: int) -> int:
    """Where the clause of ``position`` starts, looking back (at most :data:`_CLAUSE_REACH`)."""
    for at in range(position - 1, max(-1, position - _CLAUSE_REACH), -1):
        if text[at] in _CLAUSE_STOPS:
            return at + 1
    return max(0, position - _CLAUSE_REACH)


def _listed_places(
    text: str, position: int, places: Sequence[tuple[int, int, Region]], starts: list[int]
) -> list[Region]:
    """The places of the list that opens the clause of the figure at ``position``."""
    start = _clause_start(text, position)
    while start < position and text[start].isspace():
        start += 1
    first = bisect_left(starts, start)
    if first >= len(places) or places[first][0] != start:
        return []
    listed = [places[first]]
    for place in places[first + 1 :]:
        if place[0] >= position:
            break
        if place[0] != listed[-1][1] + 1 or text[listed[-1][1]] not in _PLACE_GLUE:
            break
        listed.append(place)
    after = _AFTER_LIST.fullmatch(text, listed[-1][1], position)
    if len(listed) < 2 or after is None:
        return []
    words = after["words"]
    if not after["each"] and (_PLACES_COUNTED.match(words) or not _OWN_INDICATOR_END.search(words)):
        return []  # 北京、天津、河北三地签约合作项目超过100个: of the three together
    return [region for _, _, region in listed]
