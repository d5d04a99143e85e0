"""One rule for every spreadsheet and CSV the platform writes: text is never a formula.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken by
Excel (or LibreOffice, WPS) as a formula when the file is opened ("CSV injection"); a name
such as ``=HYPERLINK(...)`` would run. :func:`safe_cell` prefixes such text with an
apostrophe, the spreadsheet's own "this is text" mark. Plain numbers written as text
(``-1.3``, ``+2``, ``-5%``) are left alone: they are values, not formulas.

Pure (no Django): used by the dashboard's Excel exports, the SDMX-CSV export, the input
template and the CLI's ``extract --format csv`` and ``compute`` outputs.

>>> safe_cell("=1+1"), safe_cell("@SUM(A1)"), safe_cell("-2+3"), safe_cell("\\tx")
("'=1+1", "'@SUM(A1)", "'-2+3", "'\\tx")
>>> safe_cell("-1.3"), safe_cell("+2"), safe_cell("-5%"), safe_cell(-7), safe_cell(None)
('-1.3', '+2', '-5%', -7, None)
>>> safe_cell("澄川市")
'澄川市'
"""

from __future__ import annotations

import re
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: list[Any]) -> list[Any]:
    return [safe_cell(v) for v in row]
