"""Reads for the dashboard pages: a fixed number of queries each, over stored derived figures.

Every page reads ``DerivedFigure`` (the statistics engine's stored output) and never
computes statistics per request; composite scores come from :mod:`.scores`, cached.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.db import connection
from django.db.models import Q

from citystat.dashboard.figures import FIELDS as FIG_FIELDS
from citystat.dashboard.figures import Fig, SqlParam, latest_by_key, latest_sql, marks, read
from citystat.dashboard.periods import (
    Period,
    available_periods,
    choose_period,
    data_version,
    latest_months,
    missing_period,
    neighbours,
)
from citystat.dashboard.scores import Scores, county_scores
from citystat.dashboard.summary import CitySummary
from citystat.dashboard.summary import load as load_summary
from citystat.indicators.models import Dimension, Indicator
from citystat.observations import summaries
from citystat.observations.models import DerivedFigure, Observation, period_label
from citystat.observations.synthetic import marked_synthetic, synthetic_exists
from citystat.projects.models import Project, ProjectPlan, ProjectProgress
from citystat.regions.comparison import province_lines
from citystat.regions.models import Region
from citystat.stats.evaluation import TOTAL
from citystat.stats.ranking import reported_wording, reporting_status
from citystat.stats.rounding import display, round_or_none
from citystat.stats.vectorised import round_half_up_array

ALERT_LIMIT = 40
# Light codes in the stored summaries (``observations.summaries.LIGHTS``).
RED, YELLOW = summaries.LIGHTS.index("red"), summaries.LIGHTS.index("yellow")
# With more county-level units than this, the home table shows the best and worst ones.
UNIT_TABLE_LIMIT = 40
UNIT_EXTREMES = 10
# League tables show this many rows per page.
LEAGUE_PAGE = 50


@dataclass
class Frame:
    """What every page shares: the period, the catalogue and the region tree."""

    version: str
    period: Period
    periods: list[Period]
    previous: Period | None
    next: Period | None
    indicators: list[Indicator]
    dimensions: list[Dimension]
    city: Region
    units: list[Region]  # the city's county-level units, in display order
    has_synthetic: bool
    asked: Period | None = None  # a month asked for that has no approved data

    @property
    def city_pending(self) -> bool:
        """Counties of this month are approved, the city total is not yet (待审定)."""
        return not self.period.complete

    @property
    def counties(self) -> list[Region]:
        return [r for r in self.units if r.is_county]

    @property
    def regions(self) -> list[Region]:
        return [self.city, *self.units]

    @property
    def region_by_id(self) -> dict[int, Region]:
        return {r.pk: r for r in self.regions}

    @property
    def key_indicators(self) -> list[Indicator]:
        return [i for i in self.indicators if i.is_key]

    def summary(self) -> CitySummary | None:
        """The month's stored summary for the city and its units (None: read the figures)."""
        units = [u.pk for u in self.units]
        return load_summary(self.version, self.city.pk, units, self.period.year, self.period.month)

    def scores(self) -> Scores:
        return county_scores(
            self.version,
            self.period.year,
            self.period.month,
            self.indicators,
            self.counties,
            self.dimensions,
            self.summary(),
        )


def frame(raw_period: str | None) -> Frame | None:
    """Period, catalogue and regions in four queries (periods cached); None without data."""
    version = data_version()
    regions = list(Region.objects.filter(level__in=[Region.Level.CITY, Region.Level.COUNTY]))
    city = min(
        (r for r in regions if r.level == Region.Level.CITY), key=lambda r: r.code, default=None
    )
    if city is None:
        return None
    periods = available_periods(version, city.pk)
    period = choose_period(raw_period, periods)
    if period is None:
        return None
    units = sorted(
        (r for r in regions if r.parent_id == city.pk), key=lambda r: (r.sort_order, r.code)
    )
    previous, nxt = neighbours(period, periods)
    indicators = list(Indicator.objects.select_related("dimension"))
    dimensions = sorted({i.dimension for i in indicators}, key=lambda d: (d.sort_order, d.code))
    has_synthetic = Observation.objects.filter(marked_synthetic(), year=period.year).exists()
    return Frame(
        version,
        period,
        periods,
        previous,
        nxt,
        indicators,
        dimensions,
        city,
        units,
        has_synthetic,
        missing_period(raw_period, periods),
    )


def figure_label(indicator: Indicator, year: int, month: int) -> str:
    if indicator.frequency == Indicator.Frequency.ANNUAL:
        return f"{year}年"
    return period_label(year, month, cumulative=indicator.cumulative)


# ---------------------------------------------------------------- cards and alerts


