"""Getting text ready to read: decoding, HTML, mojibake, traditional characters.

Everything here is pure: functions take bytes or strings and return strings. The reading
copy made by :func:`reading_copy` has exactly the length of the original, so offsets found
in it are offsets into the original; :func:`reading_text` also drops the bracketed pinyin
of reposted text (``地區(qū)``) and says where each remaining character was.

Examples
--------
>>> reading_copy("工業增長１２.５％"), reading_copy("工业增长１２.５％")
('工业增长12.5%', '工业增长12.5%')
>>> strip_html("<p>增长<b>5%</b></p><script>alert(1)</script>")
'增长5%'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from typing import Final

from .numbers import to_half_width
from .scanning import prefiltered

#: Files larger than this are refused.
MAX_BYTES: Final = 50 * 1024 * 1024


class InputError(ValueError):
    """Input that cannot be read as text; the message is one clear line for the user."""


@dataclass(slots=True)
class Document:
    """Decoded, cleaned text with what was done to it."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


@cache
def _converter() -> object | None:
    try:
        from opencc import OpenCC  # the compiled binding (C++ OpenCC)
    except ImportError:  # pragma: no cover - the package is a dependency
        return None
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified characters, one character for one (offsets kept).

    Uses the compiled OpenCC binding. It works by phrases; when a phrase would change
    the length, that text is converted character by character instead.

    Examples
    --------
    >>> to_simplified("萬畝產業")
    '万亩产业'
    """
    converter = _converter()
    if converter is None:  # pragma: no cover
        return text
    convert = converter.convert  # type: ignore[attr-defined]
    out: str = convert(text)
    if len(out) != len(text):
        chars = []
        for ch in text:
            converted: str = convert(ch)
            chars.append(converted if len(converted) == 1 else ch)
        out = "".join(chars)
    return _left_forms(out)


#: Variant and traditional forms OpenCC's t2s leaves as they are, one character for one
#: (``衞生`` → 卫生, ``値`` → 值, ``衹`` → 只, ``燒堿`` → 烧碱, ``寧陜`` → 宁陕).
_LEFT_FORMS: Final = str.maketrans(
    "衞衹隣痺粧蔴緜姪伕甦鉄淸靑尙緖値槪旣卽堿陜",
    "卫只邻痹妆麻绵侄夫苏铁清青尚绪值概既即碱陕",
)
_LEFT_TEST = re.compile("[衞衹隣痺粧蔴緜姪伕甦鉄淸靑尙緖値槪旣卽堿陜]")
#: 著 that is zhe/zhuó (着) in simplified writing: traditional text writes both with 著, and
#: t2s keeps 著 (right in 著名, 显著, 著作, 编著 …, wrong in 衣著, 随著, 著力, 有著 …). It is
#: 着 unless a word of writing or renown holds it; after a verb that takes the particle
#: (衣/穿/随/接/沿/朝/向 …) always 着 (``穿著名牌``).
_ZHE = re.compile(
    r"(?<=[衣穿随接沿朝向本味绕凭藉志看对睡执附紧带跟顺靠沉])著|"
    r"(?<![显卓昭编论名原合土专巨译遗撰拙彰])著(?![名作称述录者书])"
)


def _left_forms(text: str) -> str:
    """Fix what t2s leaves (see ``_LEFT_FORMS`` and ``_ZHE``); same length.

    >>> _left_forms("人均衣著支出,随著增长,显著提高,著名景区,编著")
    '人均衣着支出,随着增长,显著提高,著名景区,编著'
    >>> _left_forms("衞生院3個,産値")
    '卫生院3個,産值'
    """
    if "著" in text:  # (quick tests first: most text has neither)
        text = _ZHE.sub("着", text)
    if _LEFT_TEST.search(text):
        text = text.translate(_LEFT_FORMS)
    return text


_CJK = re.compile("[\u4e00-\u9fff]")


def is_traditional(text: str) -> bool:
    """Whether converting to simplified changes a noticeable share of the CJK characters.

    Examples
    --------
    >>> is_traditional("靈石縣特色農業"), is_traditional("灵石县特色农业")
    (True, False)
    """
    sample = text[:20000]
    simplified = to_simplified(sample)
    if simplified == sample:
        return False  # simplified text (or no CJK at all): nothing to count
    cjk = len(_CJK.findall(sample))  # (0.8 ms on 20,000 characters: only when needed)
    if not cjk:
        return False
    changed = sum(1 for a, b in zip(sample, simplified, strict=True) if a != b)
    return changed >= max(2, cjk // 50)


#: A pinyin syllable in brackets right after a Chinese character, as portals that
#: repost traditional text leave them: ``地區(qū)``, ``增長(zhǎng)``, ``微(wei)(wei)克``, and
#: with a space before the closing bracket, ``社會(huì )``.
_PINYIN = re.compile(
    r"(?<=[\u4e00-\u9fff)])[(（]"
    r"(?:[bcdfghjklmnpqrstwxyz]{0,2}"
    r"[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?|[mn]g?|ê) ?"
    r"[)）]"
)
_PINYIN_SCAN = prefiltered(_PINYIN)  # the same matches, found faster
_TONE_MARKS = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def pinyin_artefacts(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed pinyin left in reposted text; none unless it is a habit of the text.

    Brackets count when the text has at least three of them, or one with a tone mark,
    so a lone ``(ha)`` or a unit ``(kg)`` (no vowel) is never removed.

    Examples
    --------
    >>> pinyin_artefacts("地區(qū)生產(chǎn)總值")
    [(2, 6), (8, 14)]
    >>> pinyin_artefacts("污(wu)(wu)染(ran)天"), pinyin_artefacts("面积(km)与(GDP)")
    ([(1, 5), (5, 9), (10, 15)], [])
    >>> pinyin_artefacts("社會(huì )保險"), pinyin_artefacts("營業(ye) 性公路(lu) 貨運(yun) 量")
    ([(2, 8)], [(2, 7), (10, 15), (17, 23)])
    """
    found = [(m.start(), m.end()) for m in _PINYIN_SCAN.finditer(text)]
    if len(found) >= 3 or any(_TONE_MARKS.search(text, a, b) for a, b in found):
        # 營業(ye) 性公路, 億(yi) 噸: a repost that writes a space after each bracket, inside
        # a word; the space goes with it (round 18)
        return [
            (a, b + 1)
            if text[b : b + 1] == " " and "\u4e00" <= text[b + 1 : b + 2] <= "\u9fff"
            else (a, b)
            for a, b in found
        ]
    return []


