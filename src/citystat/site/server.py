"""The production web servers: gunicorn worker processes on Linux, waitress on Windows.

Both serve ``citystat.site.wsgi.application``, whose TrustedProxyMiddleware decides which
proxy headers to believe, so neither server is asked to interpret them.
"""

from __future__ import annotations

import os
from typing import Any

SERVERS = ("gunicorn", "waitress")
IDENT = "citystat"


def default_server() -> str:
    """gunicorn where it runs (it needs fork), waitress on Windows."""
    return "waitress" if os.name == "nt" else "gunicorn"


def serve_waitress(host: str, port: int, threads: int) -> None:
    """One process, ``threads`` threads (Windows; and the single-process mode of bench/load.py)."""
    from waitress import serve as serve_wsgi

    from citystat.site.wsgi import application

    serve_wsgi(
        application,
        host=host,
        port=port,
        threads=threads,
        ident=IDENT,
        # the proxy headers reach the app, which believes them only from TRUSTED_PROXIES
        clear_untrusted_proxy_headers=False,
    )


def gunicorn_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "proc_name": IDENT,
        # X-Forwarded-* are the app's business (citystat.site.proxy), not gunicorn's
        "secure_scheme_headers": {},
        "forwarded_allow_ips": "",
        "timeout": 120,  # a year-end report or a large import may take a while
        "graceful_timeout": 30,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "warning",
    }


def serve_gunicorn(host: str, port: int, workers: int, threads: int) -> None:
    """``workers`` processes of ``threads`` threads each; blocks until stopped (SIGTERM)."""
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    # migrate and collectstatic ran in this process; a connection must not be shared by
    # the forked workers, each opens its own.
    connections.close_all()
    options = gunicorn_options(host, port, workers, threads)

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            from citystat.site.wsgi import application

            return application

    Server().run()
