"""`citystat template`: the monthly reporting .xlsx for one unit."""

from __future__ import annotations

from pathlib import Path

import click

from citystat.files import write_bytes
from citystat.stats.periods import PeriodError, parse_month


def parse_period(text: str) -> tuple[int, int]:
    """``parse_month`` for a command's --period: its message as the command's error."""
    try:
        return parse_month(text)
    except PeriodError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("template")
@click.option("--unit", "unit", required=True, help="Region code, e.g. 990521.")
@click.option("--period", "period", required=True, help="Month as YYYY-MM, e.g. 2024-02.")
@click.option("--output", "output", type=click.Path(dir_okay=False), help="File to write.")
def template(unit: str, period: str, output: str | None) -> None:
    """Write the reporting template (.xlsx) for a unit and month."""
    from citystat.djangosetup import check_database, setup_django

    year, month = parse_period(period)
    setup_django()
    check_database()
    from citystat.importers.template import build_template
    from citystat.intake.queries import template_lines
    from citystat.regions.models import Region

    region = Region.objects.filter(code=unit).first()
    if region is None:
        raise click.ClickException(f"区划代码“{unit}”不存在。")
    data = build_template(
        region_name=region.name,
        region_code=region.code,
        year=year,
        month=month,
        lines=template_lines(region, year, month),
    )
    path = Path(output or f"{region.code}-{year}-{month:02d}.xlsx")
    write_bytes(path, data)
    click.echo(str(path))