@dataclass
class Card:
    indicator: Indicator
    fig: Fig | None
    spark: list[float | None] = field(default_factory=list)
    previous: tuple[int, float] | None = None  # (month, 同比) of the previous figure this year
    province_words: str = ""  # 比全省高/低 X 个百分点，居全省N市第X位 (published figures only)
    reported_words: str = ""  # 「已报 N/M」 on a county's card while its rank waits

    @property
    def label(self) -> str:
        return figure_label(self.indicator, self.fig.year, self.fig.month) if self.fig else ""

    @property
    def change_words(self) -> str:
        """增速比1-10月提高0.3个百分点: what changed since the previous figure.

        Judged on the growth rates as displayed, so the words agree with the figures shown.
        """
        if self.fig is None or self.previous is None:
            return ""
        now = round_or_none(self.fig.growth, self.indicator.growth_decimals)
        month, growth = self.previous
        before = round_or_none(growth, self.indicator.growth_decimals)
        if now is None or before is None:
            return ""
        label = figure_label(self.indicator, self.fig.year, month).removeprefix(
            f"{self.fig.year}年"
        )
        diff = round_or_none(now - before, self.indicator.growth_decimals) or 0.0
        if diff == 0:
            return f"增速与{label}持平"
        word = "提高" if diff > 0 else "回落"
        return f"增速比{label}{word}{abs(diff):.{self.indicator.growth_decimals}f}个百分点"

    @property
    def light(self) -> str:
        return self.fig.light if self.fig else ""


@dataclass
class DimensionCards:
    dimension: Dimension
    cards: list[Card]


@dataclass
class Alert:
    region: Region
    indicator: Indicator
    fig: Fig


def _cards(
    f: Frame, region: Region, latest: dict[tuple[int, int], Fig], sparks: list[Fig]
) -> list[DimensionCards]:
    spark: dict[int, dict[int, float | None]] = {}
    for s in sparks:
        spark.setdefault(s.indicator_id, {})[s.month] = s.growth

    def previous(indicator: Indicator, fig: Fig | None) -> tuple[int, float] | None:
        if fig is None:
            return None
        series = spark.get(indicator.pk, {})
        earlier = [(m, g) for m, g in series.items() if m < fig.month and g is not None]
        return max(earlier) if earlier else None

    groups: list[DimensionCards] = []
    for d in f.dimensions:
        cards = []
        for i in f.key_indicators:
            if i.dimension_id != d.pk:
                continue
            fig = latest.get((i.pk, region.pk))
            series = spark.get(i.pk, {})
            cards.append(
                Card(
                    i,
                    fig,
                    [round_or_none(series.get(m), 1) for m in range(1, f.period.month + 1)],
                    previous(i, fig),
                )
            )
        if cards:
            groups.append(DimensionCards(d, cards))
    return groups


def _beside_province(city: Region, cards: list[Card]) -> None:
    """Fill 比全省/居全省第X位 on the city's cards where the province has published."""
    shown = [c for c in cards if c.fig is not None]
    lines = province_lines(
        city.code,
        [
            (
                c.indicator.pk,
                c.fig.year,
                c.fig.month,
                c.fig.growth,
                c.indicator.higher_is_better,
                c.indicator.growth_decimals,
            )
            for c in shown
            if c.fig is not None
        ],
    )
    for c in shown:
        assert c.fig is not None
        line = lines.get((c.indicator.pk, c.fig.year, c.fig.month))
        if line is not None:
            c.province_words = line.words


def _sparks(f: Frame, region: Region) -> list[Fig]:
    return read(
        DerivedFigure.objects.filter(
            region=region,
            year=f.period.year,
            month__lte=f.period.month,
            indicator__in=f.key_indicators,
        )
    )


# ---------------------------------------------------------------- city overview


@dataclass
class OverviewRow:
    region: Region
    cells: list[Fig | None]
    shown: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def texts(self, indicators: list[Indicator]) -> list[tuple[str, str, str, str, str]]:
        """Per indicator: (code, value, signed growth, light, title), formatted once in Python.

        The table has units × key indicators × 2 cells (≈3,000 at province scale); doing
        the formatting here instead of in template filters keeps rendering cheap.
        """
        out = []
        for ind, fig in zip(indicators, self.cells, strict=True):
            if fig is None:
                out.append((ind.code, "—", "—", "", ""))
                continue
            growth = display(fig.growth, ind.growth_decimals)
            if growth != "—" and float(growth) > 0:
                growth = "+" + growth
            source = "推算" if fig.growth_source == "derived" else "报送"
            out.append(
                (
                    ind.code,
                    display(fig.value, ind.decimals),
                    growth,
                    fig.light,
                    f"{source};{fig.month}月",
                )
            )
        return out


@dataclass
class Overview:
    frame: Frame
    groups: list[DimensionCards]
    rows: list[OverviewRow]
    alerts: list[Alert]
    alert_counts: dict[str, int]
    scores: Scores
    latest: dict[tuple[int, int], Fig]
    reporting: dict[int, Reporting] = field(default_factory=dict)
    # Whether any figure of the period has a target (no alert means nothing without one).
    has_targets: bool = False

    @property
    def heads(self) -> list[tuple[Indicator, str]]:
        """The table's indicator columns, each with 「已报 N/M」 while counties are missing."""
        return [(i, r.words if (r := self.reporting.get(i.pk)) else "") for i in self.indicators]

    @property
    def pending(self) -> str:
        return pending_words(self.reporting)

    @property
    def shown_alerts(self) -> list[Alert]:
        return self.alerts[:ALERT_LIMIT]

    @property
    def alert_total(self) -> int:
        return sum(self.alert_counts.values())

    @property
    def table_rows(self) -> list[OverviewRow]:
        """The rows the page's table shows: every unit, or with many units the city and the
        ``UNIT_EXTREMES`` best and worst counties by composite score (the export has all).

        The page then grows with what it shows, not with the number of units.
        """
        if not self.table_is_partial:
            return self.rows
        ranked = [r for r, _ in self.scores.ranked()]
        keep = set(_extremes(self.scores))
        order = {r: n for n, r in enumerate(ranked)}
        city = [row for row in self.rows if row.region.pk == self.frame.city.pk]
        units = sorted(
            (row for row in self.rows if row.region.pk in keep),
            key=lambda row: order[row.region.pk],
        )
        return city + units

    @property
    def extremes(self) -> int:
        return UNIT_EXTREMES

    @property
    def table_is_partial(self) -> bool:
        return len(self.frame.units) > UNIT_TABLE_LIMIT

    @property
    def indicators(self) -> list[Indicator]:
        return self.frame.key_indicators

    def radar(self) -> dict[str, Any]:
        s = self.scores
        per_dim = [
            [v for x in s.by_region.values() if (v := x[d]) is not None] for d in s.dimensions
        ]
        return {
            "dimensions": s.dimensions,
            "series": [
                {"name": "县域平均", "values": [_r(s.average[d]) for d in s.dimensions]},
                {"name": "县域最高", "values": [_r(max(v)) if v else None for v in per_dim]},
                {"name": "县域最低", "values": [_r(min(v)) if v else None for v in per_dim]},
            ],
        }


