"""``citystat extract``: read the numeric facts out of Chinese text files.

Needs no database and imports no Django: it only reads files and calls the pure
:mod:`citystat.textfacts` package. ``--eval GOLD.jsonl TEXT`` scores the extractor
against a hand-annotated file in the same schema.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
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
from citystat.textfacts.evaluate import FIELDS, Scores, pool
from citystat.textfacts.normalise import MAX_BYTES
from citystat.textfacts.regions import lookup


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


def _gold(gold_path: Path) -> list[Fact]:
    try:
        return read_jsonl(gold_path.read_text(encoding="utf-8"))
    except (ValueError, KeyError, OSError) as error:
        raise click.ClickException(f"{gold_path}: not a gold JSON Lines file: {error}") from error


def _report(gold_path: Path, text_path: Path, region: str | None, year: int | None) -> str:
    gold = _gold(gold_path)
    predicted = extract(_read_text(text_path), region=region, year=year)
    scores = evaluate(predicted, gold)
    optional = sum(1 for g in gold if g.optional)
    return _figures(scores, f"gold facts: {len(gold)} ({optional} optional)", len(predicted))


def _figures(scores: Scores, head: str, predicted: int) -> str:
    lines = [
        f"{head}   predicted: {predicted}",
        f"detection   precision {scores.precision:.3f}   recall {scores.recall:.3f}   "
        f"F1 {scores.f1:.3f}   (matched {scores.true_positives}, false positives "
        f"{scores.false_positives}, missed {scores.misses})",
        f"field accuracy on {scores.true_positives} matched facts:",
        *(f"  {name:<17}{scores.field_accuracy[name]:.3f}" for name in FIELDS),
        f"fully correct   {scores.fully_correct}/{scores.true_positives}   "
        f"F1 {scores.fully_correct_f1:.3f}   (subject, period, region and unit also right)",
    ]
    return "\n".join(lines) + "\n"


def _body(text: str) -> str:
    """A set text without its first line when that is a ``# source: …`` note."""
    if text.startswith("#"):
        return text.split("\n", 1)[1] if "\n" in text else ""
    return text


def _manifest(folder: Path) -> list[dict[str, object]]:
    path = folder / "manifest.json"
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise click.ClickException(
            f"{path}: cannot read the manifest ({error.strerror or error}); a folder given to "
            "--eval needs manifest.json listing each text with its gold file"
        ) from error
    except ValueError as error:
        raise click.ClickException(f"{path}: not valid JSON: {error}") from error
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and "text" in e and "gold" in e for e in entries
    ):
        raise click.ClickException(
            f'{path}: must be a JSON list of objects with at least "text" and "gold"'
        )
    return entries


def _year_of(entry: dict[str, object], year: int | None) -> int | None:
    """The document's own year: the manifest's ``year``, else its period's last year (a
    report of 2017/2021 is written at the end of 2021: its 五年来 and 今年 reach 2021)."""
    own = entry.get("year")
    if isinstance(own, int):
        return own
    period = str(entry.get("period") or "").rpartition("/")[2]
    return int(period[:4]) if period[:4].isdigit() else year


def _region_named(entry: dict[str, object]) -> str:
    """The manifest's name of the document's own region, without the parenthesis after it
    that only says where the place is (``芜湖经开区 (芜湖市, 安徽省)``: 芜湖经开区)."""
    name = str(entry.get("region") or "")
    return re.split(r"\s*[(（]", name, maxsplit=1)[0].strip()


def _own_region(entry: dict[str, object], region: str | None) -> str | None:
    """The region a set's text is read as: its division code when the gazetteer knows it,
    else its name (a zone or a sub-district without a code; a code the data lack, 台湾's
    710000), else ``region``."""
    code = str(entry.get("region_code") or "")
    if code and lookup(code) is None:
        code = ""
    return code or _region_named(entry) or region


def _named_as_the_set_names_it(facts: list[Fact], entry: dict[str, object]) -> list[Fact]:
    """The document's own region under the name its manifest gives it.

    A manifest names the document's region and gives its division code; the extractor,
    given the code, writes the division's standard name. Where the two names differ (a
    development zone named for the district it covers: 杨凌示范区, code 610403, 杨陵区), the
    set declares them one place, so facts of that code take the manifest's name (a
    parenthesis after the name, ``交城县 (吕梁市)``, only says where it is).
    """
    code = str(entry.get("region_code") or "")
    name = _region_named(entry)
    if not code or not name:
        return facts
    return [
        replace(fact, region=name)
        if fact.region_code == code and fact.region and fact.region != name
        else fact
        for fact in facts
    ]


