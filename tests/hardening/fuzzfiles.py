"""Seeded mutations of real .xlsx, .xls and .csv files, for the hostile-file tests."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"
CSV_SEED = (
    "区划代码,指标代码,本期值,同比增长(%),说明\r\n"
    "140921,fai,3.2,3.9,\r\n"
    '140921,retail,"1,234.5",-2.1,"含""引号"""\r\n'
    "140921,gdp,—,,无\r\n"
).encode()


def seeds() -> dict[str, list[bytes]]:
    return {
        "xlsx": [p.read_bytes() for p in sorted(FIXTURES.glob("*.xlsx"))],
        "xls": [
            p.read_bytes()
            for p in sorted(FIXTURES.glob("*.xls"))
            if p.name not in {"encrypted.xls", "word_document.xls"}
        ],
        "csv": [CSV_SEED, CSV_SEED.decode().encode("gb18030")],
    }


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _bytes_mutation(rng: random.Random, data: bytes) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:
        return _flip(rng, data)
    if kind == 1:
        return data[: rng.randrange(1, len(data))]
    if kind == 2:
        at = rng.randrange(len(data))
        return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 256) :]


XML_TRICKS = (
    b"<",
    b">",
    b"&",
    b"&amp",
    b"]]>",
    b"<!--",
    b'"',
    b"\x00",
    b"\xff\xfe",
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<mergeCell ref="A1:XFD1048576"/>',
    b'<row r="-1">',
    b"<v>1e400</v>",
    b"<v>NaN</v>",
    b"<f>SUM(A1:A2)</f>",
    b'<definedName name="x">\'</definedName>',
    b'<sheet name="" sheetId="-1" r:id="rId99"/>',
)


def _xml_mutation(rng: random.Random, xml: bytes) -> bytes:
    if not xml:
        return rng.choice(XML_TRICKS)
    kind = rng.randrange(3)
    at = rng.randrange(len(xml))
    if kind == 0:
        return xml[:at] + rng.choice(XML_TRICKS) + xml[at:]
    if kind == 1:
        return xml[:at] + xml[at + rng.randint(1, 40) :]
    return _flip(rng, xml)


def _zip_mutation(rng: random.Random, data: bytes) -> bytes:
    """Change one part's XML and zip it again properly, so the XML reader sees it."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = [(i.filename, source.read(i)) for i in source.infolist()]
    index = rng.randrange(len(parts))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for i, (name, body) in enumerate(parts):
            if i == index:
                if rng.random() < 0.15:
                    continue  # a part missing
                body = _xml_mutation(rng, body)
            target.writestr(name, body)
    return out.getvalue()


def _csv_mutation(rng: random.Random, data: bytes) -> bytes:
    text = data
    kind = rng.randrange(6)
    at = rng.randrange(len(text))
    if kind == 0:
        return text[:at] + b"\r" + text[at:]  # a CR inside an unquoted field
    if kind == 1:
        return text[:at] + b'"' + text[at:]  # an unpaired quote
    if kind == 2:
        return text[:at] + b"x" * rng.choice((131_073, 200_000)) + text[at:]  # over the field limit
    if kind == 3:
        return text[:at] + rng.randbytes(rng.randint(1, 16)) + text[at:]
    if kind == 4:
        return text[:at] + b"\x00" + text[at:]
    return _bytes_mutation(rng, text)


def mutated(count: int, seed: int = 20261204) -> Iterator[tuple[int, str, bytes]]:
    """``count`` (index, file name, bytes) triples: xlsx, xls and csv in turn."""
    rng = random.Random(seed)
    pools = seeds()
    kinds = ("xlsx", "xls", "csv")
    for i in range(count):
        kind = kinds[i % 3]
        data = rng.choice(pools[kind])
        if kind == "xlsx" and rng.random() < 0.6:
            data = _zip_mutation(rng, data)
        elif kind == "csv":
            data = _csv_mutation(rng, data)
        else:
            data = _bytes_mutation(rng, data)
        yield i, f"fuzz-{i}.{kind}", data
