"""Region names → GB/T 2260 codes, from a small dictionary shipped with the package.

The dictionary (``data/regions.json``) holds Shanxi, its cities and Xinzhou's counties. A
name outside it is used as given, without a code.

Examples
--------
>>> lookup("140981").name, lookup("忻州").code
('原平市', '140900')
>>> resolve("定襄县"), resolve("清源县")
(('定襄县', '140921'), ('清源县', None))
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Region:
    """A region of the dictionary."""

    code: str
    name: str
    level: str
    parent: str | None
    aliases: tuple[str, ...] = ()


@cache
def regions() -> dict[str, Region]:
    """All regions of the dictionary, by code.

    Examples
    --------
    >>> len(regions())
    26
    """
    raw = json.loads(resources.files(__package__).joinpath("data/regions.json").read_text("utf-8"))
    return {
        code: Region(code, item["name"], item["level"], item["parent"], tuple(item["aliases"]))
        for code, item in raw.items()
    }


@cache
def _by_name() -> dict[str, Region]:
    table: dict[str, Region] = {}
    for region in regions().values():
        for name in (region.name, *region.aliases):
            table.setdefault(name, region)
    return table


def lookup(name_or_code: str) -> Region | None:
    """The region with this code, full name or alias, or ``None``.

    Examples
    --------
    >>> lookup("河曲县").code, lookup("北京") is None
    ('140930', True)
    """
    key = name_or_code.strip()
    return regions().get(key) or _by_name().get(key)


def resolve(name_or_code: str) -> tuple[str, str | None]:
    """(name, code) for a region given by code or name; an unknown name keeps no code.

    Examples
    --------
    >>> resolve("140900")
    ('忻州市', '140900')
    """
    region = lookup(name_or_code)
    if region is None:
        return name_or_code.strip(), None
    return region.name, region.code


@cache
def _mention_pattern() -> re.Pattern[str]:
    names = sorted((r.name for r in regions().values()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def find_mentions(text: str) -> list[tuple[int, int, Region]]:
    """Full-name mentions of dictionary regions, as (start, end, region).

    Short forms (``定襄`` in ``定襄法兰``) are not mentions: they name products and brands
    as often as places.

    Examples
    --------
    >>> [(s, r.code) for s, _, r in find_mentions("原平市、忻府区增长")]
    [(0, '140981'), (4, '140902')]
    """
    by_name = _by_name()
    return [(m.start(), m.end(), by_name[m.group()]) for m in _mention_pattern().finditer(text)]


def infer(text: str) -> Region | None:
    """Guess a document's own region: the one its title names, else the most mentioned.

    Aliases count here (``忻州`` for 忻州市), since a document names itself in short.

    Examples
    --------
    >>> infer("定襄县2023年统计公报\\n全县……").name
    '定襄县'
    >>> infer("忻州:奋楫扬帆\\n忻州坚持……忻州市……").name
    '忻州市'
    """
    names = sorted(_by_name(), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, names)))
    lines = [line for line in text.splitlines() if line.strip()]
    if lines:
        first = pattern.search(lines[0])
        if first and _by_name()[first.group()].level != "province":
            return _by_name()[first.group()]
    counts = Counter(_by_name()[m.group()].code for m in pattern.finditer(text))
    if not counts:
        return None
    return regions()[counts.most_common(1)[0][0]]


def collective(word: str, own: str | None) -> str | None:
    """The region that 全市/全县/全区/全省 means in a document about ``own``.

    Examples
    --------
    >>> collective("全县", "定襄县"), collective("全省", "忻州市"), collective("全省", None)
    ('定襄县', '山西省', None)
    """
    if word in ("全市", "全县", "全区", "全镇", "我市", "我县", "本市", "本县"):
        return own
    if word == "全省":
        region = lookup(own) if own else None
        while region is not None and region.level != "province":
            region = regions().get(region.parent) if region.parent else None
        return region.name if region else own
    return None
