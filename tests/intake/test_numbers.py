"""Number reading: properties over generated values."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from citystat.importers.numbers import parse_number
from citystat.importers.units import factor

FULLWIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False))
def test_thousands_separators_and_fullwidth_digits_read_back_exactly(x: Decimal):
    text = f"{x:,.4f}"
    assert parse_number(text) == x
    assert parse_number(text.translate(FULLWIDTH)) == x


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_wan_yuan_to_yi_yuan_and_back_is_exact(x: Decimal):
    assert x * factor("万元", "亿元") * factor("亿元", "万元") == x


def test_a_comma_that_is_not_a_thousands_separator_is_refused_not_read_as_twelve():
    import pytest

    from citystat.importers.numbers import COMMA_HINT, NotANumberError, parse_number

    assert parse_number("12,345.6") == Decimal("12345.6")
    assert parse_number("-1,234") == Decimal("-1234")
    for raw in ("1,2", "12,34", "1,2345", "1,234,56"):
        with pytest.raises(NotANumberError) as caught:
            parse_number(raw)
        assert caught.value.hint == COMMA_HINT


def test_a_word_file_renamed_xlsx_is_called_a_word_file():
    import io
    import zipfile

    import pytest

    from citystat.importers.parse import parse_bytes
    from citystat.importers.problems import RejectedError

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(RejectedError) as caught:
        parse_bytes(buf.getvalue(), "报表.xlsx")
    message = caught.value.problems[0].message
    assert message.startswith("不是 Excel 文件:这是一个 Word 文档(.docx)。")
    assert "OSError" not in message and "损坏" not in message
