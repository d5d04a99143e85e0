"""The offline bundle (issue 16): `make dist`, then install with no index into a fresh virtual
environment, `citystat init` and `citystat serve` from another folder, ECharts served.

Slow (a wheel build and an install): marked `bundle`, and run once per CI run, in the SQLite
pass. It needs npm's node_modules (as `make` does) and a package index for the build only.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import venv
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")), reason="the bundle is built once, in the SQLite pass"
    ),
    pytest.mark.skipif(shutil.which("make") is None, reason="needs make"),
    pytest.mark.skipif(
        not (PROJECT / "node_modules" / "echarts" / "dist" / "echarts.min.js").is_file(),
        reason="needs `make assets` (npm) first",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


def test_the_bundle_installs_offline_and_serves_echarts(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run(
        ["make", "dist", f"DIST={dist}", f"DIST_PYTHON={sys.executable}"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheels = sorted(p.name for p in dist.glob("*.whl"))
    assert wheels == ["citystat-0.1.0-py3-none-any.whl"]
    house = {p.name.split("-")[0].lower() for p in (dist / "wheelhouse").glob("*.whl")}
    assert {"citystat", "django", "gunicorn", "waitress", "psycopg", "numpy"} <= house

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    installed = subprocess.run(
        [
            bin_dir / "python",
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--find-links",
            dist / "wheelhouse",
            "citystat",
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]

    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing may come from node_modules
    elsewhere.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "DJANGO_SETTINGS_MODULE", "PYTHONPATH"}
    }
    env.update(CITYSTAT_HOME=str(tmp_path / "home"), PATH=f"{bin_dir}:{env['PATH']}")
    citystat = str(bin_dir / "citystat")
    init = subprocess.run(
        [citystat, "init"], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600
    )
    assert init.returncode == 0, init.stderr[-3000:]
    assert "数据库已就绪" in init.stdout

    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [citystat, "serve", "--no-demo", "--port", str(port)],
        cwd=elsewhere,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "citystat serve did not start"
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        base = f"http://127.0.0.1:{port}"
        status, echarts = _get(f"{base}/static/vendor/echarts/echarts.min.js")
        assert status == 200 and len(echarts) > 900_000
        for asset in ("citystat/site.css", "citystat/site.js", "citystat/dashboard.js"):
            assert _get(f"{base}/static/{asset}")[0] == 200
        status, login = _get(f"{base}/login/")
        assert status == 200 and "登录" in login.decode()
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    # the installed package, not this checkout, answered
    site_packages = next((env_dir / "lib").glob("python3.*/site-packages"))
    assert (site_packages / "citystat/site/static/vendor/echarts/echarts.min.js").is_file()
