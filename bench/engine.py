"""Benchmark of the batch derivation at national scale (issue 3).

Synthetic data: 2,844 county-level units (300 prefecture cities, which are not
ranked, and 2,544 counties) × 100 indicators × 24 months ≈ 6.8 million
observations. Three implementations derive the same figures (single months,
同比, shares of the parent region, pulls and contributions, ranks, target
gaps):

- the engine, :func:`citystat.stats.batch.derive`, timed in a child process so
  that its peak RSS is its own (input + engine), apart from the peers;
- a naive row-by-row / groupby-apply peer, on a 1/50 sample of units (X is the
  ratio of throughputs);
- a careful vectorised pandas peer (sort, groupby shift/rank, merges), on the
  full data (Y is the ratio of times).

Run ``python bench/engine.py`` (``--quick`` for a small smoke run). The last
line reads ``engine: N observations in T s (R obs/s), peak RSS M MiB,
speed-up vs naive X×, vs pandas Y×``.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from dataclasses import dataclass

import numpy as np
import pandas as pd

from citystat.stats import round_half_up
from citystat.stats.batch import derive
from citystat.stats.vectorised import half_up_units

CITIES = 300  # of the 2,844 units, the rest are counties under them


@dataclass
class Dataset:
    observations: pd.DataFrame
    catalogue: pd.DataFrame
    regions: pd.DataFrame
    targets: pd.DataFrame


def _catalogue(n_indicators: int) -> pd.DataFrame:
    codes = [f"I{i:03d}" for i in range(n_indicators)]
    kind = np.array([_kind(i, n_indicators) for i in range(n_indicators)])
    parent = [
        codes[(i // 10) * 10] if kind[i] == "flow" and 1 <= i % 10 <= 3 else None
        for i in range(n_indicators)
    ]
    return pd.DataFrame(
        {
            "indicator": codes,
            "cumulative": kind != "stock",
            "additive": kind != "stock",
            "higher_is_better": [not (k == "stock" and i % 2) for i, k in enumerate(kind)],
            "growth_method": np.where(kind == "real", "reported", "computed"),
            "decimals": np.where(kind == "stock", 1, 0),
            "growth_decimals": 1,
            "parent": parent,
            "progress_basis": "months",
        }
    )


def _kind(i: int, n: int) -> str:
    if i < int(n * 0.7):
        return "flow"  # YTD, nominal: growth computed from levels
    if i < int(n * 0.85):
        return "real"  # YTD, growth reported at comparable prices
    return "stock"  # point-in-time rate or stock


def generate(n_units: int, n_indicators: int, n_years: int, seed: int = 20260101) -> Dataset:
    """A deterministic national-scale dataset in the engine's input contract."""
    rng = np.random.default_rng(seed)
    n_cities = min(CITIES, max(1, n_units // 10))
    units = [f"C{i:04d}" for i in range(n_cities)] + [
        f"X{i:05d}" for i in range(n_units - n_cities)
    ]
    parents = [None] * n_cities + [f"C{i % n_cities:04d}" for i in range(n_units - n_cities)]
    regions = pd.DataFrame(
        {
            "region": units,
            "parent": parents,
            "rankable": [False] * n_cities + [True] * (n_units - n_cities),
        }
    )
    catalogue = _catalogue(n_indicators)
    months = n_years * 12
    # Single-month flows, lognormal around a unit-specific scale, accumulated within each year.
    scale = rng.lognormal(3.0, 1.0, size=(n_indicators, n_units, 1))
    trend = 1.0 + 0.06 * np.arange(months)[None, None, :] / 12
    single = scale * trend * rng.lognormal(0.0, 0.15, size=(n_indicators, n_units, months))
    cube = np.cumsum(single.reshape(n_indicators, n_units, n_years, 12), axis=3).reshape(
        n_indicators, n_units, months
    )
    del single
    # A city is the sum of its counties (plus its own 市直 units).
    county_city = np.arange(n_units - n_cities) % n_cities
    for c in range(n_cities):
        cube[:, c, :] += cube[:, n_cities:, :][:, county_city == c, :].sum(axis=1)
    kinds = np.array([_kind(i, n_indicators) for i in range(n_indicators)])
    # Each tenth flow is a total: its components (the next three) plus a remainder.
    for total in range(0, n_indicators, 10):
        parts = [i for i in range(total + 1, total + 4) if i < n_indicators and kinds[i] == "flow"]
        if kinds[total] == "flow" and parts:
            cube[total] = cube[parts].sum(axis=0) + 0.3 * cube[total]
    stock = kinds == "stock"
    cube[stock] = rng.normal(5.0, 1.0, size=(int(stock.sum()), n_units, months)).round(1)
    value = cube.reshape(-1)
    del cube
    growth = np.full(value.shape, np.nan)
    real = np.repeat(kinds == "real", n_units * months)
    base = np.roll(value, 12)
    month_idx = np.tile(np.arange(months), n_indicators * n_units)
    has_base = month_idx >= 12
    sel = real & has_base
    growth[sel] = (value[sel] / base[sel] - 1) * 100 + rng.normal(0, 0.5, size=int(sel.sum()))
    n = value.shape[0]
    observations = pd.DataFrame(
        {
            "indicator": pd.Categorical.from_codes(
                np.repeat(np.arange(n_indicators), n_units * months),
                categories=catalogue["indicator"],
            ),
            "region": pd.Categorical.from_codes(
                np.tile(np.repeat(np.arange(n_units), months), n_indicators), categories=units
            ),
            "year": (2024 + month_idx // 12).astype(np.int64),
            "month": (month_idx % 12 + 1).astype(np.int64),
            "value": value,
            "growth_reported": growth,
        }
    )
    assert len(observations) == n
    flows = np.flatnonzero(~stock)
    t_ind = np.repeat(flows, n_units * n_years)
    t_reg = np.tile(np.repeat(np.arange(n_units), n_years), flows.shape[0])
    t_year = np.tile(np.arange(n_years), flows.shape[0] * n_units)
    annual = value.reshape(n_indicators, n_units, months)[t_ind, t_reg, t_year * 12 + 11]
    targets = pd.DataFrame(
        {
            "indicator": pd.Categorical.from_codes(t_ind, categories=catalogue["indicator"]),
            "region": pd.Categorical.from_codes(t_reg, categories=units),
            "year": 2024 + t_year,
            "target_value": annual * rng.uniform(0.9, 1.15, size=t_ind.shape[0]),
            "target_growth": rng.uniform(4.0, 9.0, size=t_ind.shape[0]).round(1),
        }
    )
    return Dataset(observations, catalogue, regions, targets)


# --- the naive peer: row by row, the way an analyst's first script does it -------------


def naive(data: Dataset) -> pd.DataFrame:
    """Row-by-row / groupby-apply derivation of the same figures (no vectorisation)."""
    obs = data.observations.astype({"indicator": str, "region": str})
    cat = data.catalogue.set_index("indicator").to_dict("index")
    regions = data.regions.set_index("region").to_dict("index")
    targets = {
        (t.indicator, t.region, t.year): (t.target_value, t.target_growth)
        for t in data.targets.astype({"indicator": str, "region": str}).itertuples()
    }
    values = {(r.indicator, r.region, r.year, r.month): r.value for r in obs.itertuples()}

    def per_row(r: pd.Series) -> tuple[float, ...]:
        info = cat[r.indicator]
        base = values.get((r.indicator, r.region, r.year - 1, r.month))
        prev = 0.0 if r.month == 1 else values.get((r.indicator, r.region, r.year, r.month - 1))
        monthly = r.value - prev if info["cumulative"] and prev is not None else np.nan
        if not np.isnan(r.growth_reported):
            growth = r.growth_reported
        elif info["growth_method"] == "computed" and base is not None and base > 0:
            growth = (r.value / base - 1) * 100
        else:
            growth = np.nan
        pull = np.nan
        if isinstance(info["parent"], str):
            parent_base = values.get((info["parent"], r.region, r.year - 1, r.month))
            if base is not None and parent_base and parent_base > 0:
                pull = base / parent_base * growth
        share = np.nan
        parent_region = regions[r.region]["parent"]
        if info["additive"] and isinstance(parent_region, str):
            total = values.get((r.indicator, parent_region, r.year, r.month))
            if total and total > 0:
                share = r.value / total * 100
        target_value, target_growth = targets.get((r.indicator, r.region, r.year), (np.nan, np.nan))
        completion = r.value / target_value * 100 if target_value and target_value > 0 else np.nan
        progress = r.month / 12 * 100 if info["cumulative"] else np.nan
        return (
            monthly,
            np.nan if base is None else base,
            growth,
            pull,
            share,
            completion,
            completion - progress,
            growth - target_growth,
        )

    columns = [
        "monthly_value",
        "base_value",
        "growth",
        "pull",
        "share_of_region_parent",
        "completion",
        "progress_gap",
        "growth_gap",
    ]
    derived = obs.apply(per_row, axis=1, result_type="expand")
    derived.columns = columns
    out = pd.concat([obs, derived], axis=1)
    out["parent_region"] = out["region"].map(lambda code: regions[code]["parent"])
    out["rankable"] = out["region"].map(lambda code: regions[code]["rankable"])
    ranked = out[out.rankable].copy()

    def shown(r: pd.Series) -> float:
        info = cat[r.indicator]
        if info["cumulative"]:
            figure, decimals = r.growth, info["growth_decimals"]
        else:
            figure, decimals = r.value, info["decimals"]
        return round_half_up(figure, decimals) * (-1 if info["higher_is_better"] else 1)

    ranked["shown"] = ranked.apply(shown, axis=1)
    ranked["rank"] = ranked.groupby(["indicator", "parent_region", "year", "month"])[
        "shown"
    ].transform(lambda s: s.rank(method="min"))
    out["rank"] = ranked["rank"]
    return out


def sample(data: Dataset, fraction: int) -> Dataset:
    """Every ``fraction``-th city with all its counties: siblings stay together."""
    regions = data.regions
    cities = regions.loc[regions.parent.isna(), "region"].iloc[::fraction]
    keep = regions.region.isin(cities) | regions.parent.isin(cities)
    kept = set(regions.loc[keep, "region"])
    obs = data.observations[data.observations.region.isin(kept)].reset_index(drop=True)
    targets = data.targets[data.targets.region.isin(kept)].reset_index(drop=True)
    return Dataset(obs, data.catalogue, regions[keep].reset_index(drop=True), targets)


# --- the careful pandas peer: sort, then groupby shift/diff/rank and merges --------------


def careful_pandas(data: Dataset) -> pd.DataFrame:
    """A careful vectorised pandas implementation of the same figures.

    Integer keys instead of strings, one sort, groupby shift for last year and
    last month, index lookups for parents, groupby rank for league tables.
    """
    cat = data.catalogue.set_index("indicator")
    regions = data.regions.set_index("region")
    obs = data.observations
    n_reg = len(regions)
    ind = cat.index.get_indexer(obs["indicator"].cat.categories)[obs["indicator"].cat.codes]
    reg = regions.index.get_indexer(obs["region"].cat.categories)[obs["region"].cat.codes]
    year0 = int(obs["year"].min())
    n_periods = (int(obs["year"].max()) - year0 + 1) * 12
    df = pd.DataFrame(
        {
            "sid": ind.astype(np.int64) * n_reg + reg,
            "year": obs["year"].to_numpy(),
            "month": obs["month"].to_numpy(),
            "value": obs["value"].to_numpy(),
            "growth_reported": obs["growth_reported"].to_numpy(),
        }
    ).sort_values(["sid", "year", "month"], ignore_index=True)
    sid, year, month = df["sid"].to_numpy(), df["year"].to_numpy(), df["month"].to_numpy()
    ind, reg = sid // n_reg, sid % n_reg
    period = (year - year0) * 12 + month - 1
    key = sid * n_periods + period
    cumulative = cat["cumulative"].to_numpy(dtype=bool)[ind]
    # Same month last year and previous month: groupby shift on sorted data.
    same_month = df.groupby(sid * 12 + month - 1, sort=False)
    base = same_month["value"].shift(1).where(same_month["year"].diff() == 1)
    same_year = df.groupby(sid * 1000 + (year - year0), sort=False)
    prev = same_year["value"].shift(1).where(same_year["month"].diff() == 1)
    prev = prev.where(month != 1, 0.0)
    df["monthly_value"] = (df["value"] - prev).where(cumulative)
    df["base_value"] = base
    computed = (cat["growth_method"] == "computed").to_numpy()[ind]
    derived = (df["value"] / base.where(base > 0) - 1) * 100
    df["growth"] = df["growth_reported"].fillna(derived.where(computed))
    # Pulls: component base over the parent indicator's base (index lookup by key).
    parent_ind = cat.index.get_indexer(cat["parent"].fillna(""))[ind]
    base_by_key = pd.Series(base.to_numpy(), index=key)
    parent_key = np.where(parent_ind >= 0, (parent_ind * n_reg + reg) * n_periods + period, -1)
    parent_base = base_by_key.reindex(parent_key).to_numpy()
    df["pull"] = base / np.where(parent_base > 0, parent_base, np.nan) * df["growth"]
    # Share of the parent region.
    parent_reg = regions.index.get_indexer(regions["parent"].fillna(""))[reg]
    value_by_key = pd.Series(df["value"].to_numpy(), index=key)
    region_key = np.where(parent_reg >= 0, (ind * n_reg + parent_reg) * n_periods + period, -1)
    parent_value = value_by_key.reindex(region_key).to_numpy()
    additive = cat["additive"].to_numpy(dtype=bool)[ind]
    share = df["value"] / np.where(parent_value > 0, parent_value, np.nan) * 100
    df["share_of_region_parent"] = share.where(additive)
    # Ranks among rankable siblings: growth for flows, level for stocks, half up at the
    # published decimal (pandas' round is half-even), by polarity.
    on_value = ~cumulative
    figure = np.where(on_value, df["value"].to_numpy(), df["growth"].to_numpy())
    decimals = np.where(
        on_value, cat["decimals"].to_numpy()[ind], cat["growth_decimals"].to_numpy()[ind]
    )
    better = np.where(cat["higher_is_better"].to_numpy(dtype=bool)[ind], -1.0, 1.0)
    shown = pd.Series(half_up_units(figure, decimals.astype(np.int64)) * better)
    rankable = regions["rankable"].to_numpy(dtype=bool)[reg]
    block = (ind * (n_reg + 1) + parent_reg + 1) * n_periods + period
    df["rank"] = shown.where(rankable).groupby(block, sort=False).rank(method="min")
    # Targets, completion, gaps and lights.
    targets = data.targets
    t_ind = cat.index.get_indexer(targets["indicator"].astype(str))
    t_reg = regions.index.get_indexer(targets["region"].astype(str))
    t_key = (t_ind * n_reg + t_reg) * 1000 + targets["year"].to_numpy() - year0
    row_key = sid * 1000 + year - year0
    target_value = pd.Series(targets["target_value"].to_numpy(), index=t_key).reindex(row_key)
    target_growth = pd.Series(targets["target_growth"].to_numpy(), index=t_key).reindex(row_key)
    tv = target_value.to_numpy()
    df["completion"] = df["value"] / np.where(tv > 0, tv, np.nan) * 100
    df["progress_gap"] = df["completion"] - np.where(cumulative, month / 12 * 100, np.nan)
    df["growth_gap"] = df["growth"] - target_growth.to_numpy()
    gap = df["progress_gap"].fillna(df["growth_gap"]).round(1)
    df["light"] = np.select([gap >= 0, gap < -30], ["green", "red"], "yellow")
    df.loc[gap.isna(), "light"] = None
    df["indicator"] = pd.Categorical.from_codes(ind, categories=cat.index)
    df["region"] = pd.Categorical.from_codes(reg, categories=regions.index)
    return df


# --- driver ---------------------------------------------------------------------------


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn, *args, repeat: int = 1):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        del result
        start = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - start)
    return result, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="small smoke run (284 units × 20 indicators)"
    )
    parser.add_argument("--units", type=int, default=2844)
    parser.add_argument("--indicators", type=int, default=100)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--naive-fraction", type=int, default=50)
    parser.add_argument(
        "--repeat", type=int, default=3, help="engine and pandas runs; the best counts"
    )
    args = parser.parse_args()
    if args.quick:
        args.units, args.indicators, args.naive_fraction = 284, 20, 10

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} before the run", flush=True)
    start = time.perf_counter()
    data = generate(args.units, args.indicators, args.years)
    n = len(data.observations)
    print(
        f"data: {n:,} observations ({args.units:,} units × {args.indicators} indicators × "
        f"{args.years * 12} months) generated in {time.perf_counter() - start:.1f} s",
        flush=True,
    )

    def engine(d: Dataset) -> pd.DataFrame:
        return derive(d.observations, d.catalogue, d.regions, d.targets)

    engine_out, engine_times = _timed(engine, data, repeat=args.repeat)
    engine_peak = _peak_mib()  # before any peer runs: the engine's own peak (with its input)
    t_engine = min(engine_times)
    print(
        "engine runs: "
        + ", ".join(f"{t:.2f} s" for t in engine_times)
        + f" (first run includes first-touch page faults); peak RSS {engine_peak:,.0f} MiB",
        flush=True,
    )

    small = sample(data, args.naive_fraction)
    naive_out, naive_times = _timed(naive, small)
    _check(
        "naive",
        derive(small.observations, small.catalogue, small.regions, small.targets),
        naive_out,
    )
    del naive_out
    naive_rate = len(small.observations) / naive_times[0]
    print(
        f"naive: {len(small.observations):,} observations (1/{args.naive_fraction} sample) in "
        f"{naive_times[0]:.1f} s ({naive_rate:,.0f} obs/s)",
        flush=True,
    )

    pandas_out, pandas_times = _timed(careful_pandas, data, repeat=max(1, args.repeat - 1))
    t_pandas = min(pandas_times)
    print(
        "pandas: " + ", ".join(f"{t:.2f} s" for t in pandas_times) + f" for {n:,} observations",
        flush=True,
    )
    _check("pandas", engine_out, pandas_out)
    del pandas_out

    rate = n / t_engine
    print(
        f"engine: {n:,} observations in {t_engine:.2f} s ({rate:,.0f} obs/s), "
        f"peak RSS {engine_peak:,.0f} MiB, speed-up vs naive {rate / naive_rate:,.0f}×, "
        f"vs pandas {t_pandas / t_engine:.1f}×"
    )


def _check(peer: str, engine_out: pd.DataFrame, pandas_out: pd.DataFrame) -> None:
    """The peers must compute the same figures, or the comparison means nothing."""
    keys = ["indicator", "region", "year", "month"]
    ours = engine_out.set_index(keys).sort_index()
    theirs = pandas_out.astype({"indicator": str, "region": str}).set_index(keys).sort_index()
    ours.index = ours.index.set_levels([lvl.astype(str) for lvl in ours.index.levels])
    checked = 0
    for column in (
        "monthly_value",
        "base_value",
        "growth",
        "pull",
        "share_of_region_parent",
        "completion",
        "rank",
    ):
        a = ours[column].to_numpy(dtype=float, na_value=np.nan)
        b = theirs[column].to_numpy(dtype=float, na_value=np.nan)
        if not np.allclose(a, b, equal_nan=True, rtol=1e-9, atol=1e-9):
            raise SystemExit(f"check failed: {peer} peer disagrees on {column}")
        checked += int((~np.isnan(a)).sum())
    print(f"check: {peer} peer agrees with the engine on {checked:,} figures", flush=True)


if __name__ == "__main__":
    main()
