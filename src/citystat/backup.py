"""Whole-installation backups: every table as JSON Lines plus the uploaded files, in one zip.

A backup is Django's serializer output rather than a database dump, so one made from
PostgreSQL restores into SQLite and back (a bureau moving from the embedded default to a
server keeps its data). Every member is listed with its SHA-256 in ``manifest.json``; a
restore checks them all before it writes anything, unpacks the uploaded files into a
staging folder inside the media folder, loads into an empty database in one transaction and,
still inside it, renames the staged files into place; only then does the transaction commit.
A restore killed at any point leaves an empty database (and at most files identical to the
backup's), which a second restore accepts.

Derived figures are left out and rebuilt on restore: they follow from the observations
and targets, and they are most of the rows.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "citystat-backup/1"
MANIFEST = "manifest.json"
# Rebuilt by migrate (content types, permissions) or by the engine (derived figures, their
# version and the per-period summaries written with them), or
# short-lived by nature (sessions, failed-login counters).
LEFT_OUT = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "accounts.loginfailure",
    "observations.derivedfigure",
    "observations.dataversion",
    "observations.periodsummary",
}
# Policy defaults that `citystat init` seeds (data migrations); a restore replaces them.
SEEDED = {"indicators.lightrule", "intake.validationrule", "followups.rule", "intake.headeralias"}
CHUNK = 2000

Progress = Callable[[str], None]


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why and what to do."""


@dataclass
class Manifest:
    format: str
    citystat_version: str
    created_at: str
    database: str
    migrations: dict[str, list[str]]
    counts: dict[str, int]
    sha256: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1, sort_keys=True)


def _version() -> str:
    from importlib.metadata import version

    return version("citystat")


def backed_up_models() -> list[type[models.Model]]:
    """Every concrete model except LEFT_OUT, parents before the rows that point at them."""
    app_list = [(config, None) for config in apps.get_app_configs()]
    ordered = serializers.sort_dependencies(app_list, allow_cycles=True)
    return [
        m
        for m in ordered
        if m._meta.label_lower not in LEFT_OUT and not m._meta.proxy and m._meta.managed
    ]


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a restore must give back every digit."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


