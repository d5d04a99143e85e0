"""Plain rows into a table at the database's speed, without model instances (plumbing under every app).

PostgreSQL gets them through the COPY protocol (psycopg 3's ``cursor.copy``), SQLite
through one ``executemany`` of tuples; both inside the caller's transaction.

- :func:`write_rows`: tuples of Python values in the order of ``columns`` (``None`` for
  NULL); the bulk load of observations and targets.
- :func:`write_columns` / :func:`read_columns`: numpy arrays, one per column, with no
  Python object per row (PostgreSQL binary COPY laid out by numpy; a column's values
  read back as one binary string); the derived-figure rebuild.
- :func:`without_indexes`: around a table rewritten at once.
- :func:`build_beside`, :func:`swap_in` (PostgreSQL): a table rewritten at once beside the
  one readers use, and swapped in for it by renames at the end of the transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from queue import Full, Queue
from threading import Event, Thread
from typing import Any, Literal, cast

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


_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # signature, flags, no header extension
_COPY_TRAILER = b"\xff\xff"
# PostgreSQL type oid → big-endian binary field for fixed-width types.
_FIXED = {20: ">i8", 21: ">i2", 23: ">i4", 701: ">f8", 1184: ">i8", 1114: ">i8"}
_TEXT = {25, 1043}  # text, varchar
_PG_EPOCH = np.datetime64("2000-01-01T00:00:00", "us")
_CHUNK = 100_000  # rows per piece of a COPY payload (bounds the memory of a national load)


@dataclass
class _Column:
    """One column ready for a binary COPY: fixed-width values, or strings as codes into words."""

    fmt: str  # big-endian numpy format of a value; "" for a string
    values: npt.NDArray[Any]  # values (fixed), or codes into ``words`` (string)
    missing: npt.NDArray[np.bool_] | None = None  # NULLs (fixed; None: none)
    words: list[bytes] = field(default_factory=list)


def _prepare(oid: int, values: npt.NDArray[Any]) -> _Column:
    if oid in _TEXT:
        codes, words = pd.factorize(values, use_na_sentinel=False)
        return _Column("", codes.astype(np.int64), words=[str(w).encode() for w in words])
    fmt = _FIXED.get(oid)
    if fmt is None:
        raise TypeError(f"binary COPY of PostgreSQL type {oid} is not supported")
    if oid in (1184, 1114):  # timestamps: microseconds since 2000-01-01
        values = (values.astype("datetime64[us]") - _PG_EPOCH).astype(np.int64)
    missing = np.isnan(values) if values.dtype.kind == "f" else None
    return _Column(fmt, values, missing if missing is not None and missing.any() else None)


def _layouts(columns: Sequence[_Column], n: int) -> npt.NDArray[np.int64]:
    """A number per row naming its layout: which fields are NULL, which word each string is."""
    layout = np.zeros(n, np.int64)
    radix = 1
    for c in columns:
        size = len(c.words) if not c.fmt else (2 if c.missing is not None else 1)
        if size == 1:
            continue
        if radix * size >= 2**62:  # too many varying columns for one number: renumber
            _, layout = np.unique(layout, return_inverse=True)
            radix = int(layout.max()) + 1
        layout += radix * (c.values if not c.fmt else cast(npt.NDArray[np.bool_], c.missing))
        radix *= size
    return layout


def _block(columns: Sequence[_Column], rows: npt.NDArray[np.int64]) -> npt.NDArray[Any]:
    """Rows ``rows`` (all of one layout) as binary COPY tuples: one structured array."""
    first = int(rows[0])
    fields: list[tuple[str, str]] = [("count", ">i2")]
    for j, c in enumerate(columns):
        fields.append((f"length{j}", ">i4"))
        if c.fmt and (c.missing is None or not c.missing[first]):
            fields.append((f"value{j}", c.fmt))
        elif not c.fmt and c.words[int(c.values[first])]:
            fields.append((f"value{j}", f"S{len(c.words[int(c.values[first])])}"))
    block = np.empty(len(rows), np.dtype(fields))
    block["count"] = len(columns)
    names = block.dtype.names or ()
    for j, c in enumerate(columns):
        if f"value{j}" not in names:
            block[f"length{j}"] = -1 if c.fmt else 0
        elif c.fmt:
            block[f"length{j}"] = np.dtype(c.fmt).itemsize
            # Big-endian first: a plain copy into the packed field, not a cast per value.
            block[f"value{j}"] = c.values[rows].astype(c.fmt)
        else:
            word = c.words[int(c.values[first])]
            block[f"length{j}"] = len(word)
            block[f"value{j}"] = word
    return block


_MANY_LAYOUTS = 2_000  # layouts in a piece beyond which a boolean mask lays the rows out


def _masked(columns: Sequence[_Column], rows: npt.NDArray[np.int64]) -> bytes:
    """Rows ``rows`` in that order as binary COPY tuples, whatever their layouts.

    Every field at its widest, one row of bytes per table row, and the bytes a row does
    not send (a NULL's data, a short string's padding) dropped by one boolean mask.
    """
    m = len(rows)
    parts = [
        np.broadcast_to(np.frombuffer(np.array(len(columns), ">i2").tobytes(), np.uint8), (m, 2))
    ]
    sent = [np.ones((m, 2), np.bool_)]
    for c in columns:
        if c.fmt:
            size = np.dtype(c.fmt).itemsize
            values = c.values[rows]
            missing = c.missing[rows] if c.missing is not None else np.zeros(m, np.bool_)
            data = np.where(missing, 0, values).astype(c.fmt).view(np.uint8).reshape(m, size)
            lengths = np.where(missing, -1, size).astype(">i4")
            keep = np.repeat(~missing[:, None], size, axis=1)
        else:
            width = max((len(w) for w in c.words), default=0)
            words = np.zeros((len(c.words), width), np.uint8)
            for i, w in enumerate(c.words):
                words[i, : len(w)] = np.frombuffer(w, np.uint8)
            codes = c.values[rows]
            word_lengths = np.array([len(w) for w in c.words], dtype=">i4")
            data, lengths = words[codes], word_lengths[codes]
            keep = np.arange(width) < lengths[:, None]
        parts += [lengths.view(np.uint8).reshape(m, 4), data]
        sent += [np.ones((m, 4), np.bool_), keep]
    return np.concatenate(parts, axis=1)[np.concatenate(sent, axis=1)].tobytes()


def binary_copy_payload(
    oids: Sequence[int],
    columns: Sequence[npt.NDArray[Any]],
    cluster: npt.NDArray[Any] | None = None,
    number: tuple[int, int] | None = None,
    sort: Sequence[npt.NDArray[Any]] | None = None,
) -> Iterator[bytes | memoryview]:
    """The rows of ``columns`` (PostgreSQL types ``oids``) as binary COPY data, in pieces.

    A row's bytes depend on which of its fields are NULL (no data) and on its strings'
    lengths, so rows are grouped by that layout: each group is one numpy structured array
    (no Python object per row or value). Rows therefore arrive in layout order, within
    each value of ``cluster`` when given (rows of one cluster stay together, the table's
    physical order), else in any order; within a group in their own order. ``sort``
    (``np.lexsort``'s keys, the last the primary one) sends the rows in exactly that order
    instead, whatever their layouts: a table whose rows are in its primary key's order
    builds that index from presorted input. Column ``number`` = (index of a column, first
    value): that column is filled with first, first + 1, … in the order the rows are sent.
    """
    n = len(columns[0]) if columns else 0
    yield _COPY_HEADER
    if n:
        prepared = [_prepare(oid, values) for oid, values in zip(oids, columns, strict=True)]
        layout = _layouts(prepared, n)
        if sort is not None:
            order = np.lexsort(tuple(sort))
        elif cluster is not None:
            order = np.lexsort((layout, cluster))
        else:
            order = np.argsort(layout, kind="stable")
        if number is not None:
            column, first = number
            serial = np.empty(n, np.int64)
            serial[order] = np.arange(first, first + n)
            prepared[column] = _prepare(oids[column], serial)
        for start in range(0, n, _CHUNK):
            rows = order[start : start + _CHUNK]
            kinds = layout[rows]
            if len(np.unique(kinds)) > _MANY_LAYOUTS:
                yield _masked(prepared, rows)  # rows of (almost) every layout: one by one
                continue
            # Runs of one layout in the output order, and each run's place in its group.
            starts = np.flatnonzero(np.r_[True, kinds[1:] != kinds[:-1]])
            ends = np.r_[starts[1:], len(rows)]
            blocks, widths = {}, {}
            for kind in np.unique(kinds).tolist():
                block = _block(prepared, rows[kinds == kind])
                blocks[kind], widths[kind] = block.data.cast("B"), block.dtype.itemsize
            at = dict.fromkeys(blocks, 0)
            pieces = []
            for s, e, kind in zip(
                starts.tolist(), ends.tolist(), kinds[starts].tolist(), strict=True
            ):
                width = widths[kind]
                pieces.append(blocks[kind][at[kind] * width : (at[kind] + e - s) * width])
                at[kind] += e - s
            if len(pieces) > 64:  # many short runs (``sort``): one write, not one per run
                yield b"".join(pieces)
            else:
                yield from pieces
    yield _COPY_TRAILER


def ahead(pieces: Iterator[bytes | memoryview], depth: int = 2) -> Iterator[bytes | memoryview]:
    """``pieces`` as they are, made in a thread up to ``depth`` pieces ahead of the caller.

    A COPY's sender blocks in the socket (without the interpreter lock) until the server
    has taken most of a piece: meanwhile the thread lays out the next one, instead of the
    server waiting for it afterwards. An error in the thread is raised here.
    """
    queue: Queue[tuple[bool, object]] = Queue(maxsize=depth)
    stop = Event()

    def offer(item: tuple[bool, object]) -> bool:
        """Queue ``item`` unless the caller has stopped reading; whether it was queued."""
        while not stop.is_set():
            try:
                queue.put(item, timeout=0.1)
                return True
            except Full:
                continue
        return False

    def make() -> None:
        try:
            for piece in pieces:
                if not offer((True, piece)):
                    return
            offer((False, None))
        except BaseException as exc:  # handed to the caller
            offer((False, exc))

    thread = Thread(target=make, daemon=True)
    thread.start()
    try:
        while True:
            more, item = queue.get()
            if not more:
                if isinstance(item, BaseException):
                    raise item
                return
            yield cast("bytes | memoryview", item)
    finally:
        stop.set()
        thread.join()


def write_columns(
    table: str,
    columns: Mapping[str, npt.NDArray[Any]],
    *,
    freeze: bool = False,
    cluster: npt.NDArray[Any] | None = None,
    number: tuple[str, int] | None = None,
    sort: Sequence[npt.NDArray[Any]] | None = None,
) -> int:
    """Equal-length arrays into ``table``'s columns of those names, in bulk.

    PostgreSQL: one binary COPY; types follow the table's columns: integers, floats (NaN is
    NULL), timestamps (``datetime64``), short strings (object arrays of ``str``). ``freeze``:
    COPY FREEZE, for a table emptied by ``TRUNCATE`` in the same transaction. Rows of one
    ``cluster`` value are stored together (see :func:`binary_copy_payload`). ``number`` =
    (a column, first value): that column is filled with first, first + 1, … in the order
    the rows are stored (ids that follow the table's order).
    ``sort``: rows stored in exactly that order (``np.lexsort``'s keys; PostgreSQL only).

    SQLite (no ``freeze``, ``number`` or ``sort``; strings and integers and floats only): see
    :func:`_sqlite_write_columns`.
    """
    names = list(columns)
    n = len(columns[names[0]]) if names else 0
    if n == 0:
        return 0
    arrays = [columns[c] for c in names]
    if not is_postgresql():
        return _sqlite_write_columns(table, names, arrays, cluster)
    if number is not None:
        names.append(number[0])
        arrays.append(np.zeros(n, np.int64))
    q = connection.ops.quote_name
    cols = ", ".join(q(c) for c in names)
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg 3 cursor under Django's wrapper
        raw.execute(f"SELECT {cols} FROM {q(table)} LIMIT 0")
        oids = [int(d.type_code) for d in raw.description or ()]
        options = "FORMAT BINARY, FREEZE" if freeze else "FORMAT BINARY"
        with raw.copy(f"COPY {q(table)} ({cols}) FROM STDIN ({options})") as copy:
            serial = None if number is None else (len(names) - 1, number[1])
            for piece in ahead(binary_copy_payload(oids, arrays, cluster, serial, sort)):
                copy.write(piece)
    return n


_SQLITE_ROWS = 32  # rows per INSERT statement
_SQLITE_VARIABLES = 999  # bound values per statement (SQLite's limit before 3.32)


def _sqlite_literal(word: bytes) -> str:
    return "'" + word.decode().replace("'", "''") + "'"


def _sqlite_write_columns(
    table: str,
    names: Sequence[str],
    arrays: Sequence[npt.NDArray[Any]],
    cluster: npt.NDArray[Any] | None,
) -> int:
    """SQLite: the arrays' rows by ``executemany``, grouped by layout like the binary COPY.

    Binding values and running a statement cost more than anything else SQLite does per
    row, so rows are grouped by which of their floats are NaN and which word each string
    column holds (the layout of :func:`binary_copy_payload`): a group's statement has
    those as ``NULL`` and string literals, binds only the numbers that are there, and
    inserts up to ``_SQLITE_ROWS`` rows at once. Rows go in layout order, within each
    value of ``cluster`` when given. SQLite stores a whole float in an integer column as
    an integer. (At 120 units, 435,600 rows of 24 columns: 2.3 s of CPU row by row, 1.9 s
    by layout, ~1.4 s by layout 32 rows at a time.)
    """
    n = len(arrays[0])
    prepared = []
    for values in arrays:
        if values.dtype.kind == "O":
            codes, words = pd.factorize(values, use_na_sentinel=False)
            prepared.append(
                _Column("", codes.astype(np.int64), words=[str(w).encode() for w in words])
            )
        else:
            missing = np.isnan(values) if values.dtype.kind == "f" else None
            prepared.append(
                _Column("=", values, missing if missing is not None and missing.any() else None)
            )
    layout = _layouts(prepared, n)
    order = (
        np.lexsort((layout, cluster)) if cluster is not None else np.argsort(layout, kind="stable")
    )
    kinds = layout[order]
    q = connection.ops.quote_name
    head = f"INSERT INTO {q(table)} ({', '.join(q(c) for c in names)}) VALUES "
    bound = [
        j for j, c in enumerate(prepared) if c.fmt and (c.missing is None or not c.missing.all())
    ]
    # Every bound column once as Python values in the stored order; a run binds a slice.
    lists = {j: prepared[j].values[order].tolist() for j in bound}
    starts = np.flatnonzero(np.r_[True, kinds[1:] != kinds[:-1]])
    ends = np.r_[starts[1:], n]
    statements: dict[int, tuple[str, str, int, list[int]]] = {}
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the sqlite3 cursor: plain "?" parameters, no Django formatting
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            kind = int(kinds[s])
            if kind not in statements:
                first = int(order[s])
                exprs, params = [], []
                for j, c in enumerate(prepared):
                    if not c.fmt:
                        exprs.append(_sqlite_literal(c.words[int(c.values[first])]))
                    elif c.missing is not None and c.missing[first]:
                        exprs.append("NULL")
                    else:
                        exprs.append("?")
                        params.append(j)
                one = f"({', '.join(exprs)})"
                per = max(1, min(_SQLITE_ROWS, _SQLITE_VARIABLES // max(1, len(params))))
                statements[kind] = (head + one, head + ", ".join([one] * per), per, params)
            single, several, per, params = statements[kind]
            # Whole statements of ``per`` rows (a statement's own cost, once per row with
            # ``executemany`` of one row, is then shared), the rest of the run row by row.
            width = len(params)
            whole = (e - s) // per * per
            if whole and width:
                flat = list(
                    chain.from_iterable(
                        zip(*(lists[j][s : s + whole] for j in params), strict=True)
                    )
                )
                step = per * width
                raw.executemany(several, (flat[i : i + step] for i in range(0, len(flat), step)))
            else:
                whole = 0
            rows = (
                zip(*(lists[j][s + whole : e] for j in params), strict=True)
                if params
                else [()] * (e - s - whole)
            )
            raw.executemany(single, rows)
    return n


Kind = Literal["int", "bigint", "float", "text"]
_READ = {"int": ">i4", "bigint": ">i8", "float": ">f8"}
_SEND = {
    "int": "int4send(CAST({} AS integer))",
    "bigint": "int8send(CAST({} AS bigint))",
    "float": "float8send(COALESCE(CAST({} AS DOUBLE PRECISION), 'NaN'))",
    # Each string's UTF-8 bytes and a NUL after it (NULL as the empty string).
    "text": "convert_to(COALESCE({}, ''), 'UTF8') || '\\x00'::bytea",
}


def read_columns(
    select: Sequence[tuple[str, Kind]], rest: str, params: Sequence[int | float | str]
) -> list[npt.NDArray[Any]]:
    """``SELECT <select> <rest>`` as one numpy array per column, in the scan's order.

    ``int``/``bigint`` give int64; ``float`` float64 with NaN for NULL; ``text`` an object
    array of ``str`` ('' for NULL). PostgreSQL sends each column as one binary string of
    its values (fixed-width numbers, NUL-terminated strings) that numpy reads as it is, so
    no Python object is made per row; ``rest`` must not group or order by anything.
    SQLite's rows are taken apart column by column (ids are exact in a double up to 2**53).
    """
    if not is_postgresql():
        casts = {"int": "INTEGER", "bigint": "INTEGER", "float": "REAL", "text": "TEXT"}
        exprs = ", ".join(f"CAST({e} AS {casts[k]})" for e, k in select)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {exprs} {rest}", list(params))
            records = cursor.fetchall()
        if records and all(k != "text" for _, k in select):
            # Numbers only: the rows become one float64 matrix in one call (None is NaN).
            matrix = np.array(records, dtype=np.float64)
            return [
                matrix[:, j].copy() if k == "float" else matrix[:, j].astype(np.int64)
                for j, (_, k) in enumerate(select)
            ]
        columns = list(zip(*records, strict=True)) if records else [()] * len(select)
        out: list[npt.NDArray[Any]] = []
        for values, (_, k) in zip(columns, select, strict=True):
            if k == "text":
                out.append(np.array(["" if v is None else v for v in values], dtype=object))
            else:
                floats = np.array(values, dtype=np.float64)
                out.append(floats if k == "float" else floats.astype(np.int64))
        return out
    # One row back: per column, every value's binary form concatenated in the same scan
    # order. A COPY TO would cost a Python call per row.
    exprs = ", ".join(f"string_agg({_SEND[k].format(e)}, ''::bytea)" for e, k in select)
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg 3 cursor: the bytea columns come back as bytes
        raw.execute(f"SELECT {exprs} {rest}", params)
        blobs = raw.fetchone() or ()
    result: list[npt.NDArray[Any]] = []
    for blob, (_, k) in zip(blobs, select, strict=True):
        data = bytes(blob or b"")
        if k == "text":
            words = data.split(b"\0")[:-1]
            result.append(np.array([w.decode() for w in words], dtype=object))
        else:
            result.append(
                np.frombuffer(data, _READ[k]).astype(np.float64 if k == "float" else np.int64)
            )
    return result


@contextmanager
def without_indexes(table: str, *, primary_key: bool = False) -> Iterator[Callable[[], None]]:
    """Drop ``table``'s secondary indexes (unique constraints too; with ``primary_key``, on
    PostgreSQL, the primary key as well: no table may refer to it).

    Yields a function that creates them again (each built at once from the table, which is
    faster than updating them row by row during a bulk load); it runs at the end of the
    block if the block did not call it. On an error they are not recreated: the caller's
    transaction, which rolls back, dropped them.
    """
    q = connection.ops.quote_name
    drop: list[str] = []
    create: list[str] = []
    with connection.cursor() as cursor:
        if is_postgresql():
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                " WHERE conrelid = %s::regclass AND contype = ANY(%s)"
                " ORDER BY contype = 'u', conname",  # the primary key first
                [table, ["p", "u"] if primary_key else ["u"]],
            )
            for name, definition in cursor.fetchall():
                drop.append(f"ALTER TABLE {q(table)} DROP CONSTRAINT {q(name)}")
                create.append(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(name)} {definition}")
            cursor.execute(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                " FROM pg_index i WHERE i.indrelid = %s::regclass AND NOT i.indisprimary"
                " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                " ORDER BY 1",
                [table],
            )
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s"
                " AND sql IS NOT NULL ORDER BY name",
                [table],
            )
        for name, definition in cursor.fetchall():
            drop.append(f"DROP INDEX {name if is_postgresql() else q(name)}")
            create.append(definition)
        for sql in drop:
            cursor.execute(sql)
    done = False

    def rebuild() -> None:
        nonlocal done
        if done:
            return
        done = True
        with connection.cursor() as cursor:
            if is_postgresql():
                cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for sql in create:
                cursor.execute(sql)

    yield rebuild
    rebuild()


def swappable(table: str) -> bool:
    """PostgreSQL: whether ``table`` can be replaced by :func:`swap_in`: nothing else refers
    to it by its identity (a view, a foreign key to it, a trigger, a row policy, a
    publication, an index that is no plain one or a constraint that is neither a primary
    key, a unique nor a check constraint), any of which a ``DROP TABLE`` would break."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_depend WHERE refobjid = %s::regclass"
            "   AND classid = 'pg_rewrite'::regclass)"
            " OR EXISTS (SELECT 1 FROM pg_constraint WHERE confrelid = %s::regclass"
            "   OR (conrelid = %s::regclass AND contype NOT IN ('p', 'u', 'c')))"
            " OR EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = %s::regclass)"
            " OR EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = %s::regclass)"
            " OR EXISTS (SELECT 1 FROM pg_publication_rel WHERE prrelid = %s::regclass)"
            " OR EXISTS (SELECT 1 FROM pg_index WHERE indrelid = %s::regclass"
            "   AND (indpred IS NOT NULL OR indexprs IS NOT NULL))"
            " OR EXISTS (SELECT 1 FROM pg_inherits"
            "   WHERE inhrelid = %s::regclass OR inhparent = %s::regclass)",
            [table] * 9,
        )
        (blocked,) = cursor.fetchone()
    return not blocked


