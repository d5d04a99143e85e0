"""Plain rows into a table at the database's speed, without model instances.

PostgreSQL gets them through the COPY protocol (psycopg 3's ``cursor.copy``), SQLite
through one ``executemany`` of tuples; both inside the caller's transaction. Used by the
derived-figure rebuild (into a staging table, then one set-based merge) and by the bulk
load of observations.

Rows are tuples of Python values in the order of ``columns``: ``None`` for NULL, floats,
ints and strings as the columns want them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

Row = tuple[object, ...]


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def write_rows(table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
    """Append ``rows`` to ``table`` (``columns`` in that order); returns how many."""
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    n = 0
    with connection.cursor() as cursor:
        if is_postgresql():
            raw = cursor.cursor  # psycopg 3 cursor under Django's wrapper
            with raw.copy(f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    n += 1
            return n
        marks = ", ".join("?" for _ in columns)
        batch: list[Row] = []
        sql = f"INSERT INTO {connection.ops.quote_name(table)} ({names}) VALUES ({marks})"
        raw = cursor.cursor  # the sqlite3 cursor: plain "?" parameters, no Django formatting
        for row in rows:
            batch.append(row)
            if len(batch) >= 50_000:
                raw.executemany(sql, batch)
                n += len(batch)
                batch.clear()
        if batch:
            raw.executemany(sql, batch)
            n += len(batch)
    return n


def create_stage(name: str, like: str, columns: Sequence[str], key: Sequence[str]) -> None:
    """A temporary table ``name`` with ``columns`` of table ``like`` (empty), indexed by ``key``.

    Dropped first if a previous rebuild in the same session left it.
    """
    q = connection.ops.quote_name
    cols = ", ".join(q(c) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {q(name)}")
        if is_postgresql():
            cursor.execute(
                f"CREATE TEMP TABLE {q(name)} AS SELECT {cols} FROM {q(like)} WITH NO DATA"
            )
        else:
            cursor.execute(f"CREATE TEMP TABLE {q(name)} AS SELECT {cols} FROM {q(like)} WHERE 0")
        cursor.execute(
            f"CREATE INDEX {q(name + '_key')} ON {q(name)} ({', '.join(q(c) for c in key)})"
        )


def drop_stage(name: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(name)}")
