"""Bad input: a clear error, nothing extracted from garbage."""

from __future__ import annotations

import pytest

from citystat.textfacts import InputError, decode_bytes, extract, read_document
from citystat.textfacts.normalise import MAX_BYTES, detect_mojibake, is_traditional, strip_html

SENTENCE = "2023年,全县地区生产总值128.6亿元,比上年增长5.6%。"


def test_empty_text_gives_no_facts_and_empty_bytes_are_refused() -> None:
    assert extract("") == []
    assert extract("  \n ") == []
    with pytest.raises(InputError, match="empty text"):
        decode_bytes(b"   \n")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        bytes(range(1, 32)) * 40,
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(data)


def test_files_over_50_mb_are_refused() -> None:
    with pytest.raises(InputError, match="too large"):
        decode_bytes(b"a" * (MAX_BYTES + 1))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_utf8_and_gb_encodings_are_read(encoding: str) -> None:
    text, _ = decode_bytes(SENTENCE.encode(encoding))
    assert text == SENTENCE


def test_mojibake_is_detected_and_named() -> None:
    assert detect_mojibake(SENTENCE) is None
    assert (
        detect_mojibake(SENTENCE.encode().decode("gbk", errors="replace"))
        == "UTF-8 text decoded as GBK"
    )
    assert (
        detect_mojibake(SENTENCE.encode().decode("latin-1"))
        == "UTF-8 text decoded as Latin-1/CP1252"
    )
    assert detect_mojibake("锟斤拷锟斤拷") is not None
    with pytest.raises(InputError, match="mojibake"):
        read_document(SENTENCE.encode().decode("gbk", errors="replace").encode())


def test_html_scripts_are_dropped_never_run() -> None:
    page = (
        "<html><head><title>t</title><script>alert('增长99%')</script></head>"
        "<body><p>全县地区生产总值128.6亿元</p><style>p{color:red}</style>"
        "<p>增长5.6%&nbsp;</p></body></html>"
    )
    document = read_document(page.encode())
    assert "alert" not in document.text and "99%" not in document.text
    assert document.notes == ["HTML: tags stripped, scripts and styles dropped"]
    facts = extract(document.text, region="定襄县", year=2023)
    assert [f.text_span for f in facts] == ["128.6亿元", "5.6%"]
    assert strip_html("<script>document.write(1)</script>") == ""


def test_html_without_text_is_refused() -> None:
    with pytest.raises(InputError, match="no text"):
        read_document(b"<html><script>x=1</script></html>")


def test_traditional_text_is_reported() -> None:
    assert is_traditional("五臺縣特色農業鋪就增收路")
    assert read_document("五臺縣特色農業鋪就增收路".encode()).notes == [
        "traditional characters: read as simplified, offsets kept"
    ]


def test_text_without_numbers_gives_no_facts() -> None:
    assert extract("岁末交卷,落笔有声。", region="忻州市", year=2023) == []
