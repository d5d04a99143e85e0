"""Units of measure: declared units are converted exactly; a missing declaration is never guessed."""

from __future__ import annotations

import re
from decimal import Decimal

from citystat.importers.numbers import normalise_text

# unit → (family, factor to the family's base unit)
_FAMILIES: dict[str, tuple[str, Decimal]] = {}
for family, units in {
    "cny": {"元": 1, "千元": 10**3, "万元": 10**4, "亿元": 10**8},
    "usd": {"美元": 1, "万美元": 10**4, "亿美元": 10**8},
    "person": {"人": 1, "万人": 10**4},
    "visit": {"人次": 1, "万人次": 10**4, "亿人次": 10**8},
    "ton": {"吨": 1, "万吨": 10**4},
    "household": {"户": 1, "万户": 10**4},
    "kw": {"千瓦": 1, "万千瓦": 10**4},
    "mu": {"亩": 1, "万亩": 10**4},
}.items():
    for unit, multiple in units.items():
        _FAMILIES[unit] = (family, Decimal(multiple))

_UNIT_IN_TEXT = re.compile(r"[(（]([^()（）]{1,8})[)）]\s*$")
_UNIT_LINE = re.compile(r"(?:计量)?单位[:：]\s*([^\s,，;；]{1,8})")


class UnitMismatchError(ValueError):
    pass


def known(unit: str) -> bool:
    return unit in _FAMILIES


def factor(declared: str, target: str) -> Decimal:
    """The multiplier taking a figure in ``declared`` to ``target`` (万元 → 亿元: 0.0001).

    >>> factor("万元", "亿元")
    Decimal('0.0001')
    """
    declared, target = normalise_text(declared), normalise_text(target)
    if declared == target or not declared:
        return Decimal(1)
    if declared not in _FAMILIES or target not in _FAMILIES:
        raise UnitMismatchError(f"计量单位“{declared}”与指标单位“{target}”不一致")
    fam_d, f_d = _FAMILIES[declared]
    fam_t, f_t = _FAMILIES[target]
    if fam_d != fam_t:
        raise UnitMismatchError(f"计量单位“{declared}”与指标单位“{target}”不一致")
    return f_d / f_t


def unit_in_header(text: str) -> str:
    """“固定资产投资(万元)” → “万元”; only when the bracket holds a known unit."""
    m = _UNIT_IN_TEXT.search(normalise_text(text))
    if m and (known(m.group(1)) or m.group(1) in {"%", "个", "家"}):
        return m.group(1)
    return ""


def unit_line(text: str) -> str:
    """“单位:万元” in a title area → “万元”."""
    m = _UNIT_LINE.search(normalise_text(text))
    return m.group(1) if m and known(m.group(1)) else ""
