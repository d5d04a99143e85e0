"""Benchmark of the derived-figure rebuild: the whole table vs the scope of one change.

For each dataset it times, in the dataset's own ``CITYSTAT_HOME`` (SQLite):

1. the full rebuild, ``observations.actions.recompute_derived()`` (what every approval and
   target change ran before the incremental rebuild);
2. one approval: a county's figure of the indicator with the most components, latest
   month, corrected (back to review) and approved; the scoped rebuild alone
   (``recompute_for_observations`` after approving without it, with the rows it
   rewrote) and the whole ``approve_observations`` call, which also re-checks follow-ups
   through the ``observations_approved`` signal;
3. one target change: the scoped rebuild alone (``recompute_for_target`` after
   ``set_target(recompute=False)``) and the whole ``set_target`` call.

Incremental figures are medians of ``--repeat`` runs (each with a different value).
Everything runs in one transaction that is rolled back, so a kept home stays as it was.

Datasets:

- ``demo``: the demo (19 regions, 58 indicators, 24 months, 16,538 observations);
- ``province``: the province-scale home of ``bench/web.py`` (its generator, reused:
  ``--units`` 120 county-level units × ``--indicators`` 100 × 36 months ≈ 436,000
  observations).

Run ``python bench/recompute.py`` (both), ``--dataset demo`` or ``--dataset province``;
``--province-home DIR`` reuses or keeps the generated province home (generating it takes
several minutes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web import _env, province_home  # bench/ is not a package: the sibling script, by path


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure(*, load_demo: bool, repeat: int, full_runs: int) -> None:
    """Print the figures for the database of ``$CITYSTAT_HOME`` (run in a child process)."""
    from citystat.djangosetup import setup_and_migrate

    setup_and_migrate()
    from django.db import transaction
    from django.db.models import Count

    from citystat.demo.load import demo_is_loaded
    from citystat.demo.load import load_demo as load
    from citystat.indicators.models import Indicator
    from citystat.observations.actions import (
        approve_observations,
        recompute_derived,
        recompute_for_observations,
        recompute_for_target,
        record_observation,
    )
    from citystat.observations.models import DerivedFigure, Observation, Status
    from citystat.targets.actions import set_target
    from citystat.targets.models import Target

    if load_demo and not demo_is_loaded():
        load()
    n_obs = Observation.objects.filter(status=Status.APPROVED).count()
    print(f"  {n_obs:,} approved observations, {DerivedFigure.objects.count():,} derived rows")
    with transaction.atomic():
        full = [_timed(recompute_derived) for _ in range(full_runs)]
        full_s, n_full = statistics.median(t for t, _ in full), full[0][1]
        print(f"  full rebuild                          {full_s:8.3f} s  {n_full:>9,} rows")

        parent = (
            Indicator.objects.annotate(n=Count("components")).order_by("-n", "sort_order").first()
        )
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
        scoped, whole, rows = [], [], 0

        def correct(k: int) -> Observation:
            return record_observation(
                indicator=obs.indicator,
                region=obs.region,
                year=obs.year,
                month=obs.month,
                value=obs.value * (Decimal("1.01") + Decimal(k) / 1000),
                growth_reported=obs.growth_reported,
                reason="基准测试",
            )

        for k in range(repeat):
            # The rebuild alone: approve without it, then rebuild the scope.
            changed = correct(2 * k)
            approve_observations([changed], user=None, recompute=False)
            t, rows = _timed(partial(recompute_for_observations, [changed]))
            scoped.append(t)
            # The whole approval: the rebuild and the follow-up re-check (signal).
            t, _ = _timed(partial(approve_observations, [correct(2 * k + 1)], user=None))
            whole.append(t)
        what = f"{obs.indicator.code} {obs.region.code} {obs.year}-{obs.month:02d}"
        print(f"  one approval ({what}, {parent.components.count()} components)")
        _line("scoped rebuild", statistics.median(scoped), rows, full_s)
        _line("approve_observations (+ follow-ups)", statistics.median(whole), None, full_s)

        target = (
            Target.objects.filter(is_current=True)
            .select_related("indicator", "region")
            .order_by("-year", "indicator__sort_order", "region__code")
            .first()
        )
        assert target is not None
        scoped, whole = [], []

        def retarget(k: int, *, recompute: bool) -> Callable[[], object]:
            step = Decimal(k + 1) / 10
            value, growth = target.target_value, target.target_growth
            return partial(
                set_target,
                indicator=target.indicator,
                region=target.region,
                year=target.year,
                target_value=None if value is None else value + step,
                target_growth=None if growth is None else growth + step,
                reason="基准测试",
                recompute=recompute,
            )

        for k in range(repeat):
            retarget(2 * k, recompute=False)()
            t, rows = _timed(
                partial(recompute_for_target, indicator_id=target.indicator_id, year=target.year)
            )
            scoped.append(t)
            t, _ = _timed(retarget(2 * k + 1, recompute=True))
            whole.append(t)
        what = f"{target.indicator.code} {target.region.code} {target.year}"
        print(f"  one target change ({what})")
        _line("scoped rebuild", statistics.median(scoped), rows, full_s)
        _line("set_target", statistics.median(whole), None, full_s)
        transaction.set_rollback(True)
    sys.stdout.flush()


def _line(label: str, seconds: float, rows: object, full_s: float) -> None:
    count = f"{rows:>9,} rows" if isinstance(rows, int) else " " * 14
    print(f"    {label:<35} {seconds:8.3f} s {count}  {full_s / seconds:6.0f}× faster than full")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=["demo", "province", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=5, help="runs per incremental figure")
    parser.add_argument("--full-runs", type=int, default=1, help="runs of the full rebuild")
    parser.add_argument("--units", type=int, default=120)
    parser.add_argument("--indicators", type=int, default=100)
    parser.add_argument("--province-home", type=Path, help="reuse or keep the generated home")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--load-demo", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        os.environ["CITYSTAT_HOME"] = str(args.measure)
        measure(load_demo=args.load_demo, repeat=args.repeat, full_runs=args.full_runs)
        return

    def child(home: Path, *extra: str) -> None:
        common = ["--repeat", str(args.repeat), "--full-runs", str(args.full_runs)]
        subprocess.run(
            [sys.executable, __file__, "--measure", str(home), *common, *extra],
            env=_env(home),
            check=True,
        )

    if args.dataset in ("demo", "both"):
        print("demo", flush=True)
        with tempfile.TemporaryDirectory(prefix="citystat-bench-recompute-") as tmp:
            child(Path(tmp), "--load-demo")
    if args.dataset in ("province", "both"):
        home = province_home(args.province_home, args.units, args.indicators)
        print(
            f"province scale ({args.units} units × {args.indicators} indicators × 36 months)",
            flush=True,
        )
        child(home)


if __name__ == "__main__":
    main()
