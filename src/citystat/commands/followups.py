"""`citystat followups check --period YYYY-MM`: re-check follow-ups after a month's data land."""

from __future__ import annotations

import click


@click.group("followups")
def followups_group() -> None:
    """督办事项:每月数据入库后的自动复核。

    \b
    citystat followups check --period YYYY-MM
      Re-check follow-ups against that month's approved data: close those whose
      cause cleared, escalate the rest, raise new ones from the active rules.
    """


@followups_group.command("check")
@click.option("--period", required=True, help="YYYY-MM: the month whose data just landed.")
def _check(period: str) -> None:
    """Close follow-ups whose cause cleared, escalate the rest, raise new ones."""
    from citystat.stats.periods import PeriodError, parse_month

    try:
        year, month = parse_month(period)
    except PeriodError as exc:
        raise click.ClickException(str(exc)) from exc
    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    from citystat.followups.actions import recheck

    result = recheck(year, month)
    for label, rows in (
        ("新发起", result.raised),
        ("办结", result.closed),
        ("升级", result.escalated),
    ):
        for f in rows:
            click.echo(f"{label} #{f.pk} {f.responsible_unit}:{f.title}")
    click.echo(result.summary())


# Only the group is a top-level command (the CLI registers every Command named in a module).
del _check
