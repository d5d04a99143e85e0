"""Scale benchmark: a dataset of a given size, its full rebuild, one approval and the pages.

Runs against the database in ``DATABASE_URL`` (PostgreSQL), or without it a fresh SQLite
home in a temporary directory. In one run it

1. empties that database (``flush``; it must be a database you own for benchmarks) and
   generates, through the apps' bulk path (``observations.actions.load_observations``):
   one province, cities of ``--per-city`` county-level units (default: all units in one
   city, the worst case for pages that list every unit), ``--indicators`` indicators
   (every tenth pattern: a parent with three components, a rate, a lower-is-better
   figure, growth and level targets) × ``--years`` years × 12 months, approved;
2. times the full rebuild of the derived figures into the empty table and again over the
   stored table (``--rebuilds`` in all; each empties the table and writes every row) and
   prints ``rebuild: R rows in T s (engine E s)``, with where the time went (read, engine,
   frame, write, index, summaries), the CPU time it took here and in the PostgreSQL
   backend (when the server runs on this machine) and the load average;
   then one more rebuild with a reader beside it (a connection of its own reading one
   stored figure over and over, as a page would) and prints how long its reads took
   (``--no-reader``: not);
3. times one approval: a county's latest figure of the indicator with the most
   components, corrected (back to review) and approved with ``approve_observations``
   (scoped rebuild in place and follow-up re-check), median of ``--approvals``;
4. starts ``citystat serve`` on loopback against the same database, logs in and prints
   for each page type (home, indicator, county, 大屏) the server time (``Server-Timing``)
   and latency p50/p95 cold (every URL once) and under ``--clients`` concurrent clients
   (``--requests`` per page type, bounded).

The machine's load average is printed with each figure: the development machine is
shared. ``--reuse`` skips the generation and measures the dataset a previous run left
(for SQLite, pass the same ``CITYSTAT_HOME``). Examples::

    DATABASE_URL=postgres://postgres@127.0.0.1:55432/citystat_bench python bench/scale.py --units 120
    python bench/scale.py --units 120                      # SQLite
    DATABASE_URL=… python bench/scale.py --units 2844 --years 2 --per-city 9 --no-pages
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web import (
    BENCH_PASSWORD,
    BENCH_USER,
    PAGE_KINDS,
    _free_port,
    generated_catalogue,
    login,
    month_urls,
    pct,
    run_page,
    wait_until_listening,
)

FIRST_YEAR = 2021


def load() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def server_cpu() -> float | None:
    """CPU seconds the PostgreSQL backend of this process's connection has used, when the
    server runs on this machine (``/proc``); None on SQLite or when it cannot be read.

    With this process's own CPU time it shows what a rebuild costs whatever else the
    machine runs (the parallel workers of an index build are not counted)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def generate(units: int, n_indicators: int, years: int, per_city: int, seed: int) -> dict[str, int]:
    """Fill the emptied database through the actions (bulk path for the observations)."""
    import numpy as np
    from django.core.management import call_command
    from django.db import transaction

    from citystat.accounts.actions import create_user
    from citystat.observations.actions import load_observations
    from citystat.observations.models import Source, Status
    from citystat.regions.actions import upsert_region
    from citystat.targets.actions import load_targets

    call_command("flush", interactive=False, verbosity=0)
    rng = np.random.default_rng(seed)
    with transaction.atomic():
        province = upsert_region(
            code="990000",
            name="示例省",
            short_name="示例省",
            level="province",
            kind="province",
            parent=None,
        )
        n_cities = -(-units // per_city)
        cities = [
            upsert_region(
                code=f"99{c + 1:02d}00" if n_cities < 100 else f"9{c + 1:03d}00",
                name=f"示例{c + 1:03d}市",
                short_name=f"示例{c + 1:03d}市",
                level="city",
                kind="city",
                parent=province,
                longitude=Decimal("112.5"),
                latitude=Decimal("38.0"),
                sort_order=c + 1,
            )
            for c in range(n_cities)
        ]
        kinds = ["county", "county", "county", "district", "county_city"]
        side = int(np.ceil(np.sqrt(units)))
        counties, city_of = [], []
        for u in range(units):
            kind = "dev_zone" if u % 30 == 29 else kinds[u % len(kinds)]
            c = u // per_city
            counties.append(
                upsert_region(
                    code=f"{cities[c].code[:4]}{u % per_city + 1:02d}"
                    if per_city < 100
                    else f"99{1000 + u:04d}",
                    name=f"示例{u + 1:04d}{'开发区' if kind == 'dev_zone' else '县'}",
                    short_name=f"示例{u + 1:04d}",
                    level="county",
                    kind=kind,
                    parent=cities[c],
                    longitude=Decimal(f"{110 + (u % side) * 0.3:.4f}"),
                    latitude=Decimal(f"{36 + (u // side) * 0.25:.4f}"),
                    sort_order=u + 1,
                )
            )
            city_of.append(c)
        indicators = generated_catalogue(n_indicators)
        create_user(
            username=BENCH_USER, password=BENCH_PASSWORD, role="leader", unit_name="基准测试"
        )
    n_months = years * 12
    city_index = np.asarray(city_of)
    county_ids = [r.pk for r in counties]
    city_ids = [r.pk for r in cities]
    counts = {"regions": 1 + len(cities) + units, "indicators": n_indicators, "observations": 0}
    targets: list[tuple[object, ...]] = []
    last = FIRST_YEAR + years - 1
    approved, synthetic = Status.APPROVED.value, Source.SYNTHETIC.value
    for ind in indicators:
        base = rng.uniform(0.5, 20.0, size=units)
        trend = rng.normal(0.006, 0.01, size=units)
        noise = rng.normal(0.0, 0.04, size=(units, n_months))
        season = 1 + 0.15 * np.sin(np.arange(n_months) * 2 * np.pi / 12)
        monthly = base[:, None] * np.exp(np.cumsum(trend[:, None] + noise, axis=1) * 0.5) * season
        if ind.kind == "rate":
            level = np.clip(50 + 20 * np.tanh(monthly / 10 - 1), 0, 100)
        else:  # year-to-date sums
            level = monthly.reshape(units, years, 12).cumsum(axis=2).reshape(units, n_months)
        per_city_sum = np.zeros((len(cities), n_months))
        np.add.at(per_city_sum, city_index, level)
        if ind.kind == "rate":
            per_city_sum /= np.bincount(city_index, minlength=len(cities))[:, None]

        def rows(
            ind_id: int = ind.pk, level: Any = level, city_values: Any = per_city_sum
        ) -> Iterator[tuple[object, ...]]:
            for t in range(n_months):
                year, month = FIRST_YEAR + t // 12, t % 12 + 1
                for rid, v in zip(city_ids, city_values[:, t].tolist(), strict=True):
                    yield (ind_id, rid, year, month, False, Decimal(f"{v:.4f}"), None, approved,
                           synthetic, True, "", "")  # fmt: skip
                for rid, v in zip(county_ids, level[:, t].tolist(), strict=True):
                    yield (ind_id, rid, year, month, False, Decimal(f"{v:.4f}"), None, approved,
                           synthetic, True, "", "")  # fmt: skip

        counts["observations"] += load_observations(rows(), reason="基准测试数据")
        if ind.target_kind == "growth":
            targets += [
                (ind.pk, rid, last, None, Decimal(f"{g:.1f}"))
                for rid, g in zip(
                    city_ids + county_ids, rng.uniform(3, 9, size=len(cities) + units), strict=True
                )
            ]
        elif ind.target_kind == "level":
            annual = np.concatenate([per_city_sum[:, -13], level[:, -13]])
            factor = rng.uniform(1.0, 1.12, size=len(annual))
            targets += [
                (ind.pk, rid, last, Decimal(f"{a * f:.2f}"), None)
                for rid, a, f in zip(city_ids + county_ids, annual, factor, strict=True)
            ]
    counts["targets"] = load_targets(targets, reason="基准测试数据", is_synthetic=True)
    return counts


def measure(args: argparse.Namespace) -> None:
    """Generate, rebuild, approve (in this process); then the pages against a server."""
    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    from django.db import connection
    from django.db.models import Count

    from citystat.indicators.models import Indicator
    from citystat.observations import derivation
    from citystat.observations.actions import (
        approve_observations,
        recompute_derived,
        record_observation,
    )
    from citystat.observations.models import Observation, Status

    engine = connection.vendor
    print(f"database: {engine} ({connection.settings_dict['NAME']}); load average {load()}")
    if args.pages_only:
        pages(args)
        return
    if args.reuse:
        print(f"dataset a previous run left: {Observation.objects.count():,} observations")
    else:
        start = time.perf_counter()
        counts = generate(args.units, args.indicators, args.years, args.per_city, args.seed)
        print(f"generated in {time.perf_counter() - start:.1f} s: {counts}", flush=True)

    labels = ["into the empty table"] if not args.reuse else []
    labels += ["again over the stored table"] * (args.rebuilds - len(labels))
    for label in labels:
        server = server_cpu()
        cpu = time.process_time()
        start = time.perf_counter()
        n = recompute_derived()
        total = time.perf_counter() - start
        cpu = time.process_time() - cpu
        after = server_cpu()
        t = derivation.LAST_TIMING
        used = f"CPU {cpu:.2f} s here" + (
            f" + {after - server:.2f} s server" if server is not None and after is not None else ""
        )
        print(
            f"rebuild: {n:,} rows in {total:.2f} s (engine {t.engine:.2f} s)"
            f"  [{label}: read {t.read:.2f} s, engine {t.engine:.2f} s, frame {t.frame:.2f} s,"
            f" write {t.write:.2f} s, index {t.index:.2f} s, summaries {t.summaries:.2f} s;"
            f" {total / max(t.engine, 1e-9):.1f}× engine; {used}; load average {load()}]",
            flush=True,
        )

    if not args.no_reader:
        with reader_beside() as reads:
            start = time.perf_counter()
            recompute_derived()
            total = time.perf_counter() - start
        print(
            f"reader beside a rebuild ({total:.2f} s): {len(reads)} reads, p50"
            f" {pct(reads, 50) * 1000:.1f} ms, longest {max(reads, default=0) * 1000:.0f} ms;"
            f" load average {load()}",
            flush=True,
        )

    parent = Indicator.objects.annotate(n=Count("components")).order_by("-n", "sort_order").first()
    assert parent is not None
    obs = (
        Observation.objects.filter(
            indicator=parent, status=Status.APPROVED, region__children__isnull=True
        )
        .select_related("indicator", "region")
        .order_by("-year", "-month", "region__code")
        .first()
    )
    assert obs is not None and obs.value is not None
    times, rows = [], 0
    for k in range(args.approvals):
        corrected = record_observation(
            indicator=obs.indicator,
            region=obs.region,
            year=obs.year,
            month=obs.month,
            value=obs.value * (Decimal("1.01") + Decimal(k) / 1000),
            growth_reported=obs.growth_reported,
            reason="基准测试",
        )
        start = time.perf_counter()
        approve_observations([corrected], user=None)
        times.append(time.perf_counter() - start)
        rows = derivation.LAST_SCOPED_ROWS
    print(
        f"approval: {statistics.median(times):.3f} s"
        f"  [{obs.indicator.code} {obs.region.code} {obs.year}-{obs.month:02d},"
        f" {parent.components.count()} components; {rows} rows rewritten;"
        f" median of {len(times)}: {', '.join(f'{t:.3f}' for t in times)};"
        f" load average {load()}]",
        flush=True,
    )
    if args.no_pages:
        print(f"load average {load()}")
        return
    pages(args)


@contextmanager
def reader_beside() -> Iterator[list[float]]:
    """While the block runs, a thread with a database connection of its own reads one stored
    figure by its key over and over (a page's lookup); yields the list of the reads' times
    in seconds. A read that waits for the rebuild shows as a long one."""
    import threading

    from django.db import connection

    from citystat.observations.models import DerivedFigure

    key = DerivedFigure.objects.values_list("indicator_id", "region_id", "year", "month").first()
    times: list[float] = []
    stop = threading.Event()
    table = DerivedFigure._meta.db_table

    def run() -> None:
        try:
            while not stop.is_set():
                start = time.perf_counter()
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT value, growth, light FROM {table} WHERE indicator_id = %s"
                        " AND region_id = %s AND year = %s AND month = %s",
                        list(key or (0, 0, 0, 0)),
                    )
                    cursor.fetchall()
                times.append(time.perf_counter() - start)
                stop.wait(0.01)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    try:
        yield times
    finally:
        stop.set()
        thread.join()


