"""`citystat check`: validation analysis of every stored figure (DHIS2's 'Run validation')."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("check")
@click.option("--region", default=None, help="Region code: only this unit's figures (e.g. 990521).")
@click.option("--from", "start", default=None, help="YYYY-MM: first month to check.")
@click.option("--to", "end", default=None, help="YYYY-MM: last month to check.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "xlsx"]),
    default="text",
    show_default=True,
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (xlsx defaults to citystat-check.xlsx).",
)
def check(
    region: str | None, start: str | None, end: str | None, fmt: str, output: Path | None
) -> None:
    """Check every stored figure against the catalogue's rules.

    Generated from the indicator hierarchy (parts add up to their whole, a 其中 item never
    exceeds its whole, counties add up to the city, year-to-date figures never fall, growth
    agrees with the levels of both years) and the hand-written rules. Exits with 1 when an
    error-severity rule is broken.
    """
    from citystat.stats.periods import PeriodError, parse_month

    try:
        first = parse_month(start) if start else None
        last = parse_month(end) if end else None
    except PeriodError as exc:
        raise click.ClickException(str(exc)) from exc
    if first and last and first > last:
        raise click.ClickException(f"--from {start} 晚于 --to {end},请交换两个期别。")
    from citystat.djangosetup import check_database, setup_django

    setup_django()
    check_database()
    from citystat.intake.quality import run_check
    from citystat.regions.models import Region

    if region and not Region.objects.filter(code=region).exists():
        raise click.ClickException(f"区划代码“{region}”不存在。")
    report = run_check(region=region, start=first, end=last)
    if report.empty:
        click.echo(report.summary())
        return
    if fmt == "xlsx":
        path = output or Path("citystat-check.xlsx")
        path.write_bytes(report.xlsx())
        click.echo(f"{report.summary()} 已写入 {path}")
    else:
        text = report.json() if fmt == "json" else report.text()
        if output:
            output.write_text(text + "\n", encoding="utf-8")
            click.echo(report.summary())
        else:
            click.echo(text)
    if report.errors:
        sys.exit(1)
