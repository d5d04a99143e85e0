"""Columns of numbers and short strings to and from the database without a Python object per row.

``bulk.read_columns`` (both databases) and ``bulk.write_columns`` (PostgreSQL's binary
COPY, laid out by numpy) round-trip NULLs, strings of several lengths, integers and
timestamps exactly; the derived-figure rebuild stores through them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import numpy as np
import pytest
from django.db import connection

from citystat import bulk

pytestmark = pytest.mark.django_db


def _temp_table(sql: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS bulk_probe")
        cursor.execute(f"CREATE TEMP TABLE bulk_probe ({sql})")


def test_read_columns_gives_ints_floats_with_nan_for_null_and_strings() -> None:
    _temp_table("a integer NOT NULL, big bigint, b double precision, s varchar(10)")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bulk_probe VALUES (1, 1, 2.5, 'x'), (2, 5000000000, NULL, ''),"
            " (3, -4, -0.125, '派生'), (7, 0, 1e300, NULL)"
        )
    a, big, b, s = bulk.read_columns(
        [("a", "int"), ("big", "bigint"), ("b", "float"), ("s", "text")],
        "FROM bulk_probe WHERE a > %s",
        [1],
    )
    assert a.dtype == np.int64 and big.dtype == np.int64 and b.dtype == np.float64
    order = np.argsort(a)  # the rows come in the scan's order, which SQL does not promise
    a, big, b, s = a[order], big[order], b[order], s[order]
    assert a.tolist() == [2, 3, 7]
    assert big.tolist() == [5000000000, -4, 0]
    assert np.isnan(b[0]) and b[1:].tolist() == [-0.125, 1e300]
    assert s.tolist() == ["", "派生", ""]  # NULL as the empty string


def test_read_columns_of_numbers_only_gives_nan_for_null() -> None:
    _temp_table("a integer NOT NULL, b double precision, c numeric(12, 4)")
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO bulk_probe VALUES (4, NULL, 1.25), (9, -0.5, NULL)")
    a, b, c = bulk.read_columns(
        [("a", "int"), ("b", "float"), ("c", "float")], "FROM bulk_probe", []
    )
    order = np.argsort(a)
    assert a.dtype == np.int64 and a[order].tolist() == [4, 9]
    assert np.isnan(b[order][0]) and b[order][1] == -0.5
    assert c[order][0] == 1.25 and np.isnan(c[order][1])


def test_read_columns_of_no_rows_gives_empty_arrays() -> None:
    _temp_table("a integer NOT NULL, b double precision")
    a, b = bulk.read_columns([("a", "int"), ("b", "float")], "FROM bulk_probe", [])
    assert len(a) == 0 and len(b) == 0


@pytest.mark.parametrize("many_layouts", [False, True], ids=["grouped by layout", "masked"])
def test_write_columns_round_trips_nulls_strings_and_timestamps(
    many_layouts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not bulk.is_postgresql():
        pytest.skip("binary COPY is PostgreSQL's")
    if many_layouts:  # every piece takes the row-by-row mask instead of one array per layout
        monkeypatch.setattr(bulk, "_MANY_LAYOUTS", 0)
    _temp_table(
        "id bigint, y smallint, r integer, v double precision, s varchar(10), w varchar(8),"
        " at timestamptz, serial bigint"
    )
    n = 7
    at = datetime(2026, 12, 5, 3, 4, 5, 123456, tzinfo=UTC)
    columns = {
        "id": np.array([5, 3, 9, 1, 2, 8, 4], dtype=np.int64),
        "y": np.array([2021, 2022, 2023, 2021, 2022, 2023, 2024], dtype=np.int64),
        "r": np.array([1.0, np.nan, 3.0, np.nan, 12.0, 2.0, np.nan]),
        "v": np.array([0.5, np.nan, -1e-9, 123456.789, np.nan, np.inf, 0.0]),
        "s": np.array(["computed", "", "reported", "", "派生", "computed", "x"], dtype=object),
        "w": np.array(["red", "green", "", "yellow", "red", "", ""], dtype=object),
        "at": np.full(n, np.datetime64(at.replace(tzinfo=None), "us")),
    }
    cluster = np.array([2, 1, 2, 1, 1, 2, 1])
    assert bulk.write_columns("bulk_probe", columns, cluster=cluster, number=("serial", 11)) == n
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, y, r, v, s, w, at FROM bulk_probe ORDER BY id")
        stored = cursor.fetchall()
    expected = sorted(
        zip(
            columns["id"].tolist(),
            columns["y"].tolist(),
            [None if np.isnan(r) else int(r) for r in columns["r"]],
            [None if np.isnan(v) else float(v) for v in columns["v"]],
            columns["s"].tolist(),
            columns["w"].tolist(),
            [at] * n,
            strict=True,
        )
    )
    assert stored == expected
    with connection.cursor() as cursor:  # rows of one cluster value are stored together
        cursor.execute("SELECT id, serial FROM bulk_probe ORDER BY ctid")
        physical, serial = zip(*cursor.fetchall(), strict=True)
    assert list(serial) == list(range(11, 11 + n))  # numbered in the order stored
    clusters = {int(i): int(c) for i, c in zip(columns["id"], cluster, strict=True)}
    assert [clusters[i] for i in physical] == sorted(clusters[i] for i in physical)


@pytest.mark.parametrize("rows_per_statement", [32, 2, 1])
def test_write_columns_on_sqlite_binds_only_the_numbers_that_are_there(
    rows_per_statement: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if bulk.is_postgresql():
        pytest.skip("SQLite's executemany by layout")
    monkeypatch.setattr(bulk, "_SQLITE_ROWS", rows_per_statement)
    _temp_table(
        "id integer PRIMARY KEY, k integer, r integer, v real, s varchar(10), w varchar(8), at text"
    )
    columns = {
        "k": np.array([5, 3, 9, 1, 2, 8, 4], dtype=np.int64),
        "r": np.array([1.0, np.nan, 3.0, np.nan, 12.0, 2.0, np.nan]),
        "v": np.array([0.5, np.nan, -1e-9, 123456.789, np.nan, np.nan, 0.0]),
        "s": np.array(["computed", "", "reported", "", "派生", "it's", "x"], dtype=object),
        "w": np.array(["red", "green", "", "yellow", "red", "", ""], dtype=object),
        "at": np.full(7, "2026-12-05 03:04:05.123456", dtype=object),
    }
    cluster = np.array([2, 1, 2, 1, 1, 2, 1])
    assert bulk.write_columns("bulk_probe", columns, cluster=cluster) == 7
    with connection.cursor() as cursor:
        cursor.execute("SELECT k, r, typeof(r), v, s, w, at FROM bulk_probe ORDER BY k")
        stored = cursor.fetchall()
        cursor.execute("SELECT k FROM bulk_probe ORDER BY id")
        physical = [k for (k,) in cursor.fetchall()]
    assert stored == [
        (1, None, "null", 123456.789, "", "yellow", "2026-12-05 03:04:05.123456"),
        (2, 12, "integer", None, "派生", "red", "2026-12-05 03:04:05.123456"),
        (3, None, "null", None, "", "green", "2026-12-05 03:04:05.123456"),
        (4, None, "null", 0.0, "x", "", "2026-12-05 03:04:05.123456"),
        (5, 1, "integer", 0.5, "computed", "red", "2026-12-05 03:04:05.123456"),
        (8, 2, "integer", None, "it's", "", "2026-12-05 03:04:05.123456"),
        (9, 3, "integer", -1e-9, "reported", "", "2026-12-05 03:04:05.123456"),
    ]
    # Rows of one cluster value are stored together (cluster 1 first).
    assert sorted(physical[:4]) == [1, 2, 3, 4] and sorted(physical[4:]) == [5, 8, 9]


@pytest.mark.parametrize("rows_per_statement", [32, 4, 1])
def test_write_columns_on_sqlite_inserts_runs_of_one_layout_several_rows_at_a_time(
    rows_per_statement: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if bulk.is_postgresql():
        pytest.skip("SQLite's executemany by layout")
    monkeypatch.setattr(bulk, "_SQLITE_ROWS", rows_per_statement)
    _temp_table("id integer PRIMARY KEY, k integer, v real, w varchar(8)")
    k = np.arange(23, dtype=np.int64)
    v = np.where(k % 5 == 0, np.nan, k / 8)  # two layouts: with and without a value
    w = np.array(["red"] * 23, dtype=object)
    assert bulk.write_columns("bulk_probe", {"k": k, "v": v, "w": w}) == 23
    with connection.cursor() as cursor:
        cursor.execute("SELECT k, v, w FROM bulk_probe ORDER BY k")
        stored = cursor.fetchall()
        cursor.execute("SELECT k FROM bulk_probe ORDER BY id")
        physical = [i for (i,) in cursor.fetchall()]
    assert stored == [(i, None if i % 5 == 0 else i / 8, "red") for i in range(23)]
    # Layout order, each layout's rows in their own order.
    assert physical == [i for i in range(23) if i % 5] + [0, 5, 10, 15, 20]


def test_write_columns_stores_rows_in_the_sort_order_whatever_their_layouts() -> None:
    if not bulk.is_postgresql():
        pytest.skip("binary COPY is PostgreSQL's")
    _temp_table("k integer, m integer, v double precision, s varchar(10)")
    # Layouts alternate row by row (NULL or not, which word): runs of one row each.
    k = np.array([3, 1, 2, 1, 3, 2, 1, 2, 3], dtype=np.int64)
    m = np.array([2, 3, 1, 1, 1, 2, 2, 3, 3], dtype=np.int64)
    v = np.array([0.5, np.nan, 2.0, np.nan, 1.5, np.nan, 4.0, 8.0, np.nan])
    s = np.array(["a", "", "bb", "a", "", "a", "bb", "", "a"], dtype=object)
    assert bulk.write_columns("bulk_probe", {"k": k, "m": m, "v": v, "s": s}, sort=[m, k]) == 9
    with connection.cursor() as cursor:
        cursor.execute("SELECT k, m, v, s FROM bulk_probe ORDER BY ctid")
        stored = cursor.fetchall()
    expected = sorted(
        (int(a), int(b), None if np.isnan(c) else float(c), d)
        for a, b, c, d in zip(k, m, v, s, strict=True)
    )
    assert stored == [(a, b, c, d) for a, b, c, d in expected]


def test_pieces_made_ahead_come_in_order_and_carry_the_maker_s_error() -> None:
    def pieces(fail_at: int | None) -> Iterator[bytes]:
        for k in range(6):
            if k == fail_at:
                raise ValueError("piece 3 cannot be made")
            yield bytes([k])

    assert list(bulk.ahead(pieces(None))) == [bytes([k]) for k in range(6)]
    got: list[bytes | memoryview] = []
    with pytest.raises(ValueError, match="piece 3"):
        got.extend(bulk.ahead(pieces(3)))
    assert got == [b"\x00", b"\x01", b"\x02"]
    # A caller that stops early stops the maker too (the generator is closed, not left waiting).
    first = bulk.ahead(pieces(None), depth=1)
    assert next(first) == b"\x00"
    first.close()
