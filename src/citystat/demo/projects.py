"""Demo projects, chains, towns, enterprises and livelihood tasks with synthetic 2023 progress.

Names, totals and plans of projects and tasks come from ``demo.published`` (the seed);
everything monthly here — progress, milestones, task updates, enterprises, locations,
leaders — is synthetic (``is_synthetic=True``) and deterministic.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.demo import published
from citystat.demo.catalogue import CHAIN_INDICATORS
from citystat.demo.regions import CITY
from citystat.projects import actions as pa
from citystat.projects import models as pm
from citystat.regions.models import Region

YEAR = 2023
# The demo accounts' one password (printed by `citystat demo` and in the README).
DEMO_PASSWORD = "citystat-demo"

# Construction seasonality in the north: little work in Jan–Feb (share of the year's
# investment done by the end of each month).
SEASON = (0.04, 0.09, 0.17, 0.26, 0.35, 0.45, 0.54, 0.63, 0.72, 0.81, 0.9, 1.0)

# code -> (pace of the year's plan, lon offset, lat offset, leader)
PROFILE: dict[str, tuple[float, float, float, str]] = {
    "XZ-2023-001": (1.04, 0.10, 0.12, "市长"),
    "XZ-2023-002": (0.97, -0.08, 0.25, "常务副市长"),
    "XZ-2023-003": (0.80, 0.02, -0.05, "分管交通副市长"),
    "XZ-2023-004": (1.08, 0.20, -0.10, "分管水利副市长"),
    "XZ-2023-005": (0.92, 0.05, -0.04, "分管水利副市长"),
    "XZ-2023-006": (1.12, 0.00, 0.00, "常务副市长"),
    "XZ-2023-007": (0.70, -0.06, 0.04, "分管工业副市长"),
    "XZ-2023-008": (1.00, 0.05, 0.06, "分管能源副市长"),
    "XZ-2023-009": (0.55, 0.08, -0.06, "分管能源副市长"),
    "XZ-2023-010": (0.86, 0.03, 0.02, "分管工业副市长"),
}

D = dt.date
# code -> {kind: (planned, actual)}; the delays are deliberate so every light shows.
MILESTONES: dict[str, dict[str, tuple[dt.date, dt.date | None]]] = {
    "XZ-2023-001": {"start": (D(2021, 3, 31), D(2021, 3, 26)), "structure": (D(2024, 6, 30), None)},
    "XZ-2023-002": {"start": (D(2022, 6, 30), D(2022, 6, 28)), "structure": (D(2024, 9, 30), None)},
    "XZ-2023-003": {
        "start": (D(2022, 4, 30), D(2022, 5, 12)),
        "structure": (D(2023, 8, 31), D(2023, 9, 20)),
        "completion": (D(2023, 11, 30), None),
    },
    "XZ-2023-004": {"start": (D(2022, 9, 30), D(2022, 9, 18)), "structure": (D(2024, 5, 31), None)},
    "XZ-2023-005": {
        "start": (D(2022, 5, 31), D(2022, 5, 20)),
        "structure": (D(2023, 10, 31), D(2023, 10, 25)),
        "completion": (D(2024, 6, 30), None),
    },
    "XZ-2023-006": {
        "start": (D(2022, 10, 31), D(2022, 10, 16)),
        "structure": (D(2023, 3, 31), D(2023, 4, 10)),
        "completion": (D(2023, 6, 30), D(2023, 6, 28)),
        "operation": (D(2023, 9, 30), D(2023, 9, 26)),
    },
    "XZ-2023-007": {
        "start": (D(2023, 3, 31), D(2023, 3, 20)),
        "structure": (D(2024, 10, 31), None),
    },
    "XZ-2023-008": {"start": (D(2022, 8, 31), D(2022, 8, 8)), "structure": (D(2025, 6, 30), None)},
    "XZ-2023-009": {"start": (D(2023, 4, 30), D(2023, 8, 18)), "structure": (D(2026, 6, 30), None)},
    "XZ-2023-010": {
        "start": (D(2023, 3, 31), D(2023, 3, 15)),
        "structure": (D(2023, 9, 30), None),
        "completion": (D(2024, 3, 31), None),
    },
}

# A mid-year plan revision, so plan versions show in the demo.
PLAN_REVISIONS = {"XZ-2023-007": (Decimal("20.0"), "建设方案调整,年度计划核减(示例)")}

# Share of each task target reached by the end of each month.
TASK_CURVES = {
    1: (0, 0, 0.28, 0.28, 0.42, 0.42, 0.42, 0.42, 0.83, 0.9, 0.97, 1.0),
    2: (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.78, 0.86, 0.93, 1.0),
    3: (0, 0.02, 0.05, 0.1, 0.15, 0.22, 0.3, 0.4, 0.55, 0.7, 0.85, 1.0),
}

# (username, unit) of responsible-unit demo accounts.
UNIT_USERS = (
    ("unit_fgw", "市发展和改革委员会"),
    ("unit_140981", "原平市人民政府"),
    ("unit_140921", "定襄县人民政府"),
    ("unit_jyj", "市教育局"),
    ("unit_140971", "忻州经济开发区管委会"),
)

ENTERPRISE_SUFFIXES = ("甲", "乙", "丙")


def unit_of(region: Region) -> str:
    if region.code == CITY.code:
        return "市发展和改革委员会"
    if region.kind == "dev_zone":
        return f"{region.name}管委会"
    return f"{region.name}人民政府"


def load_projects(regions: dict[str, Region]) -> None:
    chains = _chains()
    towns = _towns(regions)
    for code, name, region, category, chain, total, plan, status in published.PROJECTS:
        _project(regions[region], chains, code, name, category, chain, total, plan, status)
    _enterprises(regions, chains, towns)
    _tasks()
    _unit_users()


def _chains() -> dict[str, pm.IndustryChain]:
    chains = {}
    for code, name, unit in published.CHAINS:
        chains[code], _ = pm.IndustryChain.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "lead_unit": unit,
                "is_synthetic": name not in {"铝镁精深加工", "高端锻造"},
            },
        )
        pa.set_chain_indicators(chains[code], list(CHAIN_INDICATORS.get(code, ())))
    return chains


def _towns(regions: dict[str, Region]) -> dict[str, pm.SpecialisedTown]:
    towns = {}
    for code, name, region, level, batch, product in published.TOWNS:
        towns[code], _ = pm.SpecialisedTown.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "region": regions[region],
                "level": level,
                "batch": batch,
                "product": product,
            },
        )
    return towns


def _project(
    region: Region,
    chains: dict[str, pm.IndustryChain],
    code: str,
    name: str,
    category: str,
    chain: str | None,
    total: float,
    plan: float,
    status: str,
) -> None:
    pace, dlon, dlat, leader = PROFILE[code]
    lon = (region.longitude or Decimal(0)) + Decimal(str(dlon))
    lat = (region.latitude or Decimal(0)) + Decimal(str(dlat))
    project = pa.create_project(
        code=code,
        name=name,
        region_code=region.code,
        category=category,
        status=status,
        chain_code=chain if chain in chains else None,
        total_investment=Decimal(str(total)),
        responsible_unit=unit_of(region),
        leader=leader,
        longitude=lon.quantize(Decimal("0.000001")),
        latitude=lat.quantize(Decimal("0.000001")),
        is_synthetic=True,
    )
    start_month = 4 if code == "XZ-2023-009" else None
    pa.set_plan(project, year=YEAR, annual_investment=plan, planned_start_month=start_month)
    pa.set_milestones(project, MILESTONES[code], today=D(YEAR, 12, 31))
    revision = PLAN_REVISIONS.get(code)
    for month in range(1, 13):
        done = plan * pace * SEASON[month - 1]
        pa.record_progress(
            project,
            year=YEAR,
            month=month,
            completed_ytd=Decimal(str(round(done, 2))),
            note="示例数据",
            is_synthetic=True,
        )
    if revision:
        pa.set_plan(
            project,
            year=YEAR,
            annual_investment=revision[0],
            planned_start_month=start_month,
            reason=revision[1],
        )


def _enterprises(
    regions: dict[str, Region],
    chains: dict[str, pm.IndustryChain],
    towns: dict[str, pm.SpecialisedTown],
) -> None:
    rows = []
    for town in towns.values():
        for suffix in ENTERPRISE_SUFFIXES:
            rows.append(
                pm.Enterprise(
                    name=f"{town.region.short_name}{town.product}示例企业{suffix}",
                    region=town.region,
                    town=town,
                    is_synthetic=True,
                )
            )
    chain_homes = {
        "AL_MG": "140981",
        "FORGING": "140921",
        "NEW_ENERGY_EQUIP": "140971",
        "PV": "140971",
        "NEW_MATERIALS": "140981",
        "COAL_MACHINE": "140981",
        "SPECIAL_AGRI": "140927",
        "CULTURE_TOURISM": "140922",
    }
    for code, chain in chains.items():
        region = regions[chain_homes.get(code, "140902")]
        for suffix in ENTERPRISE_SUFFIXES[:2]:
            rows.append(
                pm.Enterprise(
                    name=f"{region.short_name}{chain.name}示例企业{suffix}",
                    region=region,
                    chain=chain,
                    is_synthetic=True,
                )
            )
    pm.Enterprise.objects.bulk_create(rows)


def _tasks() -> None:
    for task in published.TASKS:
        seq = int(task["seq"])  # type: ignore[call-overload]
        obj, _ = pm.LivelihoodTask.objects.update_or_create(
            year=YEAR,
            seq=seq,
            defaults={
                "title": task["title"],
                "responsible_unit": task["unit"],
                "deadline": D(YEAR, 12, 31),
            },
        )
        curve = TASK_CURVES.get(seq, TASK_CURVES[2])
        for name, unit, target, actual, baseline in task["targets"]:  # type: ignore[attr-defined]
            t, _ = pm.TaskTarget.objects.update_or_create(
                task=obj,
                name=name,
                defaults={
                    "unit": unit,
                    "target_value": Decimal(str(target)),
                    "actual_value": None,
                    "baseline_value": Decimal(str(baseline)) if baseline is not None else None,
                    "source_note": published.SEED,
                },
            )
            places = 1 if unit == "亿元" else 0
            for month, share in enumerate(curve, start=1):
                # December is the published result; earlier months are synthetic.
                value = actual if month == 12 else round(actual * share, places)
                pa.record_task_update(
                    t,
                    year=YEAR,
                    month=month,
                    value=Decimal(str(value)),
                    note="全年目标已完成(公开发布)" if month == 12 else "示例数据",
                    is_synthetic=month != 12,
                )


def _unit_users() -> None:
    for username, unit in UNIT_USERS:
        if not User.objects.filter(username=username).exists():
            create_user(
                username=username,
                password=DEMO_PASSWORD,
                role=User.Role.RESPONSIBLE,
                unit_name=unit,
                is_demo=True,
            )
