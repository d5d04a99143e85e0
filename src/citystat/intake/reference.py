"""Region and catalogue files (``citystat load regions|catalogue``): read, check, then write.

All or nothing: every row is checked against the file and the database first; when any
problem is found nothing is written and each problem names its sheet, row and column.
Writes go through ``regions.actions`` and ``indicators.actions``. The formats are in
``docs/load-files.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import TextChoices

from citystat.importers.numbers import NotANumberError, normalise_text
from citystat.importers.parse import Workbook
from citystat.importers.problems import Problem, SortsProblems, error
from citystat.importers.table import (
    Column,
    Record,
    Table,
    number,
    pick_sheet,
    read_table,
    split_list,
    yes_no,
)
from citystat.indicators.actions import set_placements, upsert_dimension, upsert_indicator
from citystat.indicators.models import Dimension, Indicator, IndicatorAlias, Placement
from citystat.regions.actions import upsert_region
from citystat.regions.models import Region, RegionAlias

T = TypeVar("T", "RegionRow", "IndicatorRow")
R = TypeVar("R")
REGION_CODE = re.compile(r"\d{6}")
INDICATOR_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,39}")


@dataclass
class Loaded(SortsProblems):
    """What a file holds (``rows``), its problems, and whether it was written."""

    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    written: bool = False


def choice(choices: type[TextChoices], text: str) -> str | None:
    """A choice by its code or its Chinese label (the part before any bracket counts too).

    >>> choice(Region.Kind, "县级市"), choice(Region.Kind, "county"), choice(Region.Kind, "乡")
    ('county_city', 'county', None)
    """
    t = normalise_text(text).lower()
    for value, label in choices.choices:
        words = {str(value).lower(), normalise_text(label), normalise_text(label).split("(")[0]}
        if t in words:
            return str(value)
    return None


def choice_words(choices: type[TextChoices]) -> str:
    return "、".join(f"{label}({value})" for value, label in choices.choices)


# --- regions --------------------------------------------------------------------------

REGION_COLUMNS = (
    Column("code", "区划代码", required=True, aliases=("代码",)),
    Column("name", "名称", required=True, aliases=("区划名称",)),
    Column("kind", "类型", required=True),
    Column("parent", "上级代码", aliases=("上级区划代码",)),
    Column("short_name", "简称"),
    Column("longitude", "经度"),
    Column("latitude", "纬度"),
    Column("aliases", "别名"),
    Column("note", "备注"),
)
LEVEL_OF_KIND = {
    Region.Kind.PROVINCE: Region.Level.PROVINCE,
    Region.Kind.CITY: Region.Level.CITY,
}


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    kind: str
    parent: str
    short_name: str
    longitude: Decimal | None
    latitude: Decimal | None
    aliases: tuple[str, ...]
    note: str


def _coordinate(
    table: Table, record: Record, key: str, low: int, high: int, out: list[Problem]
) -> Decimal | None:
    text = record.values[key]
    try:
        value = number(text)
    except NotANumberError:
        value = None
        out.append(table.problem(record, key, f"“{text}”不是数字。请填写十进制度数,如 112.73。"))
    if value is not None and not low <= value <= high:
        out.append(table.problem(record, key, f"{value} 超出 {low}…{high} 度,请核对经纬度。"))
        value = None
    return value


def _region_row(table: Table, r: Record, out: list[Problem]) -> RegionRow:
    v = r.values
    if not REGION_CODE.fullmatch(v["code"]):
        out.append(table.problem(r, "code", f"区划代码“{v['code']}”应为6位数字,如 990521。"))
    if not v["name"]:
        out.append(table.problem(r, "name", "名称不能为空。"))
    kind = choice(Region.Kind, v["kind"])
    if kind is None:
        out.append(
            table.problem(
                r, "kind", f"类型“{v['kind']}”无法识别。可填:{choice_words(Region.Kind)}。"
            )
        )
    return RegionRow(
        code=v["code"],
        name=v["name"],
        kind=kind or "",
        parent=v["parent"],
        short_name=v["short_name"],
        longitude=_coordinate(table, r, "longitude", -180, 180, out),
        latitude=_coordinate(table, r, "latitude", -90, 90, out),
        aliases=tuple(split_list(v["aliases"])),
        note=v["note"],
    )


def _check_region_tree(table: Table, pairs: list[tuple[Record, RegionRow]]) -> list[Problem]:
    out: list[Problem] = []
    in_file = {row.code: row for _, row in pairs}
    out += _taken_aliases(
        table,
        [(r, row.code, {row.name, row.short_name, *row.aliases} - {""}) for r, row in pairs],
        dict(RegionAlias.objects.values_list("alias", "region__code")),
        "区划",
    )
    stored = dict(Region.objects.values_list("code", "kind"))
    seen: set[str] = set()
    for record, row in pairs:
        if row.code in seen:
            out.append(table.problem(record, "code", f"区划代码“{row.code}”出现了两次。"))
        seen.add(row.code)
        if not row.kind:
            continue  # its 类型 is already refused; its parent cannot be judged
        if row.kind == Region.Kind.PROVINCE:
            if row.parent:
                out.append(table.problem(record, "parent", "省级区划不填上级代码。"))
            continue
        if not row.parent:
            out.append(
                table.problem(record, "parent", f"“{row.name}”缺少上级代码。省以下区划必须填写。")
            )
            continue
        parent_kind = in_file[row.parent].kind if row.parent in in_file else stored.get(row.parent)
        if parent_kind is None:
            out.append(
                table.problem(
                    record,
                    "parent",
                    f"上级代码“{row.parent}”既不在本文件中,也不在数据库中。请先列出上级区划。",
                )
            )
        elif row.parent == row.code:
            out.append(table.problem(record, "parent", "上级代码不能是本区划自己的代码。"))
        elif row.kind == Region.Kind.CITY and parent_kind != Region.Kind.PROVINCE:
            out.append(table.problem(record, "parent", "地级市的上级应为省。"))
        elif row.kind not in (Region.Kind.CITY,) and parent_kind != Region.Kind.CITY:
            out.append(
                table.problem(
                    record, "parent", f"“{row.name}”是县级单位,上级应为地级市(类型“地级市”)。"
                )
            )
    return out


def load_regions(book: Workbook, *, dry_run: bool = False) -> Loaded:
    """Read a region file and (unless anything is wrong or ``dry_run``) write it."""
    return _load(
        book,
        dry_run=dry_run,
        sheets=("区划", "行政区划"),
        columns=REGION_COLUMNS,
        what="区划",
        read_row=_region_row,
        check=_check_region_tree,
        write=_write_regions,
    )


def _load(
    book: Workbook,
    *,
    dry_run: bool,
    sheets: tuple[str, ...],
    columns: tuple[Column, ...],
    what: str,
    read_row: Callable[[Table, Record, list[Problem]], R],
    check: Callable[[Table, list[tuple[Record, R]]], list[Problem]],
    write: Callable[[list[R], str], None],
) -> Loaded:
    """Read one reference table, check it whole, and write it, all or nothing, only when
    nothing is wrong (the same sequence for regions and the catalogue)."""
    table = read_table(pick_sheet(book, sheets), columns)
    out = Loaded(list(table.problems))
    pairs = [(r, read_row(table, r, out.problems)) for r in table.records]
    out.rows = len(pairs)
    if not table.problems:
        out.problems += check(table, pairs)
    if not pairs and not out.problems:
        out.problems.append(_empty(table, what))
    if out.errors or dry_run:
        return out
    with transaction.atomic():
        write([row for _, row in pairs], _reason(book))
    out.written = True
    return out


def _write_regions(rows: list[RegionRow], reason: str) -> None:
    written: dict[str, Region] = {}
    order = {r.code: n for n, r in enumerate(rows, start=1)}
    for row in _parents_first(rows, lambda r: [r.parent]):
        parent = written.get(row.parent) or Region.objects.filter(code=row.parent).first()
        written[row.code] = upsert_region(
            code=row.code,
            name=row.name,
            level=LEVEL_OF_KIND.get(Region.Kind(row.kind), Region.Level.COUNTY),
            kind=row.kind,
            parent=parent,
            longitude=row.longitude,
            latitude=row.latitude,
            short_name=row.short_name,
            sort_order=order[row.code],
            note=row.note,
            aliases=row.aliases,
            reason=reason,
        )


def _parents_first(rows: list[T], parents: Callable[[T], list[str]]) -> list[T]:
    """``rows`` ordered so that a row comes after the rows (in the file) it refers to."""
    by_code = {r.code: r for r in rows}
    done: set[str] = set()
    out: list[T] = []

    def visit(row: T, path: set[str]) -> None:
        if row.code in done or row.code in path:
            return
        for p in parents(row):
            if p in by_code:
                visit(by_code[p], path | {row.code})
        done.add(row.code)
        out.append(row)

    for row in rows:
        visit(row, set())
    return out


def _taken_aliases(
    table: Table,
    names: list[tuple[Record, str, set[str]]],
    stored: dict[str, str],
    what: str,
) -> list[Problem]:
    """A name or alias that already means another row (in the database or the file)."""
    out: list[Problem] = []
    owner: dict[str, str] = {}
    for record, code, words in names:
        key = "aliases" if record.letters.get("aliases") else "name"
        for word in sorted(words):
            other = owner.get(word) or stored.get(word)
            if other is not None and other != code and other not in {c for _, c, _ in names}:
                out.append(
                    table.problem(
                        record,
                        key,
                        f"名称或别名“{word}”已指{what}“{other}”,同一名称不能指两个{what}。"
                        "请换一个别名,或先在管理后台修改原有别名。",
                    )
                )
            elif word in owner and owner[word] != code:
                out.append(
                    table.problem(
                        record,
                        key,
                        f"名称或别名“{word}”在本文件中已用于{what}“{owner[word]}”。",
                    )
                )
            owner.setdefault(word, code)
    return out


def _empty(table: Table, what: str) -> Problem:
    return error(f"文件中没有{what}数据行(表头下面是空的)。", sheet=table.sheet)


# --- catalogue ------------------------------------------------------------------------

CATALOGUE_COLUMNS = (
    Column("code", "指标代码", required=True),
    Column("name", "指标名称", required=True),
    Column("unit", "计量单位", aliases=("单位",)),
    Column("dimension", "维度代码", required=True),
    Column("dimension_name", "维度名称"),
    Column("kind", "类型", required=True),
    Column("frequency", "频度"),
    Column("cumulative", "按年累计"),
    Column("combined_jan_feb", "1-2月合并"),
    Column("additive", "可加总"),
    Column("polarity", "方向"),
    Column("growth_method", "增速来源"),
    Column("target_kind", "目标类型"),
    Column("decimals", "小数位"),
    Column("parent", "构成于"),
    Column("subset_of", "其中项所属"),
    Column("source_unit", "数据来源单位"),
    Column("lead_unit", "牵头单位"),
    Column("is_key", "主要指标"),
    Column("aliases", "别名"),
    Column("places", "展示位置"),
)
# Column → (model choices, default) for the columns that take a choice.
CHOICE_COLUMNS: dict[str, tuple[type[TextChoices], str]] = {
    "kind": (Indicator.Kind, ""),
    "frequency": (Indicator.Frequency, Indicator.Frequency.MONTHLY),
    "polarity": (Indicator.Polarity, Indicator.Polarity.HIGHER),
    "growth_method": (Indicator.GrowthMethod, Indicator.GrowthMethod.COMPUTED),
    "target_kind": (Indicator.TargetKind, Indicator.TargetKind.NONE),
}
FLAG_COLUMNS = {"cumulative": True, "combined_jan_feb": True, "additive": True, "is_key": False}


@dataclass(frozen=True)
class IndicatorRow:
    code: str
    name: str
    dimension: str
    dimension_name: str
    parent: str
    subset_of: str
    aliases: tuple[str, ...]
    places: tuple[str, ...]
    fields: dict[str, Any]


def _indicator_row(table: Table, r: Record, out: list[Problem]) -> IndicatorRow:
    v = r.values
    if not INDICATOR_CODE.fullmatch(v["code"]):
        out.append(
            table.problem(
                r,
                "code",
                f"指标代码“{v['code']}”无效:以字母开头,只含字母、数字和下划线,"
                "不超过40个字符(如 grp_p1)。",
            )
        )
    if not v["name"]:
        out.append(table.problem(r, "name", "指标名称不能为空。"))
    fields: dict[str, Any] = {"unit": v["unit"]}
    for key, (choices, default) in CHOICE_COLUMNS.items():
        value = choice(choices, v[key]) if v[key] else default
        if not value:
            what = next(c.header for c in CATALOGUE_COLUMNS if c.key == key)
            out.append(
                table.problem(r, key, f"{what}“{v[key]}”无法识别。可填:{choice_words(choices)}。")
            )
        fields[key] = value
    for key, flag_default in FLAG_COLUMNS.items():
        flag = yes_no(v[key]) if v[key] else flag_default
        if flag is None:
            out.append(table.problem(r, key, f"“{v[key]}”应为“是”或“否”。"))
        fields[key] = bool(flag)
    try:
        decimals = number(v["decimals"])
    except NotANumberError:
        decimals = Decimal(-1)
    if decimals is not None and not (0 <= decimals <= 6 and decimals == int(decimals)):
        out.append(table.problem(r, "decimals", f"小数位“{v['decimals']}”应为0到6的整数。"))
    fields["decimals"] = int(decimals) if decimals is not None and 0 <= decimals <= 6 else 1
    fields["source_unit"] = v["source_unit"]
    fields["lead_unit"] = v["lead_unit"]
    places = []
    text = v["places"]
    for value, label in Placement.Place.choices:  # labels hold 「、」: read them whole first
        text = normalise_text(text).replace(normalise_text(label), str(value))
    for word in split_list(text):
        place = choice(Placement.Place, word)
        if place is None:
            out.append(
                table.problem(
                    r,
                    "places",
                    f"展示位置“{word}”无法识别。可填:{choice_words(Placement.Place)}。",
                )
            )
        else:
            places.append(place)
    return IndicatorRow(
        code=v["code"],
        name=v["name"],
        dimension=v["dimension"],
        dimension_name=v["dimension_name"],
        parent=v["parent"],
        subset_of=v["subset_of"],
        aliases=tuple(split_list(v["aliases"])),
        places=tuple(places),
        fields=fields,
    )


def _check_catalogue(table: Table, pairs: list[tuple[Record, IndicatorRow]]) -> list[Problem]:
    out: list[Problem] = []
    in_file = {row.code: row for _, row in pairs}
    stored_units = dict(Indicator.objects.values_list("code", "unit"))
    stored_dims = set(Dimension.objects.values_list("code", flat=True))
    out += _taken_aliases(
        table,
        [(r, row.code, {row.name, *row.aliases}) for r, row in pairs],
        dict(IndicatorAlias.objects.values_list("alias", "indicator__code")),
        "指标",
    )
    named_dims = {row.dimension for _, row in pairs if row.dimension_name}
    seen: set[str] = set()
    for record, row in pairs:
        if row.code in seen:
            out.append(table.problem(record, "code", f"指标代码“{row.code}”出现了两次。"))
        seen.add(row.code)
        if row.dimension not in stored_dims and row.dimension not in named_dims:
            out.append(
                table.problem(
                    record,
                    "dimension",
                    f"维度“{row.dimension}”尚未建立:请在该维度第一次出现的行填写“维度名称”。",
                )
            )
        if row.parent and row.subset_of:
            out.append(
                table.problem(
                    record,
                    "subset_of",
                    "一个指标不能既是构成项又是其中项:只填“构成于”或“其中项所属”之一。",
                )
            )
        unit = str(row.fields["unit"])
        for key, ref, word in (
            ("parent", row.parent, "构成项"),
            ("subset_of", row.subset_of, "其中项"),
        ):
            if not ref:
                continue
            ref_unit = in_file[ref].fields["unit"] if ref in in_file else stored_units.get(ref)
            if ref_unit is None:
                out.append(
                    table.problem(record, key, f"指标代码“{ref}”既不在本文件中,也不在数据库中。")
                )
            elif ref == row.code:
                out.append(table.problem(record, key, "指标不能属于它自己。"))
            elif ref_unit != unit:
                out.append(
                    table.problem(
                        record,
                        key,
                        f"{word}的单位“{unit}”与“{ref}”的单位“{ref_unit}”不同,不能相加或比较。",
                    )
                )
    out += _cycles(table, pairs)
    return out


def _cycles(table: Table, pairs: list[tuple[Record, IndicatorRow]]) -> list[Problem]:
    up = {row.code: row.parent or row.subset_of for _, row in pairs}
    out = []
    for record, row in pairs:
        node, path = up.get(row.code, ""), {row.code}
        while node and node in up:
            if node in path:
                key = "parent" if row.parent else "subset_of"
                out.append(table.problem(record, key, f"“{row.code}”的上级关系形成循环。"))
                break
            path.add(node)
            node = up[node]
    return out


def load_catalogue(book: Workbook, *, dry_run: bool = False) -> Loaded:
    """Read a catalogue file and (unless anything is wrong or ``dry_run``) write it."""
    return _load(
        book,
        dry_run=dry_run,
        sheets=("指标", "指标体系"),
        columns=CATALOGUE_COLUMNS,
        what="指标",
        read_row=_indicator_row,
        check=_check_catalogue,
        write=_write_catalogue,
    )


def _reason(book: Workbook) -> str:
    """The audit log's reason for a reference file's writes: the file they came from."""
    return f"载入文件“{book.filename}”"


def _write_catalogue(rows: list[IndicatorRow], reason: str) -> None:
    dims = {d.code: d for d in Dimension.objects.all()}
    named = [r for r in rows if r.dimension_name]
    for n, code in enumerate(dict.fromkeys(r.dimension for r in named), start=1):
        name = next(r.dimension_name for r in named if r.dimension == code)
        dims[code] = upsert_dimension(code=code, name=name, sort_order=n, reason=reason)
    written = {i.code: i for i in Indicator.objects.filter(code__in={r.code for r in rows})}
    order = {r.code: n for n, r in enumerate(rows, start=1)}
    for row in _parents_first(rows, lambda r: [r.parent, r.subset_of]):
        written[row.code] = upsert_indicator(
            code=row.code,
            aliases=row.aliases,
            name=row.name,
            dimension=dims[row.dimension],
            parent=_indicator(written, row.parent),
            subset_of=_indicator(written, row.subset_of),
            sort_order=order[row.code],
            reason=reason,
            **row.fields,
        )
    places = dict.fromkeys(p for r in rows for p in r.places)
    for place in places:
        set_placements(place, [r.code for r in rows if place in r.places])


def _indicator(written: dict[str, Indicator], code: str) -> Indicator | None:
    if not code:
        return None
    return written.get(code) or Indicator.objects.get(code=code)
