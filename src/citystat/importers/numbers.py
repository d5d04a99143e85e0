"""Reading numbers the way bureaus write them: full-width digits, thousands separators, “—”."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

# Cells bureaus use to say "no figure" (not zero).
MISSING_MARKERS = {"", "—", "——", "–", "-", "--", "/", "／", "…", "...", "－", "无", "空", "x", "X"}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


# What to do about a figure that is no number, wherever it was typed.
NUMBER_HINT = "请只填写数字(可带小数点),不填单位或文字;无数据请填“—”。"


class NotANumberError(ValueError):
    """``hint`` says what is wrong when it is more than "not a number" (empty otherwise);
    ``code`` is the problem code intake reports (``too_large`` for a number no column holds)."""

    def __init__(self, raw: str, hint: str = "", code: str = "not_a_number") -> None:
        super().__init__(raw)
        self.hint = hint
        self.code = code

    def words(self, raw: object, default_hint: str = NUMBER_HINT) -> str:
        """The intake message: "“raw”不是数字。…", or "“raw”超出…" for a number too large.

        One wording for the web form and a file, so the same bad value reads the same."""
        lead = f"“{raw}”不是数字。" if self.code == "not_a_number" else f"“{raw}”"
        return lead + (self.hint or default_hint)


COMMA_HINT = "逗号只能作千位分隔符(如 12,345.6),小数点请用“.”(如 1.2)。"
_THOUSANDS = re.compile(r"^[-+−]?\d{1,3}(,\d{3})+(\.\d*)?%?$")


# Figures are stored with at most 14 digits before the point (DecimalField 20, 6): a larger
# magnitude such as 1e400 is no figure anyone reports, and would fail when stored.
MAX_DIGITS_BEFORE_POINT = 14


def _storable(number: Decimal, raw: object) -> Decimal:
    if not number.is_finite():
        raise NotANumberError(str(raw))
    if number and number.adjusted() >= MAX_DIGITS_BEFORE_POINT:
        raise NotANumberError(
            str(raw),
            f"超出可存储的范围(整数部分最多{MAX_DIGITS_BEFORE_POINT}位)。"
            "请核对是否多填了位数或用错了单位。",
            code="too_large",
        )
    return number


def normalise_text(raw: object) -> str:
    """NFKC (full-width → half-width), no inner whitespace."""
    text = unicodedata.normalize("NFKC", str(raw))
    return re.sub(r"\s+", "", text)


def is_missing(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, int | float | Decimal):
        return False
    return normalise_text(raw).replace("\u2014", "—") in MISSING_MARKERS


def parse_number(raw: object) -> Decimal | None:
    """A cell → Decimal, None for a missing marker; NotANumberError for anything else.

    >>> parse_number("１２，３４５.６")
    Decimal('12345.6')
    >>> parse_number("—") is None
    True
    >>> parse_number(" 3.5% ")
    Decimal('3.5')
    >>> parse_number("1e400")
    Traceback (most recent call last):
    citystat.importers.numbers.NotANumberError: 1e400
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise NotANumberError(str(raw))
    if isinstance(raw, int):
        return _storable(Decimal(raw), raw)
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise NotANumberError(str(raw))
        return _storable(Decimal(str(raw)), raw)
    if isinstance(raw, Decimal):
        return _storable(raw, raw)
    text = normalise_text(raw)
    if text in MISSING_MARKERS:
        return None
    if "," in text:
        # 1,2 is a slip for 1.2 (or 12), never silently twelve: only true thousands groups.
        if not _THOUSANDS.match(text):
            raise NotANumberError(str(raw), COMMA_HINT)
        text = text.replace(",", "")
    text = text.replace("−", "-").rstrip("%")
    if not _NUMBER.match(text):
        raise NotANumberError(str(raw))
    try:
        return _storable(Decimal(text), raw)
    except InvalidOperation as exc:  # pragma: no cover - the regex already filters
        raise NotANumberError(str(raw)) from exc
