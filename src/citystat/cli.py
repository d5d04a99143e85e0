"""The `citystat` command. Subcommands load Django only when they need it."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Callable
from typing import Any

import click

import citystat.commands
from citystat.djangosetup import check_database, migrate, setup_django


def echo_progress(message: str) -> None:
    click.echo(f"  · {message}", err=True)


class DefaultGroup(click.Group):
    """A group whose default command is `serve` (like Datasette)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0].startswith("-") and args[0] not in {"--help", "-h", "--version"}):
            args = ["serve", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="citystat")
def cli() -> None:
    """citystat — 城市高质量发展监测调度平台.

    Without a command, `citystat` runs `serve`.
    """


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--no-demo", is_flag=True, help="Do not load the demo into an empty database.")
@click.option(
    "--threads",
    default=8,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Threads per worker process of the production server (CITYSTAT_ENV=production).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes of gunicorn (production on Linux); default WEB_WORKERS, else the number of CPU cores.",
)
@click.option(
    "--server",
    "server_name",
    type=click.Choice(["gunicorn", "waitress"]),
    default=None,
    help="Production server: gunicorn (default on Linux, several processes) or waitress (default on Windows, one process).",
)
def serve(
    host: str, port: int, no_demo: bool, threads: int, workers: int | None, server_name: str | None
) -> None:
    """Migrate, load the demo into an empty database, and serve the web app.

    Locally this is Django's development server; with CITYSTAT_ENV=production it is
    gunicorn with one worker process per core on Linux, waitress on Windows (see
    docs/deploy.md).
    """
    setup_django()
    migrate()
    from django.conf import settings

    from citystat.demo.load import database_is_empty, load_demo
    from citystat.demo.projects import DEMO_PASSWORD

    if not no_demo and database_is_empty():
        if settings.PRODUCTION:
            click.echo("生产模式不载入示例数据 / production mode: demo not loaded.", err=True)
        else:
            click.echo("载入示例数据 / loading the demo …", err=True)
            load_demo(progress=echo_progress)
    from citystat.accounts.models import User

    if not settings.PRODUCTION and User.objects.filter(is_demo=True).exists():
        _echo_demo(DEMO_PASSWORD)
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    click.echo(f"citystat: http://{host}:{port}/")
    if settings.PRODUCTION:
        from citystat.site import config, server

        chosen = server_name or server.default_server()
        if chosen == "gunicorn":
            if os.name == "nt":
                raise click.ClickException(
                    "gunicorn 不能在 Windows 上运行 / gunicorn does not run on Windows: use --server waitress."
                )
            count = workers or config.web_workers()
            click.echo(f"gunicorn: {count} worker processes × {threads} threads", err=True)
            server.serve_gunicorn(host, port, count, threads)
        else:
            server.serve_waitress(host, port, threads)
    else:
        call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True)


def _echo_demo(password: str) -> None:
    """Every demo account (from the database, so none is left out) and the demo's months."""
    from citystat.accounts.models import User
    from citystat.observations.models import Observation

    users = User.objects.filter(is_demo=True, is_active=True).order_by("id")
    click.echo(f"演示账号 / demo accounts ({users.count()}, password: {password}):")
    for u in users:
        click.echo(f"  {u.username:<18} {u.get_role_display():<6} {u.unit_name}")
    first = Observation.objects.order_by("year", "month").values_list("year", "month").first()
    last = Observation.objects.order_by("-year", "-month").values_list("year", "month").first()
    if first and last:
        y, m = last
        due = f"{y + 1}-01" if m == 12 else f"{y}-{m + 1:02d}"
        click.echo(
            f"示例数据期别 / demo period: {first[0]}-{first[1]:02d} … {y}-{m:02d}"
            f"(下一个报送月 / next month to report: {due})"
        )


@cli.command()
@click.option("--reset", is_flag=True, help="Local SQLite only: delete the database file first.")
def init(reset: bool) -> None:
    """Create or upgrade the database schema (no data)."""
    if reset:
        from citystat.site import config

        if config.is_production() or config.value("DATABASE_URL"):
            raise click.ClickException(
                "--reset only removes the local SQLite file; it is refused with DATABASE_URL or in production."
            )
        path = config.home() / "citystat.sqlite3"
        # With the file go its write-ahead log and index (WAL mode, see site/settings.py):
        # a stale log beside a new file would be replayed into it.
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if stale.exists():
                stale.unlink()
                click.echo(f"removed {stale}")
    setup_django()
    migrate()
    click.echo("数据库已就绪 / database ready.")


@cli.command()
def demo() -> None:
    """Load the deterministic demo (citystat.demo) into an empty database."""
    setup_django()
    migrate()
    from django.conf import settings

    from citystat.demo.load import DemoError, load_demo

    if settings.PRODUCTION:
        raise click.ClickException(
            "生产模式不允许载入示例数据 / the demo is refused in production mode."
        )
    try:
        counts = load_demo(progress=echo_progress)
    except DemoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))


@cli.command()
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(
        ["reporter", "reviewer", "leader", "responsible", "planner", "analyst", "admin"]
    ),
    required=True,
)
@click.option(
    "--region", "regions", multiple=True, help="Region code the user answers for (repeatable)."
)
@click.option("--unit-name", default="", help="The user's organisation, e.g. 青柘县统计局.")
@click.password_option(help="Password (prompted when omitted).")
def createuser(
    username: str, role: str, regions: tuple[str, ...], unit_name: str, password: str
) -> None:
    """Create a user with a role and the regions they answer for."""
    setup_django()
    check_database()
    from citystat.accounts.actions import create_user
    from citystat.regions.models import Region

    found = {r.code: r for r in Region.objects.filter(code__in=regions)}
    missing = [c for c in regions if c not in found]
    if missing:
        raise click.ClickException(f"未知区划代码 / unknown region code: {', '.join(missing)}")
    try:
        create_user(
            username=username,
            password=password,
            role=role,
            regions=found.values(),
            unit_name=unit_name,
        )
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"created {username} ({role})")


def register_commands(group: click.Group) -> None:
    """Add every click command defined in a module of ``citystat.commands``.

    Each feature keeps its commands in its own module; a command needing Django calls
    ``citystat.djangosetup.setup_django()`` itself, so `--help` stays fast and DB-free.
    """
    for info in pkgutil.iter_modules(citystat.commands.__path__):
        module = importlib.import_module(f"citystat.commands.{info.name}")
        for command in vars(module).values():
            if (
                isinstance(command, click.Command)
                and getattr(command.callback, "__module__", None) == module.__name__
            ):
                group.add_command(command)


register_commands(cli)


def main(argv: list[str] | None = None) -> Any:
    run: Callable[..., Any] = cli.main
    return run(args=argv if argv is not None else sys.argv[1:], prog_name="citystat")