def reading_copy(text: str) -> str:
    """The copy the extractor reads: simplified, half-width digits; same length.

    Converted only when the text is traditional (:func:`is_traditional`), so simplified
    text costs one scan of a sample.

    Examples
    --------
    >>> len(reading_copy("８１５．４億元")) == len("８１５．４億元")
    True
    """
    if is_traditional(text):
        text = to_simplified(text)
    return to_half_width(text)


#: A comma before another mark (``郴州,、长沙``, ``娄底,,分别``, ``75.8%,。``): some reposts
#: put one after every word their converter touched.
_STRAY_COMMA = re.compile(r"[,，](?=[,，、。;；])")


def stray_commas(text: str) -> list[tuple[int, int]]:
    """Spans of commas doubled before another mark, when the text has three or more
    (a repost's habit; one may be a typo and is left).

    Examples
    --------
    >>> stray_commas("甲、乙,、丙,,分别增长1%,、2%,。"), stray_commas("甲,,乙")
    ([(3, 4), (6, 7), (14, 15), (18, 19)], [])
    """
    if ",," not in text and ",、" not in text and ",。" not in text:
        return []  # (the literal test first: most texts have none)
    found = [(m.start(), m.end()) for m in _STRAY_COMMA.finditer(text)]
    return found if len(found) >= 3 else []


