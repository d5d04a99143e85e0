"""The facts read from a text as rows of the fields a test compares, for the round tests."""

from __future__ import annotations

from citystat.textfacts import extract


def fact_rows(
    text: str, *fields: str, region: str | None, year: int | None
) -> list[tuple[object, ...]]:
    """Each fact's span followed by ``fields``, in the order the extractor reads them."""
    return [
        (f.text_span, *(getattr(f, name) for name in fields))
        for f in extract(text, region=region, year=year)
    ]
