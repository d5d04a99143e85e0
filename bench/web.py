"""Benchmark of the dashboard pages against a running `citystat serve` on loopback (issue 5).

For each dataset it starts ``citystat serve`` in its own ``CITYSTAT_HOME`` (SQLite), logs
in, and measures each page type (city overview, indicator, county, 大屏):

1. cold: every distinct URL once, one client at a time (the page is built from the
   stored derived figures and rendered; nothing is cached yet);
2. load: ``--requests`` requests per page from ``--clients`` concurrent clients
   (keep-alive connections), cycling over the same URLs, so mostly cache hits as in use.

Server time is the view's own time from the ``Server-Timing`` header (it excludes the
session/auth middleware); latency is what the client saw. Percentiles are nearest-rank.

Datasets:

- ``demo``: the demo (19 regions, 58 indicators, 24 months);
- ``province``: synthetic, generated through the apps' actions into a separate home:
  one city with ``--units`` county-level units (default 120; all under one city, the
  worst case for the pages, which list every unit) × ``--indicators`` (100) ×
  36 months (2021-01…2023-12), with components, targets and the derived figures.

Run ``python bench/web.py`` (both datasets), ``--dataset demo`` or ``--dataset
province``; ``--province-home DIR`` keeps the generated province home for reuse.
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
BENCH_USER, BENCH_PASSWORD = "bench_leader", "citystat-bench"
DEMO_USER, DEMO_PASSWORD = "leader", "citystat-demo"
PAGE_KINDS = ("home", "indicator", "county", "screen")


# ---------------------------------------------------------------- province-scale data


def generated_catalogue(n_indicators: int) -> list[Any]:
    """The benchmark's indicators P000…: slots 1–3 of every ten are parts of slot 0, slot 7 a
    rate, slot 9 lower-is-better; targets on slots 0 (growth) and 4 (level)."""
    from citystat.demo.catalogue import DIMENSIONS
    from citystat.indicators.actions import upsert_dimension, upsert_indicator

    dims = [
        upsert_dimension(code=code, name=name, sort_order=i, description=desc)
        for i, (code, name, desc) in enumerate(DIMENSIONS, start=1)
    ]
    indicators: list[Any] = []
    for i in range(n_indicators):
        slot = i % 10
        parent = indicators[i - slot] if 1 <= slot <= 3 else None
        rate = slot == 7
        indicators.append(
            upsert_indicator(
                code=f"P{i:03d}",
                name=f"示例指标{i:03d}",
                unit="%" if rate else "亿元",
                dimension=dims[(i // 10 + slot) % len(dims)],
                kind="rate" if rate else "flow",
                frequency="monthly",
                cumulative=not rate,
                combined_jan_feb=False,
                additive=not rate,
                polarity="lower" if slot == 9 else "higher",
                growth_method="computed",
                target_kind="growth" if slot == 0 else "level" if slot == 4 else "none",
                decimals=2,
                parent=parent,
                is_key=slot in (0, 4) or i == 7,
                sort_order=i,
            )
        )
    return indicators


def generate_province(units: int, n_indicators: int, seed: int = 20231130) -> dict[str, int]:
    """Fill the (empty) database of ``$CITYSTAT_HOME`` through the apps' actions."""
    from decimal import Decimal

    import numpy as np

    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    from citystat.accounts.actions import create_user
    from citystat.observations.actions import (
        ObservationInput,
        bulk_create_observations,
        recompute_derived,
    )
    from citystat.observations.models import Source, Status
    from citystat.regions.actions import upsert_region
    from citystat.targets.actions import set_target

    rng = np.random.default_rng(seed)
    province = upsert_region(
        code="990000",
        name="示例省",
        short_name="示例省",
        level="province",
        kind="province",
        parent=None,
    )
    city = upsert_region(
        code="990100",
        name="示例市",
        short_name="示例市",
        level="city",
        kind="city",
        parent=province,
        longitude=Decimal("112.5"),
        latitude=Decimal("38.0"),
    )
    kinds = ["county", "county", "county", "district", "county_city"]
    regions = [city]
    side = int(np.ceil(np.sqrt(units)))
    for u in range(units):
        kind = "dev_zone" if u % 30 == 29 else kinds[u % len(kinds)]
        regions.append(
            upsert_region(
                code=f"99{1000 + u:04d}",
                name=f"示例{u + 1:03d}{'开发区' if kind == 'dev_zone' else '县'}",
                short_name=f"示例{u + 1:03d}",
                level="county",
                kind=kind,
                parent=city,
                longitude=Decimal(f"{110 + (u % side) * 0.3:.4f}"),
                latitude=Decimal(f"{36 + (u // side) * 0.25:.4f}"),
                sort_order=u + 1,
            )
        )
    indicators = generated_catalogue(n_indicators)
    years, months = (2021, 2022, 2023), range(1, 13)
    n_months = len(years) * 12
    counts = {"regions": len(regions), "indicators": len(indicators), "observations": 0}
    for ind in indicators:
        base = rng.uniform(0.5, 20.0, size=units)
        trend = rng.normal(0.006, 0.01, size=units)
        noise = rng.normal(0.0, 0.04, size=(units, n_months))
        season = 1 + 0.15 * np.sin(np.arange(n_months) * 2 * np.pi / 12)
        monthly = base[:, None] * np.exp(np.cumsum(trend[:, None] + noise, axis=1) * 0.5) * season
        rows = []
        for t, (year, month) in enumerate((y, m) for y in years for m in months):
            start = (t // 12) * 12
            if ind.kind == "rate":
                level = np.clip(50 + 20 * np.tanh(monthly[:, t] / 10 - 1), 0, 100)
                city_value = float(level.mean())
            else:
                level = monthly[:, start : t + 1].sum(axis=1)
                city_value = float(level.sum())
            rows.append(
                ObservationInput(
                    indicator=ind,
                    region=city,
                    year=year,
                    month=month,
                    value=Decimal(f"{city_value:.4f}"),
                    status=Status.APPROVED,
                    source=Source.SYNTHETIC,
                    is_synthetic=True,
                )
            )
            rows.extend(
                ObservationInput(
                    indicator=ind,
                    region=region,
                    year=year,
                    month=month,
                    value=Decimal(f"{v:.4f}"),
                    status=Status.APPROVED,
                    source=Source.SYNTHETIC,
                    is_synthetic=True,
                )
                for region, v in zip(regions[1:], level, strict=True)
            )
        counts["observations"] += bulk_create_observations(rows, reason="基准测试数据")
    targets = 0
    for ind in indicators:
        if ind.target_kind == "none":
            continue
        for region in regions:
            if ind.target_kind == "growth":
                set_target(
                    indicator=ind,
                    region=region,
                    year=2023,
                    target_growth=Decimal(f"{rng.uniform(3, 9):.1f}"),
                    is_synthetic=True,
                    recompute=False,  # one full rebuild at the end
                )
            else:
                annual = (
                    ind.observations.filter(region=region, year=2022, month=12)
                    .values_list("value", flat=True)
                    .first()
                )
                if annual:
                    set_target(
                        indicator=ind,
                        region=region,
                        year=2023,
                        target_value=(annual * Decimal(f"{rng.uniform(1.0, 1.12):.3f}")).quantize(
                            Decimal("0.01")
                        ),
                        is_synthetic=True,
                        recompute=False,
                    )
            targets += 1
    counts["targets"] = targets
    create_user(username=BENCH_USER, password=BENCH_PASSWORD, role="leader", unit_name="基准测试")
    counts["derived"] = recompute_derived()
    return counts


# ---------------------------------------------------------------- server and client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    env["CITYSTAT_HOME"] = str(home)
    return env


def wait_until_listening(
    proc: subprocess.Popen[bytes], port: int, log: Path, *, seconds: float
) -> None:
    """Return once the server accepts connections; raise with its log's tail if it died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(log.read_text()[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("server did not start")


@contextmanager
def serve(home: Path, *, load_demo: bool) -> Iterator[int]:
    port = _free_port()
    args = [sys.executable, "-m", "citystat", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if not load_demo:
        args.append("--no-demo")
    log = (home / "bench-server.log").open("w")
    proc = subprocess.Popen(args, env=_env(home), stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_listening(proc, port, home / "bench-server.log", seconds=600)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def login(port: int, username: str, password: str) -> str:
    """Session cookie header for ``username``."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/login/")
    r = conn.getresponse()
    body = r.read().decode()
    cookies = _cookies(r.getheaders())
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert token, "no CSRF token on the login page"
    form = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)}
    )
    conn.request(
        "POST",
        "/login/",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
            "Referer": f"http://127.0.0.1:{port}/login/",
        },
    )
    r = conn.getresponse()
    r.read()
    cookies.update(_cookies(r.getheaders()))
    if r.status != 302 or "sessionid" not in cookies:
        raise RuntimeError(f"login as {username} failed ({r.status})")
    conn.close()
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def _cookies(headers: list[tuple[str, str]]) -> dict[str, str]:
    out = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            out[key.strip()] = rest.split(";", 1)[0]
    return out


