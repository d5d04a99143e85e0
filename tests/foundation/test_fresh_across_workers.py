"""An approval reaches the cached pages of every gunicorn worker at their next request.

Each worker process keeps the page bodies it served lately in its own memory, in front of
the shared file cache (``dashboard.cache.local_get``); both are keyed by the data version,
which every request reads. The test serves the demo in production mode with two worker
processes, has both of them serve (and so cache) a county page, approves a new month for
that county from a third process, and then every response, from either worker, shows it.
"""

from __future__ import annotations

import http.client
import importlib.util
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

PROJECT = Path(__file__).resolve().parents[2]
URL = "/region/140921/"  # 定襄县, latest month
APPROVE = """
from citystat.djangosetup import setup_django
setup_django()
from citystat.accounts.models import User
from citystat.intake import actions, pipeline
from citystat.regions.models import Region
from tests.intake.helpers import HEADER, xlsx
out = pipeline.run(
    xlsx([HEADER, ["fai", "固定资产投资", "亿元", 3.20, 3.9]]), filename="dx.xlsx",
    user=User.objects.get(username="reporter_140921"), channel="web", submit=True,
)
assert out.accepted
region = Region.objects.get(code="140921")
print(actions.approve_period(user=User.objects.get(username="reviewer"), region=region,
                             year=2024, month=2))
"""

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


@pytest.fixture(scope="module")
def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "citystat_bench_load", PROJECT / "bench" / "load.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def served(
    load: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[int, int, Path]]:
    home = tmp_path_factory.mktemp("fresh-home")
    load.prepare(home, None)  # the demo (every month approved up to 2023-12) and load_leader
    server = ["--server", "gunicorn", "--workers", "2", "--threads", "1"]
    with load.serve(home, None, server) as (port, pid):
        yield port, pid, home


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _workers(master: int, expected: int = 2, wait: float = 60.0) -> list[int]:
    """The master's worker processes, once ``expected`` of them run (gunicorn forks them
    one after the other: on a loaded machine the first may answer before the second
    exists)."""
    deadline = time.monotonic() + wait
    while True:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == master:
                    found.append(int(entry.name))
        if len(found) >= expected or time.monotonic() > deadline:
            return sorted(found)
        time.sleep(0.2)


def _titles(port: int, cookie: str, n_threads: int = 6, each: int = 6) -> list[str]:
    """The page's title from ``n_threads × each`` requests, each on a new connection."""
    titles: list[str] = []
    lock = threading.Lock()

    def fetch() -> None:
        for _ in range(each):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", URL, headers={"Cookie": cookie})
            response = conn.getresponse()
            body = response.read().decode()
            conn.close()
            assert response.status == 200
            found = re.search(r"<title>([^<]*)</title>", body)
            with lock:
                titles.append(found.group(1) if found else "")

    threads = [threading.Thread(target=fetch) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return titles


def _both_serve(port: int, cookie: str, workers: list[int]) -> list[str]:
    """Requests until each worker has done work for them; every title they answered."""
    start = {w: _cpu_ticks(w) for w in workers}
    titles: list[str] = []
    for _ in range(20):
        titles += _titles(port, cookie)
        if all(_cpu_ticks(w) > start[w] for w in workers):
            return titles
    raise AssertionError("the requests did not reach both worker processes")


def test_an_approval_shows_at_once_in_every_worker(
    load: ModuleType, served: tuple[int, int, Path]
) -> None:
    port, master, home = served
    workers = _workers(master)
    assert len(workers) == 2
    cookie = load.login(port, load.LEADER, load.PASSWORD)

    before = _both_serve(port, cookie, workers)
    assert set(before) == {"定襄县 · 2023年"}  # December: the whole year

    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CITYSTAT_ENV"}}
    env.update(CITYSTAT_HOME=str(home), PYTHONPATH=str(PROJECT))
    approved = subprocess.run(
        [sys.executable, "-c", APPROVE],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert approved.returncode == 0, approved.stderr
    assert approved.stdout.strip() == "1"

    after = _both_serve(port, cookie, workers)
    assert set(after) == {"定襄县 · 2024年1-2月"}
