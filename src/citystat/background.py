"""Background jobs of the web process: report generation and text extraction.

A job is a database row with its progress; its work runs in a daemon thread of the web
process (no broker to install), started once the transaction that created the row has
committed; the thread closes its own database connections when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from django.db import connections, transaction

Arg = TypeVar("Arg")


def start_after_commit(name: str, run: Callable[[Arg], object], arg: Arg) -> None:
    """Run ``run(arg)`` in a daemon thread named ``name`` after the current commit."""

    def body() -> None:
        try:
            run(arg)
        finally:
            connections.close_all()  # this thread's connections (they are per thread)

    def launch() -> None:
        threading.Thread(target=body, name=name, daemon=True).start()

    transaction.on_commit(launch)