#: A character with one space after it and another character after that (``全 市 接``).
_SPACED_CHAR = re.compile(r"[^\s] (?=[^\s])")
#: A line of at least this many characters is read as spaced out when most of them are.
_SPACED_MIN: Final = 8


def spaced_letters(text: str) -> list[tuple[int, int]]:
    """Spans of the single spaces of lines spaced out between every character (``全 市
    地 区 生 产 总 值 3 5 6 . 8 亿 元``: a PDF's justified text layer, or a page's letter
    spacing), to be read without them; wider gaps stay (a word or column break).

    Examples
    --------
    >>> len(spaced_letters("全 市 生 产 总 值 1 2 . 5 亿 元")), spaced_letters("全 市 生")[:2]
    (11, [])
    >>> text = "生 产 总 值   1 2 . 5 亿 元"  # (a wider gap between words stays)
    >>> "".join(c for i, c in enumerate(text) if (i, i + 1) not in spaced_letters(text))
    '生产总值   12.5亿元'
    >>> spaced_letters("总值 12.5 亿元,增长 5.2 %,比 上 年 提 高")
    []
    """
    if text.count(" ") * 3 < len(text) // 4:
        return []  # (the literal test first: a spaced-out text is a third spaces or more)
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        chars = len(line) - line.count(" ")
        if chars >= _SPACED_MIN and line.count(" ") * 2 >= chars:
            spaced = [m.end() - 1 for m in _SPACED_CHAR.finditer(line)]
            if len(spaced) * 4 >= chars * 3:  # (three characters in four, or more)
                found.extend((start + at, start + at + 1) for at in spaced)
        start = end + 1
    return found


#: Row labels or header cells spaced out to line them up (``北 京``, ``內 蒙 古``, ``项    目 单 位``):
#: single characters a few spaces apart, at a line's start (after its border, indent or item
#: number ``4.``).
_SPACED_RUN = re.compile(r"[\u4e00-\u9fa5](?: {1,4}[\u4e00-\u9fa5])+(?=[ \t|｜]|$)")
_LINE_LEAD = re.compile(r"[ \t|｜#]*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])?")
_SPACES_IN_RUN = re.compile(r" +")


#: A space inside a date as a report typesets it (``截至 2022 年底``, ``2022 年 5 月 11 日``):
#: after a year's, month's or day's digits before 年/月/日, or between 年 or 月 and the digits
#: after.
_DATE_SPACE = re.compile(
    r"(?<=\d) (?=[年月日])|(?:(?<=\d年)|(?<=\d 年)|(?<=\d月)|(?<=\d 月))"
    r" (?=\d{1,2}(?:[-—–~～至]\d{1,2})? ?[月日])"  # (2023 年 1-6 月: a span of months too)
)


#: A space a repost put before a decimal point (``10 .5亿美元``, ``增长19 .4%``).
_POINT_SPACE = re.compile(r"(?<=\d) (?=\.\d)")


def spaced_points(text: str) -> list[tuple[int, int]]:
    """Spans of the spaces before a decimal point inside a number, to be read without them.

    >>> spaced_points("出口10 .5亿美元,增长19 .4%"), spaced_points("第1 .项")
    ([(4, 5), (15, 16)], [])
    """
    if " ." not in text:
        return []
    return [m.span() for m in _POINT_SPACE.finditer(text)]


def spaced_dates(text: str) -> list[tuple[int, int]]:
    """Spans of the spaces inside dates (``2022 年 12 月``), to be read without them.

    >>> text = "截至 2022 年 12 月,用户规模达 10.40 亿"
    >>> gone = spaced_dates(text)
    >>> "".join(c for i, c in enumerate(text) if not any(s <= i < e for s, e in gone))
    '截至 2022年12月,用户规模达 10.40 亿'
    >>> len(spaced_dates("《2023 年 1-6 月报告》"))
    3
    """
    if " 年" not in text and " 月" not in text and " 日" not in text:
        return []
    return [m.span() for m in _DATE_SPACE.finditer(text)]