def _r(x: float | None) -> float | None:
    return round_or_none(x, 1)


def overview(
    raw_period: str | None, *, every_unit: bool = False, alert_limit: int | None = ALERT_LIMIT
) -> Overview | None:
    """The city overview: cards, the city-and-units table, alerts and dimension scores.

    Reads what the page shows, not every unit's figures: the key indicators of the city and
    of the units in the table (every unit up to ``UNIT_TABLE_LIMIT``, else the best and worst
    by composite score), the ``alert_limit`` most severe alerts with the counts by light
    (:func:`alert_summary`) and the counties' reporting as counts (:func:`reporting_summary`).
    ``every_unit`` reads every unit's row (the 大屏's map, the exports); ``alert_limit=None``
    lists every alert (the export).
    """
    f = frame(raw_period)
    if f is None:
        return None
    scores = f.scores()
    shown = f.regions
    if not every_unit and len(f.units) > UNIT_TABLE_LIMIT:
        keep = set(_extremes(scores))
        shown = [r for r in f.regions if r.pk == f.city.pk or r.pk in keep]
    # The shown units' latest key figures, and the city's months of the year (its latest
    # figures and its sparklines). Two queries, each on an index: one with OR reads every
    # figure of the year.
    months = latest_months(f.period.month)
    key = DerivedFigure.objects.filter(year=f.period.year, indicator__is_key=True)
    sparks = read(key.filter(month__lte=f.period.month, region=f.city))
    units = read(key.filter(month__in=months, region__in=[r for r in shown if r != f.city]))
    latest = latest_by_key(x for x in [*sparks, *units] if x.month in months)
    groups = _cards(f, f.city, latest, sparks)
    _beside_province(f.city, [c for g in groups for c in g.cards])
    rows = [OverviewRow(r, [latest.get((i.pk, r.pk)) for i in f.key_indicators]) for r in shown]
    alerts, counts, has_targets = alert_summary(f, alert_limit)
    o = Overview(
        f,
        groups,
        rows,
        alerts,
        counts,
        scores,
        latest,
        reporting_summary(f, f.key_indicators),
        has_targets,
    )
    for row in o.table_rows:
        row.shown = row.texts(f.key_indicators)
    return o


def _extremes(scores: Scores) -> list[int]:
    """Region ids of the ``UNIT_EXTREMES`` best and worst units by composite score."""
    ranked = [r for r, _ in scores.ranked()]
    return [*ranked[:UNIT_EXTREMES], *ranked[-UNIT_EXTREMES:]]


def alert_summary(
    f: Frame, limit: int | None = ALERT_LIMIT
) -> tuple[list[Alert], dict[str, int], bool]:
    """The ``limit`` most severe red and yellow figures of the city and its units (all with
    ``None``), the counts by light and whether any figure has a target.

    From the month's stored summary (:func:`alerts_from_summary`) when there is one and a
    limit, else counted and ordered in the database (:func:`alerts_in_database`).
    """
    s = f.summary() if limit is not None else None
    if s is not None:
        return alerts_from_summary(f, s, limit)
    return alerts_in_database(f, limit)


