"""Benchmark of a file import (issue 4): 14 counties × 60 indicators, one month.

Loads the demo into a throw-away SQLite home, adds two monthly indicators so
the catalogue has 60, writes one long-layout .xlsx (地区 / 指标代码 / 计量单位 / 本期值 /
同比增长) for December (every frequency is due then), and times the whole pipeline —
store, parse, harmonise, validate, load — as ``citystat import`` runs it. The goal is
under 2 s. Timer: ``time.perf_counter`` (sub-microsecond resolution).

Run ``python bench/intake.py``. The last line reads
``intake: 840 rows (14 counties × 60 indicators) imported in T s ...``.
"""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time


def main() -> None:
    home = tempfile.mkdtemp(prefix="citystat-bench-intake-")
    os.environ["CITYSTAT_HOME"] = home
    os.environ.pop("DATABASE_URL", None)
    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    import openpyxl

    from citystat.demo.load import load_demo
    from citystat.indicators.actions import upsert_indicator
    from citystat.indicators.models import Dimension, Indicator
    from citystat.intake import pipeline
    from citystat.observations.models import Observation
    from citystat.regions.models import Region

    load_demo()
    dim = Dimension.objects.get(code="market")
    for code, name in (("bench_a", "基准测试指标甲"), ("bench_b", "基准测试指标乙")):
        upsert_indicator(code=code, name=name, unit="亿元", dimension=dim, kind="flow")
    indicators = list(Indicator.objects.all())
    counties = [r for r in Region.objects.filter(level="county") if r.is_county]
    assert (len(counties), len(indicators)) == (14, 60), (len(counties), len(indicators))
    base = {
        (i, r, y): v
        for i, r, y, v in Observation.objects.filter(month=12).values_list(
            "indicator__code", "region__code", "year", "value"
        )
    }

    def workbook(year: int) -> bytes:
        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        ws.append([f"各县(市、区)主要指标({year}年1-12月)"])
        ws.append(["地区", "指标代码", "计量单位", "本期值", "同比增长(%)"])
        for r in counties:
            for ind in indicators:
                prior = base.get((ind.code, r.code, year - 1)) or 1
                ws.append([r.name, ind.code, ind.unit, float(prior), 0.0])
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    timings = []
    for year in (2024, 2025):
        data = workbook(year)
        start = time.perf_counter()
        outcome = pipeline.run(
            data,
            filename=f"bench-{year}.xlsx",
            user=None,
            channel="cli",
            explanation="benchmark",
        )
        elapsed = time.perf_counter() - start
        assert outcome.accepted, [p.line() for p in outcome.errors][:5]
        assert outcome.written == 840, outcome.written
        timings.append(elapsed)
        print(
            f"  {year}-12: {elapsed:.3f} s, {len(outcome.warnings)} warnings, {outcome.written} written"
        )
        for (i, r, y), v in list(base.items()):
            if y == year - 1:
                base[(i, r, year)] = v
    start = time.perf_counter()
    pipeline.run(workbook(2025), filename="again.xlsx", user=None, channel="cli", dry_run=True)
    dry = time.perf_counter() - start
    print(
        f"intake: 840 rows (14 counties × 60 indicators) imported in {statistics.median(timings):.3f} s "
        f"(median of {len(timings)}; dry run of an unchanged file {dry:.3f} s; "
        f"timer perf_counter, resolution {time.get_clock_info('perf_counter').resolution:.0e} s; goal < 2 s)"
    )


if __name__ == "__main__":
    main()
