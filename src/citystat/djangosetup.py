"""Starting Django from the command line, with one clear line on every configuration error."""

from __future__ import annotations

import os

import click


def setup_django() -> None:
    """Configure Django or fail with one clear line (no traceback)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citystat.site.settings")
    from citystat.site.config import ConfigurationError

    try:
        import django

        django.setup()
    except ConfigurationError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # a malformed DATABASE_URL surfaces here
        raise click.ClickException(f"配置错误 / configuration error: {exc}") from exc


def check_connection() -> None:
    from django.db import OperationalError, connection

    try:
        connection.ensure_connection()
    except OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise click.ClickException(
            f"无法连接数据库 / cannot reach the database ({connection.vendor}): {first}. "
            "Check DATABASE_URL (e.g. postgres://user:pass@127.0.0.1:5432/citystat) and that the server is running."
        ) from exc


def check_database() -> None:
    """For commands that use the data but must not change the schema themselves."""
    check_connection()
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        raise click.ClickException(
            f"数据库结构未建立或需要升级 / the database schema is missing or out of date "
            f"({len(pending)} migrations pending): run `citystat init` first."
        )


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    check_connection()
    call_command("migrate", interactive=False, verbosity=verbosity)


def setup_and_migrate() -> None:
    """For commands that read or write the database."""
    setup_django()
    migrate()
