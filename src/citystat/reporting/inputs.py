"""The builders' inputs: plain records gathered from the database by ``reports.queries``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from citystat.stats import ProjectProgress, project_progress
from citystat.stats.comparison import ProvinceComparison, compare_with_province

FIG_FIELDS = (
    "value",
    "growth",
    "pull",
    "contribution",
    "rank",
    "rank_change",
    "target_value",
    "target_growth",
    "completion",
    "time_progress",
    "progress_gap",
    "growth_gap",
)


@dataclass(frozen=True, slots=True)
class RegionInfo:
    code: str
    name: str
    level: str  # province | city | county
    kind: str
    parent: str = ""

    @property
    def is_county(self) -> bool:
        # Counties proper (ranked): not the development zone, scenic area or 市直.
        return self.level == "county" and self.kind in ("district", "county", "county_city")


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    code: str
    name: str
    unit: str
    dimension: str
    dimension_name: str
    frequency: str  # monthly | quarterly | annual
    cumulative: bool
    polarity: str  # higher | lower
    target_kind: str  # level | growth | none
    decimals: int
    growth_decimals: int
    parent: str
    is_key: bool
    source_unit: str
    kind: str = "flow"  # flow | stock | rate | count
    growth_method: str = "computed"  # reported (at comparable prices) | computed
    subset_of: str = ""  # 其中 item of this whole (``parent``: a part of a composition)
    lead_unit: str = ""  # 牵头单位 at city level (who answers for it), not the data source

    @property
    def higher_is_better(self) -> bool:
        return self.polarity != "lower"


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One DerivedFigure with the ids of the observations it was derived from."""

    indicator: str
    region: str
    year: int
    month: int
    value: float | None = None
    growth: float | None = None
    growth_source: str = ""
    pull: float | None = None
    contribution: float | None = None
    rank: int | None = None
    rank_change: int | None = None
    target_value: float | None = None
    target_growth: float | None = None
    completion: float | None = None
    time_progress: float | None = None
    progress_gap: float | None = None
    growth_gap: float | None = None
    light: str = ""
    observation_ids: tuple[int, ...] = ()
    is_synthetic: bool = True  # any part of it is 示例数据 (or its origin is unknown)
    source: str = ""  # where the period's observation was published (URL or title)
    synthetic_parts: tuple[str, ...] = ("value", "growth", "target")  # which parts are


@dataclass(frozen=True, slots=True)
class CauseInfo:
    """A 原因说明 entered for one indicator, region and period, attributed to who wrote it."""

    indicator: str
    region: str
    year: int
    month: int
    text: str
    unit: str  # the unit that explained (a department or county), for attribution
    stage: str = "intake"  # intake | review | followup


@dataclass(frozen=True, slots=True)
class FollowupInfo:
    """A follow-up on a lagging figure, with its latest answer (督办 records bear on causes)."""

    indicator: str
    region: str
    year: int
    month: int
    status: str  # open | answered | escalated | closed
    responsible_unit: str
    answer: str = ""


@dataclass(frozen=True, slots=True)
class TaskTargetInfo:
    id: int
    name: str
    unit: str
    target_value: float | None
    actual_value: float | None
    baseline_value: float | None


@dataclass(frozen=True, slots=True)
class TaskInfo:
    year: int
    seq: int
    title: str
    responsible_unit: str
    deadline: dt.date | None
    targets: tuple[TaskTargetInfo, ...]


@dataclass(frozen=True, slots=True)
class MilestoneInfo:
    kind: str  # start | structure | completion | operation
    planned: dt.date | None
    actual: dt.date | None


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    code: str
    name: str
    region: str
    region_name: str
    chain: str
    status: str
    total_investment: float | None
    responsible_unit: str
    annual_plan: float | None  # 亿元, current plan of the report year
    completed_ytd: float | None  # 亿元, to the report month
    category: str = ""  # industry | infrastructure | energy | livelihood | ecology
    category_name: str = ""  # 产业, 基础设施 …
    status_name: str = ""  # 在建, 投产 …
    milestones: tuple[MilestoneInfo, ...] = ()
    is_synthetic: bool = True
    # 本年完成投资 of the project's past years, one ((month, completed_ytd), …) per year: the
    # 序时进度 follows them (``citystat.stats.project_progress``, the projects page's rule).
    history: tuple[tuple[tuple[int, float], ...], ...] = ()

    def progress(self, month: int) -> ProjectProgress:
        return project_progress(
            self.completed_ytd, self.annual_plan, month, [dict(y) for y in self.history]
        )


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """A published figure of the province or of one of its cities (never synthetic)."""

    indicator: str
    region: str  # code
    region_name: str
    level: str  # province | city
    year: int
    month: int
    growth: float | None
    value: float | None = None
    source_title: str = ""
    source_url: str = ""