class _HashingWriter(io.RawIOBase):
    """Counts and hashes the bytes on their way into a zip member."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.digest = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.digest.update(chunk)
        self.target.write(chunk)
        return len(chunk)


STAGING_PREFIX = ".restore-"  # a restore's staging folder inside the media folder


def _media_files(root: Path) -> Iterator[Path]:
    if root.is_dir():
        yield from sorted(
            p
            for p in root.rglob("*")
            if p.is_file() and not p.relative_to(root).parts[0].startswith(STAGING_PREFIX)
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _place(source: Path, target: Path) -> None:
    """Move one staged file into place (a rename: staging is on the same file system)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def make_backup(path: Path, progress: Progress | None = None) -> Manifest:
    """Write the whole installation to ``path`` (a new .zip) and return its manifest."""
    say = progress or (lambda _message: None)
    if path.exists():
        raise BackupError(
            f"{path} already exists; choose a new file name (backups never overwrite)."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    manifest = Manifest(
        format=FORMAT,
        citystat_version=_version(),
        created_at=timezone.now().isoformat(timespec="seconds"),
        database=connection.vendor,
        migrations={},
        counts={},
    )
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            # One snapshot: rows written while the backup runs are either all in or all out.
            outer = connection.in_atomic_block
            with transaction.atomic():
                if connection.vendor == "postgresql" and not outer:
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                manifest.migrations = applied_migrations()
                for model in backed_up_models():
                    label = model._meta.label_lower
                    count = model._default_manager.count()
                    say(f"{label}: {count} rows")
                    member = f"data/{label}.jsonl"
                    with archive.open(member, "w", force_zip64=True) as raw:
                        writer = _HashingWriter(raw)
                        text = io.TextIOWrapper(io.BufferedWriter(writer), encoding="utf-8")
                        rows = model._default_manager.order_by("pk").iterator(chunk_size=CHUNK)
                        serializers.serialize(
                            "jsonl",
                            rows,
                            stream=text,
                            use_natural_foreign_keys=True,
                            cls=_ExactEncoder,
                        )
                        text.flush()
                        text.detach()
                    manifest.sha256[member] = writer.digest.hexdigest()
                    manifest.counts[label] = count
            media = Path(settings.MEDIA_ROOT)
            files = list(_media_files(media))
            say(f"uploaded files: {len(files)}")
            for file in files:
                member = "media/" + file.relative_to(media).as_posix()
                with file.open("rb") as source, archive.open(member, "w", force_zip64=True) as raw:
                    writer = _HashingWriter(raw)
                    shutil.copyfileobj(source, writer)
                manifest.sha256[member] = writer.digest.hexdigest()
            archive.writestr(MANIFEST, manifest.to_json())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return manifest


def read_manifest(path: Path) -> Manifest:
    """Open a backup and check every member against its SHA-256; write nothing."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file.")
    if not zipfile.is_zipfile(path):
        raise BackupError(
            f"{path.name} is not a citystat backup (not a zip file); "
            "use a file written by `citystat backup`."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                raw = json.loads(archive.read(MANIFEST).decode("utf-8"))
            except KeyError:
                raise BackupError(
                    f"{path.name} has no {MANIFEST}: it is a zip, but not one written by `citystat backup`."
                ) from None
            if raw.get("format") != FORMAT:
                raise BackupError(
                    f"{path.name}: backup format {raw.get('format')!r} is not {FORMAT!r}; "
                    "restore it with the citystat version that wrote it."
                )
            manifest = Manifest(**raw)
            names = set(archive.namelist()) - {MANIFEST}
            if names != set(manifest.sha256):
                extra = sorted(names - set(manifest.sha256))[:3]
                missing = sorted(set(manifest.sha256) - names)[:3]
                raise BackupError(
                    f"{path.name} does not match its manifest (unlisted: {extra}, missing: {missing}); "
                    "the file was changed after it was written. Use another backup."
                )
            for member, expected in manifest.sha256.items():
                _safe_member(member)
                digest = hashlib.sha256()
                with archive.open(member) as stream:
                    while block := stream.read(1 << 20):
                        digest.update(block)
                if digest.hexdigest() != expected:
                    raise BackupError(
                        f"{path.name}: {member} is damaged (SHA-256 differs from the manifest); "
                        "nothing was restored. Use another backup."
                    )
    except (
        zipfile.BadZipFile,
        OSError,
        UnicodeDecodeError,
        json.JSONDecodeError,
        TypeError,
    ) as exc:
        raise BackupError(f"{path.name} cannot be read as a citystat backup: {exc}") from exc
    return manifest


def _safe_member(member: str) -> PurePosixPath:
    name = PurePosixPath(member)
    if name.is_absolute() or ".." in name.parts or name.parts[0] not in {"data", "media"}:
        raise BackupError(f"unsafe path {member!r} in the backup; refusing it.")
    return name


def _database_rows() -> dict[str, int]:
    return {m._meta.label_lower: n for m in backed_up_models() if (n := m._default_manager.count())}


def _check_schema(manifest: Manifest) -> None:
    here = applied_migrations()
    if here == manifest.migrations:
        return
    newer = sorted(
        f"{app}.{name}"
        for app, names in manifest.migrations.items()
        for name in names
        if name not in here.get(app, [])
    )
    older = sorted(
        f"{app}.{name}"
        for app, names in here.items()
        for name in names
        if name not in manifest.migrations.get(app, [])
    )
    raise BackupError(
        f"the backup was written by citystat {manifest.citystat_version} with a different database "
        f"schema (only in the backup: {newer[:3]}; only here: {older[:3]}). Restore it with "
        f"citystat {manifest.citystat_version}, then upgrade with `citystat init`."
    )


def restore_backup(path: Path, progress: Progress | None = None) -> Manifest:
    """Load a backup into this (empty, migrated) installation, all or nothing."""
    say = progress or (lambda _message: None)
    say("checking the backup")
    manifest = read_manifest(path)
    _check_schema(manifest)
    present = {label: n for label, n in _database_rows().items() if label not in SEEDED}
    if present:
        sample = ", ".join(f"{label} {n}" for label, n in list(present.items())[:3])
        raise BackupError(
            f"the database is not empty ({sample} …); a restore only goes into an empty database. "
            "Create a new database (or a new CITYSTAT_HOME), run `citystat init`, then restore."
        )
    media = Path(settings.MEDIA_ROOT)
    for stale in media.glob(STAGING_PREFIX + "*"):  # left by a restore that was killed
        shutil.rmtree(stale, ignore_errors=True)
    media_members = [m for m in manifest.sha256 if m.startswith("media/")]
    # A file identical to the backup's (placed by an interrupted restore) is no clash.
    clashes = [
        m
        for m in media_members
        if (target := media / m.removeprefix("media/")).exists()
        and _sha256(target) != manifest.sha256[m]
    ]
    if clashes:
        raise BackupError(
            f"{len(clashes)} uploaded files already exist under {media} (e.g. {clashes[0]}); "
            "restore into an installation with an empty media folder."
        )
    from citystat.observations.derivation import recompute_derived

    media.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=media))
    placed: list[Path] = []
    try:
        say("unpacking the backup")
        with zipfile.ZipFile(path) as archive:
            archive.extractall(staging, members=list(manifest.sha256))
        fixtures = [
            staging / "data" / f"{label}.jsonl"
            for label in manifest.counts
            if manifest.counts[label]
        ]
        with transaction.atomic():
            # Defaults that migrations seed give way to the backup's own policy rows.
            for model in reversed(backed_up_models()):
                if model._meta.label_lower in SEEDED:
                    model._default_manager.all().delete()
            say(f"loading {sum(manifest.counts.values())} rows")
            if fixtures:
                call_command("loaddata", *map(str, fixtures), verbosity=0)
            loaded = _database_rows()
            expected = {label: n for label, n in manifest.counts.items() if n}
            if loaded != expected:
                differ = sorted(
                    label
                    for label in set(loaded) | set(expected)
                    if loaded.get(label) != expected.get(label)
                )
                raise BackupError(
                    f"restored row counts differ from the manifest for {differ[:3]}; nothing was kept."
                )
            say("rebuilding derived figures")
            recompute_derived()
            # Files go into place before the rows commit: a kill from here on leaves an
            # empty database and files identical to the backup's.
            say(f"placing {len(media_members)} uploaded files")
            for member in media_members:
                target = media / member.removeprefix("media/")
                if not target.exists():
                    _place(staging / member, target)
                    placed.append(target)
    except BaseException:
        for target in placed:  # the rows were not kept: neither are the files
            target.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest


def default_backup_path(home: Path) -> Path:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return home / "backups" / f"citystat-{stamp}.zip"
