"""Plain rows into a table at the database's speed, without model instances (plumbing under every app).

PostgreSQL gets them through the COPY protocol (psycopg 3's ``cursor.copy``), SQLite
through one ``executemany`` of tuples; both inside the caller's transaction. Used by the
derived-figure rebuild (into a staging table, then one set-based merge) and by the bulk
load of observations.

Rows are tuples of Python values in the order of ``columns``: ``None`` for NULL, floats,
ints and strings as the columns want them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import numpy as np
import numpy.typing as npt
import pandas as pd
from django.db import connection

Row = tuple[object, ...]


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def db_datetime(value: datetime) -> object:
    """``value`` as :func:`write_rows` must pass it: as is for psycopg, Django's text for SQLite."""
    return value if is_postgresql() else connection.ops.adapt_datetimefield_value(value)


def write_rows(table: str, columns: Sequence[str], rows: Iterable[Row]) -> int:
    """Append ``rows`` to ``table`` (``columns`` in that order); returns how many."""
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    n = 0
    with connection.cursor() as cursor:
        if is_postgresql():
            raw = cursor.cursor  # psycopg 3 cursor under Django's wrapper
            # Binary COPY, typed by the table's own columns: several times faster than text.
            raw.execute(f"SELECT {names} FROM {connection.ops.quote_name(table)} LIMIT 0")
            types = [d.type_code for d in raw.description or ()]
            sql = f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN (FORMAT BINARY)"
            with raw.copy(sql) as copy:
                copy.set_types(types)
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
    """A temporary table ``name`` with ``columns`` of table ``like`` (empty; SQLite: indexed by ``key``).

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
            # SQLite joins the stage to the stored table by this index; PostgreSQL hashes.
            cursor.execute(
                f"CREATE INDEX {q(name + '_key')} ON {q(name)} ({', '.join(q(c) for c in key)})"
            )


def drop_stage(name: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(name)}")


# numpy dtype → (PostgreSQL type, big-endian binary field) for :func:`write_frame`.
_BINARY = {
    np.dtype("int64"): ("int8", ">i8"),
    np.dtype("int32"): ("int4", ">i4"),
    np.dtype("int16"): ("int2", ">i2"),
    np.dtype("float64"): ("float8", ">f8"),
}
_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # signature, flags, no header extension
_COPY_TRAILER = b"\xff\xff"


def create_frame_stage(name: str, frame: pd.DataFrame) -> None:
    """PostgreSQL: a temporary table ``name`` with one column per column of ``frame``."""
    q = connection.ops.quote_name
    cols = ", ".join(f"{q(c)} {_BINARY[frame[c].dtype][0]} NOT NULL" for c in frame.columns)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {q(name)}")
        cursor.execute(f"CREATE TEMP TABLE {q(name)} ({cols})")


def write_frame(table: str, frame: pd.DataFrame) -> int:
    """PostgreSQL: a frame of int/float columns without NULLs as one binary COPY.

    Every row has the same width, so numpy lays the whole COPY payload out at once (a
    structured array of big-endian fields) and no Python object is made per row or value.
    Missing floats travel as NaN; the caller turns them into NULL in SQL.
    """
    n = len(frame)
    if n == 0:
        return 0

    def constant(value: int, fmt: str) -> npt.NDArray[np.uint8]:
        return np.broadcast_to(
            np.frombuffer(np.array(value, dtype=fmt).tobytes(), np.uint8),
            (n, np.dtype(fmt).itemsize),
        )

    parts = [constant(len(frame.columns), ">i2")]
    for c in frame.columns:
        fmt = _BINARY[frame[c].dtype][1]
        parts.append(constant(np.dtype(fmt).itemsize, ">i4"))
        parts.append(frame[c].to_numpy().astype(fmt).view(np.uint8).reshape(n, -1))
    rows = np.concatenate(parts, axis=1)
    q = connection.ops.quote_name
    names = ", ".join(q(c) for c in frame.columns)
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY {q(table)} ({names}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(_COPY_HEADER + rows.tobytes() + _COPY_TRAILER)
    return len(frame)