def spaced_names(text: str) -> list[tuple[int, int]]:
    r"""Spans of the spaces inside names that a yearbook table spaces out to line them up
    (``北 京 544.4``, ``| 河 北 | 5120.8 |``, ``项    目 单 位 1990年``), to be read without
    them: the names at the start of a line that has a number after them. Two characters
    are one name, three are one (``內 蒙 古``), four are two (``项 目 单 位``); five or more
    are left. A header of one-character columns (``合计 男 女``) has no number and stays.

    >>> text = "项    目 单 位 1990年 1995年\n北 京 544.4 484.7\n內 蒙 古 2.1\n合计 男 女\n"
    >>> gone = spaced_names(text)
    >>> "".join(c for i, c in enumerate(text) if not any(s <= i < e for s, e in gone))
    '项目 单位 1990年 1995年\n北京 544.4 484.7\n內蒙古 2.1\n合计 男 女\n'
    """
    if " " not in text:
        return []
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lead = _LINE_LEAD.match(line)
        run = _SPACED_RUN.match(line, lead.end()) if lead else None
        if run and any(c.isdigit() for c in line[run.end() :]):
            at = start + run.start()
            gaps = [(at + g.start(), at + g.end()) for g in _SPACES_IN_RUN.finditer(run.group())]
            if len(gaps) in (1, 2):  # 北 京, 內 蒙 古: one name
                found.extend(gaps)
            elif len(gaps) == 3:  # 项 目 单 位: two
                found.extend((gaps[0], gaps[2]))
        start += len(line) + 1
    return found


_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩"
#: Footnotes typeset inside a sentence (``余额6.09万亿元,①甲机构指…。⏎②乙机构包括…。⏎同比增长9.3%``):
#: a circled numeral after a comma, a definition (指, 包括) to the line's end, and the notes
#: on the lines after it; the sentence goes on after them.
_INSERTED_NOTES = re.compile(
    r"(?<=[,，])[①-⑩][^\n\d]{0,20}?(?:是指|指|包括)[^\n]*?。[ \t]*\n"
    r"(?:[①-⑩][^\n]*?。[ \t]*\n)*(?=[^①-⑩\s])"
)
#: A circled number opening a line: an item's number in a list.
_CIRCLED_ITEM = re.compile(r"(?m)(?<=^)[ \t\u3000]*[①-⑩]")
#: A footnote's mark right after a word (``甲机构①及乙机构②、``).
_NOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fa5])[①-⑩](?=[\u4e00-\u9fa5、,，])")


def inserted_notes(text: str) -> list[tuple[int, int]]:
    r"""Spans of footnotes typeset inside a sentence and of their marks after words, to be
    read around (the sentence before the notes goes on after them), and of circled numbers
    opening the lines of a list.

    Examples
    --------
    >>> t = "甲行①贷款余额3.2万亿元,①甲行指乙类银行。\n同比增长5.1%。"
    >>> [t[a:b] for a, b in inserted_notes(t)]
    ['①', '①甲行指乙类银行。\n']
    >>> inserted_notes("主要有:①工业增长5%;②投资增长3%。")
    []
    """
    if not any(mark in text for mark in _CIRCLED):
        return []  # (the literal test first: most texts have none)
    # ①2016年全球…⏎②…: a list's numbers opening its lines, no part of the sentence read
    items = [(m.start(), m.end()) for m in _CIRCLED_ITEM.finditer(text)]
    notes = [(m.start(), m.end()) for m in _INSERTED_NOTES.finditer(text)]
    if not notes:
        return items
    noted = {text[start] for start, _ in notes} | {
        line[0]
        for a, b in notes
        for line in text[a:b].split("\n")[1:]
        if line and line[0] in _CIRCLED
    }
    marks = [(m.start(), m.end()) for m in _NOTE_MARK.finditer(text) if m.group() in noted]
    return sorted(items + notes + marks)