def alerts_from_summary(
    f: Frame, s: CitySummary, limit: int | None = ALERT_LIMIT
) -> tuple[list[Alert], dict[str, int], bool]:
    """:func:`alert_summary` from the month's summary: the lights, gaps and targets of one
    row per indicator, ordered in Python; then the shown alerts' figures by their keys."""
    regions = f.region_by_id
    ids = np.asarray(list(regions), dtype="int64")
    order = np.zeros(int(ids.max()) + 1, dtype="int64")
    order[[r.pk for r in f.regions]] = np.arange(len(f.regions))  # the city, then the units
    reds = yellows = 0
    targets = False
    lit: list[np.ndarray] = []
    lit_of: list[np.ndarray] = []
    for ind in f.indicators:
        rows = s.rows(ind.pk, ids)
        if not ind.is_key:
            rows = rows[rows["light"] != 0]
        if not len(rows):
            continue
        light = rows["light"]
        reds += int((light == RED).sum())
        yellows += int((light == YELLOW).sum())
        targets = targets or bool(rows["target"].any())
        alerting = rows[(light == RED) | (light == YELLOW)]
        lit.append(alerting)
        lit_of.append(np.full(len(alerting), ind.pk, dtype="int64"))
    found = np.concatenate(lit) if lit else np.empty(0, dtype=summaries.FIGURES)
    found_of = np.concatenate(lit_of) if lit_of else np.empty(0, dtype="int64")
    # Most severe first: red before yellow, the larger gap behind, then the city and the
    # units in display order, then the indicator (as ``alerts_in_database`` orders them).
    gap = np.nan_to_num(found["gap"], nan=0.0)
    first = np.lexsort((found_of, order[found["region"]], gap, found["light"] != RED))
    if limit is not None:
        first = first[:limit]
    shown = [(int(found_of[n]), int(found["region"][n]), int(found["month"][n])) for n in first]
    # Each by its unique key (both databases then look each one up in the key's index).
    keys = Q()
    for ind_id, region_id, month in shown:
        keys |= Q(indicator_id=ind_id, region_id=region_id, year=f.period.year, month=month)
    figs = (
        {}
        if not shown
        else {(x.indicator_id, x.region_id): x for x in read(DerivedFigure.objects.filter(keys))}
    )
    indicators = {i.pk: i for i in f.indicators}
    alerts = [Alert(regions[r], indicators[i], figs[(i, r)]) for i, r, _ in shown]
    return alerts, {"red": reds, "yellow": yellows}, targets


def alerts_in_database(
    f: Frame, limit: int | None = ALERT_LIMIT
) -> tuple[list[Alert], dict[str, int], bool]:
    """:func:`alert_summary` counted and ordered in the database, over every unit's figures.

    The alerts of every unit's latest figure of the key and light-bearing indicators,
    most severe first (red before yellow, then the larger gap behind, then the city and the
    units in display order); one query, whatever the number of units.
    """
    regions = f.region_by_id
    indicators = {i.pk: i for i in f.indicators}
    months = latest_months(f.period.month)
    ids = list(regions)
    r = Region._meta.db_table
    inner, inner_params = latest_sql(
        [(c, f"d.{c}") for c in FIG_FIELDS],
        f"d.year = %s AND d.region_id IN ({marks(ids)}) AND (i.is_key = %s OR d.light <> '')",
        [f.period.year, *ids, True],
        months,
    )
    cols = ", ".join(f"y.{c}" for c in FIG_FIELDS)
    severity = (
        "CASE x.light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END,"
        " COALESCE(x.progress_gap, x.growth_gap, 0.0),"
        " CASE WHEN x.region_id = %s THEN 0 ELSE 1 END, r.sort_order, r.code, x.indicator_id"
    )
    # Counts over every latest figure; the rows are the alerts, most severe first, and at
    # least one row (when there is no alert, a plain one that only carries the counts).
    sql = (
        f"SELECT {cols}, y.reds, y.yellows, y.targets FROM (SELECT x.*,"
        " SUM(CASE WHEN x.light = 'red' THEN 1 ELSE 0 END) OVER () AS reds,"
        " SUM(CASE WHEN x.light = 'yellow' THEN 1 ELSE 0 END) OVER () AS yellows,"
        " SUM(CASE WHEN x.target_value IS NOT NULL OR x.target_growth IS NOT NULL"
        " THEN 1 ELSE 0 END) OVER () AS targets,"
        f" ROW_NUMBER() OVER (ORDER BY {severity}) AS severity"
        f" FROM ({inner}) x JOIN {r} r ON r.id = x.region_id) y"
        " WHERE y.light IN ('red', 'yellow') OR y.severity = 1 ORDER BY y.severity"
    )
    params: list[SqlParam] = [f.city.pk, *inner_params]  # in SQL order
    if limit is not None:
        sql += " LIMIT %s"
        params.append(max(1, limit))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    n = len(FIG_FIELDS)
    alerts = [
        Alert(regions[row[1]], indicators[row[0]], Fig(*row[:n]))
        for row in found
        if row[n - 1] in ("red", "yellow")
    ][: limit if limit is not None else None]
    reds, yellows, targets = (int(x or 0) for x in found[0][n:]) if found else (0, 0, 0)
    return alerts, {"red": reds, "yellow": yellows}, targets > 0


def reporting_summary(f: Frame, indicators: Iterable[Indicator]) -> dict[int, Reporting]:
    """Indicator id → its reporting among the counties: from the month's stored summary
    when there is one (:func:`reporting_from_summary`), else counted in the database
    (:func:`reporting_in_database`)."""
    s = f.summary()
    if s is not None:
        return reporting_from_summary(f, s, indicators)
    return reporting_in_database(f, indicators)


def reporting_from_summary(
    f: Frame, s: CitySummary, indicators: Iterable[Indicator]
) -> dict[int, Reporting]:
    """:func:`reporting_summary` from the month's summary: a row per indicator."""
    counties = np.asarray([c.pk for c in f.counties], dtype="int64")
    out: dict[int, Reporting] = {}
    if not len(counties):
        return out
    for ind in indicators:
        rows = s.rows(ind.pk, counties)
        if not len(rows):
            continue
        field = "growth" if ind.cumulative else "value"
        month = int(rows["month"].max())
        now = rows[rows["month"] == month]
        reported = int((~np.isnan(now[field])).sum())
        seen = s.seen_in(ind.pk, field, counties)
        out[ind.pk] = Reporting(ind, month, reported, max(seen, reported))
    return out


