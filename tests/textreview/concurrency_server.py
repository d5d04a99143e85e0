"""A real multi-threaded citystat server for tests/textreview/test_concurrency.py.

Run as ``python tests/textreview/concurrency_server.py PORT STATE_DIR`` (port 0: any free
port, written to STATE_DIR/ready once bound) with the database in
the environment (CITYSTAT_HOME for SQLite, or DATABASE_URL): it migrates the (empty)
database, creates the test's two users and serves the site with Django's threaded WSGI
server. One thing differs from production: extraction of a long text (> 10,000 characters),
once it has run for real, reports to STATE_DIR/extracting.json (whether a transaction is
open in that thread) and then waits until STATE_DIR/release exists, so that the test can
hold the job provably *running* while a second user logs in and works.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

PASSWORD = "Concurrency-Test-2026!x"
USERS = (("writer", "analyst"), ("second", "reviewer"))


def main(port: int, state: Path) -> None:
    from citystat.djangosetup import migrate, setup_django

    setup_django()
    migrate()
    from django.core.servers.basehttp import WSGIServer, run
    from django.db import connection

    from citystat.accounts.actions import create_user
    from citystat.site.wsgi import application
    from citystat.textreview import actions
    from citystat.textreview.models import ExtractionJob

    for username, role in USERS:
        create_user(username=username, password=PASSWORD, role=role)
    real_extract = actions.extract

    def held_extract(text: str, **kwargs: Any) -> Any:
        facts = real_extract(text, **kwargs)
        if len(text) > 10_000:
            job = ExtractionJob.objects.filter(chars=len(text)).values("pk", "status").get()
            report = {"in_atomic_block": connection.in_atomic_block, "facts": len(facts), **job}
            partial = state / "extracting.part"
            partial.write_text(json.dumps(report), encoding="utf-8")
            partial.replace(state / "extracting.json")  # whole, or not there yet
            deadline = time.monotonic() + 300
            while not (state / "release").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        return facts

    actions.extract = held_extract  # type: ignore[assignment]

    def ready(bound: int) -> None:
        (state / "ready").write_text(str(bound), encoding="utf-8")

    run("127.0.0.1", port, application, threading=True, on_bind=ready, server_cls=WSGIServer)


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