@dataclass(slots=True)
class ReportData:
    region: RegionInfo
    year: int
    month: int
    regions: dict[str, RegionInfo]
    indicators: dict[str, IndicatorInfo]  # in catalogue order
    dimensions: list[tuple[str, str]]  # (code, name) in order
    figures: dict[tuple[str, str, int, int], FigureRow]
    tasks: list[TaskInfo] = field(default_factory=list)
    projects: list[ProjectInfo] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    comparison: list[ComparisonRow] = field(default_factory=list)
    comparison_cities: tuple[str, ...] = ()  # codes of every city of the province
    causes: list[CauseInfo] = field(default_factory=list)
    followups: list[FollowupInfo] = field(default_factory=list)
    # 牵头单位 per indicator code for the report's own region (a county's departments for a
    # county document); falls back to ``IndicatorInfo.lead_unit``.
    lead_units: dict[str, str] = field(default_factory=dict)
    # Indicator codes featured per place (``indicators.Placement``: the county tables of the
    # briefing and the quarterly analysis), in order; the city's choice, not the code's.
    placements: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The year-end review's records (filled by ``reports.queries._review_inputs``).
    chains: list[ChainInfo] = field(default_factory=list)
    towns: list[TownInfo] = field(default_factory=list)
    honours: list[HonourInfo] = field(default_factory=list)
    priorities: list[PriorityInfo] = field(default_factory=list)
    groups: list[GroupInfo] = field(default_factory=list)
    _series: dict[tuple[str, str, int], dict[int, float | None]] = field(
        default_factory=dict, repr=False
    )
    _ranks: dict[tuple[str, int, int], list[tuple[str, int]]] = field(
        default_factory=dict, repr=False
    )

    def _index(self) -> None:
        # Built once on first use: pages of the builders and the checker ask thousands of times.
        for (i, r, y, m), f in self.figures.items():
            self._series.setdefault((i, r, y), {})[m] = f.value
            if f.rank is not None:
                self._ranks.setdefault((i, y, m), []).append((r, f.rank))

    def fig(self, indicator: str, region: str, year: int, month: int) -> FigureRow | None:
        return self.figures.get((indicator, region, year, month))

    def counties(self) -> list[RegionInfo]:
        """Ranked peers: the counties under the report region (or beside it, for a county)."""
        parent = self.region.parent if self.region.level == "county" else self.region.code
        return [r for r in self.regions.values() if r.parent == parent and r.is_county]

    def subsets_of(self, indicator: str) -> list[IndicatorInfo]:
        """The 其中 items of a whole (not its composition parts)."""
        return [i for i in self.indicators.values() if i.subset_of == indicator]

    def children_of(self, indicator: str) -> list[IndicatorInfo]:
        return [i for i in self.indicators.values() if i.parent == indicator]

    def history(self, indicator: str, region: str, year: int) -> dict[int, float | None]:
        """Month → value of one series (a copy)."""
        if not self._series and self.figures:
            self._index()
        return dict(self._series.get((indicator, region, year), {}))

    def is_tied(self, indicator: str, region: str, year: int, month: int, rank: int) -> bool:
        """Whether another region holds the same rank (并列)."""
        if not self._series and self.figures:
            self._index()
        return any(
            r != region and k == rank for r, k in self._ranks.get((indicator, year, month), [])
        )

    def reported(
        self, indicator: str, year: int, month: int
    ) -> tuple[list[FigureRow], list[FigureRow]]:
        """Ranked counties that have reported this period, and one row per county expected.

        Expected: a county with the ranked figure in this year or the year before (the
        engine's rule, ``citystat.stats.batch``); the rows let a report cite 「已报 N/M」.
        """
        ind = self.indicators.get(indicator)
        field_name = "value" if ind is not None and not ind.cumulative else "growth"
        now: list[FigureRow] = []
        expected: list[FigureRow] = []
        for c in self.counties():
            rows = [
                f
                for y in (year, year - 1)
                for m in range(12, 0, -1)
                if (f := self.fig(indicator, c.code, y, m)) is not None
                and getattr(f, field_name) is not None
            ]
            this = self.fig(indicator, c.code, year, month)
            if this is not None and getattr(this, field_name) is not None:
                now.append(this)
                expected.append(this)
            elif rows:
                expected.append(rows[0])
        return now, expected

    def comparison_row(
        self, indicator: str, region: str, year: int, month: int
    ) -> ComparisonRow | None:
        return next(
            (
                c
                for c in self.comparison
                if (c.indicator, c.region, c.year, c.month) == (indicator, region, year, month)
            ),
            None,
        )

    def province_comparison(
        self, indicator: str, year: int, month: int
    ) -> tuple[ProvinceComparison, list[ComparisonRow]] | None:
        """The city's growth against the province's (both published precision) and its rank
        among the province's cities, with the comparison rows used; None without them."""
        ind = self.indicators.get(indicator)
        own = self.fig(indicator, self.region.code, year, month)
        if ind is None or own is None or own.growth is None:
            return None
        if self.region.code not in self.comparison_cities:
            return None
        rows = [
            c
            for c in self.comparison
            if (c.indicator, c.year, c.month) == (indicator, year, month) and c.growth is not None
        ]
        province = next((c for c in rows if c.level == "province"), None)
        if province is None:
            return None
        peers: dict[str, float | None] = {c.region: c.growth for c in rows if c.level == "city"}
        peers[self.region.code] = own.growth
        result = compare_with_province(
            self.region.code,
            peers,
            province.growth,
            expected=len(self.comparison_cities),
            higher_is_better=ind.higher_is_better,
            decimals=ind.growth_decimals,
        )
        return result, rows

    def lead_unit(self, indicator: str) -> str:
        """Who answers for an indicator in the report's region ("" when nobody is named)."""
        if indicator in self.lead_units:
            return self.lead_units[indicator]
        ind = self.indicators.get(indicator)
        return ind.lead_unit if ind is not None else ""

    def causes_for(self, indicator: str, region: str, year: int, month: int) -> list[CauseInfo]:
        return [
            c
            for c in self.causes
            if (c.indicator, c.region, c.year, c.month) == (indicator, region, year, month)
        ]

    def task_target(self, target_id: int) -> TaskTargetInfo | None:
        for task in self.tasks:
            for t in task.targets:
                if t.id == target_id:
                    return t
        return None

    def project(self, code: str) -> ProjectInfo | None:
        return next((p for p in self.projects if p.code == code), None)


