"""Prototype (issue 17): derived figures stored WIDE, one row per (indicator, region, year).

Measures, on the database in ``DATABASE_URL`` (or SQLite under ``CITYSTAT_HOME``) holding a
dataset of ``bench/scale.py``, everything in one run so that the load is the same:

1. one full rebuild by today's code (``recompute_derived``), its breakdown and the engine;
2. the long table's write and indexes again, into a scratch table (the same rows);
3. the same rows pivoted wide (numpy; 12 months of the 19 stored columns and a bitmask of
   the months present) and written into a scratch table by the same bulk path
   (PostgreSQL binary ``COPY … FREEZE``; SQLite ``bulk.write_columns``), then its primary
   key (indicator, region, year) and a (year, region) index; on PostgreSQL also a
   fixed-width variant (NaN for NULL, the two words as codes: one byte grid, no layouts);
   the CPU of this process and of its PostgreSQL backend for each (index builds without
   parallel workers, so that the backend's CPU counts all of them);
4. PostgreSQL: reading the approved observations by today's ``string_agg`` and by a
   binary ``COPY … TO STDOUT`` of fixed-width rows parsed by numpy;
5. the readers' typical queries on the stored long table and through views that unpivot
   the wide table (PostgreSQL ``CROSS JOIN LATERAL (VALUES …)``; SQLite ``UNION ALL`` of
   twelve selects; both a join with the twelve months and ``CASE``), median of repeated
   runs, the rows compared with the table's.

The projected full rebuild is today's, minus today's write and indexes, plus the wide
ones. Results and the conclusion (not built): ``docs/performance.md``, "Storing wide,
prototyped and not built".

Nothing of the stored figures is changed but by step 1 (a full rebuild: same rows). The
scratch tables and views (``proto_wide*``) are dropped at the end unless ``--keep``.

    DATABASE_URL=postgres://…/citystat_bench python bench/wide_prototype.py
    CITYSTAT_HOME=/path/with/sqlite python bench/wide_prototype.py
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from citystat.stats.batch import GROWTH_SOURCES, LIGHTS

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import server_cpu

MONTHS = range(1, 13)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def load() -> float:
    return os.getloadavg()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="write/index measurements")
    parser.add_argument("--reads", type=int, default=15, help="runs of each read query")
    parser.add_argument("--keep", action="store_true", help="keep the scratch tables")
    parser.add_argument("--no-rebuild", action="store_true")
    parser.add_argument("--explain", action="store_true", help="PostgreSQL: EXPLAIN ANALYZE")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citystat.site.settings")
    import django

    django.setup()
    from django.db import connection, transaction

    from citystat.bulk import is_postgresql, read_columns, write_columns
    from citystat.observations import derivation, summaries
    from citystat.observations.models import Observation, Status

    pg = is_postgresql()
    q = connection.ops.quote_name
    print(f"database: {connection.vendor}; load {load():.1f}")

    # 1. Today's full rebuild, for its breakdown and the engine's time in this run.
    today: list[tuple[float, float]] = []  # (rebuild, engine)
    if not args.no_rebuild:
        for _ in range(args.repeat):
            start_cpu = time.process_time(), server_cpu() or 0.0
            t, rows = timed(derivation.recompute_derived)
            tm = derivation.LAST_TIMING
            here, server = time.process_time(), server_cpu() or 0.0
            print(
                f"  CPU {here - start_cpu[0]:.2f} here + {server - start_cpu[1]:.2f} server"
                " (index workers not counted)"
            )
            today.append((t, tm.engine))
            print(
                f"today's rebuild: {rows} rows in {t:.2f} s (engine {tm.engine:.3f} s, "
                f"{t / tm.engine:.1f}x); read {tm.read:.2f} frame {tm.frame:.2f} "
                f"write {tm.write:.2f} index {tm.index:.2f} summaries {tm.summaries:.2f}; "
                f"load {load():.1f}"
            )

    # The engine's output again, as the stored columns (what a rebuild writes).
    t_read, data = timed(derivation.frames)
    t_engine, out = timed(lambda: derivation._derive(data))
    t_frame, table = timed(lambda: derivation._table(out))
    print(f"read {t_read:.3f} s, engine {t_engine:.3f} s, frame {t_frame:.3f} s")
    n = len(table["year"])

    def cpu() -> tuple[float, float]:
        return time.process_time(), server_cpu() or 0.0

    def spent(before: tuple[float, float]) -> str:
        here, server = cpu()
        return f"CPU {here - before[0]:.2f} here + {server - before[1]:.2f} server"

    # 4. Reading the approved observations: string_agg (today) against COPY binary + numpy.
    where = f"FROM {Observation._meta.db_table} WHERE status = %s"
    cols = [
        ("indicator_id", "int"),
        ("region_id", "int"),
        ("year", "int"),
        ("month", "int"),
        ("value", "float"),
        ("growth_reported", "float"),
    ]
    if pg:
        dtype = np.dtype(
            [("count", ">i2")]
            + [f for j in range(4) for f in ((f"l{j}", ">i4"), (f"v{j}", ">i4"))]
            + [f for j in range(4, 6) for f in ((f"l{j}", ">i4"), (f"v{j}", ">f8"))]
        )

        def by_copy() -> list[np.ndarray]:
            sql = (
                "COPY (SELECT indicator_id::int4, region_id::int4, year::int4, month::int4,"
                " COALESCE(value::float8, 'NaN'), COALESCE(growth_reported::float8, 'NaN')"
                f" {where.replace('%s', quote_literal(Status.APPROVED.value))})"
                " TO STDOUT (FORMAT binary)"
            )
            buf = io.BytesIO()
            with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
                for block in copy:
                    buf.write(block)
            raw = buf.getbuffer()
            body = np.frombuffer(raw[19 : len(raw) - 2], dtype)  # header, trailer
            return [body[f"v{j}"].astype(np.int64 if j < 4 else np.float64) for j in range(6)]

        def by_agg() -> list[np.ndarray]:
            return read_columns(cols, where, [Status.APPROVED.value])

        for _ in range(3):
            before = cpu()
            ta, a = timed(by_agg)
            agg = spent(before)
            before = cpu()
            tc, c = timed(by_copy)
            same = all(np.array_equal(x, y, equal_nan=True) for x, y in zip(a, c, strict=True))
            print(
                f"observations read: string_agg {ta:.3f} s ({agg}), COPY binary+numpy"
                f" {tc:.3f} s ({spent(before)}) (same arrays: {same}); load {load():.1f}"
            )

    # 3. The rows pivoted wide.
    def pivot() -> tuple[dict[str, np.ndarray], np.ndarray]:
        ind, reg, year, month = (table[k] for k in derivation.KEY)
        regions = int(reg.max()) + 1
        years = int(year.max()) + 1
        cell = (ind * regions + reg) * years + year
        keys, inv = np.unique(cell, return_inverse=True)  # sorted: key order
        w = len(keys)
        wide: dict[str, np.ndarray] = {
            "indicator_id": keys // (regions * years),
            "region_id": keys // years % regions,
            "year": keys % years,
        }
        at = month - 1
        present = np.zeros(w, np.int64)
        np.bitwise_or.at(present, inv, 1 << at)
        wide["months"] = present
        for name in ("growth_source", "light", *derivation.FIELDS):
            src = table[name]
            if src.dtype.kind == "f":
                grid = np.full((w, 12), np.nan)
            else:
                grid = np.full((w, 12), "", dtype=object)
            grid[inv, at] = src
            for m in MONTHS:
                wide[f"{name}_{m:02d}"] = grid[:, m - 1].copy()
        return wide, keys

    t_pivot, (wide, keys) = timed(pivot)
    w = len(keys)
    print(f"pivot: {n} rows -> {w} wide rows x {len(wide)} columns in {t_pivot:.3f} s")

    def ddl(name: str) -> str:
        big = "bigint" if pg else "integer"
        parts = [
            f"indicator_id {big} NOT NULL",
            f"region_id {big} NOT NULL",
            "year smallint NOT NULL",
            "months integer NOT NULL",
        ]
        for field in ("growth_source", "light", *derivation.FIELDS):
            kind = (
                "varchar(10)"
                if field in derivation.TEXTS
                else "integer"
                if field in derivation.INTEGER_FIELDS
                else "double precision"
                if pg
                else "real"
            )
            parts += [f"{field}_{m:02d} {kind}" for m in MONTHS]
        parts.append("computed_at timestamp with time zone NOT NULL" if pg else "computed_at text")
        if not pg:
            parts.append("PRIMARY KEY (indicator_id, region_id, year)")
        return f"CREATE TABLE {name} ({', '.join(parts)})"

    long_name = derivation.DerivedFigure._meta.db_table
    now = np.datetime64("2026-12-05T12:00:00", "us")

    def write_long() -> tuple[float, float]:
        """Today's write and indexes, into a scratch table (rolled back)."""
        with transaction.atomic():
            with connection.cursor() as cursor:
                if pg:
                    cursor.execute("SET LOCAL synchronous_commit = off")
                    cursor.execute(
                        f"CREATE TABLE proto_long (LIKE {q(long_name)} INCLUDING ALL"
                        " EXCLUDING INDEXES)"
                    )
                else:
                    cursor.execute(
                        f"SELECT sql FROM sqlite_master WHERE name = '{long_name}'"
                        " AND type = 'table'"
                    )
                    (sql,) = cursor.fetchone()
                    cursor.execute(sql.replace(f'"{long_name}"', "proto_long", 1))
            columns = {c: table[c] for c in derivation.COLUMNS}
            start = time.perf_counter()
            if pg:
                columns["computed_at"] = np.full(n, now)
                write_columns(
                    "proto_long",
                    columns,
                    freeze=True,
                    sort=[table[c] for c in reversed(derivation.KEY)],
                )
            else:
                columns["computed_at"] = np.full(n, "2026-12-05 12:00:00", dtype=object)
                write_columns("proto_long", columns, cluster=table["indicator_id"])
            t_write = time.perf_counter() - start
            start = time.perf_counter()
            with connection.cursor() as cursor:
                if pg:
                    cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
                    cursor.execute(
                        "ALTER TABLE proto_long ADD PRIMARY KEY"
                        " (indicator_id, region_id, year, month)"
                    )
                cursor.execute("CREATE INDEX proto_long_ymr ON proto_long (year, month, region_id)")
            t_index = time.perf_counter() - start
            transaction.set_rollback(True)
        return t_write, t_index

    def write_wide(keep: bool) -> tuple[float, float]:
        with transaction.atomic():
            with connection.cursor() as cursor:
                if pg:
                    cursor.execute("SET LOCAL synchronous_commit = off")
                cursor.execute("DROP VIEW IF EXISTS proto_wide_view")
                cursor.execute("DROP VIEW IF EXISTS proto_wide_case")
                cursor.execute("DROP TABLE IF EXISTS proto_wide")
                cursor.execute(ddl("proto_wide"))
            columns = dict(wide)
            start = time.perf_counter()
            if pg:
                columns["computed_at"] = np.full(w, now)
                write_columns("proto_wide", columns, freeze=True, sort=[np.arange(w)])
            else:
                columns["computed_at"] = np.full(w, "2026-12-05 12:00:00", dtype=object)
                write_columns("proto_wide", columns)
            t_write = time.perf_counter() - start
            start = time.perf_counter()
            with connection.cursor() as cursor:
                if pg:
                    cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
                    cursor.execute(
                        "ALTER TABLE proto_wide ADD PRIMARY KEY (indicator_id, region_id, year)"
                    )
                cursor.execute("CREATE INDEX proto_wide_yr ON proto_wide (year, region_id)")
            t_index = time.perf_counter() - start
            if not keep:
                transaction.set_rollback(True)
        return t_write, t_index

    # PostgreSQL, every field fixed-width and NOT NULL: figures as float8 with NaN for
    # missing (the view turns NaN into NULL), the two words as smallint codes (their
    # vocabularies are closed: ``batch.GROWTH_SOURCES``, ``batch.LIGHTS``). Every row then
    # has the same bytes in a binary COPY: one structured array, no layouts.
    words = {"growth_source": ("", *GROWTH_SOURCES), "light": ("", *LIGHTS)}

    def ddl_fixed(name: str) -> str:
        parts = [
            "indicator_id bigint NOT NULL",
            "region_id bigint NOT NULL",
            "year smallint NOT NULL",
            "months integer NOT NULL",
        ]
        for field in ("growth_source", "light", *derivation.FIELDS):
            kind = "smallint" if field in words else "double precision"
            parts += [f"{field}_{m:02d} {kind} NOT NULL" for m in MONTHS]
        parts.append("computed_at timestamp with time zone NOT NULL")
        return f"CREATE TABLE {name} ({', '.join(parts)})"

    def fixed_payload() -> Iterator[bytes]:
        """The binary COPY of the fixed-width wide rows, straight from the long columns:
        every field group one (rows, fields, 12 months, length + value) byte grid."""
        ind, reg, year, month = (table[k] for k in derivation.KEY)
        regions, years = int(reg.max()) + 1, int(year.max()) + 1
        keys, inv = np.unique((ind * regions + reg) * years + year, return_inverse=True)
        at = month - 1
        present = np.zeros(w, np.int64)
        np.bitwise_or.at(present, inv, 1 << at)

        def prefix(size: int) -> np.ndarray:
            return np.frombuffer(np.array(size, ">i4").tobytes(), np.uint8)

        def column(values: np.ndarray, fmt: str) -> np.ndarray:
            size = np.dtype(fmt).itemsize
            out = np.empty((w, 4 + size), np.uint8)
            out[:, :4] = prefix(size)
            out[:, 4:] = values.astype(fmt).view(np.uint8).reshape(w, size)
            return out

        def grid(long: np.ndarray, fmt: str, fill: float) -> np.ndarray:
            """(n, k) long values → (w, k fields × 12 months × (4 + size)) bytes."""
            k, size = long.shape[1], np.dtype(fmt).itemsize
            months = np.full((w, 12, k), fill, fmt)
            months[inv, at] = long
            out = np.empty((w, k, 12, 4 + size), np.uint8)
            out[..., :4] = prefix(size)
            out[..., 4:] = months.transpose(0, 2, 1).copy().view(np.uint8).reshape(w, k, 12, size)
            return out.reshape(w, -1)

        codes = np.empty((n, 2), ">i2")
        for j, field in enumerate(words):
            lookup = {word: code for code, word in enumerate(words[field])}
            factor, uniques = pd.factorize(table[field])
            codes[:, j] = np.array([lookup[x] for x in uniques], np.int16)[factor]
        figures = np.empty((n, len(derivation.FIELDS)), ">f8")
        for j, field in enumerate(derivation.FIELDS):
            figures[:, j] = table[field]
        count = np.array(4 + 12 * (2 + len(derivation.FIELDS)) + 1, ">i2").tobytes()
        stamp = (now - np.datetime64("2000-01-01T00:00:00", "us")).astype(np.int64)
        yield b"PGCOPY\n\xff\r\n\x00" + bytes(8)
        parts = [
            np.broadcast_to(np.frombuffer(count, np.uint8), (w, 2)),
            column(keys // (regions * years), ">i8"),
            column(keys // years % regions, ">i8"),
            column(keys % years, ">i2"),
            column(present, ">i4"),
            grid(codes, ">i2", 0),
            grid(figures, ">f8", np.nan),
            column(np.full(w, stamp), ">i8"),
        ]
        for start in range(0, w, 16384):
            yield np.concatenate([p[start : start + 16384] for p in parts], axis=1).tobytes()
        yield b"\xff\xff"

    def write_fixed(keep: bool) -> tuple[float, float, float]:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
                cursor.execute("DROP VIEW IF EXISTS proto_fixed_view")
                cursor.execute("DROP TABLE IF EXISTS proto_fixed")
                cursor.execute(ddl_fixed("proto_fixed"))
                start = time.perf_counter()
                # Made whole before the COPY: laid out a piece ahead in a thread
                # (``bulk.ahead``), the 4,096-row pieces took 2-4 s at load 4-6.
                pieces = list(fixed_payload())
                t_payload = time.perf_counter() - start
                with cursor.cursor.copy(
                    "COPY proto_fixed FROM STDIN (FORMAT BINARY, FREEZE)"
                ) as cp:
                    for piece in pieces:
                        cp.write(piece)
                t_write = time.perf_counter() - start
                start = time.perf_counter()
                cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
                cursor.execute(
                    "ALTER TABLE proto_fixed ADD PRIMARY KEY (indicator_id, region_id, year)"
                )
                cursor.execute("CREATE INDEX proto_fixed_yr ON proto_fixed (year, region_id)")
                t_index = time.perf_counter() - start
            if not keep:
                transaction.set_rollback(True)
        return t_payload, t_write, t_index

    def write_wide_plain() -> float:
        """SQLite: plain executemany of whole wide rows (None for NaN), for comparison."""
        names = [*wide, "computed_at"]
        lists = []
        for name in wide:
            v = wide[name]
            if v.dtype.kind == "f":
                o = v.astype(object)
                o[np.isnan(v)] = None
                lists.append(o.tolist())
            else:
                lists.append(v.tolist())
        lists.append(["2026-12-05 12:00:00"] * w)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("DROP TABLE IF EXISTS proto_wide_plain")
                cursor.execute(ddl("proto_wide_plain"))
                start = time.perf_counter()
                marks = ", ".join("?" for _ in names)
                cursor.cursor.executemany(
                    f"INSERT INTO proto_wide_plain ({', '.join(names)}) VALUES ({marks})",
                    zip(*lists, strict=True),
                )
                t = time.perf_counter() - start
            transaction.set_rollback(True)
        return t

    if pg:
        with connection.cursor() as cursor:  # index builds in this backend: its CPU counts all
            cursor.execute("SET max_parallel_maintenance_workers = 0")
    longs: list[float] = []
    wides: list[float] = []  # by bulk.write_columns, with the pivot
    fixeds: list[float] = []  # PostgreSQL, fixed-width
    for r in range(args.repeat):
        before = cpu()
        lw, li = write_long()
        print(f"  long: {lw:.3f} + {li:.3f} s, {spent(before)}")
        longs.append(lw + li)
        before = cpu()
        ww, wi = write_wide(keep=r == args.repeat - 1)
        print(f"  wide (bulk.write_columns): {ww:.3f} + {wi:.3f} s, {spent(before)}")
        if pg:
            before = cpu()
            fp, fw, fi = write_fixed(keep=r == args.repeat - 1)
            print(f"  fixed-width wide: {fw:.3f} + {fi:.3f} s, {spent(before)}")
            fixeds.append(fw + fi)
            extra = f"; fixed-width wide {fw:.3f} (prep {fp:.3f}) + {fi:.3f} = {fw + fi:.3f} s"
        else:
            extra = f"; plain executemany wide {write_wide_plain():.3f} s"
        wides.append(ww + wi + t_pivot)
        print(
            f"write+index: long {lw:.3f} + {li:.3f} = {lw + li:.3f} s; "
            f"wide {ww:.3f} + {wi:.3f} = {ww + wi:.3f} s (+ pivot {t_pivot:.3f}){extra}; "
            f"load {load():.1f}"
        )
    if today:
        rebuild = statistics.median(t for t, _ in today)
        engine = statistics.median(e for _, e in today)
        for label, spans in (("wide", wides), ("fixed-width wide", fixeds)):
            if not spans:
                continue
            projected = rebuild - statistics.median(longs) + statistics.median(spans)
            print(
                f"projected full rebuild, {label}: {rebuild:.2f} - {statistics.median(longs):.2f}"
                f" + {statistics.median(spans):.2f} = {projected:.2f} s against an engine of"
                f" {engine:.3f} s: {projected / engine:.1f}x (today {rebuild / engine:.1f}x)"
            )
    t_sum, _ = timed(lambda: summaries.compute(table, summaries.parents()))
    print(f"summaries.compute (client, for reference): {t_sum:.3f} s")

    # 5. The views over the wide table.
    fields = ("growth_source", "light", *derivation.FIELDS)
    with connection.cursor() as cursor:
        if pg:
            rows = ", ".join(
                "(" + ", ".join([f"{m}::smallint"] + [f"w.{f}_{m:02d}" for f in fields]) + ")"
                for m in MONTHS
            )
            cursor.execute(
                "CREATE VIEW proto_wide_view AS SELECT w.indicator_id, w.region_id, w.year,"
                f" m.month, {', '.join('m.' + f for f in fields)}, w.computed_at"
                f" FROM proto_wide w CROSS JOIN LATERAL (VALUES {rows})"
                f" AS m(month, {', '.join(fields)})"
                " WHERE w.months & (1 << (m.month - 1)) <> 0"
            )
            texts = {
                f: "(ARRAY[" + ", ".join(f"'{x}'" for x in words[f]) + f"])[m.{f} + 1]"
                for f in words
            }
            outer = ", ".join(
                f"CAST({texts[f]} AS varchar(10)) AS {f}"
                if f in words
                else f"CAST(NULLIF(m.{f}, 'NaN') AS integer) AS {f}"
                if f in derivation.INTEGER_FIELDS
                else f"NULLIF(m.{f}, 'NaN') AS {f}"
                for f in fields
            )
            cases = ", ".join(
                "CASE m.month "
                + " ".join(f"WHEN {m} THEN w.{f}_{m:02d}" for m in MONTHS)
                + f" END AS {f}"
                for f in fields
            )
            months_list = ", ".join(f"({m}::smallint)" for m in MONTHS)
            cursor.execute(
                "CREATE VIEW proto_wide_case AS SELECT w.indicator_id, w.region_id, w.year,"
                f" m.month, {cases}, w.computed_at FROM proto_wide w"
                f" JOIN (VALUES {months_list}) AS m(month)"
                " ON w.months & (1 << (m.month - 1)) <> 0"
            )
            cursor.execute(
                "CREATE VIEW proto_fixed_view AS SELECT w.indicator_id, w.region_id, w.year,"
                f" m.month, {outer}, w.computed_at"
                f" FROM proto_fixed w CROSS JOIN LATERAL (VALUES {rows})"
                f" AS m(month, {', '.join(fields)})"
                " WHERE w.months & (1 << (m.month - 1)) <> 0"
            )
        else:
            selects = " UNION ALL ".join(
                f"SELECT indicator_id, region_id, year, {m} AS month, "
                + ", ".join(f"{f}_{m:02d} AS {f}" for f in fields)
                + f", computed_at FROM proto_wide WHERE months & {1 << (m - 1)}"
                for m in MONTHS
            )
            cursor.execute(f"CREATE VIEW proto_wide_view AS {selects}")
            cursor.execute("DROP TABLE IF EXISTS proto_months")
            cursor.execute("CREATE TABLE proto_months (month integer PRIMARY KEY)")
            cursor.execute("INSERT INTO proto_months VALUES " + ", ".join(f"({m})" for m in MONTHS))
            cases = ", ".join(
                "CASE m.month "
                + " ".join(f"WHEN {m} THEN w.{f}_{m:02d}" for m in MONTHS)
                + f" END AS {f}"
                for f in fields
            )
            cursor.execute(
                "CREATE VIEW proto_wide_case AS SELECT w.indicator_id, w.region_id, w.year,"
                f" m.month, {cases}, w.computed_at FROM proto_wide w JOIN proto_months m"
                " ON w.months & (1 << (m.month - 1))"
            )
        cursor.execute("ANALYZE proto_wide" if pg else "ANALYZE")
        if pg:
            cursor.execute("ANALYZE proto_fixed")
        if pg:
            cursor.execute(f"ANALYZE {long_name}")
        ids = reader_ids(cursor, pg)

    queries = reader_queries(ids, fields)
    targets = {"table": long_name, "view": "proto_wide_view"}
    targets["view (CASE join)"] = "proto_wide_case"
    if pg:
        targets["fixed-width view"] = "proto_fixed_view"
    print(f"reads (median of {args.reads} runs, ms; rows):")
    with connection.cursor() as cursor:
        for label, sql in queries.items():
            line = []
            results = {}
            for tname, t in targets.items():
                times = []
                for _ in range(args.reads):
                    start = time.perf_counter()
                    cursor.execute(sql.format(t=q(t) if t == long_name else t))
                    got = cursor.fetchall()
                    times.append(time.perf_counter() - start)
                results[tname] = sorted(got, key=lambda r: r[:4])
                line.append(f"{tname} {1000 * statistics.median(times):.1f}")
            same = all(v == results["table"] for v in results.values())
            print(f"  {label}: {'; '.join(line)} ({len(got)} rows, same: {same})")
            if pg and args.explain:
                for t in targets.values():
                    cursor.execute("EXPLAIN ANALYZE " + sql.format(t=t))
                    print("\n".join("      " + r for (r,) in cursor.fetchall()))
    if not args.keep:
        with connection.cursor() as cursor:
            for view in ("proto_wide_view", "proto_wide_case", "proto_fixed_view"):
                cursor.execute(f"DROP VIEW IF EXISTS {view}")
            for t in ("proto_wide", "proto_months", "proto_wide_plain", "proto_fixed"):
                cursor.execute(f"DROP TABLE IF EXISTS {t}")
    print(f"load {load():.1f}")


def reader_ids(cursor: Any, pg: bool) -> dict[str, Any]:
    """The ids the readers' typical queries name: a county, the city, every region, the
    indicator with the most components and those components, the key indicators."""
    cursor.execute(
        "SELECT id FROM regions_region WHERE kind IN ('county', 'district', 'county_city')"
        " ORDER BY id LIMIT 1"
    )
    (county,) = cursor.fetchone()
    cursor.execute("SELECT id FROM regions_region WHERE kind = 'city' ORDER BY id LIMIT 1")
    (city,) = cursor.fetchone()
    cursor.execute("SELECT id FROM regions_region ORDER BY id")
    all_regions = [r for (r,) in cursor.fetchall()]
    cursor.execute(
        "SELECT parent_id, array_agg(id) FROM indicators_indicator WHERE parent_id IS NOT NULL"
        " GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1"
        if pg
        else "SELECT parent_id, group_concat(id) FROM indicators_indicator"
        " WHERE parent_id IS NOT NULL GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1"
    )
    parent, comps = cursor.fetchone()
    comps = comps if pg else [int(x) for x in comps.split(",")]
    cursor.execute("SELECT id FROM indicators_indicator WHERE is_key ORDER BY id")
    key_ids = [k for (k,) in cursor.fetchall()]
    return {
        "county": county,
        "city": city,
        "all_regions": all_regions,
        "parent": parent,
        "comps": sorted(comps),
        "key_ids": key_ids,
    }


def marks(values: list[int]) -> str:
    return ", ".join(str(int(v)) for v in values)


def reader_queries(ids: dict[str, Any], fields: tuple[str, ...]) -> dict[str, str]:
    """The readers' typical queries on the long form, ``{t}`` for the table or view."""
    county, city, all_regions = ids["county"], ids["city"], ids["all_regions"]
    parent, comps, key_ids = ids["parent"], ids["comps"], ids["key_ids"]
    every = ", ".join(f"{f}" for f in ("indicator_id", "region_id", "year", "month", *fields))
    return {
        "county page: a region, year, latest months (4-6)": (
            f"SELECT {every} FROM {{t}} WHERE region_id = {county} AND year = 2023"
            " AND month IN (4, 5, 6)"
        ),
        "indicator page: indicator+components, all regions, months 4-6": (
            f"SELECT {every} FROM {{t}} WHERE indicator_id IN ({marks([parent, *comps])})"
            f" AND year = 2023 AND month IN (4, 5, 6) AND region_id IN ({marks(all_regions)})"
        ),
        "series: one indicator-region, two years, ordered": (
            f"SELECT {every} FROM {{t}} WHERE indicator_id = {parent} AND region_id = {county}"
            " AND year IN (2022, 2023) ORDER BY year, month"
        ),
        "home sparks: key indicators, city, months <= 6": (
            f"SELECT {every} FROM {{t}} WHERE indicator_id IN ({marks(key_ids)})"
            f" AND region_id = {city} AND year = 2023 AND month <= 6"
        ),
        "a month over every unit (year, month)": (
            f"SELECT {every} FROM {{t}} WHERE year = 2023 AND month = 6"
        ),
        "report: 10 indicators x all regions x 2 years": (
            f"SELECT {every} FROM {{t}} WHERE indicator_id IN ({marks(list(range(parent, parent + 10)))})"
            f" AND region_id IN ({marks(all_regions)}) AND year IN (2022, 2023)"
        ),
    }


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


if __name__ == "__main__":
    main()
