"""Reading numbers: Arabic (with full-width digits, separators, spaces) and Chinese numerals.

Examples
--------
>>> parse_number("三十六"), parse_number("一万二千"), parse_number("两")
(36.0, 12000.0, 2.0)
>>> parse_number("１２.５"), parse_number("1,234.5"), parse_number("-2.75")
(12.5, 1234.5, -2.75)
"""

from __future__ import annotations

import re
from typing import Final

CHINESE_DIGITS: Final = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS: Final = {"万": 10_000, "亿": 100_000_000}
#: Characters that may make up a Chinese numeral.
CHINESE_NUMERAL_CHARS: Final = "".join([*CHINESE_DIGITS, *SMALL_UNITS, *BIG_UNITS])
_CHINESE_NUMERAL = re.compile(f"[{CHINESE_NUMERAL_CHARS}]+")

#: One-to-one replacements that keep offsets: full-width digits and signs to ASCII.
_HALF_WIDTH: Final = str.maketrans(
    # (\ufe30 ︰ and \ufe55 ﹕, colons of vertical and small forms, write ratios too: 9.5︰40.2;
    # \ufe52 ﹒, the small full stop, a Hong Kong page's decimal point: 1﹒1%)
    "０１２３４５６７８９．％：－＋\u3000\u00a0\u2009\u2212\u2236\ufe30\ufe55\ufe52",
    "0123456789.%:-+   -:::.",
)
#: What a text has to replace (one scan; ``str.translate`` is slow on CJK text).
_FULL_WIDTH = re.compile("[" + "".join(chr(c) for c in _HALF_WIDTH) + "]")
_ARABIC = re.compile(r"^[-+]?\d+(?:\.\d+)?$")
_PLAIN_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def to_half_width(text: str) -> str:
    """Replace full-width digits, ``．``, ``％``, ``：``, the ratio sign ``∶`` and odd spaces,
    one char for one.

    Examples
    --------
    >>> to_half_width("增长１２.５％"), to_half_width("21.5∶36.1"), to_half_width("9.5︰40.2")
    ('增长12.5%', '21.5:36.1', '9.5:40.2')
    >>> to_half_width("上升1﹒1%")
    '上升1.1%'

    >>> len(to_half_width("８１５．４")) == len("８１５．４")
    True
    """
    if len(text) < 100:
        return text.translate(_HALF_WIDTH)
    for char in set(_FULL_WIDTH.findall(text)):  # a whole text: none or a few kinds (：)
        text = text.replace(char, chr(_HALF_WIDTH[ord(char)]))
    return text


def parse_chinese(numeral: str) -> float:
    """Value of a Chinese numeral such as ``三十六``, ``一万二千``, ``两`` or ``二〇二三``.

    Parameters
    ----------
    numeral
        Only characters of :data:`CHINESE_NUMERAL_CHARS`.

    Raises
    ------
    ValueError
        When the string is empty or holds other characters.

    Examples
    --------
    >>> [parse_chinese(s) for s in ("十二", "三千六百", "四千五百", "两万", "二〇二三")]
    [12.0, 3600.0, 4500.0, 20000.0, 2023.0]
    >>> parse_chinese("一亿二千万")
    120000000.0
    """
    if not numeral or any(ch not in CHINESE_NUMERAL_CHARS for ch in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if len(numeral) > 1 and all(ch in CHINESE_DIGITS for ch in numeral):
        return float("".join(str(CHINESE_DIGITS[ch]) for ch in numeral))
    total = 0
    section = 0
    digit = 0
    for ch in numeral:
        if ch in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (digit or 1) * SMALL_UNITS[ch]
            digit = 0
        else:
            section += digit
            digit = 0
            if ch == "亿":
                total = (total + section) * BIG_UNITS[ch]
            else:
                total += (section or 1) * BIG_UNITS[ch]
            section = 0
    return float(total + section + digit)


def parse_arabic(numeral: str) -> float:
    """Value of an Arabic numeral, ignoring thousands separators and inner spaces.

    Examples
    --------
    >>> parse_arabic("12 345"), parse_arabic("０.９６"), parse_arabic("−3")
    (12345.0, 0.96, -3.0)
    """
    cleaned = to_half_width(numeral).replace(",", "").replace(" ", "")
    if not _ARABIC.match(cleaned):
        raise ValueError(f"not a number: {numeral!r}")
    return float(cleaned)


def parse_number(numeral: str) -> float:
    """Value of an Arabic or Chinese numeral.

    Examples
    --------
    >>> parse_number("0.96"), parse_number("二十三"), parse_number("1万301.5")
    (0.96, 23.0, 10301.5)
    """
    whole, dot, part = numeral.partition(".")
    if numeral.isascii() and whole.isdigit() and (part.isdigit() or not dot):
        return float(numeral)  # the commonest case, as _PLAIN_DECIMAL reads it, without a regex
    stripped = numeral.strip()
    if _PLAIN_DECIMAL.fullmatch(stripped):
        return float(stripped)  # the common case, as parse_arabic would read it
    if _CHINESE_NUMERAL.fullmatch(stripped):
        return parse_chinese(stripped)
    if _WAN_INSIDE.fullmatch(stripped):
        wan, rest = stripped.split("万")
        return float(wan) * 1e4 + float(rest)
    return parse_arabic(stripped)


#: A count of 亿 written with its 万 inside (``3万4993.1亿元``, ``1万301.5亿元``: 34,993.1 and
#: 10,301.5 亿元), as some national releases write figures past 10,000 亿 (the token pattern
#: of ``patterns`` reads the same numeral).
WAN_INSIDE: Final = r"\d{1,4}万\d{1,4}(?:\.\d+)?"
_WAN_INSIDE: Final = re.compile(WAN_INSIDE)


def is_chinese_numeral(text: str) -> bool:
    """Whether ``text`` is made only of Chinese numeral characters.

    Examples
    --------
    >>> is_chinese_numeral("三千六百"), is_chinese_numeral("36")
    (True, False)
    """
    return _CHINESE_NUMERAL.fullmatch(text) is not None
