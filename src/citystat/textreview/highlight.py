"""Cut a document's text into plain runs and fact spans, for highlighting.

Examples
--------
>>> [(s.text, s.fact) for s in segments("增长5%,达3亿元", [(2, 4, "a"), (6, 9, "b")])]
[('增长', None), ('5%', 'a'), (',达', None), ('3亿元', 'b')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Segment(Generic[T]):
    text: str
    fact: T | None = None


def segments(text: str, spans: Iterable[tuple[int, int, T]]) -> list[Segment[T]]:
    """Plain and highlighted runs in text order; a span overlapping an earlier one stays plain.

    Examples
    --------
    >>> [(s.text, s.fact) for s in segments("abcdef", [(1, 4, 1), (3, 5, 2)])]
    [('a', None), ('bcd', 1), ('ef', None)]
    """
    out: list[Segment[T]] = []
    position = 0
    for start, end, fact in sorted(spans, key=lambda s: (s[0], s[1])):
        if start < position or end > len(text) or end <= start:
            continue
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(text[start:end], fact))
        position = end
    if position < len(text):
        out.append(Segment(text[position:]))
    return out