def _report_folder(
    folder: Path,
    region: str | None,
    year: int | None,
    errors: bool,
    second: Path | None = None,
) -> str:
    """Score every text of a folder laid out as ``../shared/data/textfacts/real``.

    With ``second``, a second annotation of the same texts (a folder laid out alike, its
    texts listed by the same keys) is scored against the gold instead of the extractor:
    the agreement of two annotators, the ceiling of any extractor's score. Facts the second
    annotator marked optional are set aside, as the gold's optional facts are.
    """
    others = {str(e.get("key", e["text"])): e for e in _manifest(second)} if second else {}
    per_text: list[Scores] = []
    lines: list[str] = []
    gold_total = optional_total = predicted_total = 0
    for entry in _manifest(folder):
        key = str(entry.get("key", entry["text"]))
        if second is not None:
            if key not in others:
                continue
            predicted = [f for f in _gold(second / str(others[key]["gold"])) if not f.optional]
        else:
            text = _body(_read_text(folder / str(entry["text"])))
            own = _own_region(entry, region)
            predicted = _named_as_the_set_names_it(
                extract(text, region=own, year=_year_of(entry, year)), entry
            )
        gold = _gold(folder / str(entry["gold"]))
        scores = evaluate(predicted, gold)
        per_text.append(scores)
        gold_total += len(gold)
        optional_total += sum(1 for g in gold if g.optional)
        predicted_total += len(predicted)
        lines.append(
            f"{key:<34} gold {len(gold):>3}   detection F1 "
            f"{scores.f1:.3f}   fully correct F1 {scores.fully_correct_f1:.3f}"
        )
        if errors:
            lines.extend(_error_lines(scores))
    if not per_text:
        raise click.ClickException(
            f"{second}: its manifest lists none of the texts of {folder} (keys must match)"
        )
    pooled = pool(per_text)
    head = f"{len(per_text)} texts, gold facts: {gold_total} ({optional_total} optional)"
    return "\n".join(lines) + "\npooled:\n" + _figures(pooled, head, predicted_total)


def _error_lines(scores: Scores) -> list[str]:
    def show(f: Fact) -> str:
        return f"{f.text_span} [{f.char_start}] {f.measure} {f.value_base} {f.subject}"

    lines = [f"    missed   {show(g)}" for g in scores.missed]
    lines += [f"    spurious {show(p)}" for p in scores.spurious]
    for p, g, bad in scores.wrong:
        diff = ", ".join(f"{n}: {getattr(p, n)!r} ≠ {getattr(g, n)!r}" for n in bad)
        lines.append(f"    wrong    {g.text_span} [{g.char_start}] {diff}")
    return lines


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
    type=click.Path(exists=True, path_type=Path),
    metavar="GOLD.jsonl|DIR",
    help="Score against hand-annotated facts of the one TEXT file given, or every text "
    "of a folder with manifest.json (texts + gold, as ../shared/data/textfacts/real).",
)
@click.option(
    "--errors",
    is_flag=True,
    help="With --eval DIR: list each text's misses, false positives and wrong fields.",
)
@click.option(
    "--agreement",
    "second",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    metavar="DIR2",
    help="With --eval DIR: score DIR2, a second annotation of the same texts, against "
    "DIR's gold instead of the extractor (the agreement of two annotators).",
)
def extract_command(
    files: tuple[Path, ...],
    fmt: str,
    region: str | None,
    year: int | None,
    output: Path | None,
    gold: Path | None,
    errors: bool,
    second: Path | None,
) -> None:
    """Read the numeric facts out of Chinese text FILEs (UTF-8 or GB18030/GBK).

    Each fact has its span and offsets, subject, region, period, measure, value, unit
    and value in base units, as in the annotation schema. HTML is stripped (scripts are
    never run); traditional characters are read as simplified with offsets kept.
    Binary data, empty text, mojibake and files over 50 MB are refused.

    \b
    Examples:
      citystat extract bulletin.txt --region 990500 --year 2023
      citystat extract a.txt b.txt --format csv --output facts.csv
      citystat extract --eval gold.jsonl article.txt
      citystat extract --eval ../shared/data/textfacts/real
      citystat extract --eval set/ --agreement set-second-annotator/
    """
    if second is not None and (gold is None or not gold.is_dir()):
        raise click.UsageError("--agreement DIR2 goes with --eval DIR (two annotations of one set)")
    if gold is not None and gold.is_dir():
        if files:
            raise click.UsageError("--eval DIR reads its texts from the folder's manifest")
        _write(_report_folder(gold, region, year, errors, second), output)
        return
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
