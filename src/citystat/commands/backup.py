"""``citystat backup`` and ``citystat restore``: the whole installation in one checked zip."""

from __future__ import annotations

from pathlib import Path

import click


def _progress(message: str) -> None:
    click.echo(f"  · {message}", err=True)


@click.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The .zip to write (default: $CITYSTAT_HOME/backups/citystat-YYYYMMDD-HHMMSS.zip).",
)
def backup(output: Path | None) -> None:
    """Write every table (as JSON Lines) and every uploaded file into one .zip.

    The zip restores into SQLite or PostgreSQL alike (`citystat restore`); derived
    figures are rebuilt on restore rather than stored.
    """
    from citystat.djangosetup import check_database, setup_django

    setup_django()
    check_database()
    from citystat.backup import BackupError, default_backup_path, make_backup
    from citystat.site import config

    path = output or default_backup_path(config.home())
    try:
        manifest = make_backup(path, progress=_progress)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    rows = sum(manifest.counts.values())
    files = sum(1 for member in manifest.sha256 if member.startswith("media/"))
    size = path.stat().st_size / 1024 / 1024
    click.echo(f"{path}  ({rows} rows, {files} files, {size:.1f} MB)")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def restore(file: Path) -> None:
    """Restore a backup written by `citystat backup` into an empty database.

    Every member is checked against its SHA-256 first; the rows load in one transaction
    and the uploaded files are placed only after it commits, so a failed restore leaves
    nothing behind.
    """
    from citystat.djangosetup import migrate, setup_django

    setup_django()
    migrate()
    from citystat.backup import BackupError, restore_backup

    try:
        manifest = restore_backup(file, progress=_progress)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"restored {sum(manifest.counts.values())} rows from {file.name} "
        f"(written {manifest.created_at} on {manifest.database})"
    )
