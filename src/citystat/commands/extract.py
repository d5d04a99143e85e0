"""``citystat extract``: read the numeric facts out of Chinese text files.

Needs no database and imports no Django: it only reads files and calls the pure
:mod:`citystat.textfacts` package. ``--eval GOLD.jsonl TEXT`` scores the extractor
against a hand-annotated file in the same schema.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from citystat.cells import safe_row
from citystat.files import write_text
from citystat.textfacts import (
    FIELD_NAMES,
    Fact,
    InputError,
    evaluate,
    extract,
    read_document,
    read_jsonl,
    to_jsonl,
)
from citystat.textfacts.evaluate import FIELDS
from citystat.textfacts.normalise import MAX_BYTES


def _read_text(path: Path) -> str:
    """Decoded text of one file, or a one-line :class:`click.ClickException`."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file too large: {size} bytes, the limit is {MAX_BYTES} (50 MB)")
        document = read_document(path.read_bytes())
    except InputError as error:
        raise click.ClickException(f"{path}: {error}") from error
    except OSError as error:
        raise click.ClickException(f"{path}: cannot read: {error.strerror or error}") from error
    for note in document.notes:
        click.echo(f"{path}: {note}", err=True)
    return document.text


def _csv(facts: list[Fact]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELD_NAMES)
    for fact in facts:
        row = []
        for value in fact.to_dict().values():
            if value is None:
                row.append("")
            elif isinstance(value, bool):
                row.append("true" if value else "false")
            elif isinstance(value, list):
                row.append(json.dumps(value))
            else:
                row.append(str(value))
        writer.writerow(safe_row(row))
    return out.getvalue()


def _report(gold_path: Path, text_path: Path, region: str | None, year: int | None) -> str:
    try:
        gold = read_jsonl(gold_path.read_text(encoding="utf-8"))
    except (ValueError, KeyError, OSError) as error:
        raise click.ClickException(f"{gold_path}: not a gold JSON Lines file: {error}") from error
    predicted = extract(_read_text(text_path), region=region, year=year)
    scores = evaluate(predicted, gold)
    optional = sum(1 for g in gold if g.optional)
    lines = [
        f"gold facts: {len(gold)} ({optional} optional)   predicted: {len(predicted)}",
        f"detection   precision {scores.precision:.3f}   recall {scores.recall:.3f}   "
        f"F1 {scores.f1:.3f}   (matched {scores.true_positives}, false positives "
        f"{scores.false_positives}, missed {scores.misses})",
        f"field accuracy on {scores.true_positives} matched facts:",
        *(f"  {name:<17}{scores.field_accuracy[name]:.3f}" for name in FIELDS),
        f"fully correct   {scores.fully_correct}/{scores.true_positives}   "
        f"F1 {scores.fully_correct_f1:.3f}   (subject, period, region and unit also right)",
    ]
    return "\n".join(lines) + "\n"


@click.command("extract")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="Output format: one JSON object per line, or CSV with a header row.",
)
@click.option(
    "--region",
    metavar="NAME_OR_CODE",
    help="The documents' own region (GB/T 2260 code or name); guessed when omitted.",
)
@click.option(
    "--year",
    type=click.IntRange(1949, 2100),
    metavar="YYYY",
    help="The documents' own year; guessed from the text when omitted.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write here instead of standard output.",
)
@click.option(
    "--eval",
    "gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="GOLD.jsonl",
    help="Score against hand-annotated facts of the one TEXT file given.",
)
def extract_command(
    files: tuple[Path, ...],
    fmt: str,
    region: str | None,
    year: int | None,
    output: Path | None,
    gold: Path | None,
) -> None:
    """Read the numeric facts out of Chinese text FILEs (UTF-8 or GB18030/GBK).

    Each fact has its span and offsets, subject, region, period, measure, value, unit
    and value in base units, as in the annotation schema. HTML is stripped (scripts are
    never run); traditional characters are read as simplified with offsets kept.
    Binary data, empty text, mojibake and files over 50 MB are refused.

    \b
    Examples:
      citystat extract bulletin.txt --region 140900 --year 2023
      citystat extract a.txt b.txt --format csv --output facts.csv
      citystat extract --eval gold.jsonl article.txt
    """
    if not files:
        raise click.UsageError("give at least one text FILE")
    if gold is not None:
        if len(files) != 1:
            raise click.UsageError("--eval scores one TEXT file at a time")
        _write(_report(gold, files[0], region, year), output)
        return
    facts: list[Fact] = []
    for path in files:
        text = _read_text(path)
        facts.extend(extract(text, region=region, year=year, id_prefix=path.stem))
    _write(to_jsonl(facts) if fmt == "jsonl" else _csv(facts), output)


def _write(content: str, output: Path | None) -> None:
    if output is None:
        click.echo(content, nl=False)
        return
    try:
        write_text(output, content)
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write: {error.strerror or error}") from error