def pages(args: argparse.Namespace) -> None:
    """The pages against a server on the database as it stands."""
    urls = page_urls()
    with serve() as port:
        cookie = login(port, BENCH_USER, BENCH_PASSWORD)
        print(f"pages: {args.clients} clients, {args.requests} requests per page type")
        print(
            f"{'page':<10} {'cold server p50/p95 ms':>23} {'latency p50/p95':>16} |"
            f" {'load server p50/p95':>20} {'latency p50/p95':>16} {'req/s':>6} {'errors':>6}"
        )
        for kind in PAGE_KINDS:
            r = run_page(port, cookie, urls[kind], args.clients, args.requests)
            cold_s = [s.server_ms or 0.0 for s in r.cold]
            cold_l = [s.latency_ms for s in r.cold]
            load_s = [s.server_ms or 0.0 for s in r.load]
            load_l = [s.latency_ms for s in r.load]
            errors = sum(s.status != 200 for s in [*r.cold, *r.load])
            print(
                f"{kind:<10} {pct(cold_s, 50):>10.0f} /{pct(cold_s, 95):>7.0f}"
                f" {pct(cold_l, 50):>8.0f} /{pct(cold_l, 95):>6.0f} |"
                f" {pct(load_s, 50):>11.0f} /{pct(load_s, 95):>7.0f}"
                f" {pct(load_l, 50):>8.0f} /{pct(load_l, 95):>6.0f}"
                f" {len(load_l) / r.wall_s:>6.0f} {errors:>6}",
                flush=True,
            )
    print(f"load average {load()}")