#: A footnote's digit fused to the label of a bordered table's cell (``项目2 |``, ``货物贸易3 |``,
#: as a central bank's tables print them): one digit right after a word, the cell ending there;
#: not a count or rank (``前5``, ``第3``) nor a name's digits (``PM10``).
_FUSED_NOTE = re.compile(r"(?<=[\u4e00-\u9fa5])(?<![第前近约超共等每])[1-9](?=[ \t]*[|｜])")


def fused_notes(text: str) -> list[tuple[int, int]]:
    r"""Spans of footnote digits fused to the labels of ``|``-bordered table cells.

    Examples
    --------
    >>> t = "项目2 | 2010年 |\n货物贸易3 | 14,097 |\n前5 | 1 |"
    >>> [t[a:b] for a, b in fused_notes(t)]
    ['2', '3']
    """
    if "|" not in text and "｜" not in text:
        return []
    return [(m.start(), m.end()) for m in _FUSED_NOTE.finditer(text)]


#: A note in brackets after a figure that holds for the rest of the text (``(单边,下同)``):
#: read around, its comma no clause's end (``成交75.14亿手(单边,下同)和581.2万亿元``).
_SAME_BELOW = re.compile(r"[(（][^()（）\n]{0,16}下同[)）]")
#: A figure right before such a note (``75.14亿手(``, ``1200亿元(``), not a name (``10个县(``).
_FIGURE_BEFORE = re.compile(r"\d[万亿千百]?[元手吨件%]?$")


