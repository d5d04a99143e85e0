"""`citystat report`: write a quarterly analysis, year-end review or dispatch briefing."""

from __future__ import annotations

import time
from pathlib import Path

import click


@click.command("report")
@click.argument("kind", type=click.Choice(["quarterly", "review", "briefing"]))
@click.option("--region", default="", help="Region code (default: the city).")
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
@click.option(
    "--date",
    "date_text",
    default="",
    help="成文日期 YYYY-MM-DD (default: the last day of the month after the period, "
    "e.g. 2023-10-31 for 2023-Q3).",
)
@click.option(
    "--issuer",
    default="",
    help="Issuing unit for the 版头 and 落款 (default: the region's 统计局, or REPORT_ISSUER).",
)
@click.option("--number", default="", help="发文字号 printed under the 版头 (default: none).")
def report(
    kind: str,
    region: str,
    period: str,
    fmt: str,
    output: Path | None,
    date_text: str,
    issuer: str,
    number: str,
) -> None:
    """Generate a report from the approved data; every number is checked before writing."""
    from citystat.djangosetup import check_database, setup_django

    setup_django()
    check_database()
    from citystat.reporting.checker import CheckError
    from citystat.reporting.periods import PeriodError, parse_period
    from citystat.reports.generate import generate, parse_issue_date
    from citystat.reports.queries import city_code

    started = time.perf_counter()
    try:
        region = region or city_code()
        issued = None
        if date_text:
            issued = parse_issue_date(date_text, parse_period(kind, period))
        result = generate(
            kind, region, period, fmt, output, issued=issued, issuer=issuer, number=number
        )
    except CheckError as exc:
        raise click.ClickException(f"数字核对未通过: {exc.problems[0]}") from exc
    except (ValueError, LookupError, PeriodError) as exc:
        raise click.ClickException(str(exc)) from exc
    elapsed = time.perf_counter() - started
    click.echo(f"{result.path}  ({result.checked_figures} 个数字已核对, {elapsed:.1f} s)")
