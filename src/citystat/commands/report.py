"""`citystat report`: write a quarterly analysis, year-end review or dispatch briefing."""

from __future__ import annotations

import time
from pathlib import Path

import click


@click.command("report")
@click.argument("kind", type=click.Choice(["quarterly", "review", "briefing"]))
@click.option(
    "--region", default="140900", show_default=True, help="Region code, e.g. 140900 (忻州市)."
)
@click.option(
    "--period",
    required=True,
    help="2023-Q3 for quarterly, 2023 for review, 2023-11 for briefing.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["docx", "pdf", "html"]), default="docx", show_default=True
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: a descriptive name in the current folder).",
)
def report(kind: str, region: str, period: str, fmt: str, output: Path | None) -> None:
    """Generate a report from the approved data; every number is checked before writing."""
    from citystat.djangosetup import check_database, setup_django

    setup_django()
    check_database()
    from citystat.reporting.checker import CheckError
    from citystat.reports.generate import generate

    started = time.perf_counter()
    try:
        result = generate(kind, region, period, fmt, output)
    except CheckError as exc:
        raise click.ClickException(f"数字核对未通过: {exc.problems[0]}") from exc
    except (ValueError, LookupError) as exc:
        raise click.ClickException(str(exc)) from exc
    elapsed = time.perf_counter() - started
    click.echo(f"{result.path}  ({result.checked_figures} 个数字已核对, {elapsed:.1f} s)")
