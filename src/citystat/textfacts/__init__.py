"""Read numeric facts out of Chinese statistical bulletins and news; pure, no Django.

Public API: :func:`extract`, :func:`evaluate`, :class:`Fact`, :class:`Scores`,
:func:`match_indicator`, and the reading helpers :func:`read_document`,
:func:`decode_bytes`, :func:`read_jsonl`, :func:`to_jsonl`.

Examples
--------
>>> facts = extract("全市12个乡村e镇年度总产值达16.7亿元", region="忻州市", year=2023)
>>> [(f.text_span, f.subject, f.value_base) for f in facts]
[('12个', '乡村e镇', 12.0), ('16.7亿元', '乡村e镇年度总产值', 1670000000.0)]
"""

from .evaluate import Scores, evaluate, read_jsonl, to_jsonl
from .extract import extract
from .normalise import Document, InputError, decode_bytes, read_document
from .schema import FIELD_NAMES, Fact
from .subjects import IndicatorMatch, match_indicator

__all__ = [
    "FIELD_NAMES",
    "Document",
    "Fact",
    "IndicatorMatch",
    "InputError",
    "Scores",
    "decode_bytes",
    "evaluate",
    "extract",
    "match_indicator",
    "read_document",
    "read_jsonl",
    "to_jsonl",
]
