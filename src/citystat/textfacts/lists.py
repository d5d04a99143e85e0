"""Lists of regions with a figure each, without 分别: ``按规模排序,甲县10.6亿元,乙县…``.

A run of at least three clauses that each hold only a name and one figure
(``泽州县10.6亿元,高平市10.5亿元,城区6.9亿元``), most of the names regions, is a list of
the same indicator over regions. The indicator is what the words before the list name,
without the ordering (``按规模排序``, ``按增速排序``); when they name nothing, the
heading of the sentence before its colon (``各县(市、区)收入完成情况:`` → 收入). A
region item gets its region and the indicator; an item that is no region (``开发区``,
``市本级``) stays in the document's region with its name in front of the indicator.
What the figures measure is decided by :func:`measures.decide` from the ordering
(``按增速排序`` → growth).

Examples
--------
>>> text = "各县收入完成情况:按规模排序,盂县10.6亿元,平定县9.5亿元,开发区2.4亿元,郊区1.1亿元。"
>>> starts = [(m.start(), m.end()) for m in __import__("re").finditer(r"[\\d.]+亿元", text)]
>>> def region(name):
...     return {"盂县": "盂县", "平定县": "平定县", "郊区": "郊区"}.get(name)
>>> for at, item in sorted(region_lists(text, starts, region, "阳泉市").items()):
...     print(text[at:at + 6], item)
10.6亿元 ('收入', '盂县')
9.5亿元, ('收入', '平定县')
2.4亿元, ('开发区收入', '阳泉市')
1.1亿元。 ('收入', '郊区')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .subjects import ZONE_WORDS, clean, head_of

#: What may end an item clause right after its figure.
_AFTER = re.compile(r"\s*(?:[,，、;；。]|$)")
_ITEM_END = frozenset(",，、;；。")
#: Between an item's figure and the next item's name (``…(+43%)以及丙业(+42%)``).
_BETWEEN = re.compile(r"\s*(?:[,，、;；]\s*(?:以及|和|及)?|以及|和|及)\s*")
#: The first words of an item's name that has a 、 in it, after the item before.
_NAME_PART = re.compile(r"\s*[,，;；]\s*(?P<part>[\u4e00-\u9fa5]{1,10}、)")
#: A sign written before a figure in brackets (``(+60%)``).
_SIGNS = frozenset("+＋-－")
#: What joins the last item of a list to the one before (``以及``, ``和``).
_JOINER = re.compile(r"以及|和|及|与")
#: A ranking that opens a list (``…输出额前三位分别为``, ``…增幅位居前三的行业分别是``,
#: ``…最高的三个市是``): its items are what it ranks, even when they are no places.
_RANKED_LEAD = re.compile(
    r"(?:(?:排名|排在|位居|位列|居)?(?:全国|全省|全市)?[前后][一二三四五六七八九十\d]{1,2}(?:位|名)?"
    r"|(?:最高|最低|最多|最少|最快|最慢|最大|最小)的[一二三四五六七八九十两\d]{1,2}个)"
    r"(?:的(?P<kind>[\u4e00-\u9fa5]{1,6}?))?(?:分别|依次)?(?:为|是|有)$"
)
#: The name right before a figure, up to a clause mark (searched in a short window).
#: A name may carry a longer note in brackets (``甲区(不含某某国控监测点位)``).
_ITEM_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fa5]{2,12}[(（][^()（）,，;；:：。]{1,24}[)）]"
    r"|[\u4e00-\u9fa5][\u4e00-\u9fa5()（）]{1,11})\s*(?:[:：]\s*)?$"
)
#: Words that order a list or introduce it, not part of the indicator.
_ORDERING = re.compile(
    r"按[^,，;；:：。按]{1,12}?(?:排序|排名|排列|排位|高低|大小)(?:(?:由|从)[高低大小快慢]到[高低大小快慢])?|"
    # 由多到少排序, 由低到高(污染由轻至重)排序
    r"(?:由|从)[高低大小快慢多少好差轻重优劣][到至][高低大小快慢多少好差轻重优劣]"
    r"(?:[(（][^()（）]{0,16}[)）])?(?:排序|排列|排名)?|"
    r"从[^,，;；:：。]{1,6}看|(?:分别|依次)(?:为|是)?|(?:位居|居|占据|排名)?[前后][一二三四五六七八九十\d]+(?:位|名)|"
    # 最高的三个州市, 最低的5个县: the end of a ranking and what it ranks
    r"(?:最高|最低|最多|最少|最快|最慢|最大|最小)的(?:[一二三四五六七八九十两\d]{1,2}个)"
    r"(?:州市|市州|地市|县市区|县区|县市|地区|城市|省份|省|市|县|区)?"
)
#: The collective at the start of a heading (``各县(市、区)``) and its end (``完成情况``).
_HEADING_EDGES = re.compile(
    r"^(?:全国)?(?:各(?:地区|县|市|区|旗|地|乡镇|省)(?:[(（][^)）]{1,8}[)）])?)|"
    # 六城区…, “三县一市”…: a count of the places listed
    r"^[“\"]?[一二三四五六七八九十两\d]+个?(?:城区|县区|县市区|县市|县|市|区|旗|乡镇)"
    r"(?:[一二三四五六七八九十两\d]+个?(?:城区|县|市|区))?[”\"]?|"
    rf"^(?:各|全[省市县区])(?:{ZONE_WORDS})|"
    # …旅客吞吐量的分布情况是: how the figures are spread, no part of what they measure
    r"(?:的)?(?:分布|构成)?(?:完成|运行|进度)?(?:情况|如下)$"
)
_SENTENCE = "。!！?？\n"
#: A count of the places listed and what they outdo (``共有15地…跑赢全国``), around the
#: indicator a heading names.
_OUTRUN = re.compile(
    r"^(?:今年)?(?:[一二三四上下]季度|上半年|前三季度|全年)?(?:共有|有)?\d+(?:个)?[地市县区城]|"
    r"(?:跑赢|高于|超过|快于|超|低于)(?:全国|全省|全市)(?:平均水平|平均值|平均)?$"
)
#: (reversed) The characters a name of the second form ends with, up to its length.
_NAME_RUN = re.compile(r"[\u4e00-\u9fa5()（）]{1,12}")
_HAN = re.compile(r"[\u4e00-\u9fa5]")


def _item_name(text: str, name_end: int) -> tuple[int, str] | None:
    """(start, name) of what :data:`_ITEM_NAME` finds right before ``name_end``.

    When the name ends in a Chinese character (most items), only its second form can end
    there, with nothing after it: the leftmost Chinese character of the run of name
    characters before ``name_end`` (at most 12) starts it. Found so, without trying the
    pattern at each start (its two forms backtrack).

    >>> _item_name("按规模排序,盂县10.6亿元", 8), _item_name("1,甲区(不含点位):", 11)
    ((6, '盂县'), (2, '甲区(不含点位)'))
    """
    if "\u4e00" <= text[name_end - 1 : name_end] <= "\u9fa5":
        tail = text[max(0, name_end - 12) : name_end][::-1]
        run = _NAME_RUN.match(tail)
        first = _HAN.search(text, name_end - run.end(), name_end - 1) if run else None
        return (first.start(), text[first.start() : name_end]) if first else None
    window = 40 if text[name_end - 1 : name_end] in ")）" else 15
    found = _ITEM_NAME.search(text, max(0, name_end - window), name_end)
    return (found.start("name"), found["name"]) if found else None


_NOTE_AFTER = re.compile(r"[(（][^()（）]*[)）]$")
#: An item that is a development zone or the city's own level (``经开区``, ``市本级``):
#: a place, though no region; a list of regions and zones is a list of places.
_ZONE_ITEM = re.compile(rf"[\u4e00-\u9fa5]{{0,10}}?{ZONE_WORDS}|(?:市|县|区)?本级")


def region_lists(
    text: str,
    figures: Sequence[tuple[int, int]],
    region_of: Callable[[str], str | None],
    own: str | None,
) -> dict[int, tuple[str | None, str | None]]:
    """``figure start → (subject, region)`` for the figures of region lists in ``text``.

    ``figures`` are the (start, end) of the numbers with their units, in order;
    ``region_of`` names the region an item's name is (or ``None``); ``own`` is the
    document's region, for items that are no region.
    """
    items: list[tuple[int, int, str]] = []  # figure start, name start, name
    if len(figures) < 3:
        return {}
    ends = dict(figures)
    last = len(figures) - 1
    for k, (start, end) in enumerate(figures):
        # an item is a name and a figure, close to the next or the one before (cheap
        # checks first: most figures are no item)
        before = text[start - 1 : start]
        name_end = start
        sign = 1 if before in _SIGNS and text[start - 2 : start - 1] in "(（" else 0
        if sign:  # 甲业(+60%): a growth in brackets
            before = text[start - 2 : start - 1]
        if before in "(（" and text[end : end + 1] in ")）":
            # 万柏林区(4.25)、迎泽区(4.74): the figure in brackets after the name
            name_end, end = start - 1 - sign, end + 1
            ends[start] = end
            before = text[name_end - 1 : name_end]
        if not ("\u4e00" <= before <= "\u9fa5" or before in ":：)）"):
            continue
        following = text[end : end + 1]
        if (
            following
            and following not in _ITEM_END
            and not _AFTER.match(text, end)
            and not (name_end < start and _JOINER.match(text, end))  # 乙港(4.2亿吨)和丙港
        ):
            continue
        near = 24 if name_end < start else 14  # (a bracket's item may have a longer name)
        if not (
            (k > 0 and start - figures[k - 1][1] <= near)
            or (k < last and figures[k + 1][0] - end <= near)
        ):
            continue
        named = _item_name(text, name_end)
        if named is None:
            continue
        opening, name = named
        close = max(name.rfind(")"), name.rfind("）"))
        if (
            close >= 0
            and not name.endswith((")", "）"))
            and "(" not in name[:close]
            and "（" not in name[:close]
        ):  # 亿吨)和丙港: the bracket closes the figure before, not a note on this name
            opening, name = opening + close + 1, name[close + 1 :]
        joined = False
        if text[opening - 1 : opening] in ")）":  # …(+43%)以及丙业(+42%): the joiner
            joiner = _JOINER.match(name)
            if joiner:
                opening, name, joined = opening + joiner.end(), name[joiner.end() :], True
        listing = name.find("分别")  # 优良天数由多到少分别为镇坪: the name after 分别为
        if listing >= 0 and name[listing + 2 : listing + 3] in ("为", "是"):
            opening, name = opening + listing + 3, name[listing + 3 :]
        if len(name) < 2:
            continue
        if (
            opening == 0
            or joined
            or text[opening - 1] in ",，、;；:：。\n"
            or (text[opening - 1] in "为是" and text[opening - 3 : opening - 1] == "分别")
        ):  # (依次为甲县91天、乙县90天…, read as 分别为: the first item opens after it)
            items.append((start, opening, name))
    out: dict[int, tuple[str | None, str | None]] = {}
    run: list[tuple[int, int, str]] = []
    for item in [*items, (-1, -1, "")]:
        after = ends.get(run[-1][0]) if run else None
        if after is not None and item[0] >= 0 and text[after - 1 : after] in ")）":
            # 甲业(+60%),乙、丙和丁业(+43%): a name with 、 in it, between brackets
            part = _NAME_PART.fullmatch(text, after, item[1])
            if part:
                item = item[0], part.start("part"), part["part"] + item[2]
        if (
            after is not None
            and item[0] >= 0
            and _BETWEEN.fullmatch(text, after, item[1]) is not None
        ):
            run.append(item)
            continue
        if len(run) >= 3 or (len(run) == 2 and _ranking(text, run[0][1])):
            out.update(_distribute(text, run, region_of, own))
        run = [item]
    return out


def _distribute(
    text: str,
    run: list[tuple[int, int, str]],
    region_of: Callable[[str], str | None],
    own: str | None,
) -> dict[int, tuple[str | None, str | None]]:
    # 尖草坪区(不含上兰点位)251天: the place, without the note on it
    # (a note ends with its bracket: the pattern only where one ends the name)
    regions = [
        region_of(_NOTE_AFTER.sub("", name) if name.endswith((")", "）")) else name)
        for _, _, name in run
    ]
    found = sum(r is not None for r in regions)
    if found == 0:
        return _ranked_kinds(text, run, own) or _named_kinds(text, run, own)
    places = found + sum(
        r is None and _ZONE_ITEM.fullmatch(name) is not None
        for r, (_, _, name) in zip(regions, run, strict=True)
    )
    if places * 3 < len(run) * 2:
        return {}
    indicator = _indicator(text, run[0][1])
    out: dict[int, tuple[str | None, str | None]] = {}
    for (start, _, name), region in zip(run, regions, strict=True):
        if region is not None:
            out[start] = (indicator or None, region)
        else:
            out[start] = (name + indicator if indicator else None, own)
    return out


def _clause_start(text: str, at: int) -> int:
    """Where the clause around ``at`` starts (after a mark within 60 characters before it)."""
    return max(text.rfind(mark, max(0, at - 60), at) for mark in ",，;；:：。\n") + 1


def _ranking(text: str, first: int) -> re.Match[str] | None:
    """The ranking that opens the clause of a list whose first item starts at ``first``."""
    return _RANKED_LEAD.search(text, _clause_start(text, first), first)


def _ranked_kinds(
    text: str, run: list[tuple[int, int, str]], own: str | None
) -> dict[int, tuple[str | None, str | None]]:
    """Items of a ranking that are no places, each named with the indicator ranked
    (``甲港`` + ``货物吞吐量`` for ``港口货物吞吐量排名前三的港口分别为甲港(…)``: the
    indicator's own word for what it ranks left out), or nothing when no ranking leads.

    >>> text = "全年港口货物吞吐量排名前三的港口分别为甲港(5.6亿吨)、乙港(4.2亿吨)"
    >>> _ranked_kinds(text, [(22, 19, "甲港"), (31, 28, "乙港")], "某省")
    {22: ('甲港货物吞吐量', '某省'), 31: ('乙港货物吞吐量', '某省')}
    """
    ranking = _ranking(text, run[0][1])
    if ranking is None:
        return {}
    indicator = ordering_removed(text[_clause_start(text, ranking.start()) : ranking.start()])
    kind = ranking["kind"]
    if kind and indicator.startswith(kind) and len(indicator) > len(kind) + 1:
        indicator = indicator[len(kind) :]
    if not indicator:
        return {}
    return {start: (name + indicator, own) for start, _, name in run}


def _named_kinds(
    text: str, run: list[tuple[int, int, str]], own: str | None
) -> dict[int, tuple[str | None, str | None]]:
    """Items that each name an indicator, their figures in brackets (``工业投资(5.1亿元)、
    农业投资(2.2亿元)``): each item is its figure's subject (items without brackets, such
    as the whole before them, are left as they are).

    >>> text = "其中工业投资(5.1亿元)、农业投资(2.2亿元)、服务业投资(3.1亿元)"
    >>> _named_kinds(text, [(7, 0, "其中工业投资"), (19, 14, "农业投资"), (32, 26, "服务业投资")], "某省")
    {7: ('工业投资', '某省'), 19: ('农业投资', '某省'), 32: ('服务业投资', '某省')}
    """
    bracketed = [(start, clean(name)) for start, _, name in run if text[start - 1] in "(（"]
    if len(bracketed) < 2 or not all(head_of(name) for _, name in bracketed):
        return {}
    return {start: (name, own) for start, name in bracketed}


def _indicator(text: str, first: int) -> str:
    """What the words before a list name: its own lead, else the heading before the
    sentence's colon."""
    window = max(0, first - 200)
    sentence = max(window - 1, *(text.rfind(mark, window, first) for mark in _SENTENCE)) + 1
    lead_start = max(text.rfind(mark, sentence, first) for mark in ";；:：") + 1
    clause = max(text.rfind(mark, sentence, first) for mark in ",，") + 1
    if clause > lead_start:  # …平均为86天,优良天数由多到少依次为甲县…: the list's own clause
        own = _ORDERING.sub("", text[clause:first]).strip(" ,，、")
        own = clean(_HEADING_EDGES.sub("", own).strip())
        if own:
            return own
    lead = _ORDERING.sub("", text[max(lead_start, sentence) : first]).strip(" ,，、")
    lead = clean(_HEADING_EDGES.sub("", lead).strip())
    if lead:
        return lead
    colon = min(
        (
            at
            for at in (text.find(":", sentence, first), text.find("：", sentence, first))
            if at >= 0
        ),
        default=-1,
    )
    if colon < 0:
        return ""
    heading = _ORDERING.sub("", text[sentence:colon]).strip()
    heading = heading.removesuffix("为").removesuffix("是") if heading else heading
    # …记者梳理发现,据…数据,共有N地GDP增速跑赢全国,分别是:甲(a%)…: the last clause
    # that names something (round 28)
    clauses = [c for c in re.split(r"[,，]", heading) if c.strip().removesuffix("分别")]
    heading = _OUTRUN.sub("", clauses[-1]) if clauses else ""
    for _ in range(2):
        heading = _HEADING_EDGES.sub("", heading).strip()
    return clean(heading)