@dataclass
class Sample:
    latency_ms: float
    server_ms: float | None
    status: int


@dataclass
class PageResult:
    cold: list[Sample] = field(default_factory=list)
    load: list[Sample] = field(default_factory=list)
    wall_s: float = 0.0


def fetch(conn: http.client.HTTPConnection, url: str, cookie: str) -> Sample:
    start = time.perf_counter()
    conn.request("GET", url, headers={"Cookie": cookie})
    r = conn.getresponse()
    r.read()
    latency = (time.perf_counter() - start) * 1000
    timing = r.getheader("Server-Timing") or ""
    m = re.search(r"dur=([\d.]+)", timing)
    return Sample(latency, float(m.group(1)) if m else None, r.status)


def run_page(port: int, cookie: str, urls: list[str], clients: int, requests: int) -> PageResult:
    result = PageResult()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for url in urls:
        result.cold.append(fetch(conn, url, cookie))
    conn.close()
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            try:
                s = fetch(c, urls[n % len(urls)], cookie)
            except (http.client.HTTPException, OSError):
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                s = fetch(c, urls[n % len(urls)], cookie)
            with lock:
                result.load.append(s)
        c.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.wall_s = time.perf_counter() - start
    return result


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


# ---------------------------------------------------------------- page URLs per dataset