def reporting_in_database(f: Frame, indicators: Iterable[Indicator]) -> dict[int, Reporting]:
    """Indicator id → its reporting among the counties, counted in the database.

    The same as :func:`county_reporting` over every county's latest figures (the month is
    the latest any county has; a county is expected when it has the ranked figure in this
    year or the year before, and reported when it has it in that month), in one query that
    returns a row per indicator whatever the number of counties.
    """
    wanted = {i.pk: i for i in indicators}
    counties = [c.pk for c in f.counties]
    if not wanted or not counties:
        return {}
    year = f.period.year
    months = latest_months(f.period.month)
    d = DerivedFigure._meta.db_table
    i = Indicator._meta.db_table
    ranked = "CASE WHEN i.cumulative = %s THEN d.growth ELSE d.value END IS NOT NULL"
    now = f"d.year = %s AND d.month IN ({marks(months)})"
    per_month = ", ".join(
        f"MAX(CASE WHEN d.year = %s AND d.month = %s AND {ranked} THEN 1 ELSE 0 END) AS at{n}"
        for n in range(len(months))
    )
    # Per (indicator, county) first, then per indicator: hash aggregates, no sort of the
    # two years' rows that COUNT(DISTINCT …) would need.
    sql = (
        "SELECT c.indicator_id, MAX(c.latest), SUM(c.seen),"
        f" {', '.join(f'SUM(c.at{n})' for n in range(len(months)))} FROM ("
        f"SELECT d.indicator_id, MAX(CASE WHEN {now} THEN d.month END) AS latest,"
        f" MAX(CASE WHEN {ranked} THEN 1 ELSE 0 END) AS seen, {per_month}"
        f" FROM {d} d JOIN {i} i ON i.id = d.indicator_id"
        f" WHERE d.indicator_id IN ({marks(wanted)}) AND d.region_id IN ({marks(counties)})"
        " AND d.year IN (%s, %s) GROUP BY d.indicator_id, d.region_id"
        ") c GROUP BY c.indicator_id"
    )
    params: list[SqlParam] = [year, *months, True]
    for m in months:
        params += [year, m, True]
    params += [*wanted, *counties, year - 1, year]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    out: dict[int, Reporting] = {}
    for pk, month, seen, *at in found:
        if month is None:
            continue
        reported = int(at[months.index(month)] or 0)
        out[pk] = Reporting(wanted[pk], month, reported, max(int(seen), reported))
    return {pk: out[pk] for pk in wanted if pk in out}


# ---------------------------------------------------------------- indicator page


@dataclass
class LeagueRow:
    region: Region
    fig: Fig | None


@dataclass
class IndicatorPage:
    frame: Frame
    indicator: Indicator
    region: Region
    fig: Fig | None
    series: dict[str, Any]
    components: list[tuple[Indicator, Fig | None]]
    league: list[LeagueRow]
    others: list[LeagueRow]  # non-county units: listed, never ranked
    parent: Indicator | None
    reporting: Reporting | None = None  # 「已报 N/M」 while ranks wait for every expected county
    page: int = 1  # of the league table, ``LEAGUE_PAGE`` rows each

    @property
    def reported_words(self) -> str:
        return self.reporting.words if self.reporting else ""

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.league) // LEAGUE_PAGE))

    @property
    def league_page(self) -> list[LeagueRow]:
        start = (self.page - 1) * LEAGUE_PAGE
        return self.league[start : start + LEAGUE_PAGE]

    @property
    def others_page(self) -> list[LeagueRow]:
        """Units that are never ranked, listed after the last page of the ranked ones."""
        return self.others if self.page == self.pages else []

    @property
    def label(self) -> str:
        """The period the shown figure covers (a quarterly figure in August is 1–6月)."""
        month = self.fig.month if self.fig else self.frame.period.month
        return figure_label(self.indicator, self.frame.period.year, month)

    @property
    def map_metric(self) -> str:
        return "value" if self.indicator.kind in ("rate", "ratio", "index") else "growth"

    def breakdown_data(self) -> list[dict[str, Any]]:
        return [
            {
                "name": c.name,
                "pull": round_or_none(f.pull, 1) if f else None,
                "contribution": round_or_none(f.contribution, 1) if f else None,
            }
            for c, f in self.components
        ]

    def map_points(self) -> list[dict[str, Any]]:
        ind = self.indicator
        return [
            {
                "name": row.region.name,
                "code": row.region.code,
                "lon": float(row.region.longitude) if row.region.longitude is not None else None,
                "lat": float(row.region.latitude) if row.region.latitude is not None else None,
                "value": round_or_none(row.fig.value, ind.decimals) if row.fig else None,
                "growth": round_or_none(row.fig.growth, ind.growth_decimals) if row.fig else None,
                "completion": (
                    round_or_none(row.fig.completion, 1)
                    if row.fig and row.fig.shows_completion(ind)
                    else None
                ),
                "light": row.fig.light if row.fig else "",
                "note": rank_note(row.fig, self.reporting),
            }
            for row in self.league
        ]


