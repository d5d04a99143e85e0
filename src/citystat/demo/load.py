"""Loads the Xinzhou demo into the database through the apps' actions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.db import transaction

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.demo import catalogue as cat
from citystat.demo.generate import build
from citystat.demo.leads import CAUSES, LEAD_UNITS, county_leads
from citystat.demo.projects import DEMO_PASSWORD, load_projects
from citystat.demo.province import load_comparison
from citystat.demo.regions import CITY, COUNTIES, NON_COUNTY, PROVINCE
from citystat.demo.review import load_review
from citystat.followups.demo import replay_2023
from citystat.indicators.actions import (
    set_placements,
    upsert_dimension,
    upsert_group,
    upsert_indicator,
)
from citystat.indicators.models import Indicator
from citystat.observations.actions import (
    ObservationInput,
    bulk_create_observations,
    explain,
    recompute_derived,
)
from citystat.observations.models import Observation, Source, Status
from citystat.regions.actions import set_lead_units, upsert_region
from citystat.regions.models import Region
from citystat.targets.actions import set_target

DEMO_USERS: tuple[tuple[str, str, str | None, str], ...] = (
    ("admin", User.Role.ADMIN, None, "市统计局信息中心"),
    ("reviewer", User.Role.REVIEWER, CITY.code, "市统计局综合科"),
    ("leader", User.Role.LEADER, CITY.code, "市政府办公室"),
    ("reporter_140921", User.Role.REPORTER, "140921", "定襄县统计局"),
    ("planner", User.Role.PLANNER, CITY.code, "市发展和改革委员会"),
)

Progress = Callable[[str], None]


class DemoError(Exception):
    """The demo cannot be loaded here; the message says why and what to do."""


def database_is_empty() -> bool:
    return not (
        Region.objects.exists() or Indicator.objects.exists() or Observation.objects.exists()
    )


def demo_is_loaded() -> bool:
    return (
        Region.objects.filter(code=CITY.code).exists()
        and Observation.objects.filter(is_synthetic=True).exists()
    )


@transaction.atomic
def load_demo(progress: Progress | None = None) -> dict[str, int]:
    """Load everything; refuses a database that already holds other data."""
    say = progress or (lambda _msg: None)
    if not database_is_empty():
        raise DemoError(
            "数据库中已有数据,示例数据只能载入空数据库。The database already holds data: "
            "use an empty database (e.g. a new CITYSTAT_HOME or DATABASE_URL) or `citystat init --reset` locally."
        )
    say("区划")
    regions = load_regions()
    say("指标体系")
    indicators = load_catalogue()
    say("全省及各市公开数据(对比)")
    load_comparison(indicators)
    say("月度数据")
    records, targets = build()
    rows = [
        ObservationInput(
            indicator=indicators[r.indicator],
            region=regions[r.region],
            year=r.year,
            month=r.month,
            value=r.value,
            growth_reported=r.growth,
            combined_jan_feb=r.month == 2
            and indicators[r.indicator].cumulative
            and indicators[r.indicator].combined_jan_feb,
            status=Status.APPROVED,
            source=Source.SYNTHETIC if r.is_synthetic else Source.PUBLISHED,
            is_synthetic=r.is_synthetic,
            source_url=r.source_url,
            note=r.note,
        )
        for r in records
    ]
    n_obs = bulk_create_observations(rows, reason="载入忻州示例数据")
    say("年度目标")
    for t in targets:
        set_target(
            indicator=indicators[t.indicator],
            region=regions[t.region],
            year=t.year,
            target_value=t.target_value,
            target_growth=t.target_growth,
            reason="示例数据",
            is_synthetic=True,
            recompute=False,
        )
    say("县级牵头单位与原因说明(示例)")
    set_lead_units(county_leads())
    load_causes(indicators, regions)
    say("项目、产业链与民生实事")
    load_projects(regions)
    say("年度盘点板块与荣誉")
    load_review()
    say("演示账号")
    load_users(regions)
    say("派生指标(同比、拉动、完成率、位次)")
    n_derived = recompute_derived()
    say("督办事项(按月复核2023年)")
    replay_2023()
    return {
        "regions": len(regions),
        "indicators": len(indicators),
        "observations": n_obs,
        "targets": len(targets),
        "derived": n_derived,
    }


def load_regions() -> dict[str, Region]:
    province = upsert_region(
        code=PROVINCE.code,
        name=PROVINCE.name,
        short_name=PROVINCE.short_name,
        level="province",
        kind="province",
        parent=None,
    )
    city = upsert_region(
        code=CITY.code,
        name=CITY.name,
        short_name=CITY.short_name,
        level="city",
        kind="city",
        parent=province,
        longitude=_d(CITY.longitude),
        latitude=_d(CITY.latitude),
        aliases=CITY.aliases,
    )
    out = {PROVINCE.code: province, CITY.code: city}
    for i, r in enumerate((*COUNTIES, *NON_COUNTY), start=1):
        out[r.code] = upsert_region(
            code=r.code,
            name=r.name,
            short_name=r.short_name,
            level="county",
            kind=r.kind,
            parent=city,
            longitude=_d(r.longitude),
            latitude=_d(r.latitude),
            sort_order=i,
            note=r.note,
            aliases=(*r.aliases, f"忻州市{r.name}"),
        )
    return out


def load_catalogue() -> dict[str, Indicator]:
    dims = {
        code: upsert_dimension(code=code, name=name, sort_order=i, description=desc)
        for i, (code, name, desc) in enumerate(cat.DIMENSIONS, start=1)
    }
    out: dict[str, Indicator] = {}
    for i, s in enumerate(cat.CATALOGUE, start=1):
        out[s.code] = upsert_indicator(
            code=s.code,
            aliases=s.aliases,
            name=s.name,
            unit=s.unit,
            dimension=dims[s.dimension],
            kind=s.kind,
            frequency=s.frequency,
            cumulative=s.cumulative,
            combined_jan_feb=s.combined_jan_feb,
            additive=s.additive,
            polarity=s.polarity,
            growth_method=s.growth_method,
            target_kind=s.target_kind,
            decimals=s.decimals,
            parent=out[s.parent] if s.parent else None,
            subset_of=out[s.subset_of] if s.subset_of else None,
            source_unit=s.source_unit,
            lead_unit=LEAD_UNITS[s.code][0],
            is_key=s.is_key,
            sort_order=i,
        )
    for i, (code, name, members) in enumerate(cat.GROUPS, start=1):
        upsert_group(code=code, name=name, members=[out[m] for m in members], sort_order=i)
    for place, codes in cat.PLACEMENTS.items():
        set_placements(place, list(codes))
    return out


def load_causes(indicators: dict[str, Indicator], regions: dict[str, Region]) -> None:
    for code, region, year, month, stage, unit, text in CAUSES:
        explain(
            indicator=indicators[code],
            region=regions[region],
            year=year,
            month=month,
            text=text,
            stage=stage,
            user=None,
            unit=unit,
            is_synthetic=True,
        )


def load_users(regions: dict[str, Region]) -> None:
    for username, role, region, unit in DEMO_USERS:
        create_user(
            username=username,
            password=DEMO_PASSWORD,
            role=role,
            unit_name=unit,
            regions=[regions[region]] if region else [],
            is_demo=True,
        )


def _d(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))
