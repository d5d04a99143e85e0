"""Load test of the production server: one process (waitress) against worker processes (gunicorn).

Issue 16: production was one waitress process (62 requests/s at 20 users, p95 0.93 s). This
script serves one prepared installation in production mode twice, on loopback only,

- ``single``: ``citystat serve --server waitress`` (one process, ``--threads`` threads), as before;
- ``multi``: ``citystat serve --server gunicorn`` (``--workers`` processes, default the core
  count, ``--threads`` threads each),

and drives each with 20 and 50 simulated users (``--users``): concurrent keep-alive
connections that send requests back to back for ``--seconds`` per level (bounded: at most
120 s and 20,000 requests per level). Both modes get the same requests: all users take
turns in one fixed cycle in which every fifth request is a reporter's page (数据报送 home
and entry forms) and the others are the leaders' (city overview, indicator, county and 大屏
pages over the months of the newest year). (``--mix per-user``, how the script worked
before, gives each user a role of its own; the mix then follows the server's speed on each
kind of page: 10 % reporter pages on one process, 6 % on two.)

It prints per mode and level requests/s, nearest-rank p50/p95 latency, the share of
reporter pages, the cores the server used (its processes' CPU seconds per second, from
/proc on Linux), the server's and this client's CPU milliseconds per request, then the
multi/single ratio and the load average. The client runs on the same machine: on 2 cores
the multi mode can use at most what the client and other work leave of the second core.

The installation: the demo loaded in local mode into a fresh ``CITYSTAT_HOME``
(SQLite), or into ``--database-url`` (an EMPTY PostgreSQL database, or one already holding
the demo), plus two non-demo accounts, since production refuses demo accounts.

Run ``python bench/load.py`` (``--quick`` for a short smoke run); the command line is
printed first, so a result carries how to repeat it.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web import login, pct  # bench/web.py: the same login and percentile

HOST = "127.0.0.1"  # loopback only
LEADER, REPORTER = "load_leader", "load_reporter"
PASSWORD = "load-bench-password-2026"
REPORTER_REGION = "140921"
MAX_SECONDS, MAX_REQUESTS = 120.0, 20_000


def _env(home: Path, database_url: str | None, production: bool) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"DATABASE_URL", "CITYSTAT_ENV", "DJANGO_SETTINGS_MODULE", "DEBUG", "SECRET_KEY"}
    }
    env["CITYSTAT_HOME"] = str(home)
    if database_url:
        env["DATABASE_URL"] = database_url
    if production:
        env.update(
            CITYSTAT_ENV="production",
            SECRET_KEY="load-bench-only-" + "k7Qz" * 12,
            ALLOWED_HOSTS=HOST,
            SESSION_COOKIE_SECURE="false",  # plain HTTP on loopback
        )
    return env


def prepare(home: Path, database_url: str | None) -> None:
    """The demo (local mode) and two accounts that production lets sign in."""
    loaded = subprocess.run(
        [sys.executable, "-m", "citystat", "demo"],
        env=_env(home, database_url, production=False),
        capture_output=True,
        text=True,
        check=False,
    )
    if loaded.returncode != 0:
        if not (database_url and "already holds data" in loaded.stderr):
            raise SystemExit(loaded.stderr)
        print("the database already holds data: assuming the demo of an earlier run", flush=True)
    prod = _env(home, database_url, production=True)
    for name, role, extra in (
        (LEADER, "leader", []),
        (REPORTER, "reporter", ["--region", REPORTER_REGION]),
    ):
        subprocess.run(
            [sys.executable, "-m", "citystat", "createuser", name, "--role", role, *extra],
            input=f"{PASSWORD}\n{PASSWORD}\n",
            text=True,
            env=prod,
            check=False,  # already there when --database-url is reused
            capture_output=True,
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(home: Path, database_url: str | None, server: list[str]) -> Iterator[tuple[int, int]]:
    """Start the production server on a free loopback port: (port, the server's pid)."""
    port = _free_port()
    args = [sys.executable, "-m", "citystat", "serve", "--host", HOST, "--port", str(port)]
    args += ["--no-demo", *server]
    log = (home / f"load-{server[1]}.log").open("w")
    proc = subprocess.Popen(
        args, env=_env(home, database_url, True), stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError((home / f"load-{server[1]}.log").read_text()[-2000:])
            try:
                with socket.create_connection((HOST, port), timeout=1):
                    break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("server did not start")
        yield port, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log.close()


def leader_urls(year: int, units: list[str], keys: list[str]) -> list[str]:
    periods = [f"{year}-{m:02d}" for m in range(1, 13)]
    urls = []
    for n, p in enumerate(periods):
        urls += [
            f"/?period={p}",
            f"/indicator/{keys[n % len(keys)]}/?period={p}",
            f"/region/{units[n % len(units)]}/?period={p}",
            f"/screen/?period={p}&interval=15",
        ]
    return urls


def reporter_urls(year: int) -> list[str]:
    return ["/intake/", *(f"/intake/entry/{REPORTER_REGION}/{year}-{m:02d}/" for m in (10, 11))]


@dataclass
class Level:
    users: int
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    wall_s: float = 0.0
    by_role: dict[str, int] = field(default_factory=dict)
    server_cpu_s: float | None = None  # the server's processes (Linux /proc), None elsewhere
    client_cpu_s: float = 0.0  # this process: the simulated users

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall_s if self.wall_s else 0.0

    @property
    def cores(self) -> str:
        """Cores the server used on average (its CPU seconds per second)."""
        return f"{self.server_cpu_s / self.wall_s:.2f}" if self.server_cpu_s else "-"

    def per_request_ms(self, seconds: float | None) -> str:
        return f"{seconds / len(self.latencies) * 1000:.2f}" if seconds and self.latencies else "-"


def schedule(urls: dict[str, list[str]]) -> list[tuple[str, str]]:
    """One fixed cycle of requests shared by all users: every fifth a reporter's page.

    Users take the next request of this cycle in turn, so both modes serve the same mix
    whatever their speed (users that each kept their own role would favour whichever kind
    of page the server answers faster: 10 % reporter pages on one process, 6 % on several).
    """
    leader, reporter = urls[LEADER], urls[REPORTER]
    cycle, li, ri = [], 0, 0
    for k in range(5 * len(leader) * len(reporter)):
        if k % 5 == 4:
            cycle.append((REPORTER, reporter[ri % len(reporter)]))
            ri += 1
        else:
            cycle.append((LEADER, leader[li % len(leader)]))
            li += 1
    return cycle


def process_tree_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) of ``pid`` and its descendants, from /proc (Linux only)."""
    proc = Path("/proc")
    if not (proc / str(pid) / "stat").exists():
        return None
    stats: dict[int, tuple[int, float]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the command: state ppid … utime (14th field of the line) stime (15th)
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])))
    tree, grew = {pid}, True
    while grew:
        grew = False
        for child, (parent, _ticks) in stats.items():
            if parent in tree and child not in tree:
                tree.add(child)
                grew = True
    ticks = sum(stats[p][1] for p in tree if p in stats)
    return ticks / os.sysconf("SC_CLK_TCK")


def drive(
    port: int,
    users: int,
    cookies: dict[str, str],
    urls: dict[str, list[str]],
    seconds: float,
    server_pid: int | None = None,
    mix: str = "cycle",
) -> Level:
    """``users`` users for ``seconds``; ``mix`` "cycle": all take turns in one shared cycle
    (see ``schedule``); "per-user": every fifth user a reporter cycling over the reporter's
    pages, the others over the leaders' (how this script worked before: the mix then
    follows the server's speed on each kind of page)."""
    level = Level(users)
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    budget = iter(range(MAX_REQUESTS))
    cycle = schedule(urls)

    def user(n: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        own = REPORTER if n % 5 == 4 else LEADER
        i = n
        while time.monotonic() < stop:
            with lock:
                k = next(budget, None)
            if k is None:
                break
            if mix == "per-user":
                role, url = own, urls[own][i % len(urls[own])]
                i += 1
            else:
                role, url = cycle[k % len(cycle)]
            start = time.perf_counter()
            try:
                conn.request("GET", url, headers={"Cookie": cookies[role]})
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (http.client.HTTPException, OSError):
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                level.latencies.append(elapsed)
                level.errors += not ok
                level.by_role[role] = level.by_role.get(role, 0) + 1
        conn.close()

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    server0 = process_tree_cpu(server_pid) if server_pid else None
    client0 = time.process_time()
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    level.wall_s = time.perf_counter() - start
    level.client_cpu_s = time.process_time() - client0
    server1 = process_tree_cpu(server_pid) if server_pid else None
    if server0 is not None and server1 is not None:
        level.server_cpu_s = server1 - server0
    return level


def demo_shape(home: Path, database_url: str | None) -> tuple[int, list[str], list[str]]:
    """Newest year, county codes and key indicators, read through the app's own models."""
    os.environ.update(_env(home, database_url, production=False))
    from citystat.djangosetup import setup_django

    setup_django()
    from citystat.indicators.models import Indicator
    from citystat.observations.models import DerivedFigure
    from citystat.regions.models import Region

    year = DerivedFigure.objects.order_by("-year").values_list("year", flat=True).first()
    units = list(
        Region.objects.filter(parent__level="city", kind__in=["county", "district", "county_city"])
        .order_by("sort_order", "code")
        .values_list("code", flat=True)
    )
    keys = list(Indicator.objects.filter(is_key=True).values_list("code", flat=True))
    from django.db import connections

    connections.close_all()
    return int(year or 2023), units, keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", default="20,50", help="comma-separated user counts")
    parser.add_argument("--seconds", type=float, default=30.0, help="per mode and level")
    parser.add_argument("--threads", type=int, default=8, help="threads per server process")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--multi-threads",
        type=int,
        default=None,
        help="threads per gunicorn worker (default --threads)",
    )
    parser.add_argument("--database-url", default=None, help="an empty PostgreSQL database")
    parser.add_argument(
        "--mix",
        choices=["cycle", "per-user"],
        default="cycle",
        help="cycle: the same requests for both modes (default); per-user: each user keeps "
        "its role (the mix then differs between the modes; for comparison with older runs)",
    )
    parser.add_argument("--quick", action="store_true", help="5 s per level, 20 users")
    args = parser.parse_args()
    users = [int(u) for u in args.users.split(",")] if not args.quick else [20]
    seconds = min(5.0 if args.quick else args.seconds, MAX_SECONDS)
    with tempfile.TemporaryDirectory(prefix="citystat-load-") as tmp:
        home = Path(tmp)
        print("$ python " + " ".join(sys.argv), flush=True)
        print(f"preparing the demo installation in {home} …", flush=True)
        prepare(home, args.database_url)
        year, units, keys = demo_shape(home, args.database_url)
        urls = {LEADER: leader_urls(year, units, keys), REPORTER: reporter_urls(year)}
        multi_threads = args.multi_threads or args.threads
        modes = {
            "single": ["--server", "waitress", "--threads", str(args.threads)],
            "multi": [
                "--server",
                "gunicorn",
                "--workers",
                str(args.workers),
                "--threads",
                str(multi_threads),
            ],
        }
        results: dict[str, dict[int, Level]] = {}
        engine = "PostgreSQL" if args.database_url else "SQLite"
        print(
            f"{engine}; {os.cpu_count()} cores; {seconds:.0f} s per level; single = waitress, "
            f"1 process × {args.threads} threads; multi = gunicorn, {args.workers} processes × "
            f"{multi_threads} threads"
        )
        if args.mix == "cycle":
            print(
                "requests: the same for both modes, one fixed cycle, every fifth request a "
                f"reporter's page ({len(urls[REPORTER])} 数据报送 pages), the others the "
                f"leaders' {len(urls[LEADER])} overview, indicator, county and 大屏 pages; "
                "users = concurrent keep-alive connections, each sending the next request of "
                "the cycle as soon as its previous one is answered"
            )
        else:
            print(
                "requests: per user (every fifth user a reporter, each cycling over its own "
                "pages back to back), so the mix of each mode follows its speed: compare the "
                "reporter column"
            )
        print(
            f"{'mode':<7} {'users':>5} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7}"
            f" {'errors':>6} {'reporter':>8} {'server cores':>12} {'server CPU ms/req':>17}"
            f" {'client CPU ms/req':>17}"
        )
        for mode, server in modes.items():
            with serve(home, args.database_url, server) as (port, pid):
                cookies = {name: login(port, name, PASSWORD) for name in (LEADER, REPORTER)}
                drive(port, 5, cookies, urls, 3.0)  # warm the page caches of every process
                for n in users:
                    level = drive(port, n, cookies, urls, seconds, server_pid=pid, mix=args.mix)
                    results.setdefault(mode, {})[n] = level
                    ms = [x * 1000 for x in level.latencies]
                    share = level.by_role.get(REPORTER, 0) / max(len(ms), 1)
                    print(
                        f"{mode:<7} {n:>5} {len(ms):>8} {level.rate:>7.1f} {pct(ms, 50):>7.0f}"
                        f" {pct(ms, 95):>7.0f} {level.errors:>6} {share:>8.1%}"
                        f" {level.cores:>12}"
                        f" {level.per_request_ms(level.server_cpu_s):>17}"
                        f" {level.per_request_ms(level.client_cpu_s):>17}",
                        flush=True,
                    )
        for n in users:
            single, multi = results["single"][n], results["multi"][n]
            print(f"{n} users: multi/single = {multi.rate / single.rate:.2f}× requests/s")
        load = os.getloadavg() if hasattr(os, "getloadavg") else None
        if load:
            print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