def _league(
    f: Frame, latest: dict[tuple[int, int], Fig], indicator: Indicator
) -> tuple[list[LeagueRow], list[LeagueRow]]:
    rows = [LeagueRow(r, latest.get((indicator.pk, r.pk))) for r in f.units]
    ranked = [r for r in rows if r.region.is_county]
    ranked.sort(key=lambda r: (r.fig.rank if r.fig and r.fig.rank is not None else 10**6))
    others = [r for r in rows if not r.region.is_county and r.fig is not None]
    return ranked, others


def indicator_page(
    code: str, raw_period: str | None, region_code: str | None, page: int = 1
) -> IndicatorPage:
    """Raises Indicator.DoesNotExist / Region.DoesNotExist for unknown codes."""
    f = frame(raw_period)
    if f is None:
        raise DerivedFigure.DoesNotExist
    indicator = next((i for i in f.indicators if i.code == code), None)
    if indicator is None:
        raise Indicator.DoesNotExist(code)
    region = f.city
    if region_code:
        region = next((r for r in f.regions if r.code == region_code), None)  # type: ignore[assignment]
        if region is None:
            raise Region.DoesNotExist(region_code)
    year, month = f.period.year, f.period.month
    components = [i for i in f.indicators if i.parent_id == indicator.pk]
    # The whole a part adds up to, or the whole a 其中 item belongs to (its pull is on it).
    whole = indicator.parent_id or indicator.subset_of_id
    parent = next((i for i in f.indicators if i.pk == whole), None)
    # The series and, in the same query, whether each point rests on 示例数据 (tooltips).
    series_rows = list(
        DerivedFigure.objects.filter(indicator=indicator, region=region, year__in=[year - 1, year])
        .order_by("year", "month")
        .annotate(synthetic=synthetic_exists())
        .values_list(*FIG_FIELDS, "synthetic")
    )
    series_figs = [Fig(*r[:-1]) for r in series_rows]
    synthetic_months = {(r[2], r[3]) for r in series_rows if r[-1]}
    now = read(
        DerivedFigure.objects.filter(
            indicator__in=[indicator, *components],
            year=year,
            month__in=latest_months(month),
            region__in=f.regions,
        )
    )
    latest = latest_by_key(now)
    league, others = _league(f, latest, indicator)
    reporting = county_reporting(f, [indicator], latest).get(indicator.pk)
    return IndicatorPage(
        f,
        indicator,
        region,
        latest.get((indicator.pk, region.pk)),
        _series(indicator, series_figs, year, month, synthetic_months),
        [(c, latest.get((c.pk, region.pk))) for c in components],
        league,
        others,
        parent,
        reporting,
        min(max(1, page), max(1, -(-len(league) // LEAGUE_PAGE))),
    )


@dataclass(frozen=True)
class Reporting:
    """How many of the counties expected to report an indicator have reported its month."""

    indicator: Indicator
    month: int
    reported: int
    expected: int

    @property
    def complete(self) -> bool:
        return self.reported >= self.expected

    @property
    def words(self) -> str:
        """「已报 N/M」 while ranks wait for every expected county; empty once all are in."""
        return reported_wording(self.reported, self.expected)


def county_reporting(
    f: Frame, indicators: Iterable[Indicator], latest: dict[tuple[int, int], Fig]
) -> dict[int, Reporting]:
    """Indicator id → its reporting among the counties, for the latest month any county has
    in ``latest``; one query for all ``indicators``.

    Expected and reported follow the engine's rule (``stats.batch``: a county is expected
    when it has the ranked figure — growth for cumulative indicators, the level otherwise —
    in this year or the year before), counted by :func:`citystat.stats.ranking.reporting_status`.
    Every page that ranks or lights counties reads its 「已报 N/M」 here.
    """
    counties = f.counties
    pending: dict[int, tuple[Indicator, int, dict[str, float | None]]] = {}
    for ind in indicators:
        field = "growth" if ind.cumulative else "value"
        figs = [(c.code, latest.get((ind.pk, c.pk))) for c in counties]
        months = [x.month for _, x in figs if x is not None]
        if not months:
            continue
        month = max(months)
        now = {
            code: getattr(x, field) if x is not None and x.month == month else None
            for code, x in figs
        }
        pending[ind.pk] = (ind, month, now)
    if not pending:
        return {}
    by_growth = [pk for pk, (i, _, _) in pending.items() if i.cumulative]
    by_value = [pk for pk, (i, _, _) in pending.items() if not i.cumulative]
    seen: dict[int, set[str]] = {pk: set() for pk in pending}
    for pk, code in (
        DerivedFigure.objects.filter(
            Q(indicator_id__in=by_growth, growth__isnull=False)
            | Q(indicator_id__in=by_value, value__isnull=False),
            region__in=counties,
            year__in=[f.period.year - 1, f.period.year],
        )
        .values_list("indicator_id", "region__code")
        .distinct()
    ):
        seen[pk].add(code)
    return {
        pk: Reporting(ind, month, *reporting_status(now, seen[pk]))
        for pk, (ind, month, now) in pending.items()
    }


def pending_words(reporting: dict[int, Reporting]) -> str:
    """「地区生产总值已报12/14、…」 for the indicators some expected county has not reported."""
    return "、".join(f"{r.indicator.name}{r.words}" for r in reporting.values() if r.words)


def _series(
    indicator: Indicator,
    figs: list[Fig],
    year: int,
    month: int,
    synthetic_months: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> dict[str, Any]:
    """Chart data: this year up to the month and all of last year, cumulative and single month."""
    d, g = indicator.decimals, indicator.growth_decimals
    this = {f.month: f for f in figs if f.year == year and f.month <= month}
    last = {f.month: f for f in figs if f.year == year - 1}
    months = list(range(1, 13))

    def col(src: dict[int, Fig], attr: str, decimals: int) -> list[float | None]:
        return [
            round_or_none(getattr(src[m], attr), decimals) if m in src else None for m in months
        ]

    target_line: list[float | None] = []
    for m in months:
        fig = this.get(m)
        if fig is None or fig.target_value is None:
            target_line.append(None)
        elif indicator.cumulative and indicator.additive and fig.time_progress is not None:
            # 序时目标: a year-to-date sum should have reached target × elapsed share;
            # an average (PM2.5) or a level has the target itself as its line.
            target_line.append(round_or_none(fig.target_value * fig.time_progress / 100, d))
        else:
            target_line.append(round_or_none(fig.target_value, d))
    growth_target = next(
        (f.target_growth for f in this.values() if f.target_growth is not None), None
    )
    return {
        "months": [f"{m}月" for m in months],
        "year": year,
        "unit": indicator.unit,
        "cumulative": indicator.cumulative and indicator.additive,
        "value": col(this, "value", d),
        "value_last": col(last, "value", d),
        "monthly": col(this, "monthly_value", d),
        "monthly_last": col(last, "monthly_value", d),
        "growth": col(this, "growth", g),
        "monthly_growth": col(this, "monthly_growth", g),
        "target_line": target_line,
        "growth_target": round_or_none(growth_target, g),
        # The chart tooltips say 示例数据 when any point rests on synthetic data.
        "synthetic": any(
            (f.year, f.month) in synthetic_months for f in [*this.values(), *last.values()]
        ),
    }


# ---------------------------------------------------------------- county page


@dataclass
class Lagging:
    indicator: Indicator
    fig: Fig
    reasons: list[str]


@dataclass
class ProjectRow:
    project: Project
    plan: float | None
    done: float | None

    @property
    def completion(self) -> float | None:
        if self.plan in (None, 0) or self.done is None:
            return None
        return self.done / self.plan * 100  # type: ignore[operator]


@dataclass
class CountyPage:
    frame: Frame
    region: Region
    groups: list[DimensionCards]
    scores: Scores
    lagging: list[Lagging]
    projects: list[ProjectRow]
    score_rank: int | None
    reporting: dict[int, Reporting] = field(default_factory=dict)

    @property
    def pending(self) -> str:
        return pending_words(self.reporting)

    @property
    def my_scores(self) -> dict[str, float | None] | None:
        return self.scores.by_region.get(self.region.pk)

    def score_rows(self) -> list[tuple[str, float | None, float | None]]:
        mine = self.my_scores or {}
        return [
            (d, mine.get(d), self.scores.average.get(d)) for d in [*self.scores.dimensions, TOTAL]
        ]

    def radar(self) -> dict[str, Any]:
        s, mine = self.scores, self.my_scores or {}
        return {
            "dimensions": s.dimensions,
            "series": [
                {"name": self.region.name, "values": [_r(mine.get(d)) for d in s.dimensions]},
                {"name": "县域平均", "values": [_r(s.average[d]) for d in s.dimensions]},
            ],
        }


def county_page(code: str, raw_period: str | None) -> CountyPage:
    f = frame(raw_period)
    if f is None:
        raise DerivedFigure.DoesNotExist
    region = next((r for r in f.units if r.code == code), None)
    if region is None:
        raise Region.DoesNotExist(code)
    year, month = f.period.year, f.period.month
    latest = latest_by_key(
        read(DerivedFigure.objects.filter(year=year, month__in=latest_months(month), region=region))
    )
    groups = _cards(f, region, latest, _sparks(f, region))
    lagging = _lagging(f, region, latest)
    scores = f.scores()
    ranked = [r for r, _ in scores.ranked()]
    score_rank = ranked.index(region.pk) + 1 if region.pk in ranked else None
    # Whether the counties have all reported the key indicators: counted in the database, so
    # the page does not read every county's figures (issue 17).
    reporting = reporting_summary(f, f.key_indicators)
    if region.is_county:
        for card in (c for g in groups for c in g.cards):
            r = reporting.get(card.indicator.pk)
            fig = card.fig
            if r is not None and fig is not None and fig.rank is None and fig.month == r.month:
                card.reported_words = r.words
    return CountyPage(
        f, region, groups, scores, lagging, _projects(region, year, month), score_rank, reporting
    )


def _lagging(f: Frame, region: Region, latest: dict[tuple[int, int], Fig]) -> list[Lagging]:
    """Behind target (red/yellow), in the bottom three of the counties, or falling."""
    n = len(f.counties)
    out: list[Lagging] = []
    for ind in f.indicators:
        fig = latest.get((ind.pk, region.pk))
        if fig is None:
            continue
        reasons: list[str] = []
        if fig.light in ("red", "yellow"):
            reasons.append(f"{fig.light_words}:{fig.gap_for(ind)}")
        if fig.rank is not None and n >= 6 and fig.rank > n - 3:
            basis = "同比增速" if ind.cumulative else "数值"
            reasons.append(f"{basis}居第{fig.rank}位(共{n}个县市区)")
        growth = round_or_none(fig.growth, ind.growth_decimals)
        if growth is not None and (growth < 0 if ind.higher_is_better else growth > 0):
            reasons.append("同比" + ("下降" if growth < 0 else "上升") + "(方向不利)")
        if reasons:
            out.append(Lagging(ind, fig, reasons))
    out.sort(key=lambda x: (x.fig.severity[0], -len(x.reasons), -(x.fig.rank or 0)))
    return out


def _projects(region: Region, year: int, month: int) -> list[ProjectRow]:
    projects = list(
        Project.objects.filter(region=region).order_by("-total_investment", "code")[:30]
    )
    plans = {
        pid: float(v)
        for pid, v in ProjectPlan.objects.filter(
            project__in=projects, year=year, is_current=True
        ).values_list("project_id", "annual_investment")
    }
    done: dict[int, tuple[int, float]] = {}
    for pid, m, v in ProjectProgress.objects.filter(
        project__in=projects, year=year, month__lte=month
    ).values_list("project_id", "month", "completed_ytd"):
        if pid not in done or m > done[pid][0]:
            done[pid] = (m, float(v))
    return [
        ProjectRow(p, plans.get(p.pk), done[p.pk][1] if p.pk in done else None) for p in projects
    ]


# ---------------------------------------------------------------- 大屏 and maps


def rank_note(fig: Fig | Point | None, reporting: Reporting | None) -> str:
    """A county's place in a map tooltip: 第3位, or why it has none (位次待定(已报12/14))."""
    if fig is None:
        return "本期未报送"
    if reporting is not None and fig.month != reporting.month:
        return f"{fig.month}月数据,未报{reporting.month}月"
    if fig.rank is not None:
        return f"第{fig.rank}位"
    if reporting is not None and not reporting.complete:
        return f"位次待定({reporting.words})"
    return ""


@dataclass(frozen=True, slots=True)
class Point:
    """What the 大屏's map and bars show of a county's latest figure."""

    month: int
    growth: float | None
    rank: int | None
    light: str


def county_points(o: Overview) -> dict[tuple[int, int], Point]:
    """(indicator id, county id) → :class:`Point`, for the key indicators and every county.

    From the month's stored summary when there is one, else one query of those four
    columns (and the keys) of each county's latest figure: never every column of every
    unit's figures.
    """
    f = o.frame
    counties = np.asarray([c.pk for c in f.counties], dtype="int64")
    if not len(counties) or not f.key_indicators:
        return {}
    s = f.summary()
    if s is not None:
        out: dict[tuple[int, int], Point] = {}
        for ind in f.key_indicators:
            rows = s.rows(ind.pk, counties)
            for region, month, growth, rank, light in zip(
                rows["region"].tolist(),
                rows["month"].tolist(),
                rows["growth"].tolist(),
                rows["rank"].tolist(),
                rows["light"].tolist(),
                strict=True,
            ):
                out[(ind.pk, region)] = Point(
                    month,
                    None if growth != growth else growth,
                    rank or None,
                    summaries.LIGHTS[light],
                )
        return out
    sql, params = latest_sql(
        [(c, f"d.{c}") for c in ("indicator_id", "region_id", "month", "growth", "rank", "light")],
        f"d.year = %s AND d.region_id IN ({marks(counties)}) AND i.is_key = %s",
        [f.period.year, *counties.tolist(), True],
        latest_months(f.period.month),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {(i, r): Point(m, g, k, light) for i, r, m, g, k, light in cursor.fetchall()}


def screen_boards(o: Overview) -> dict[str, Any]:
    """The rotating panel's league and map data: every county once (``counties``: name,
    code, centre), then per key indicator with county figures (``boards``) its figures as
    columns in the counties' order (growth, rank, light, tooltip note). The page's script
    joins the two (``dashboard.js``), so a county's name and place are sent once, not once
    per indicator."""
    points = county_points(o)
    counties = o.frame.counties
    boards = []
    for ind in o.frame.key_indicators:
        rows = [points.get((ind.pk, r.pk)) for r in counties]
        if not any(p is not None and p.growth is not None for p in rows):
            continue
        reporting = o.reporting.get(ind.pk)
        growth = round_half_up_array(
            np.array([np.nan if p is None or p.growth is None else p.growth for p in rows]),
            ind.growth_decimals,
        )
        boards.append(
            {
                "code": ind.code,
                "name": ind.name,
                "unit": ind.unit,
                "reported": reporting.words if reporting else "",
                "growth": [None if g != g else g for g in growth.tolist()],  # NaN: none
                "rank": [None if p is None else p.rank for p in rows],
                "light": ["" if p is None else p.light for p in rows],
                "note": [rank_note(p, reporting) for p in rows],
            }
        )
    return {
        "counties": [
            {
                "name": r.name,
                "code": r.code,
                "lon": float(r.longitude) if r.longitude is not None else None,
                "lat": float(r.latitude) if r.latitude is not None else None,
            }
            for r in counties
        ]
        if boards
        else [],
        "boards": boards,
    }


def score_ranking(o: Overview) -> list[dict[str, Any]]:
    """Counties by composite total, best first (for the 大屏 bar chart)."""
    regions = o.frame.region_by_id
    return [
        {"name": regions[r].name, "code": regions[r].code, "total": _r(t)}
        for r, t in o.scores.ranked()
        if r in regions
    ]
