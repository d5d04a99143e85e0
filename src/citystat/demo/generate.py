"""Builds the synthetic Xinzhou series, deterministically, around the published anchors.

Pure: no Django. ``build()`` returns plain records that ``demo.load`` writes through the
apps' actions. Consistency rules the tests pin:

* additive indicators: the city value is exactly the sum of its parts (counties plus the
  units that belong to no county) for every period;
* year-to-date cumulative values never fall within a year;
* for nominal (computed-growth) indicators, 2023 reported growth is the growth of the
  levels, rounded half-up to one decimal;
* every published anchor appears exactly, with its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from citystat.demo import catalogue as cat
from citystat.demo.published import ANCHORS, Anchor, source_url
from citystat.demo.regions import CITY, COUNTIES
from citystat.observations.synthetic import PART_LABELS, part_note

SEED = 140900
YEARS = (2022, 2023)
CITY_CODE = CITY.code
COUNTY_CODES = tuple(c.code for c in COUNTIES)

PROFILES: dict[str, tuple[float, ...]] = {
    "even": (0.070, 0.070, 0.083, 0.080, 0.083, 0.085, 0.083, 0.083, 0.085, 0.088, 0.088, 0.102),
    "fai": (0.02, 0.03, 0.065, 0.08, 0.09, 0.105, 0.09, 0.09, 0.10, 0.105, 0.105, 0.12),
    "fiscal": (0.11, 0.07, 0.085, 0.095, 0.08, 0.085, 0.085, 0.07, 0.08, 0.085, 0.07, 0.08),
    "tourism": (0.07, 0.08, 0.05, 0.07, 0.09, 0.08, 0.11, 0.12, 0.09, 0.13, 0.06, 0.05),
    "afforestation": (0.0, 0.0, 0.10, 0.26, 0.20, 0.05, 0.02, 0.02, 0.08, 0.18, 0.08, 0.01),
    "agri": (0.03, 0.03, 0.04, 0.05, 0.06, 0.09, 0.10, 0.12, 0.16, 0.17, 0.10, 0.05),
    "lumpy": (0.03, 0.04, 0.12, 0.05, 0.06, 0.14, 0.05, 0.06, 0.15, 0.06, 0.08, 0.16),
}
PM25_SEASON = (1.55, 1.35, 1.05, 0.85, 0.75, 0.65, 0.60, 0.62, 0.70, 0.90, 1.20, 1.55)
# 2019 urbanisation rates published for some counties; the rest are synthetic.
URBAN_RATE = {
    "140902": 67.35,
    "140981": 56.47,
    "140930": 53.33,
    "140925": 52.82,
    "140929": 52.02,
    "140928": 51.22,
    "140932": 50.88,
    "140922": 42.94,
    "140921": 46.16,
    "140923": 45.0,
    "140924": 44.0,
    "140926": 41.0,
    "140927": 47.0,
    "140931": 52.0,
}
# 2019 year-end population (万人), used as relative weights for the county split.
POP_2019 = {
    "140902": 56.73,
    "140921": 22.54,
    "140922": 30.72,
    "140923": 22.10,
    "140924": 27.72,
    "140925": 16.61,
    "140926": 16.19,
    "140927": 10.93,
    "140928": 11.14,
    "140929": 8.71,
    "140930": 15.00,
    "140931": 16.59,
    "140932": 11.59,
    "140981": 50.71,
}
SECTIONS = {
    "140902": 1,
    "140921": 1,
    "140922": 1,
    "140923": 1,
    "140924": 1,
    "140925": 1,
    "140926": 1,
    "140981": 1,
    "140930": 2,
    "140931": 1,
    "140932": 2,
    "140929": 1,
}


@dataclass(frozen=True)
class Record:
    indicator: str
    region: str
    year: int
    month: int
    value: Decimal | None
    growth: Decimal | None
    is_synthetic: bool
    source_url: str = ""
    note: str = ""


@dataclass(frozen=True)
class TargetRecord:
    indicator: str
    region: str
    year: int
    target_value: Decimal | None
    target_growth: Decimal | None


# year → region code → month → cumulative level
Paths = dict[int, dict[str, dict[int, Decimal]]]


def q(x: float | Decimal, decimals: int) -> Decimal:
    """Half-up on the decimal value (methodology §11)."""
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def split_total(total: Decimal, weights: dict[str, float], decimals: int) -> dict[str, Decimal]:
    """Split ``total`` by weights into values on the decimal grid that add up exactly."""
    step = Decimal(1).scaleb(-decimals)
    units = int((total / step).to_integral_value(rounding=ROUND_HALF_UP))
    wsum = sum(weights.values())
    raw = {k: units * w / wsum for k, w in weights.items()}
    floors = {k: int(np.floor(v)) for k, v in raw.items()}
    remainder = units - sum(floors.values())
    for k in sorted(raw, key=lambda k: (raw[k] - floors[k], k), reverse=True)[:remainder]:
        floors[k] += 1
    return {k: Decimal(v) * step for k, v in floors.items()}


class Builder:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.records: dict[tuple[str, str, int, int], Record] = {}
        self.targets: list[TargetRecord] = []
        self.anchors = {(a.indicator, a.region, a.year, a.month): a for a in ANCHORS}
        self.levels: dict[tuple[str, str, int], dict[int, Decimal]] = {}

    # ---- helpers -------------------------------------------------------------------
    def months(self, spec: cat.Spec) -> list[int]:
        if spec.frequency == "annual":
            return [12]
        if spec.frequency == "quarterly":
            return [3, 6, 9, 12]
        if spec.cumulative and spec.combined_jan_feb:
            return list(range(2, 13))
        return list(range(1, 13))

    def parts(self, spec: cat.Spec) -> dict[str, float]:
        if spec.parts == "tourism":
            base = dict(cat.TOURISM_WEIGHTS)
        elif spec.parts == "listed":
            base = {}
        elif spec.code.startswith("fiscal") or spec.code == "tax_revenue":
            base = dict(cat.FISCAL_WEIGHTS)
        else:
            base = dict(cat.ECONOMY_WEIGHTS)
        base.update(spec.region_weights)
        return {k: v for k, v in base.items() if v > 0}

    def anchor(self, code: str, region: str, year: int, month: int) -> Anchor | None:
        return self.anchors.get((code, region, year, month))

    def emit(
        self,
        spec: cat.Spec,
        region: str,
        year: int,
        month: int,
        value: Decimal | None,
        growth: Decimal | None,
    ) -> None:
        a = self.anchor(spec.code, region, year, month)
        synthetic = True
        url = note = ""
        if a is not None:
            if a.value is not None:
                value = Decimal(str(a.value))
            if a.growth is not None:
                growth = Decimal(str(a.growth))
            synthetic, url = False, source_url(a.source)
            published = "、".join(
                PART_LABELS[part]
                for part, v in (("value", a.value), ("growth", a.growth))
                if v is not None
            )
            other = (
                "growth"
                if a.value is not None and growth is not None and a.growth is None
                else (
                    "value"
                    if a.growth is not None and value is not None and a.value is None
                    else ""
                )
            )
            note = (
                f"{published}:{a.source}"
                + (f";{a.note}" if a.note else "")
                + (f";{part_note(other)}" if other else "")
            )
        self.records[(spec.code, region, year, month)] = Record(
            spec.code, region, year, month, value, growth, synthetic, url, note
        )
        self.levels.setdefault((spec.code, region, year), {})[month] = (
            value if value is not None else Decimal(0)
        )

    def split_with_anchors(
        self, spec: cat.Spec, year: int, total: Decimal, weights: dict[str, float]
    ) -> dict[str, Decimal]:
        fixed = {
            r: Decimal(str(a.value))
            for r in weights
            if (a := self.anchor(spec.code, r, year, 12)) and a.value is not None
        }
        free = {r: w for r, w in weights.items() if r not in fixed}
        # Published figures may carry more decimals than the indicator; split on the finer grid
        # so that the parts still add up exactly.
        decimals = max([spec.decimals, *(-int(v.as_tuple().exponent) for v in fixed.values())])
        out = split_total(total - sum(fixed.values(), Decimal(0)), free, decimals)
        return {**out, **fixed}

    def cumulative_path(
        self, spec: cat.Spec, annual: Decimal, jitter: float = 0.08
    ) -> dict[int, Decimal]:
        w = np.array(PROFILES[spec.profile if spec.profile in PROFILES else "even"])
        w = np.clip(w * (1 + self.rng.normal(0, jitter, 12)), 0, None)
        f = np.cumsum(w) / w.sum()
        return {
            m: (q(float(annual) * f[m - 1], spec.decimals) if m < 12 else annual)
            for m in range(1, 13)
        }

    # ---- indicator kinds ---------------------------------------------------------------
    def additive_flow(self, spec: cat.Spec) -> None:
        weights = self.parts(spec)
        noise = {r: w * float(np.exp(self.rng.normal(0, 0.15))) for r, w in weights.items()}
        city22 = q(spec.city_2022, spec.decimals)
        a = self.anchor(spec.code, CITY_CODE, 2022, 12)
        if a and a.value is not None:
            city22 = Decimal(str(a.value))
        t22 = self.split_with_anchors(spec, 2022, city22, noise)
        unit_growth = {r: spec.growth_2023 + float(self.rng.normal(0, spec.spread)) for r in t22}
        price = 1 + spec.price_2023 / 100
        t23_raw = {r: float(v) * (1 + unit_growth[r] / 100) * price for r, v in t22.items()}
        a23 = self.anchor(spec.code, CITY_CODE, 2023, 12)
        city23 = (
            Decimal(str(a23.value))
            if a23 and a23.value is not None
            else q(sum(t23_raw.values()), spec.decimals)
        )
        t23 = self.split_with_anchors(spec, 2023, city23, t23_raw)
        paths = {
            2022: {r: self.cumulative_path(spec, v) for r, v in t22.items()},
            2023: {r: self.cumulative_path(spec, v) for r, v in t23.items()},
        }
        months = self.months(spec)
        for year in YEARS:
            growth_by_month = self.comparable_growth(spec, year, paths, unit_growth, months)
            for m in months:
                city_value = sum((paths[year][r][m] for r in paths[year]), Decimal(0))
                for r in paths[year]:
                    self.emit(
                        spec,
                        r,
                        year,
                        m,
                        paths[year][r][m],
                        self.growth_for(spec, year, m, r, paths, growth_by_month),
                    )
                self.emit(
                    spec,
                    CITY_CODE,
                    year,
                    m,
                    city_value,
                    self.growth_for(spec, year, m, CITY_CODE, paths, growth_by_month),
                )

    def comparable_growth(
        self,
        spec: cat.Spec,
        year: int,
        paths: Paths,
        unit_growth: dict[str, float],
        months: list[int],
    ) -> dict[tuple[str, int], Decimal]:
        """Unit growth per month for reported (comparable-price) indicators; city = base-weighted."""
        if spec.growth_method != "reported":
            return {}
        centre = spec.growth_2022 if year == 2022 else None
        out: dict[tuple[str, int], Decimal] = {}
        for m in months:
            base = paths[2022] if year == 2023 else None
            g = {
                r: (
                    centre + float(self.rng.normal(0, spec.spread / 2))
                    if centre is not None
                    else unit_growth[r] + float(self.rng.normal(0, 1.0))
                )
                for r in paths[year]
            }
            if base is not None:
                total = sum(float(base[r][m]) for r in base)
                weights = {r: float(base[r][m]) / total for r in base}
            else:
                total = sum(float(paths[year][r][m]) for r in paths[year])
                weights = {r: float(paths[year][r][m]) / total for r in paths[year]}
            city = sum(weights[r] * g[r] for r in g)
            a = self.anchor(spec.code, CITY_CODE, year, m)
            if a and a.growth is not None:
                shift = a.growth - city
                g = {r: v + shift for r, v in g.items()}
                city = a.growth
            for r, v in g.items():
                out[(r, m)] = q(v, 1)
            out[(CITY_CODE, m)] = q(city, 1)
        return out

    def growth_for(
        self,
        spec: cat.Spec,
        year: int,
        m: int,
        region: str,
        paths: Paths,
        comparable: dict[tuple[str, int], Decimal],
    ) -> Decimal | None:
        if spec.growth_method == "reported":
            return comparable.get((region, m))
        if year == 2023:
            now = self.level_of(paths, 2023, region, m)
            base = self.level_of(paths, 2022, region, m)
            return q((now / base - 1) * 100, 1) if base > 0 else None
        return q(spec.growth_2022 + float(self.rng.normal(0, spec.spread / 3)), 1)

    @staticmethod
    def level_of(paths: Paths, year: int, region: str, m: int) -> Decimal:
        if region == CITY_CODE:
            return sum((paths[year][r][m] for r in paths[year]), Decimal(0))
        return paths[year][region][m]

    def additive_stock(self, spec: cat.Spec) -> None:
        weights = self.parts(spec) if spec.parts != "population" else dict(POP_2019)
        noise = {r: w * float(np.exp(self.rng.normal(0, 0.1))) for r, w in weights.items()}
        end22 = self.split_with_anchors(spec, 2022, q(spec.city_2022, spec.decimals), noise)
        g23 = {r: spec.growth_2023 + float(self.rng.normal(0, spec.spread)) for r in end22}
        a23 = self.anchor(spec.code, CITY_CODE, 2023, 12)
        raw23 = {r: float(v) * (1 + g23[r] / 100) for r, v in end22.items()}
        total23 = (
            Decimal(str(a23.value))
            if a23 and a23.value is not None
            else q(sum(raw23.values()), spec.decimals)
        )
        end23 = self.split_with_anchors(spec, 2023, total23, raw23)
        start22 = {
            r: float(v) / (1 + (spec.growth_2022 + float(self.rng.normal(0, spec.spread))) / 100)
            for r, v in end22.items()
        }
        for year in YEARS:
            for m in self.months(spec):
                lo = start22 if year == 2022 else {r: float(v) for r, v in end22.items()}
                hi = end22 if year == 2022 else end23
                values = {
                    r: (
                        hi[r]
                        if m == 12
                        else q(lo[r] + (float(hi[r]) - lo[r]) * m / 12, spec.decimals)
                    )
                    for r in hi
                }
                for r, v in values.items():
                    self.emit(spec, r, year, m, v, None)
                self.emit(spec, CITY_CODE, year, m, sum(values.values(), Decimal(0)), None)
        if spec.code == "population":
            self.population = {
                y: {r: self.levels[(spec.code, r, y)][12] for r in COUNTY_CODES} for y in YEARS
            }

    def urban_population(self, spec: cat.Spec) -> None:
        for year in YEARS:
            pop = self.population[year]
            total = Decimal(str(self.anchor(spec.code, CITY_CODE, year, 12).value))  # type: ignore[union-attr]
            dx = self.anchor("urbanisation", "140921", year, 12)
            fixed: dict[str, Decimal] = {}
            if dx is not None:
                fixed["140921"] = q(float(pop["140921"]) * (dx.value or 0) / 100, 4)
            drift = 0 if year == 2022 else 1.1
            weights = {
                r: float(pop[r]) * (URBAN_RATE[r] + drift) for r in COUNTY_CODES if r not in fixed
            }
            values = {**split_total(total - sum(fixed.values(), Decimal(0)), weights, 4), **fixed}
            for r, v in values.items():
                self.emit(spec, r, year, 12, v, None)
                rate = self.by_code("urbanisation")
                self.emit(rate, r, year, 12, q(float(v) / float(pop[r]) * 100, 2), None)
            self.emit(spec, CITY_CODE, year, 12, total, None)
            city_pop = sum(pop.values(), Decimal(0))
            self.emit(
                self.by_code("urbanisation"),
                CITY_CODE,
                year,
                12,
                q(float(total) / float(city_pop) * 100, 2),
                None,
            )

    def per_capita_income(self, spec: cat.Spec) -> None:
        factor = {
            r: 0.78 + 0.5 * (URBAN_RATE[r] - 40) / 30 + float(self.rng.normal(0, 0.04))
            for r in COUNTY_CODES
        }
        fractions = {3: 0.265, 6: 0.52, 9: 0.765, 12: 1.0}
        levels: dict[int, dict[str, float]] = {2022: {}, 2023: {}}
        for r in COUNTY_CODES:
            a = self.anchor(spec.code, r, 2022, 12)
            levels[2022][r] = a.value if a and a.value is not None else spec.city_2022 * factor[r]
            levels[2023][r] = levels[2022][r] * (
                1 + (spec.growth_2023 + float(self.rng.normal(0, spec.spread))) / 100
            )
        for year in YEARS:
            pop = {r: float(v) for r, v in self.population[year].items()}
            for m, f in fractions.items():
                vals = {r: q(levels[year][r] * (f if m < 12 else 1.0), 0) for r in COUNTY_CODES}
                vals[CITY_CODE] = q(
                    sum(float(vals[r]) * pop[r] for r in COUNTY_CODES) / sum(pop.values()), 0
                )
                for r, v in vals.items():
                    if year == 2023:
                        prev = self.levels[(spec.code, r, 2022)][m]
                        growth = q((v / prev - 1) * 100, 1)
                    else:
                        growth = q(spec.growth_2022 + float(self.rng.normal(0, spec.spread)), 1)
                    self.emit(spec, r, year, m, v, growth)

    def city_rate(self, spec: cat.Spec) -> None:
        for year in YEARS:
            for m in self.months(spec):
                v = (
                    spec.city_2022
                    + float(self.rng.normal(0, 0.15))
                    - (0.3 if year == 2023 else 0.0)
                )
                self.emit(spec, CITY_CODE, year, m, q(v, spec.decimals), None)

    def air(self, spec: cat.Spec) -> None:
        level = {r: spec.city_2022 * float(np.exp(self.rng.normal(0, 0.12))) for r in COUNTY_CODES}
        for year in YEARS:
            pop = {r: float(v) for r, v in self.population[year].items()}
            change = 1.0 if year == 2022 else (1 + spec.growth_2023 / 100)
            monthly = {
                r: [
                    level[r]
                    * change
                    * (PM25_SEASON[i] if spec.code == "pm25" else 1.0)
                    * float(np.exp(self.rng.normal(0, 0.06)))
                    for i in range(12)
                ]
                for r in COUNTY_CODES
            }
            for m in self.months(spec):
                vals = {}
                for r in COUNTY_CODES:
                    ytd = float(np.mean(monthly[r][:m]))
                    if spec.code == "good_air_days":
                        ytd = min(ytd + (1.5 if year == 2023 else 0.0), 99.0)
                    vals[r] = q(ytd, spec.decimals)
                vals[CITY_CODE] = q(
                    sum(float(vals[r]) * pop[r] for r in COUNTY_CODES) / sum(pop.values()),
                    spec.decimals,
                )
                for r, v in vals.items():
                    self.emit(spec, r, year, m, v, None)

    def sections(self) -> None:
        count, ratio = self.by_code("water_good_sections"), self.by_code("water_good_ratio")
        lagging = {2022: ["140930", "140924"], 2023: ["140932"]}
        for year in YEARS:
            for m in self.months(count):
                bad = (
                    set(lagging[year][: (1 if m in (1, 2, 12) else 2)])
                    if not (year == 2023 and m >= 5)
                    else set()
                )
                good = {r: n - (1 if r in bad else 0) for r, n in SECTIONS.items()}
                for r, n in SECTIONS.items():
                    self.emit(count, r, year, m, Decimal(good[r]), None)
                    self.emit(ratio, r, year, m, q(good[r] / n * 100, 1), None)
                total_good = sum(good.values())
                self.emit(count, CITY_CODE, year, m, Decimal(total_good), None)
                self.emit(
                    ratio, CITY_CODE, year, m, q(total_good / sum(SECTIONS.values()) * 100, 1), None
                )

    def annual_rate(self, spec: cat.Spec) -> None:
        level = {r: spec.city_2022 * float(np.exp(self.rng.normal(0, 0.35))) for r in COUNTY_CODES}
        for year in YEARS:
            bump = 1.0 if year == 2022 else 1.07
            for r in COUNTY_CODES:
                self.emit(spec, r, year, 12, q(level[r] * bump, 2), None)
            self.emit(spec, CITY_CODE, year, 12, q(spec.city_2022 * bump, 2), None)

    def by_code(self, code: str) -> cat.Spec:
        return cat.BY_CODE[code]

    # ---- targets -----------------------------------------------------------------------
    def build_targets(self) -> None:
        for spec in cat.CATALOGUE:
            if spec.target_2023 is None:
                continue
            regions = {r for (code, r, y) in self.levels if code == spec.code and y == 2022}
            for r in sorted(regions):
                if spec.target_kind == "growth":
                    g = (
                        spec.target_2023
                        if r == CITY_CODE
                        else spec.target_2023 + float(self.rng.normal(0, 0.8))
                    )
                    self.targets.append(TargetRecord(spec.code, r, 2023, None, q(g, 1)))
                else:
                    last = float(self.levels[(spec.code, r, 2022)][12])
                    city_last = float(self.levels[(spec.code, CITY_CODE, 2022)][12])
                    ratio = spec.target_2023 / city_last if city_last else 1.0
                    value = (
                        spec.target_2023
                        if r == CITY_CODE
                        else last * ratio * float(np.exp(self.rng.normal(0, 0.03)))
                    )
                    self.targets.append(
                        TargetRecord(spec.code, r, 2023, q(value, spec.decimals), None)
                    )

    def build(self) -> tuple[list[Record], list[TargetRecord]]:
        pop_spec = self.by_code("population")
        self.additive_stock(pop_spec)
        self.urban_population(self.by_code("urban_population"))
        for spec in cat.CATALOGUE:
            if spec.code in {
                "population",
                "urban_population",
                "urbanisation",
                "water_good_sections",
                "water_good_ratio",
            }:
                continue
            if spec.code in {"income", "income_urban", "income_rural"}:
                self.per_capita_income(spec)
            elif spec.parts == "city_only":
                self.city_rate(spec)
            elif spec.code in {"pm25", "good_air_days"}:
                self.air(spec)
            elif spec.code == "rd_intensity":
                self.annual_rate(spec)
            elif spec.cumulative and spec.additive:
                self.additive_flow(spec)
            else:
                self.additive_stock(spec)
        self.sections()
        self.compose_gdp()
        for whole in self.COMPOSITIONS:
            self.compose(whole)
        self.fit_subset("tax_revenue", "fiscal_revenue", per_year=True)
        self.fit_whole("power_capacity", "ne_capacity")
        self.build_targets()
        return list(self.records.values()), self.targets

    # ---- GDP as the sum of its three industries ---------------------------------------
    GDP_PARTS = ("gdp_primary", "gdp_secondary", "gdp_tertiary")

    def compose_gdp(self) -> None:
        """Make each unit's three industries add up to its GDP, and GDP growth their weighted sum.

        The industries are first generated like any flow (keeping the random stream of the
        other indicators unchanged); here they are replaced by a split of each unit's GDP
        by an industrial structure of its own, so that 拉动 and 贡献率 of the industries
        add up to GDP growth (methodology §3).
        """
        rng = np.random.default_rng(SEED + 1)
        gdp = self.by_code("gdp")
        units = sorted({r for (code, r, _y, _m) in self.records if code == "gdp"} - {CITY_CODE})
        months = self.months(gdp)
        structure = {}
        for r in units:
            primary = (
                0.012
                if r == "140971"
                else (0.062 if r == "140902" else float(rng.uniform(0.07, 0.17)))
            )
            coal = cat.COAL_WEIGHTS.get(r, 1.0)
            secondary = (
                0.299
                if r == "140902"
                else min(0.78, 0.32 + coal / 40 + float(rng.uniform(-0.04, 0.04)))
            )
            structure[r] = (primary, secondary)
        growth = {
            (code, r, y): spec.growth_2022 if y == 2022 else spec.growth_2023
            for code in self.GDP_PARTS
            for spec in [self.by_code(code)]
            for r in units
            for y in YEARS
        }
        for key in growth:
            growth[key] += float(rng.normal(0, self.by_code(key[0]).spread))
        for year in YEARS:
            for m in months:
                totals: dict[str, Decimal] = {code: Decimal(0) for code in self.GDP_PARTS}
                for r in units:
                    level = self.records[("gdp", r, year, m)].value or Decimal(0)
                    s1, s2 = structure[r]
                    drift = 1.0 if year == 2022 else 0.985
                    p = q(float(level) * s1 * (0.7 if m <= 6 else 1.0) * drift, 2)
                    sec = q(float(level) * s2, 2)
                    values = dict(zip(self.GDP_PARTS, (p, sec, level - p - sec), strict=True))
                    for code, v in values.items():
                        g = q(growth[(code, r, year)] + float(rng.normal(0, 0.4)), 1)
                        self.replace(code, r, year, m, v, g)
                        totals[code] += v
                    self.replace("gdp", r, year, m, level, self.weighted_growth(r, year, m))
                for code, v in totals.items():
                    self.replace(
                        code, CITY_CODE, year, m, v, self.city_growth(code, units, year, m)
                    )
                self.replace(
                    "gdp",
                    CITY_CODE,
                    year,
                    m,
                    self.records[("gdp", CITY_CODE, year, m)].value,
                    self.weighted_growth(CITY_CODE, year, m),
                )

    def replace(
        self,
        code: str,
        region: str,
        year: int,
        month: int,
        value: Decimal | None,
        growth: Decimal | None,
    ) -> None:
        old = self.records.get((code, region, year, month))
        if old is None:
            self.records[(code, region, year, month)] = Record(
                code, region, year, month, value, growth, True
            )
        else:
            if not old.is_synthetic and old.value is not None:
                value = old.value  # a published level stays as published
            self.records[(code, region, year, month)] = Record(
                code, region, year, month, value, growth, old.is_synthetic, old.source_url, old.note
            )
        self.levels.setdefault((code, region, year), {})[month] = (
            value if value is not None else Decimal(0)
        )

    def base_weights(
        self,
        codes: tuple[str, ...] | list[str],
        region_of: dict[str, str],
        year: int,
        m: int,
        key: str,
    ) -> dict[str, float]:
        """Base-period weights: last year's same-period values (this year's in the first year)."""
        base_year = year - 1 if year > YEARS[0] else year
        values = {
            c: float(
                self.records[(key if key != "*" else c, region_of[c], base_year, m)].value or 0
            )
            for c in codes
        }
        total = sum(values.values())
        return {c: v / total for c, v in values.items()} if total else dict.fromkeys(codes, 0.0)

    # ---- every other composition and 其中 item ----------------------------------------
    COMPOSITIONS = ("ind_va", "trade", "retail", "fai")

    def compose(self, whole: str) -> None:
        """Make the parts add up to the whole in every unit and period (methodology §3).

        The whole keeps its generated levels and growth (its county split adds up to the
        city already). Each unit's parts become shares of its whole, held for the year so
        that year-to-date parts never fall; the city's parts are the sums of the units'.
        Nominal growth of a part is then the growth of its levels; comparable-price growth
        of the parts is shifted so that, weighted by base-period shares, it gives the whole's
        growth: 拉动 over the parts add up to the whole's growth and 贡献率 to 100%.
        """
        spec = self.by_code(whole)
        parts = tuple(s.code for s in cat.CATALOGUE if s.parent == whole)
        decimals = max(self.by_code(p).decimals for p in parts)
        keys = sorted(k for k in self.records if k[0] == whole)
        units = sorted({k[1] for k in keys} - {CITY_CODE})
        for key in [k for k in self.records if k[0] in parts and k[1] not in units]:
            if key[1] != CITY_CODE:
                del self.records[key]  # a part where its whole is not reported
        city_share = self.shares(parts, CITY_CODE, YEARS[0])
        for year in YEARS:
            city: dict[tuple[str, int], Decimal] = {}
            for r in units:
                share = self.shares(parts, r, year) or city_share
                for _w, _r, y, m in (k for k in keys if k[1] == r and k[2] == year):
                    level = self.records[(whole, r, y, m)].value or Decimal(0)
                    values = {p: q(float(level) * share[p], decimals) for p in parts}
                    largest = max(parts, key=lambda p: share[p])
                    values[largest] = level - sum(
                        (v for p, v in values.items() if p != largest), Decimal(0)
                    )
                    for p, v in values.items():
                        old = self.records.get((p, r, y, m))
                        self.replace(p, r, y, m, v, old.growth if old else None)
                        city[(p, m)] = city.get((p, m), Decimal(0)) + v
            for (p, m), v in city.items():
                old = self.records.get((p, CITY_CODE, year, m))
                self.replace(p, CITY_CODE, year, m, v, old.growth if old else None)
        for _w, r, year, m in keys:
            for p in parts:
                rec = self.records[(p, r, year, m)]
                if spec.growth_method == "computed" and year > YEARS[0]:
                    base = self.records[(p, r, year - 1, m)].value or Decimal(0)
                    growth = q(((rec.value or Decimal(0)) / base - 1) * 100, 1) if base else None
                    self.replace(p, r, year, m, rec.value, growth)
            if spec.growth_method == "reported":
                self.align_growth(whole, parts, r, year, m)

    def shares(self, parts: tuple[str, ...], region: str, year: int) -> dict[str, float]:
        """Each part's share of the year's last generated figures (none when absent)."""
        last = {
            p: float(rec.value or 0)
            for p in parts
            if (rec := self.records.get((p, region, year, 12))) is not None
        }
        total = sum(last.values())
        if len(last) != len(parts) or total <= 0:
            return {}
        return {p: v / total for p, v in last.items()}

    def align_growth(
        self, whole: str, parts: tuple[str, ...], region: str, year: int, m: int
    ) -> None:
        """Shift the parts' comparable-price growth so that their base-weighted sum is the whole's."""
        target = self.records[(whole, region, year, m)].growth
        if target is None:
            return
        w = self.base_weights(list(parts), dict.fromkeys(parts, region), year, m, "*")
        growth = {p: float(self.records[(p, region, year, m)].growth or 0) for p in parts}
        shift = float(target) - sum(w[p] * growth[p] for p in parts)
        for p in parts:
            rec = self.records[(p, region, year, m)]
            self.replace(p, region, year, m, rec.value, q(growth[p] + shift, 1))

    def fit_subset(self, item: str, whole: str, *, per_year: bool) -> None:
        """Keep a 其中 item inside its whole: each unit's item is a share of its whole.

        The share is the generated one, capped at 92%; ``per_year`` holds it for the year so
        that a year-to-date item never falls while its whole rises. The city is the sum.
        """
        spec = self.by_code(item)
        units = sorted({k[1] for k in self.records if k[0] == item} - {CITY_CODE})
        periods = sorted({(k[2], k[3]) for k in self.records if k[0] == item})
        for year, m in periods:
            total = Decimal(0)
            for r in units:
                own, of = (
                    self.records.get((item, r, year, m)),
                    self.records.get((whole, r, year, m)),
                )
                if own is None or of is None or own.value is None or not of.value:
                    continue
                ref = self.records.get((item, r, year, 12)) if per_year else own
                ref_whole = self.records.get((whole, r, year, 12)) if per_year else of
                share = float(ref.value or 0) / float(ref_whole.value or 1)  # type: ignore[union-attr]
                value = q(float(of.value) * min(max(share, 0.05), 0.92), spec.decimals)
                self.replace(item, r, year, m, value, own.growth)
                total += value
            city = self.records[(item, CITY_CODE, year, m)]
            self.replace(item, CITY_CODE, year, m, total, city.growth)
        if spec.growth_method == "computed":
            for year, m in periods:
                if year == YEARS[0]:
                    continue
                for r in [*units, CITY_CODE]:
                    now = self.records.get((item, r, year, m))
                    before = self.records.get((item, r, year - 1, m))
                    if now is None or before is None or not before.value or now.value is None:
                        continue
                    if now.growth is None:
                        continue
                    growth = q((now.value / before.value - 1) * 100, 1)
                    self.replace(item, r, year, m, now.value, growth)

    def fit_whole(self, whole: str, item: str) -> None:
        """Raise a stock where its 其中 item outgrew it (新能源装机 突破千万千瓦 stays)."""
        spec = self.by_code(whole)
        periods = sorted({(k[2], k[3]) for k in self.records if k[0] == whole})
        units = sorted({k[1] for k in self.records if k[0] == whole} - {CITY_CODE})
        for year, m in periods:
            total = Decimal(0)
            for r in units:
                own, sub = self.records[(whole, r, year, m)], self.records.get((item, r, year, m))
                value = own.value or Decimal(0)
                if sub is not None and sub.value is not None and sub.value > value * Decimal("0.9"):
                    value = q(float(sub.value) / 0.9, spec.decimals)
                self.replace(whole, r, year, m, value, own.growth)
                total += value
            self.replace(whole, CITY_CODE, year, m, total, None)

    def weighted_growth(
        self, region: str, year: int, m: int, parts: list[str] | None = None
    ) -> Decimal:
        codes = list(parts if parts is not None else self.GDP_PARTS)
        w = self.base_weights(codes, dict.fromkeys(codes, region), year, m, "*")
        g = sum(w[c] * float(self.records[(c, region, year, m)].growth or 0) for c in codes)
        return q(g, 1)

    def city_growth(self, code: str, units: list[str], year: int, m: int) -> Decimal:
        w = self.base_weights(units, {u: u for u in units}, year, m, code)
        return q(sum(w[u] * float(self.records[(code, u, year, m)].growth or 0) for u in units), 1)


def build() -> tuple[list[Record], list[TargetRecord]]:
    """All demo observations and 2023 targets, the same on every run."""
    return Builder().build()