def page_urls() -> dict[str, list[str]]:
    """Twelve URLs per page type over the newest year (the first city's units)."""
    from citystat.indicators.models import Indicator
    from citystat.observations.models import DerivedFigure
    from citystat.regions.models import Region

    year = max(DerivedFigure.objects.values_list("year", flat=True).distinct())
    keys = list(Indicator.objects.filter(is_key=True).values_list("code", flat=True))
    city = Region.objects.filter(level="city").order_by("code").first()
    units = list(
        Region.objects.filter(parent=city, kind__in=("county", "district", "county_city"))
        .order_by("sort_order", "code")
        .values_list("code", flat=True)
    )
    return month_urls(keys, units, year)


@contextmanager
def serve() -> Iterator[int]:
    """``citystat serve --no-demo`` on loopback against this process's database."""

    port = _free_port()
    home = Path(os.environ["CITYSTAT_HOME"])
    log = (home / "bench-scale-server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            *("-m", "citystat", "serve", "--no-demo"),
            *("--host", "127.0.0.1", "--port", str(port)),
        ],
        env=os.environ.copy(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_listening(proc, port, home / "bench-scale-server.log", seconds=300)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=120)
    parser.add_argument("--indicators", type=int, default=100)
    parser.add_argument("--years", type=int, default=3, help=f"from {FIRST_YEAR}, 12 months each")
    parser.add_argument("--per-city", type=int, default=0, help="units per city (0: all in one)")
    parser.add_argument("--approvals", type=int, default=3)
    parser.add_argument("--rebuilds", type=int, default=2, help="full rebuilds to time")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure on the dataset a previous run left (nothing generated)",
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200, help="per page type (bounded)")
    parser.add_argument("--no-pages", action="store_true")
    parser.add_argument(
        "--no-reader", action="store_true", help="no rebuild with a reader beside it"
    )
    parser.add_argument(
        "--pages-only",
        action="store_true",
        help="only the pages, on the dataset a previous run left (nothing generated or rebuilt)",
    )
    parser.add_argument("--seed", type=int, default=20231130)
    args = parser.parse_args()
    args.per_city = args.per_city or args.units
    args.clients = max(1, min(args.clients, 50))
    args.requests = max(1, min(args.requests, 2000))
    os.environ.pop("CITYSTAT_ENV", None)
    if "CITYSTAT_HOME" not in os.environ:
        os.environ["CITYSTAT_HOME"] = tempfile.mkdtemp(prefix="citystat-bench-scale-")
    measure(args)


if __name__ == "__main__":
    main()
