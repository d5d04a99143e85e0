"""PostgreSQL: a full rebuild writes a new table beside the stored one and swaps it in.

Readers go on reading the stored figures while the new table is written, wait for the swap
and the commit only, and then read the new table under the old name: never an empty or
missing table. The swapped-in table has the old one's constraint, index and sequence names
(migrations and readers are unaffected); a table something refers to (a view) is rewritten
in place instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, transaction

from citystat import bulk
from citystat.observations.actions import recompute_derived
from citystat.observations.models import DerivedFigure

pytestmark = pytest.mark.django_db

CATALOGUE = (
    "SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint"
    " WHERE conrelid = %s::regclass"
    " UNION ALL SELECT 'index', indexrelid::regclass::text, pg_get_indexdef(indexrelid)"
    " FROM pg_index WHERE indrelid = %s::regclass"
    " UNION ALL SELECT 'sequence', d.objid::regclass::text, '' FROM pg_depend d"
    "  JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' WHERE d.refobjid = %s::regclass"
    " UNION ALL SELECT 'column', attname, format_type(atttypid, atttypmod) || attnotnull::text"
    "  || attidentity::text FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0"
    " ORDER BY 1, 2"
)


def _catalogue(table: str) -> list[tuple[str, str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(CATALOGUE, [table, table, table, table])
        return list(cursor.fetchall())


def _postgresql_only() -> None:
    if not bulk.is_postgresql():
        pytest.skip("the swap is PostgreSQL's; SQLite readers read the last commit (WAL)")


def test_a_full_rebuild_swaps_in_a_table_with_the_same_names_and_rows() -> None:
    _postgresql_only()
    table = DerivedFigure._meta.db_table
    fields = [f.attname for f in DerivedFigure._meta.concrete_fields if f.column]
    keep = [f for f in fields if f != "computed_at"]
    before_catalogue = _catalogue(table)
    before_rows = sorted(DerivedFigure.objects.values_list(*keep))
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::regclass::oid", [table])
        (old_oid,) = cursor.fetchone()
    n = recompute_derived()
    assert n == len(before_rows) > 1000
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::regclass::oid", [table])
        (new_oid,) = cursor.fetchone()
    assert new_oid != old_oid  # another table ...
    assert _catalogue(table) == before_catalogue  # ... under the same names
    assert sorted(DerivedFigure.objects.values_list(*keep)) == before_rows
    with connection.cursor() as cursor:
        # Stored in the primary key's order (its index was built from presorted rows).
        cursor.execute(f"SELECT indicator_id, region_id, year, month FROM {table} ORDER BY ctid")
        physical = cursor.fetchall()
        assert physical == sorted(physical)
        cursor.execute("SELECT count(*) FROM pg_class WHERE relname LIKE %s", [f"{table}__new%"])
        assert cursor.fetchone()[0] == 0  # no table or index left under a temporary name


def test_a_table_a_view_reads_is_rewritten_in_place() -> None:
    _postgresql_only()
    table = DerivedFigure._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE VIEW derived_probe AS SELECT year, light FROM {table}")
        cursor.execute("SELECT %s::regclass::oid", [table])
        (oid,) = cursor.fetchone()
    assert not bulk.swappable(table)
    n = recompute_derived()
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::regclass::oid, (SELECT count(*) FROM derived_probe)", [table])
        assert cursor.fetchone() == (oid, n)  # the same table, rewritten; the view reads it


def _in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    """Run ``work`` in a thread with a database connection of its own (autocommit)."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = work()
        except Exception as exc:  # reported to the test
            out["error"] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def _count(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SET lock_timeout = '20s'")
        cursor.execute(f"SELECT count(*) FROM {table}")
        return int(cursor.fetchone()[0])


def test_readers_read_the_old_rows_until_the_swap_commits_then_the_new_ones() -> None:
    """Own connections (committed tables), so that readers really run beside the writer."""
    _postgresql_only()
    table = "swap_probe"

    def setup() -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
            cursor.execute(
                f"CREATE TABLE {table} (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                " k integer NOT NULL CHECK (k >= 0), v double precision,"
                f" CONSTRAINT {table}_k UNIQUE (k))"
            )
            cursor.execute(f"CREATE INDEX {table}_v ON {table} (v)")
            cursor.execute(
                f"INSERT INTO {table} (k, v) SELECT g, g / 2.0 FROM generate_series(1, 3) g"
            )

    built, go = threading.Event(), threading.Event()

    def rebuild() -> list[tuple[str, str, str]]:
        with transaction.atomic():
            new = bulk.build_beside(table)
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {new} (k, v) SELECT g, g FROM generate_series(1, 5) g")
            built.set()
            assert go.wait(30)
            bulk.swap_in(table, new)
            swapped.set()
            assert commit.wait(30)
        return _catalogue(table)

    swapped, commit = threading.Event(), threading.Event()
    thread, out = _in_thread(setup)
    thread.join()
    assert "error" not in out
    try:
        thread, out = _in_thread(lambda: _catalogue(table))
        thread.join()
        before = out["result"]
        writer, written = _in_thread(rebuild)
        assert built.wait(30)
        # The new table is written: readers read the old one, without waiting.
        reader, read = _in_thread(lambda: _count(table))
        reader.join(10)
        assert read == {"result": 3}
        go.set()
        assert swapped.wait(30)
        # Swapped, not committed: a reader waits (neither an empty nor a missing table) ...
        reader, read = _in_thread(lambda: _count(table))
        reader.join(0.5)
        assert reader.is_alive() and read == {}
        commit.set()
        writer.join(30)
        assert "error" not in written, written.get("error")
        # ... and then reads the new rows under the old name.
        reader.join(30)
        assert read == {"result": 5}
        assert written["result"] == before  # same constraint, index and sequence names
    finally:
        go.set()
        commit.set()
        thread, out = _in_thread(lambda: _drop(table))
        thread.join()


def _drop(table: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {table}")


def test_a_scoped_rebuild_waits_while_another_transaction_writes_derived_figures() -> None:
    """Full and scoped rebuilds take turns (an approval committed while a full rebuild
    writes its new table would be lost with the old table)."""
    _postgresql_only()
    from django.db import OperationalError

    from citystat.indicators.models import Indicator
    from citystat.observations.derivation import Scope, one_writer, recompute_scope

    held, release = threading.Event(), threading.Event()

    def writer() -> None:
        with transaction.atomic():
            one_writer()
            held.set()
            assert release.wait(30)

    scope = Scope(
        frozenset({Indicator.objects.order_by("pk").values_list("pk", flat=True)[0]}), 2024
    )
    thread, out = _in_thread(writer)
    try:
        assert held.wait(30)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '300ms'")
            with pytest.raises(OperationalError, match="lock timeout"):
                recompute_scope(scope)
    finally:
        release.set()
        thread.join(30)
    assert "error" not in out
    assert recompute_scope(scope) == 0  # its turn now; nothing had changed