def build_beside(table: str) -> str:
    """PostgreSQL: a new empty table like ``table`` (its columns, defaults, identity,
    NOT NULL and check constraints, storage, comments; no indexes), created in the
    caller's transaction, so that a ``COPY … FREEZE`` may fill it and nobody else sees it.
    Returns its name; fill it, then :func:`swap_in`.
    """
    q = connection.ops.quote_name
    new = f"{table}__new"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {q(new)} (LIKE {q(table)} INCLUDING ALL EXCLUDING INDEXES)")
    return new


def swap_in(table: str, new: str, before: Callable[[], None] | None = None) -> None:
    """PostgreSQL: put table ``new`` (from :func:`build_beside`, filled) in the place of
    ``table``, in the caller's transaction; ``before`` runs when ``new`` is complete, just
    before the swap (the rest of the caller's work, so that readers wait for none of it).

    ``table``'s indexes are built on ``new`` (under other names: index names are unique
    in a schema), and then, in a few catalogue statements, the
    old table is dropped and ``new`` takes its name, its primary key, unique constraints
    and index names, its identity sequences' names and positions, its owner, grants,
    storage parameters and comment. Readers of ``table`` are not held up while ``new`` is
    built: they wait only for these last statements and the commit (an ``ACCESS
    EXCLUSIVE`` lock on the old table, taken by the ``DROP``); then their queries find
    the new table under the old name (PostgreSQL looks a name up again when a lock it
    waited for was on a table since dropped). Before the commit nobody sees ``new``.
    """
    q = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid), i.indisunique,"
            " 'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '"
            "  || quote_ident(c.relname) || ' ON ' || quote_ident(n.nspname) || '.'"
            "  || quote_ident(t.relname) || ' ',"
            " con.conname, con.contype, con.condeferrable, con.condeferred"
            " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
            " LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid"
            "  AND con.conrelid = i.indrelid"
            " WHERE i.indrelid = %s::regclass ORDER BY i.indisprimary DESC, c.relname",
            [table],
        )
        indexes = cursor.fetchall()
        # Identity and serial columns: their sequences' names and positions.
        cursor.execute(
            "SELECT a.attname, s.relname FROM pg_attribute a"
            " JOIN pg_class s ON s.oid = pg_get_serial_sequence(%s, a.attname)::regclass"
            " WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped"
            " ORDER BY a.attnum",
            [q(table), table],
        )
        sequences = cursor.fetchall()
        cursor.execute(
            "SELECT pg_get_userbyid(relowner), reloptions, obj_description(oid, 'pg_class'),"
            " ARRAY(SELECT ARRAY[CASE WHEN a.grantee = 0 THEN 'PUBLIC'"
            "   ELSE quote_ident(pg_get_userbyid(a.grantee)) END, a.privilege_type,"
            "   a.is_grantable::text]"
            "  FROM aclexplode(relacl) a WHERE a.grantee <> relowner)"
            " FROM pg_class WHERE oid = %s::regclass",
            [table],
        )
        owner, options, comment, grants = cursor.fetchone()
        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
        renames: list[str] = []
        for k, (
            name,
            definition,
            is_unique,
            prefix,
            constraint,
            kind,
            deferrable,
            deferred,
        ) in enumerate(indexes):
            if not definition.startswith(prefix):
                raise ValueError(f"cannot rebuild index {name} of {table}: {definition}")
            temporary = f"{new}_{k}"
            unique = "UNIQUE " if is_unique else ""
            cursor.execute(
                f"CREATE {unique}INDEX {q(temporary)} ON {q(new)} {definition[len(prefix) :]}"
            )
            if constraint is None:
                renames.append(f"ALTER INDEX {q(temporary)} RENAME TO {q(name)}")
                continue
            clause = {"p": "PRIMARY KEY", "u": "UNIQUE"}[kind]
            timing = (" DEFERRABLE" if deferrable else "") + (
                " INITIALLY DEFERRED" if deferred else ""
            )
            renames.append(
                f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(constraint)}"
                f" {clause} USING INDEX {q(temporary)}{timing}"
            )
        if before is not None:
            before()
        positions = []
        for column, sequence in sequences:
            cursor.execute(f"SELECT last_value, is_called FROM {q(sequence)}")
            positions.append((column, sequence, *cursor.fetchone()))
        # The swap: from here until the commit, readers of the table wait.
        cursor.execute(f"DROP TABLE {q(table)}")
        cursor.execute(f"ALTER TABLE {q(new)} RENAME TO {q(table)}")
        for sql in renames:
            cursor.execute(sql)
        for column, sequence, last, called in positions:
            cursor.execute(
                "SELECT pg_get_serial_sequence(%s, %s), setval(pg_get_serial_sequence(%s, %s), %s, %s)",
                [q(table), column, q(table), column, last, called],
            )
            (current, _) = cursor.fetchone()
            cursor.execute(f"ALTER SEQUENCE {current} RENAME TO {q(sequence)}")
        cursor.execute("SELECT current_user")
        (me,) = cursor.fetchone()
        if owner != me:
            cursor.execute(f"ALTER TABLE {q(table)} OWNER TO {q(owner)}")
        if options:
            cursor.execute(f"ALTER TABLE {q(table)} SET ({', '.join(options)})")
        if comment is not None:
            cursor.execute(f"COMMENT ON TABLE {q(table)} IS %s", [comment])
        for grantee, privilege, grantable in grants:
            option = " WITH GRANT OPTION" if grantable == "true" else ""
            cursor.execute(f"GRANT {privilege} ON {q(table)} TO {grantee}{option}")