def same_below_notes(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed notes that end in 下同.

    >>> t = "成交75.14亿手(单边,下同)和581.2万亿元"
    >>> [t[a:b] for a, b in same_below_notes(t)]
    ['(单边,下同)']
    """
    if "下同" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in _SAME_BELOW.finditer(text)
        # (after a figure only: a note after a name, 乙市(不含…,下同) or 10个县(市、区,下同),
        # is the name's)
        if _FIGURE_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ]


#: A listed company's stock code in brackets after its name (``老凤祥(600612.SH)``,
#: ``周六福(6168.HK)``): read around, the name goes on after it.
_STOCK_CODE = re.compile(r"[(（]\s*\d{4,6}\s*\.\s*(?:SH|SZ|BJ|HK|sh|sz|bj|hk)\s*[)）]")


def stock_codes(text: str) -> list[tuple[int, int]]:
    """Spans of stock codes in brackets after a company's name.

    >>> t = "老凤祥(600612.SH)、周六福(6168.HK) 营业收入"
    >>> [t[a:b] for a, b in stock_codes(t)]
    ['(600612.SH)', '(6168.HK)']
    """
    if "." not in text:
        return []
    return [(m.start(), m.end()) for m in _STOCK_CODE.finditer(text)]


#: A line of a hard-wrapped text ends in a mark no sentence ends with (a PDF's lines).
_SENTENCE_ENDS: Final = frozenset("。！？!?；;：:")
_CLAUSE_MARKS: Final = re.compile("[,，、;；]")
#: Fewest lines broken inside a sentence for a text to be read as hard-wrapped.
_WRAPPED_LINES: Final = 3


def _width(line: str) -> int:
    """Columns of a line as typeset: a CJK character or full-width mark takes two (three
    bytes in UTF-8, one character: two columns; ASCII one; counted in C, not per character)."""
    return (len(line.encode("utf-8")) + len(line)) // 2


def wrapped_breaks(text: str) -> list[tuple[int, int]]:
    r"""Spans of the line breaks of a hard-wrapped text (copied from a PDF), to read it
    reflowed; none unless the text is typeset so.

    A text is hard-wrapped when at least three lines, and half of its lines of eight or
    more characters, run to the page's width (within two characters of the widest lines)
    and end without a sentence's end, each with a comma: those lines break a sentence, often inside a word
    (``排\n名``) or a figure. Then every line of three quarters of that width or more that
    ends so is joined to the next one. Paragraphs each on one line end in 。 (no break
    dropped); a table's cells are short and of every width (none).

    Examples
    --------
    >>> text = "甲县一月至五月,综合指数为\n3.25,在全市九个区县排名\n第二,同比下降4.6%;优良\n天数为一百天,增加九天。"
    >>> wrapped_breaks(text)
    [(13, 14), (28, 29), (43, 44)]
    >>> wrapped_breaks("全市增长5%。\n全省增长6%。\n指标\n数值\n")
    []
    """
    if text.count("\n") < _WRAPPED_LINES:
        return []
    lines = text.split("\n")
    widths = [_width(line.rstrip()) for line in lines]
    body = sorted(w for w in widths if w >= 16)
    if len(body) < _WRAPPED_LINES + 1:
        return []
    page = body[int(len(body) * 0.9) - 1] if len(body) >= 10 else body[-1]
    ends: list[int] = []  # the offset of each line's break
    position = 0
    for line in lines:
        position += len(line)
        ends.append(position)
        position += 1

    def open_line(i: int, least: int) -> bool:
        line = lines[i].rstrip()
        return (
            i + 1 < len(lines)
            and widths[i] >= least  # (the widest lines too: the page is a percentile)
            and line[-1:] not in _SENTENCE_ENDS
            and lines[i + 1].strip() != ""
        )

    # (a line of prose that wide has a comma; a table's row of that width has none)
    full = sum(
        open_line(i, page - 4) and _CLAUSE_MARKS.search(lines[i]) is not None
        for i in range(len(lines))
    )
    if full < _WRAPPED_LINES or full * 2 < len(body):
        return []
    least = page * 3 // 4
    return [(ends[i], ends[i] + 1) for i in range(len(lines)) if open_line(i, least)]


#: What the reading copy leaves out, each finder a kind of artefact: pinyin after characters;
#: a PDF's lines, read reflowed (round 19, pass 2); a repost's doubled commas (round 18b);
#: footnotes inside a sentence (round 19b); a text spaced between every character (round 20);
#: a table's names spaced out (round 23); dates typeset with spaces and a space before a
#: decimal point (round 31). Their spans may overlap.
_LEFT_OUT: Final = (
    pinyin_artefacts,
    wrapped_breaks,
    stray_commas,
    inserted_notes,
    fused_notes,
    same_below_notes,
    stock_codes,
    spaced_letters,
    spaced_names,
    spaced_dates,
    spaced_points,
)


def reading_text(text: str) -> tuple[str, list[int] | None]:
    """The reading copy without pinyin artefacts, and where each of its characters was.

    Returns the text to read and, when artefacts were removed, the offset in ``text`` of
    each character of it (``None`` when nothing was removed: offsets are the same).

    Examples
    --------
    >>> reading, where = reading_text("規(guī)模以上工業(yè)增長(zhǎng)10.3%")
    >>> reading, where[reading.index("10.3%")]
    ('规模以上工业增长10.3%', 24)
    >>> reading_text("增长５%")
    ('增长5%', None)
    """
    spans = sorted(span for left_out in _LEFT_OUT for span in left_out(text))
    if not spans:
        return reading_copy(text), None
    parts: list[str] = []
    where: list[int] = []
    last = 0
    for start, end in spans:
        if end <= last:
            continue  # (inside a span already dropped: the finders may overlap)
        start = max(start, last)
        parts.append(text[last:start])
        where.extend(range(last, start))
        last = end
    parts.append(text[last:])
    where.extend(range(last, len(text)))
    return reading_copy("".join(parts)), where


_MOJIBAKE_MARKS: Final = ("锟斤拷", "烫烫烫", "屯屯屯", "\ufffd")
_LATIN1_RUN = re.compile(r"[\u00c0-\u00ff][\u0080-\u00ff]{1,2}")


def detect_mojibake(text: str) -> str | None:
    """Say why ``text`` looks like mojibake (text decoded with the wrong encoding), or None.

    Examples
    --------
    >>> detect_mojibake("增长5%") is None
    True
    >>> detect_mojibake("增长5%".encode().decode("latin-1"))
    'UTF-8 text decoded as Latin-1/CP1252'
    >>> detect_mojibake("晋中市经济增长".encode().decode("gbk", errors="replace"))
    'UTF-8 text decoded as GBK'
    """
    sample = text[:20000]
    for mark in _MOJIBAKE_MARKS[:3]:
        if mark in sample:
            return f"contains {mark!r}, the trace of a broken GBK/UTF-8 round trip"
    runs = _LATIN1_RUN.findall(sample)
    if len(runs) >= 2:
        try:
            repaired = "".join(runs).encode("cp1252", errors="strict").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                repaired = "".join(runs).encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                repaired = ""
        if repaired:
            return "UTF-8 text decoded as Latin-1/CP1252"
    cjk = [ch for ch in sample if "\u4e00" <= ch <= "\u9fff"]
    if cjk:
        chunk = "".join(cjk[:400])
        try:
            again = chunk.encode("gbk").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            again = ""
        replaced = sample.count("\ufffd")
        if again and any("\u4e00" <= ch <= "\u9fff" for ch in again):
            return "UTF-8 text decoded as GBK"
        if replaced * 20 >= len(cjk):
            return "UTF-8 text decoded as GBK"
    if sample.count("\ufffd") >= 3:
        return "contains replacement characters (U+FFFD) from a failed decoding"
    return None


class _TextOnly(HTMLParser):
    _SKIP: Final = frozenset({"script", "style", "noscript", "template", "head", "iframe"})
    _BREAK: Final = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "section"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BREAK and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document or fragment.

    Examples
    --------
    >>> looks_like_html("<html><body>x</body></html>"), looks_like_html("a < b 且 c > d")
    (True, False)
    """
    return bool(
        re.search(r"<(?:!doctype|html|body|p|div|span|script|br|table|h[1-6])\b", text, re.I)
    )


def strip_html(text: str) -> str:
    """Text content of HTML; scripts, styles and the head are dropped, never run.

    Examples
    --------
    >>> strip_html("<div>全市&nbsp;增长</div><style>p{}</style>")
    '全市\\xa0增长'
    """
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    joined = html.unescape("".join(parser.parts))
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312).

    Raises
    ------
    InputError
        For binary data, empty text, more than :data:`MAX_BYTES`, or undecodable bytes.

    Examples
    --------
    >>> decode_bytes("增长5%".encode("gbk"))
    ('增长5%', 'gb18030')
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    citystat.textfacts.normalise.InputError: binary data, not text (NUL bytes found)
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"file too large: {len(data)} bytes, the limit is {MAX_BYTES} (50 MB)")
    head = data[:65536]
    if b"\x00" in head:
        raise InputError("binary data, not text (NUL bytes found)")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls * 20 > len(head):
        raise InputError("binary data, not text (control bytes found)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise InputError("empty text: nothing to read")
        return text, encoding.replace("-sig", "")
    raise InputError("cannot decode the text as UTF-8 or GB18030/GBK")


def read_document(data: bytes) -> Document:
    """Decode bytes into a :class:`Document`, stripping HTML and refusing mojibake.

    Raises
    ------
    InputError
        As :func:`decode_bytes`, and for mojibake or HTML without text.

    Examples
    --------
    >>> doc = read_document("<p>全县增长5%</p><script>x()</script>".encode())
    >>> doc.text, doc.notes
    ('全县增长5%', ['HTML: tags stripped, scripts and styles dropped'])
    >>> read_document("靈石縣特色農業".encode()).notes
    ['traditional characters: read as simplified, offsets kept']
    """
    text, encoding = decode_bytes(data)
    notes: list[str] = []
    if looks_like_html(text):
        text = strip_html(text)
        notes.append("HTML: tags stripped, scripts and styles dropped")
        if not text.strip():
            raise InputError("empty text: the HTML holds no text")
    reason = detect_mojibake(text)
    if reason:
        raise InputError(f"the text looks garbled (mojibake): {reason}")
    if is_traditional(text):
        notes.append("traditional characters: read as simplified, offsets kept")
    return Document(text=text, encoding=encoding, notes=notes)