def month_urls(keys: list[str], units: list[str], year: int) -> dict[str, list[str]]:
    """Each page type once per month of ``year``, rotating over indicators and units."""
    periods = [f"{year}-{m:02d}" for m in range(1, 13)]
    return {
        "home": [f"/?period={p}" for p in periods],
        "indicator": [
            f"/indicator/{keys[n % len(keys)]}/?period={p}" for n, p in enumerate(periods)
        ],
        "county": [
            f"/region/{units[(n * 7) % len(units)]}/?period={p}" for n, p in enumerate(periods)
        ],
        "screen": [f"/screen/?period={p}&interval=15" for p in periods],
    }


def page_urls(home: Path) -> dict[str, list[str]]:
    """Twelve URLs per page type over the newest year, read from the server's own database."""
    import sqlite3

    db = sqlite3.connect(f"file:{home / 'citystat.sqlite3'}?mode=ro", uri=True)
    year = db.execute("SELECT MAX(year) FROM observations_derivedfigure").fetchone()[0]
    keys = [c for (c,) in db.execute("SELECT code FROM indicators_indicator WHERE is_key = 1")]
    city = db.execute("SELECT id FROM regions_region WHERE level = 'city' ORDER BY code").fetchone()
    units = [
        c
        for (c,) in db.execute(
            "SELECT code FROM regions_region WHERE parent_id = ? AND kind IN "
            "('county', 'district', 'county_city') ORDER BY sort_order, code",
            city,
        )
    ]
    db.close()
    return month_urls(keys, units, year)


def bench(
    name: str, home: Path, *, load_demo: bool, user: str, password: str, args: argparse.Namespace
) -> None:
    with serve(home, load_demo=load_demo) as port:
        cookie = login(port, user, password)
        urls = page_urls(home)
        print(
            f"\n{name}: {args.clients} clients, {args.requests} requests per page (server http://127.0.0.1:{port})"
        )
        print(
            f"{'page':<10} {'cold server p50/p95/max ms':>28} | {'load server p50/p95 ms':>22}"
            f" {'latency p50/p95 ms':>20} {'req/s':>7} {'errors':>6}"
        )
        for kind in PAGE_KINDS:
            r = run_page(port, cookie, urls[kind], args.clients, args.requests)
            cold = [s.server_ms or 0.0 for s in r.cold]
            load = [s.server_ms or 0.0 for s in r.load]
            lat = [s.latency_ms for s in r.load]
            errors = sum(s.status != 200 for s in [*r.cold, *r.load])
            print(
                f"{kind:<10} {pct(cold, 50):>9.1f} /{pct(cold, 95):>7.1f} /{max(cold):>7.1f} |"
                f" {pct(load, 50):>9.1f} /{pct(load, 95):>8.1f}"
                f" {pct(lat, 50):>9.1f} /{pct(lat, 95):>8.1f} {len(lat) / r.wall_s:>7.0f}"
                f" {errors:>6}"
            )
            sys.stdout.flush()


def province_home(home: Path | None, units: int, indicators: int) -> Path:
    """A CITYSTAT_HOME holding the province-scale dataset, generated unless already there."""
    home = home or Path(tempfile.mkdtemp(prefix="citystat-bench-province-"))
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "citystat.sqlite3").exists():
        print(f"generating the province-scale dataset into {home} …", flush=True)
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate-into",
                str(home),
                "--units",
                str(units),
                "--indicators",
                str(indicators),
            ],
            env=_env(home),
            check=True,
        )
    return home


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=["demo", "province", "both"], default="both")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400, help="per page type (bounded)")
    parser.add_argument("--units", type=int, default=120)
    parser.add_argument("--indicators", type=int, default=100)
    parser.add_argument("--province-home", type=Path, help="reuse or keep the generated home")
    parser.add_argument("--generate-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.requests = max(1, min(args.requests, 5000))
    if args.generate_into:
        os.environ["CITYSTAT_HOME"] = str(args.generate_into)
        start = time.perf_counter()
        counts = generate_province(args.units, args.indicators)
        print(f"generated in {time.perf_counter() - start:.0f} s: {counts}")
        return
    if args.dataset in ("demo", "both"):
        with tempfile.TemporaryDirectory(prefix="citystat-bench-demo-") as tmp:
            bench(
                "demo",
                Path(tmp),
                load_demo=True,
                user=DEMO_USER,
                password=DEMO_PASSWORD,
                args=args,
            )
    if args.dataset in ("province", "both"):
        home = province_home(args.province_home, args.units, args.indicators)
        bench(
            f"province scale ({args.units} units × {args.indicators} indicators × 36 months)",
            home,
            load_demo=False,
            user=BENCH_USER,
            password=BENCH_PASSWORD,
            args=args,
        )


if __name__ == "__main__":
    main()
