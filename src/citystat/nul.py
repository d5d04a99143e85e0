"""The NUL character in a request: one rule and one sentence for the site and the API.

A NUL character cannot be stored or even compared by PostgreSQL ("A string literal cannot
contain NUL"); no code, name or number of the platform contains one. The site middleware
(``site.malformed``) checks paths, query parameters and form fields, the API
(``api.views``) JSON bodies; both word the refusal with :func:`nul_message`.

Pure (no Django), below both.

>>> first_with_nul([("a", ["1"]), ("b\\x00", [])])
'b\\\\x00'
"""

from __future__ import annotations

from collections.abc import Iterable

NUL = "\x00"


def nul_message(param: str) -> str:
    return f"参数 {param} 含有空字符(NUL,\\x00),不是有效的取值。请检查链接或表单后重试。"


def shown(text: str) -> str:
    """``text`` with each NUL written as ``\\x00``, fit to be named in a message."""
    return text.replace(NUL, "\\x00")


def first_with_nul(pairs: Iterable[tuple[str, list[str]]]) -> str | None:
    """The first key whose name or any value holds a NUL, shown; None when none does."""
    for key, values in pairs:
        if NUL in key or any(NUL in v for v in values):
            return shown(key)
    return None