def ordering_removed(words: str) -> str:
    """The indicator a clause about a list names, without its ordering words.

    >>> ordering_removed("新登记企业数量占据前三位"), ordering_removed("按增速排序")
    ('新登记企业数量', '')
    """
    return clean(_ORDERING.sub("", words))


#: ``依次为`` lists figures in the order of the names before, as ``分别为`` does.
_IN_ORDER = re.compile(r"依次(?=为|是|增长|下降|达|占|实现|完成|提高|降低|比|较|上涨|下跌)")


#: ``各为`` before a list of figures (``甲、乙零售额各为A万元和B万元``): each its own, in order.
_EACH_IS = re.compile(r"各为(?=\s*-?\d[^。;；,，]{0,16}?[、和及]\s*-?\d)")


def as_respectively(text: str) -> str:
    """``依次为`` read as ``分别为``, ``各为`` before a list of figures as ``分别`` (the same
    length: offsets are kept).

    >>> as_respectively("三县收入依次为8.2亿元、6.4亿元,依次排列")
    '三县收入分别为8.2亿元、6.4亿元,依次排列'
    >>> as_respectively("城镇、乡村零售额各为11.4亿元和2.1亿元;两地各为一类")
    '城镇、乡村零售额分别11.4亿元和2.1亿元;两地各为一类'

    A comma between percentages that a 和 or 、 then closes into a list is its 、
    (``分别增长24.8%,16.4%和51.1%``; round 30):

    >>> as_respectively("出口分别增长24.8%,16.4%和51.1%,进口增长3%")
    '出口分别增长24.8%、16.4%和51.1%,进口增长3%'
    >>> as_respectively("分别增长24.8%,16.4%,10.2%和51.1%")
    '分别增长24.8%、16.4%、10.2%和51.1%'
    """
    if "依次" in text:
        text = _IN_ORDER.sub("分别", text)
    if "%," in text or "%，" in text:
        text = _LISTED_COMMA.sub("、", text)
    return _EACH_IS.sub("分别", text) if "各为" in text else text


#: A comma between two percentages of a list that 和 or 、 closes (``24.8%,16.4%和51.1%``).
_LISTED_COMMA = re.compile(
    r"(?<=\d%)[,，](?=(?:\s*-?\d+(?:\.\d+)?%\s*[,，])*\s*-?\d+(?:\.\d+)?%\s*[和及与、]\s*-?\d+(?:\.\d+)?%)"
)