# --- year-end review inputs ---


@dataclass(frozen=True, slots=True)
class ChainInfo:
    """A key industrial chain (重点产业链) and the places its firms and projects are in."""

    code: str
    name: str
    level: str  # provincial | municipal
    level_name: str  # 省级 | 市级
    lead_unit: str = ""
    regions: tuple[str, ...] = ()  # codes of the counties with its enterprises or projects


@dataclass(frozen=True, slots=True)
class TownInfo:
    """A specialised town (专业镇)."""

    code: str
    name: str
    region: str
    region_name: str
    level: str  # provincial | municipal
    level_name: str
    batch: str = ""  # e.g. 第一批市级专业镇
    product: str = ""


@dataclass(frozen=True, slots=True)
class HonourInfo:
    """A distinction received in the year (荣誉、称号、入选名单), a record not a statistic."""

    year: int
    region: str
    region_name: str
    subject: str
    title: str
    level: str  # national | provincial | municipal
    priority: str = ""  # the review section (ReviewPriority code) it belongs to
    is_synthetic: bool = False


@dataclass(frozen=True, slots=True)
class PriorityInfo:
    """A section of the year-end review: one of the city's own priorities, as data."""

    code: str
    title: str
    dimensions: tuple[str, ...] = ()
    show_chains: bool = False
    show_towns: bool = False
    show_tasks: bool = False
    project_categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupInfo:
    """A cross-cutting indicator group (战略性新兴产业 …): members neither add up nor nest."""

    code: str
    name: str
    members: tuple[str, ...]
