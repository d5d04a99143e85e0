"""Benchmark: generate one quarterly report (the demo city, 2023-Q3) end to end (issue 6).

Each run gathers the data from the database, builds the document, checks every
sentence and renders one format, timed with ``time.perf_counter`` (resolution
printed). The first run in a process also pays for importing matplotlib and
parsing the CJK fonts; it is reported separately as the cold run. Goal: < 10 s.

Run ``python bench/report.py`` (uses $CITYSTAT_HOME; loads the demo into an empty
database). The last line reads ``report: quarterly 2023-Q3 docx A s, pdf B s, html C s
(warm median of N; cold D s; goal < 10 s)``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--period", default="2023-Q3")
    parser.add_argument("--region", help="region code (default: the demo city)")
    args = parser.parse_args()

    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    from citystat.demo.load import database_is_empty, load_demo
    from citystat.demo.regions import CITY

    region = args.region or CITY.code

    if database_is_empty():
        load_demo()
    from citystat.reports.generate import generate

    out = Path(tempfile.mkdtemp(prefix="citystat-bench-"))
    resolution = time.get_clock_info("perf_counter").resolution
    t0 = time.perf_counter()
    generate("quarterly", region, args.period, "pdf", out / "cold.pdf")
    cold = time.perf_counter() - t0
    results: dict[str, float] = {}
    for fmt in ("docx", "pdf", "html"):
        times = []
        for k in range(args.runs):
            t = time.perf_counter()
            result = generate("quarterly", region, args.period, fmt, out / f"r{k}.{fmt}")
            times.append(time.perf_counter() - t)
        results[fmt] = statistics.median(times)
        print(
            f"  {fmt}: {', '.join(f'{x:.2f}' for x in times)} s ({result.checked_figures} figures checked)"
        )
    print(f"  timer resolution {resolution:.1e} s")
    print(
        f"report: quarterly {args.period} docx {results['docx']:.2f} s, pdf {results['pdf']:.2f} s, "
        f"html {results['html']:.2f} s (warm median of {args.runs}; cold {cold:.2f} s; goal < 10 s)"
    )


if __name__ == "__main__":
    main()
