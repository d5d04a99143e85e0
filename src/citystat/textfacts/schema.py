"""The record a text fact is read into, with exactly the annotation schema's fields.

The fields follow ``shared/data/textfacts/README.md`` (the annotation guideline), in the
same order as the gold files, plus ``region_code`` (GB/T 2260) and ``indicator`` (the
matched catalogue code).

Examples
--------
>>> f = Fact(id="t-001", text_span="4.1%", char_start=10, char_end=14, subject="地区生产总值",
...          region="晋中市", period="2023", measure="growth_yoy", value=4.1, unit="%",
...          value_base=4.1, base_unit="percent", basis="prev_year")
>>> Fact.from_dict(f.to_dict()) == f
True
>>> list(f.to_dict())[:4]
['id', 'text_span', 'char_start', 'char_end']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

MEASURES: Final = (
    "level",
    "count",
    "growth_yoy",
    "share",
    "pp_change",
    "ratio",
    "rank",
    "target",
    "abs_change",
)
QUALIFIERS: Final = ("突破", "超过", "以上", "近", "约")
BASES: Final = (
    "prev_year",
    "avg_annual",
    "cumulative_vs_base_year",
    "vs_prior_period_total",
    "share_change_vs_prev_year",
    "contribution",
    "rate_change_vs_prior_period",
    "gap_vs_reference",
)

#: A value is a number, or a list of numbers for a ``ratio`` such as ``9.8:41.2:49.0``.
Value = float | list[float] | None


@dataclass(slots=True)
class Fact:
    """One numeric fact read out of a text, linked to its span.

    Attributes are those of the annotation guideline; see its *Fields* table.
    """

    id: str
    text_span: str
    char_start: int
    char_end: int
    subject: str | None
    region: str | None
    period: str | None
    measure: str
    value: Value
    unit: str | None
    value_base: Value
    base_unit: str | None
    qualifier: str | None = None
    comparable_price: bool = False
    denominator: str | None = None
    optional: bool = False
    note: str | None = None
    basis: str | None = None
    region_code: str | None = None
    indicator: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the fact as a JSON-ready dict, fields in schema order.

        Examples
        --------
        >>> Fact("x", "3个", 0, 2, "学校", None, None, "count", 3.0, "个", 3.0, "count").to_dict()["value"]
        3.0
        """
        return {f.name: _copy(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fact:
        """Build a fact from a mapping such as one line of a gold ``.jsonl`` file.

        Unknown keys are ignored; missing optional keys take their defaults.

        Examples
        --------
        >>> Fact.from_dict({"text_span": "2.3倍", "char_start": 5, "char_end": 9,
        ...                 "measure": "growth_yoy", "value": 2.3, "value_base": 230}).value_base
        230.0
        """
        return cls(
            id=str(data.get("id") or ""),
            text_span=str(data.get("text_span") or ""),
            char_start=int(data["char_start"]),
            char_end=int(data["char_end"]),
            subject=data.get("subject"),
            region=data.get("region"),
            period=data.get("period"),
            measure=str(data.get("measure") or ""),
            value=_number(data.get("value")),
            unit=data.get("unit"),
            value_base=_number(data.get("value_base")),
            base_unit=data.get("base_unit"),
            qualifier=data.get("qualifier"),
            comparable_price=bool(data.get("comparable_price", False)),
            denominator=data.get("denominator"),
            optional=bool(data.get("optional", False)),
            note=data.get("note"),
            basis=data.get("basis"),
            region_code=data.get("region_code"),
            indicator=data.get("indicator"),
        )


FIELD_NAMES: Final = tuple(f.name for f in dataclasses.fields(Fact))


def _number(raw: Any) -> Value:
    if raw is None:
        return None
    if isinstance(raw, list | tuple):
        return [float(x) for x in raw]
    return float(raw)


def _copy(raw: Any) -> Any:
    return list(raw) if isinstance(raw, list) else raw
