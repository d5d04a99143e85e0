"""Prototype (issue 17): derived figures stored PACKED, every stored column one binary string.

One row per (indicator, region) (``--layouts ir``) or per (indicator, region, year)
(``iry``); each of the 19 stored columns one blob of all the row's periods, in period order:
the 17 figures as little-endian float64 (NaN for NULL, the ranks too), the two words
(``growth_source``, ``light``) as int8 codes into their closed vocabularies in one blob
(``codes``: a pair per period), and the periods present as int16 ``year * 12 + month - 1``
(``periods``). Only the periods present are stored: a row's blobs are ``k`` entries long.
About 36× (12×) fewer rows and bound values than the long table's 24 per figure.

Measures, on the database in ``DATABASE_URL`` (or SQLite under ``CITYSTAT_HOME``) holding a
dataset of ``bench/scale.py``, everything in one run so that the load is the same:

1. full rebuilds by today's code (``recompute_derived``), their breakdown and the engine;
2. the packing from the stored columns (numpy: one sort, then one gather per row length)
   and its write into a scratch table (PostgreSQL one binary ``COPY … FREEZE`` laid out by
   numpy, blobs ``STORAGE EXTERNAL`` with ``toast_tuple_target = 8160``, so that nothing
   is compressed and a row up to 8 kB stays in its page; SQLite ``executemany`` of tuples
   with ``bytes``), its primary key and one secondary index (``(region)`` for ``ir``,
   ``(year, region)`` for ``iry``), the commit; the CPU of this process and of its
   PostgreSQL backend (index builds without parallel workers);
3. the projected full rebuild (today's, minus today's write and index, plus the packing,
   the packed write and its keys) and its ratio to the engine; and a packed rebuild run
   end to end (read, engine, columns, packing, write, keys, summaries in a thread, data
   version, commit) into the scratch table, for a check of the projection;
4. the readers' typical queries (``wide_prototype.reader_queries``) on the long table
   against the packed table with the blobs unpacked by numpy into the same rows (checked
   equal), plus the scope an approval reads; median of ``--reads`` runs, round trip in ms;
5. one approval's write: the few rows of one indicator's family in one region read,
   changed (the latest month) and rewritten, packed (whole blobs) against long (the
   figures' rows), median, rolled back.

Results and the conclusion: ``docs/performance.md``, "Storing packed, prototyped". The
stored figures are changed only by the rebuilds (the same rows); the packed rebuild also
rewrites the per-period summaries (the same ones) and moves the data version. The scratch
tables (``proto_packed_*``) are dropped at the end unless ``--keep``.

    DATABASE_URL=postgres://…/citystat_bench python bench/packed_prototype.py
    CITYSTAT_HOME=/path/with/sqlite python bench/packed_prototype.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from citystat.stats.batch import GROWTH_SOURCES, LIGHTS

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import server_cpu
from wide_prototype import load, marks, reader_ids, reader_queries, timed

WORDS = {"growth_source": ("", *GROWTH_SOURCES), "light": ("", *LIGHTS)}
# The layouts: ``…n`` stores a NULL for a figure's blob whose periods are all NULL.
KEYS = {"ir": ("indicator_id", "region_id"), "iry": ("indicator_id", "region_id", "year")}
KEYS |= {"irn": KEYS["ir"], "iryn": KEYS["iry"]}
SECONDARY = {"ir": "(region_id)", "iry": "(year, region_id)"}
SECONDARY |= {"irn": SECONDARY["ir"], "iryn": SECONDARY["iry"]}
STAMP = np.datetime64("2026-12-05T12:00:00", "us")


@dataclass
class Group:
    """Packed rows whose blobs hold ``k`` periods: ``m`` rows, each blob an (m, bytes) grid."""

    k: int
    keys: dict[str, npt.NDArray[np.int64]]
    periods: npt.NDArray[np.uint8]
    codes: npt.NDArray[np.uint8]
    fields: list[npt.NDArray[np.uint8]]
    empty: npt.NDArray[np.bool_] | None = None  # (m, fields): the blob is NULL (layouts …n)


def blob_names(fields: Sequence[str]) -> list[str]:
    return ["periods", "codes", *fields]


def pack(table: dict[str, npt.NDArray[Any]], by: str, fields: Sequence[str]) -> list[Group]:
    """The stored columns (``derivation._table``) as packed rows, grouped by row length."""
    ind, reg, year, month = (table[k] for k in ("indicator_id", "region_id", "year", "month"))
    n = len(ind)
    period = year * 12 + month - 1
    cell = ind * (int(reg.max()) + 1) + reg
    if "year" in KEYS[by]:
        cell = cell * (int(year.max()) + 1) + year
    order = np.lexsort((period, cell))  # key order, periods ascending within a row
    sorted_cell = cell[order]
    starts = np.flatnonzero(np.r_[True, sorted_cell[1:] != sorted_cell[:-1]])
    counts = np.diff(np.r_[starts, n])
    codes = np.empty((n, 2), np.int8)
    for j, name in enumerate(WORDS):
        lookup = {word: code for code, word in enumerate(WORDS[name])}
        factor, uniques = pd.factorize(table[name])
        codes[:, j] = np.array([lookup[x] for x in uniques], np.int8)[factor]
    groups = []
    for k in np.unique(counts).tolist():
        at = starts[counts == k]
        rows = order[at[:, None] + np.arange(k)]  # (m, k): the long rows of each packed row
        m = len(at)
        figures = [table[f][rows] for f in fields]
        groups.append(
            Group(
                k,
                {c: table[c][order[at]] for c in KEYS[by]},
                period[rows].astype("<i2").view(np.uint8).reshape(m, 2 * k),
                codes[rows].view(np.uint8).reshape(m, 2 * k),
                [f.astype("<f8").view(np.uint8).reshape(m, 8 * k) for f in figures],
                np.stack([np.isnan(f).all(axis=1) for f in figures], axis=1)
                if by.endswith("n")
                else None,
            )
        )
    return groups


def pg_payload(groups: list[Group], by: str, chunk: int = 2048) -> Iterator[bytes]:
    """The binary COPY of the packed rows: the rows of one length and one set of NULL blobs
    one byte grid each, no Python per row."""
    stamp = (STAMP - np.datetime64("2000-01-01T00:00:00", "us")).astype(">i8").tobytes()
    null = np.frombuffer(np.array(-1, ">i4").tobytes(), np.uint8)
    yield b"PGCOPY\n\xff\r\n\x00" + bytes(8)
    for g in groups:
        m = len(g.periods)
        values: list[npt.NDArray[np.uint8]] = []
        for c in KEYS[by]:
            fmt = ">i2" if c == "year" else ">i8"
            values.append(g.keys[c].astype(fmt).view(np.uint8).reshape(m, -1))
        values += [g.periods, g.codes, *g.fields]
        nk = len(KEYS[by]) + 2  # never NULL
        if g.empty is None:
            layouts = [(np.arange(m), np.zeros(len(g.fields), bool))]
        else:
            bits = g.empty @ (1 << np.arange(len(g.fields)))
            uniques, inverse = np.unique(bits, return_inverse=True)
            layouts = [
                (rows, g.empty[rows[0]])
                for rows in (np.flatnonzero(inverse == u) for u in range(len(uniques)))
            ]
        count = np.frombuffer(np.array(len(values) + 1, ">i2").tobytes(), np.uint8)
        for rows, empty in layouts:
            nulls = np.r_[np.zeros(nk, bool), empty]
            width = 2 + sum(
                4 + (0 if e else v.shape[1]) for v, e in zip(values, nulls, strict=True)
            )
            width += 4 + 8
            for lo in range(0, len(rows), chunk):
                part = rows[lo : lo + chunk]
                out = np.empty((len(part), width), np.uint8)
                out[:, :2] = count
                pos = 2
                for v, e in zip(values, nulls, strict=True):
                    if e:
                        out[:, pos : pos + 4] = null
                        pos += 4
                        continue
                    size = v.shape[1]
                    out[:, pos : pos + 4] = np.frombuffer(np.array(size, ">i4").tobytes(), np.uint8)
                    out[:, pos + 4 : pos + 4 + size] = v[part]
                    pos += 4 + size
                out[:, pos : pos + 4] = np.frombuffer(np.array(8, ">i4").tobytes(), np.uint8)
                out[:, pos + 4 :] = np.frombuffer(stamp, np.uint8)
                yield out.tobytes()
    yield b"\xff\xff"


def sqlite_rows(groups: list[Group], by: str) -> Iterator[tuple[Any, ...]]:
    """Tuples for ``executemany``: the keys as ints, every blob as ``bytes``."""
    for g in groups:
        columns = [g.keys[c].tolist() for c in KEYS[by]]
        for b in (g.periods, g.codes):
            columns.append(np.ascontiguousarray(b).view(f"V{b.shape[1]}").ravel().tolist())
        for j, b in enumerate(g.fields):
            blobs = np.ascontiguousarray(b).view(f"V{b.shape[1]}").ravel()
            if g.empty is None:
                columns.append(blobs.tolist())
                continue
            cells = np.array(blobs.tolist(), dtype=object)
            cells[g.empty[:, j]] = None
            columns.append(cells.tolist())
        columns.append(["2026-12-05 12:00:00"] * len(g.periods))
        yield from zip(*columns, strict=True)


def unpack(
    rows: list[tuple[Any, ...]],
    by: str,
    fields: Sequence[str],
    integer_fields: Sequence[str],
    years: Sequence[int],
    months: Sequence[int] | None,
) -> list[tuple[Any, ...]]:
    """Packed rows (keys, then the blobs) → the long rows of ``years`` and ``months`` (None:
    every month), as the long table returns them: ints, the words, floats, None for NULL."""
    if not rows:
        return []
    nk = len(KEYS[by])
    cols = list(zip(*rows, strict=True))
    periods = cols[nk]
    lengths = np.fromiter(map(len, periods), np.int64, len(rows)) // 2
    period = np.frombuffer(b"".join(periods), "<i2").astype(np.int64)
    year, month = period // 12, period % 12 + 1
    mask = np.isin(year, years)
    if months is not None:
        mask &= np.isin(month, months)
    which = np.repeat(np.arange(len(rows)), lengths)[mask]
    out: list[list[Any]] = [
        np.asarray(cols[0], np.int64)[which].tolist(),
        np.asarray(cols[1], np.int64)[which].tolist(),
        year[mask].tolist(),
        month[mask].tolist(),
    ]
    codes = np.frombuffer(b"".join(cols[nk + 1]), np.int8).reshape(-1, 2)[mask]
    for j, name in enumerate(WORDS):
        out.append(np.array(WORDS[name], dtype=object)[codes[:, j]].tolist())
    for j, name in enumerate(fields):
        blobs = cols[nk + 2 + j]
        there = np.fromiter((b is not None for b in blobs), bool, len(rows))
        if there.all():
            values = np.frombuffer(b"".join(blobs), "<f8")[mask]
        else:  # NULL blobs: every period NULL
            values = np.full(len(period), np.nan)
            values[np.repeat(there, lengths)] = np.frombuffer(
                b"".join(b for b in blobs if b is not None), "<f8"
            )
            values = values[mask]
        missing = np.isnan(values)
        if name in integer_fields:
            values = np.where(missing, 0, values).astype(np.int64)
        cells = values.astype(object)
        cells[missing] = None
        out.append(cells.tolist())
    return list(zip(*out, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="rebuilds and write measurements")
    parser.add_argument("--reads", type=int, default=15, help="runs of each read query")
    parser.add_argument(
        "--layouts",
        default="ir,iry,irn,iryn",
        help="ir (indicator, region), iry (+year); …n: an all-NULL blob stored as NULL",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch tables")
    parser.add_argument("--no-rebuild", action="store_true")
    args = parser.parse_args()
    layouts = [x for x in args.layouts.split(",") if x]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citystat.site.settings")
    import django

    django.setup()
    from django.db import connection, transaction

    from citystat.bulk import is_postgresql
    from citystat.observations import derivation, summaries

    pg = is_postgresql()
    q = connection.ops.quote_name
    fields = derivation.FIELDS
    blobs = blob_names(fields)
    long_name = derivation.DerivedFigure._meta.db_table
    print(f"database: {connection.vendor}; load {load():.2f}")

    def cpu() -> tuple[float, float]:
        return time.process_time(), server_cpu() or 0.0

    def spent(before: tuple[float, float]) -> tuple[float, float]:
        here, server = cpu()
        return here - before[0], server - before[1]

    # 1. Today's full rebuild, for its breakdown and the engine's time in this run.
    today: list[tuple[float, float, float]] = []  # (rebuild, engine, write + index)
    for _ in range(0 if args.no_rebuild else args.repeat):
        before = cpu()
        t, rows = timed(derivation.recompute_derived)
        here, server = spent(before)
        tm = derivation.LAST_TIMING
        today.append((t, tm.engine, tm.write + tm.index))
        print(
            f"today's rebuild: {rows} rows in {t:.2f} s (engine {tm.engine:.3f} s, "
            f"{t / tm.engine:.1f}x); read {tm.read:.2f} frame {tm.frame:.2f} write {tm.write:.2f}"
            f" index {tm.index:.2f} summaries {tm.summaries:.2f}; CPU {here:.2f} here +"
            f" {server:.2f} server (index workers not counted); load {load():.2f}"
        )

    # The engine's output again, as the stored columns (what a rebuild writes).
    t_read, data = timed(derivation.frames)
    t_engine, out = timed(lambda: derivation._derive(data))
    t_frame, table = timed(lambda: derivation._table(out))
    n = len(table["year"])
    print(f"read {t_read:.3f} s, engine {t_engine:.3f} s, frame {t_frame:.3f} s; {n} rows")
    t_sum, _ = timed(lambda: summaries.compute(table, summaries.parents()))
    print(f"summaries.compute (client, for reference): {t_sum:.3f} s")

    def ddl(by: str) -> list[str]:
        name = f"proto_packed_{by}"
        big = "bigint" if pg else "integer"
        blob = "bytea" if pg else "blob"
        parts = [f"{c} {'smallint' if c == 'year' else big} NOT NULL" for c in KEYS[by]] + [
            f"{b} {blob}{' NOT NULL' if b in ('periods', 'codes') else ''}" for b in blobs
        ]
        if pg:
            parts.append("computed_at timestamp with time zone NOT NULL")
            return [
                f"CREATE TABLE {name} ({', '.join(parts)}) WITH (toast_tuple_target = 8160)",
                f"ALTER TABLE {name} "
                + ", ".join(f"ALTER COLUMN {b} SET STORAGE EXTERNAL" for b in blobs),
            ]
        parts += ["computed_at text NOT NULL", f"PRIMARY KEY ({', '.join(KEYS[by])})"]
        return [f"CREATE TABLE {name} ({', '.join(parts)})"]

    def write_packed(by: str, groups: list[Group], via: str = "copy") -> dict[str, float]:
        """The packed rows into a fresh scratch table, its keys, the commit (seconds).
        ``via``: PostgreSQL's binary COPY, or ``executemany`` of tuples with ``bytes``."""
        name = f"proto_packed_{by}"
        spans: dict[str, float] = {}
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS {name}")
                if pg:
                    cursor.execute("SET LOCAL synchronous_commit = off")
                for sql in ddl(by):
                    cursor.execute(sql)
                start = time.perf_counter()
                if pg and via == "copy":
                    pieces = list(pg_payload(groups, by))
                    spans["payload"] = time.perf_counter() - start
                    spans["mb"] = sum(len(p) for p in pieces) / 1e6
                    with cursor.cursor.copy(
                        f"COPY {name} FROM STDIN (FORMAT BINARY, FREEZE)"
                    ) as cp:
                        for piece in pieces:
                            cp.write(piece)
                else:
                    rows = list(sqlite_rows(groups, by))
                    spans["payload"] = time.perf_counter() - start
                    marks_ = ", ".join("%s" if pg else "?" for _ in rows[0])
                    cursor.cursor.executemany(f"INSERT INTO {name} VALUES ({marks_})", rows)
                spans["write"] = time.perf_counter() - start
                start = time.perf_counter()
                if pg:
                    cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
                    cursor.execute(f"ALTER TABLE {name} ADD PRIMARY KEY ({', '.join(KEYS[by])})")
                cursor.execute(f"CREATE INDEX {name}_second ON {name} {SECONDARY[by]}")
                spans["key"] = time.perf_counter() - start
            start = time.perf_counter()
        spans["commit"] = time.perf_counter() - start
        return spans

    if pg:
        with connection.cursor() as cursor:  # index builds in this backend: its CPU counts all
            cursor.execute("SET max_parallel_maintenance_workers = 0")

    # 2. Packing and the packed write, alternating the layouts.
    all_periods = table["year"] * 12 + table["month"] - 1
    period_span = (int(all_periods.min()), int(all_periods.max()))
    dense: dict[str, bool] = {}
    packed: dict[str, list[float]] = {by: [] for by in layouts}  # pack + write + key
    for r in range(args.repeat):
        for by in layouts:
            before = cpu()
            t_pack, groups = timed(lambda by=by: pack(table, by, fields))
            spans = write_packed(by, groups)
            here, server = spent(before)
            rows_ = sum(len(g.periods) for g in groups)
            lengths = sorted({g.k for g in groups})
            # Every row holds every period (one length, the whole span): a period's place in
            # a blob is then arithmetic, and the server can slice one out (``substring``).
            span = 12 if "year" in KEYS[by] else int(period_span[1] - period_span[0] + 1)
            dense[by] = lengths == [span]
            packed[by].append(t_pack + spans["write"] + spans["key"])
            size = f", {spans['mb']:.1f} MB" if pg else ""
            print(
                f"  packed {by}: {rows_} rows (periods per row {lengths[0]}-{lengths[-1]},"
                f" {len(groups)} lengths); pack {t_pack:.3f} + write {spans['write']:.3f}"
                f" (payload {spans['payload']:.3f}{size}) + keys {spans['key']:.3f}"
                f" = {packed[by][-1]:.3f} s, commit {spans['commit']:.3f} s;"
                f" CPU {here:.2f} here + {server:.2f} server; load {load():.2f}"
            )
            if pg and r == 0 and not by.endswith("n"):  # once: far slower than the COPY
                before = cpu()
                spans = write_packed(by, groups, via="executemany")
                here, server = spent(before)
                print(
                    f"  packed {by} by executemany: write {spans['write']:.3f} s (tuples"
                    f" {spans['payload']:.3f}) + keys {spans['key']:.3f} s;"
                    f" CPU {here:.2f} here + {server:.2f} server"
                )

    # 3. The projection, and a packed rebuild end to end for a check.
    def rebuild_packed(by: str) -> tuple[float, float, str]:
        """A full rebuild into the packed scratch table, end to end (committed); returns
        its time, the engine's and where the time went."""
        spans: dict[str, float] = {}
        last = [time.perf_counter()]

        def tick(label: str) -> None:
            now = time.perf_counter()
            spans[label] = spans.get(label, 0.0) + now - last[0]
            last[0] = now

        start = last[0]
        with transaction.atomic():
            derivation.one_writer()
            data = derivation.frames()
            tick("read")
            out = derivation._derive(data)
            tick("engine")
            table = derivation._table(out)
            parent_of = summaries.parents()
            tick("frame")
            with ThreadPoolExecutor(max_workers=1) as pool:
                made = pool.submit(summaries.compute, table, parent_of)
                groups = pack(table, by, fields)
                tick("pack")
                name = f"proto_packed_{by}"
                with connection.cursor() as cursor:
                    cursor.execute(f"DROP TABLE IF EXISTS {name}")
                    if pg:
                        cursor.execute("SET LOCAL synchronous_commit = off")
                    for sql in ddl(by):
                        cursor.execute(sql)
                    tick("drop")
                    if pg:
                        with cursor.cursor.copy(
                            f"COPY {name} FROM STDIN (FORMAT BINARY, FREEZE)"
                        ) as cp:
                            for piece in pg_payload(groups, by):
                                cp.write(piece)
                        tick("write")
                        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
                        cursor.execute(
                            f"ALTER TABLE {name} ADD PRIMARY KEY ({', '.join(KEYS[by])})"
                        )
                    else:
                        rows = list(sqlite_rows(groups, by))
                        marks_ = ", ".join("?" for _ in rows[0])
                        cursor.cursor.executemany(f"INSERT INTO {name} VALUES ({marks_})", rows)
                        tick("write")
                    cursor.execute(f"CREATE INDEX {name}_second ON {name} {SECONDARY[by]}")
                    tick("keys")
                summaries.write(table, None, made.result())
                tick("summaries")
            derivation.bump_data_version()
            tick("version")
        tick("commit")
        where = " ".join(f"{k} {v:.2f}" for k, v in spans.items())
        return time.perf_counter() - start, spans["engine"], where

    if today:
        rebuild = statistics.median(t for t, _, _ in today)
        engine = statistics.median(e for _, e, _ in today)
        stored = statistics.median(w for _, _, w in today)
        for by in layouts:
            projected = rebuild - stored + statistics.median(packed[by])
            print(
                f"projected full rebuild, packed {by}: {rebuild:.2f} - {stored:.2f} +"
                f" {statistics.median(packed[by]):.2f} = {projected:.2f} s against an engine of"
                f" {engine:.3f} s: {projected / engine:.1f}x (today {rebuild / engine:.1f}x)"
            )
        for _ in range(args.repeat):
            for by in layouts:
                before = cpu()
                t, e, where = rebuild_packed(by)
                here, server = spent(before)
                print(
                    f"  packed {by} rebuild end to end: {t:.2f} s (engine {e:.3f} s, {t / e:.1f}x;"
                    f" against the run's median engine {t / engine:.1f}x); {where};"
                    f" CPU {here:.2f} here + {server:.2f} server; load {load():.2f}"
                )

    # 4. The readers' queries: long table against packed rows unpacked.
    with connection.cursor() as cursor:
        for by in layouts:
            cursor.execute(f"ANALYZE proto_packed_{by}")
        if pg:
            cursor.execute(f"ANALYZE {long_name}")
        ids = reader_ids(cursor, pg)
    queries = reader_queries(ids, ("growth_source", "light", *fields))
    county, city, parent = ids["county"], ids["city"], ids["parent"]
    family = [parent, *ids["comps"]]
    region_family = sorted(derivation.region_family([county]))
    specs: dict[str, tuple[list[int] | None, list[int] | None, list[int], list[int] | None]] = {
        # label: (indicators, regions, years, months), None: all
        "county page: a region, year, latest months (4-6)": (None, [county], [2023], [4, 5, 6]),
        "indicator page: indicator+components, all regions, months 4-6": (
            family,
            None,
            [2023],
            [4, 5, 6],
        ),
        "series: one indicator-region, two years, ordered": (
            [parent],
            [county],
            [2022, 2023],
            None,
        ),
        "home sparks: key indicators, city, months <= 6": (
            ids["key_ids"],
            [city],
            [2023],
            list(range(1, 7)),
        ),
        "a month over every unit (year, month)": (None, None, [2023], [6]),
        "report: 10 indicators x all regions x 2 years": (
            list(range(parent, parent + 10)),
            None,
            [2022, 2023],
            None,
        ),
    }
    assert list(specs) == list(queries), "the same queries as wide_prototype"
    every = ", ".join(("indicator_id", "region_id", "year", "month", "growth_source", "light"))
    every += ", " + ", ".join(fields)
    label = f"approval's scope read: family x {len(region_family)} regions, year 2023"
    queries[label] = (
        f"SELECT {every} FROM {{t}} WHERE indicator_id IN ({marks(family)})"
        f" AND region_id IN ({marks(region_family)}) AND year = 2023"
    )
    specs[label] = (family, region_family, [2023], None)

    def packed_sql(by: str, spec: tuple[Any, ...]) -> str:
        inds, regs, years, _ = spec
        where = []
        if inds is not None:
            where.append(f"indicator_id IN ({marks(inds)})")
        if regs is not None:
            where.append(f"region_id IN ({marks(regs)})")
        if "year" in KEYS[by]:
            where.append(f"year IN ({marks(years)})")
        cond = f" WHERE {' AND '.join(where)}" if where else ""
        return f"SELECT {', '.join([*KEYS[by], *blobs])} FROM proto_packed_{by}{cond}"

    def sliced_sql(by: str, year: int, month: int) -> str:
        """One period of every packed row, sliced out by the server (dense rows only)."""
        at = month - 1 if "year" in KEYS[by] else year * 12 + month - 1 - period_span[0]
        cut = "substring({} from {} for {})" if pg else "substr({}, {}, {})"
        cols = [cut.format(b, 2 * at + 1, 2) for b in ("periods", "codes")]
        cols += [cut.format(f, 8 * at + 1, 8) for f in fields]
        cond = f" WHERE year = {year}" if "year" in KEYS[by] else ""
        return f"SELECT {', '.join([*KEYS[by], *cols])} FROM proto_packed_{by}{cond}"

    print(f"reads (median of {args.reads} runs, ms; rows; load {load():.2f}):")
    with connection.cursor() as cursor:
        for label, sql in queries.items():
            spec = specs[label]
            times: dict[str, list[float]] = {"long": [], **{by: [] for by in layouts}}
            one_month = spec[3] is not None and len(spec[2]) == 1 and len(spec[3]) == 1
            sliced = [by for by in layouts if one_month and spec[1] is None and dense.get(by)]
            times.update({f"{by} sliced": [] for by in sliced})
            results: dict[str, list[tuple[Any, ...]]] = {}
            for _ in range(args.reads):
                start = time.perf_counter()
                cursor.execute(sql.format(t=q(long_name)))
                results["long"] = cursor.fetchall()
                times["long"].append(time.perf_counter() - start)
                for by in layouts:
                    start = time.perf_counter()
                    cursor.execute(packed_sql(by, spec))
                    results[by] = unpack(
                        cursor.fetchall(),
                        by,
                        fields,
                        derivation.INTEGER_FIELDS,
                        spec[2],
                        spec[3],
                    )
                    times[by].append(time.perf_counter() - start)
                for by in sliced:
                    start = time.perf_counter()
                    cursor.execute(sliced_sql(by, spec[2][0], spec[3][0]))
                    results[f"{by} sliced"] = unpack(
                        cursor.fetchall(),
                        by,
                        fields,
                        derivation.INTEGER_FIELDS,
                        spec[2],
                        spec[3],
                    )
                    times[f"{by} sliced"].append(time.perf_counter() - start)
            reference = sorted(results["long"], key=lambda r: r[:4])
            same = all(sorted(v, key=lambda r: r[:4]) == reference for v in results.values())
            line = "; ".join(f"{k} {1000 * statistics.median(v):.1f}" for k, v in times.items())
            print(f"  {label}: {line} ({len(reference)} rows, same: {same})")
            if not same:
                for k, v in results.items():
                    got = sorted(v, key=lambda r: r[:4])
                    diff = next(
                        (i for i, (a, b) in enumerate(zip(got, reference, strict=False)) if a != b),
                        None,
                    )
                    if diff is not None or len(got) != len(reference):
                        print(f"    {k}: {len(got)} rows; first difference at {diff}")
                        if diff is not None:
                            print(f"      {got[diff]}\n      {reference[diff]}")

    # 5. One approval's write: one indicator's family in one region, the latest month.
    def approval_long() -> int:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {every} FROM {q(long_name)} WHERE indicator_id IN ({marks(family)})"
                    f" AND region_id = {county} AND year = 2023 AND month = 12"
                )
                rows = cursor.fetchall()
                sets = ", ".join(f"{f} = %s" for f in ("growth_source", "light", *fields))
                changed = [
                    (*r[4:6], (r[6] or 0) + 1, *r[7:], *r[:4]) for r in rows
                ]  # the value moves
                cursor.executemany(
                    f"UPDATE {q(long_name)} SET {sets} WHERE indicator_id = %s"
                    " AND region_id = %s AND year = %s AND month = %s",
                    changed,
                )
            transaction.set_rollback(True)
        return len(rows)

    def approval_packed(by: str) -> int:
        name = f"proto_packed_{by}"
        keys = KEYS[by]
        with transaction.atomic():
            with connection.cursor() as cursor:
                year = " AND year = 2023" if "year" in KEYS[by] else ""
                cursor.execute(
                    f"SELECT {', '.join([*keys, *blobs])} FROM {name}"
                    f" WHERE indicator_id IN ({marks(family)}) AND region_id = {county}{year}"
                )
                rows = cursor.fetchall()
                changed = []
                for r in rows:
                    period = np.frombuffer(r[len(keys)], "<i2")
                    blob = r[len(keys) + 2]
                    value = (
                        np.full(len(period), np.nan)
                        if blob is None
                        else np.frombuffer(blob, "<f8").copy()
                    )
                    at = np.flatnonzero(period == 2023 * 12 + 11)
                    value[at] = np.nan_to_num(value[at]) + 1  # the value moves
                    new = list(r[len(keys) :])
                    new[2] = value.tobytes()
                    changed.append((*new, *r[: len(keys)]))
                sets = ", ".join(f"{b} = %s" for b in blobs)
                cond = " AND ".join(f"{c} = %s" for c in keys)
                cursor.executemany(f"UPDATE {name} SET {sets} WHERE {cond}", changed)
            transaction.set_rollback(True)
        return len(rows)

    runs = max(args.reads, 5)
    line = []
    for kind in ["long", *layouts]:
        times_: list[float] = []
        for _ in range(runs):
            t, rows_ = timed(approval_long if kind == "long" else lambda k=kind: approval_packed(k))
            times_.append(t)
        line.append(f"{kind} {1000 * statistics.median(times_):.1f} ms ({rows_} rows)")
    print(f"approval's write (median of {runs}, rolled back): {'; '.join(line)}")

    with connection.cursor() as cursor:
        for by in layouts:
            if pg:
                cursor.execute(f"SELECT pg_total_relation_size('proto_packed_{by}')")
                (size,) = cursor.fetchone()
                cursor.execute(f"SELECT pg_total_relation_size('{long_name}')")
                (long_size,) = cursor.fetchone()
                print(f"size: packed {by} {size / 1e6:.1f} MB, long {long_size / 1e6:.1f} MB")
            if not args.keep:
                cursor.execute(f"DROP TABLE IF EXISTS proto_packed_{by}")
    print(f"load {load():.2f}")


if __name__ == "__main__":
    main()
