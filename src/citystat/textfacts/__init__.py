"""Read numeric facts out of Chinese statistical bulletins and news; pure, no Django.

Public API: :func:`extract`, :func:`evaluate`, :class:`Fact`, :class:`Scores`,
:func:`match_indicator`, and the reading helpers :func:`read_document`,
:func:`decode_bytes`, :func:`read_jsonl`, :func:`to_jsonl`.

Examples
--------
>>> facts = extract("全县8个电商村年度销售额达3.2亿元", region="平遥县", year=2023)
>>> [(f.text_span, f.subject, f.value_base) for f in facts]
[('8个', '电商村', 8.0), ('3.2亿元', '电商村年度销售额', 320000000.0)]
"""

from . import compiled as _compiled

#: Whether the mypyc-compiled copy of the extractor is in use (see :mod:`.compiled`).
COMPILED = _compiled.use_if_current(__path__, __name__)

from .evaluate import Scores, evaluate, read_jsonl, to_jsonl  # noqa: E402
from .extract import extract  # noqa: E402
from .normalise import Document, InputError, decode_bytes, read_document  # noqa: E402
from .schema import FIELD_NAMES, Fact  # noqa: E402
from .subjects import IndicatorMatch, match_indicator  # noqa: E402

__all__ = [
    "COMPILED",
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
