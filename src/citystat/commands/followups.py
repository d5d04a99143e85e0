"""`citystat followups check|digest`: the monthly re-check and the daily notification digest."""

from __future__ import annotations

import click


@click.group("followups")
def followups_group() -> None:
    """督办事项:每月数据入库后的自动复核;每日通知汇总。

    \b
    citystat followups check --period YYYY-MM
      Re-check follow-ups against that month's approved data: close those whose
      cause cleared, escalate the rest, raise new ones from the active rules.
    citystat followups digest [--date YYYY-MM-DD] [--user NAME]
      Print each user's notification digest for one day (default yesterday,
      Asia/Shanghai), one block per user, for a mail/IM gateway to send.
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


@followups_group.command("digest")
@click.option("--date", "day", default=None, help="YYYY-MM-DD (Asia/Shanghai); default yesterday.")
@click.option("--user", "username", default=None, help="Only this user (login name).")
def _digest(day: str | None, username: str | None) -> None:
    """Print each user's notification digest for one day, one block per user."""
    import datetime as dt

    from citystat.followups.digest import SHANGHAI

    if day is None:
        date = dt.datetime.now(SHANGHAI).date() - dt.timedelta(days=1)
    else:
        try:
            date = dt.date.fromisoformat(day)
        except ValueError:
            raise click.ClickException(
                f"日期“{day}”无法识别,请写成 YYYY-MM-DD,例如 2026-12-03。"
            ) from None
    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    from django.urls import reverse

    from citystat.accounts.models import User
    from citystat.followups.models import Notification
    from citystat.followups.queries import digest

    users = User.objects.filter(pk__in=Notification.objects.values("user_id")).order_by("username")
    if username is not None:
        if not User.objects.filter(username=username).exists():
            raise click.ClickException(f"用户“{username}”不存在,请检查 --user 的登录名。")
        users = users.filter(username=username)
    blocks = []
    for user in users:
        for d in digest(user, date):
            unit = f"({user.unit_name})" if user.unit_name else ""
            lines = [f"{user.username}{unit} {d.date.year}年{d.summary}"]
            lines += [
                f"  #{fid} {title} {reverse('followups:detail', args=[fid])}"
                for fid, title in d.followups
            ]
            blocks.append("\n".join(lines))
    click.echo("\n\n".join(blocks) if blocks else "当日无通知")


# Only the group is a top-level command (the CLI registers every Command named in a module).
del _check, _digest
