"""Demo projects, industrial chains, specialised towns and livelihood tasks (synthetic progress)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from citystat.demo import published
from citystat.demo.regions import CITY
from citystat.projects import models as pm
from citystat.regions.models import Region


def load_projects(regions: dict[str, Region]) -> None:
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
    for code, name, region, level, batch, product in published.TOWNS:
        pm.SpecialisedTown.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "region": regions[region],
                "level": level,
                "batch": batch,
                "product": product,
            },
        )
    for code, name, region, category, chain, total, plan, status in published.PROJECTS:
        project, _ = pm.Project.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "region": regions[region],
                "category": category,
                "status": status,
                "chain": chains.get(chain or ""),
                "total_investment": Decimal(str(total)),
                "responsible_unit": f"{regions[region].name}人民政府"
                if region != CITY.code
                else "市发展改革委",
                "longitude": regions[region].longitude,
                "latitude": regions[region].latitude,
                "is_synthetic": True,
            },
        )
        pm.ProjectPlan.objects.update_or_create(
            project=project,
            year=2023,
            version=1,
            defaults={"annual_investment": Decimal(str(plan)), "planned_start_month": 3},
        )
        # Synthetic monthly progress: some projects run ahead of 序时进度, some behind.
        pace = 0.75 + (int(code[-3:]) * 37 % 50) / 100
        for month in range(2, 13):
            done = min(plan * pace * month / 12, plan * 1.15)
            pm.ProjectProgress.objects.update_or_create(
                project=project,
                year=2023,
                month=month,
                defaults={"completed_ytd": Decimal(str(round(done, 2))), "is_synthetic": True},
            )
        pm.Milestone.objects.update_or_create(
            project=project,
            kind="start",
            defaults={"planned_date": dt.date(2023, 3, 31), "actual_date": dt.date(2023, 3, 20)},
        )
    for task in published.TASKS:
        obj, _ = pm.LivelihoodTask.objects.update_or_create(
            year=2023,
            seq=int(task["seq"]),  # type: ignore[call-overload]
            defaults={
                "title": task["title"],
                "responsible_unit": task["unit"],
                "deadline": dt.date(2023, 12, 31),
            },
        )
        for name, unit, target, actual, baseline in task["targets"]:  # type: ignore[attr-defined]
            pm.TaskTarget.objects.update_or_create(
                task=obj,
                name=name,
                defaults={
                    "unit": unit,
                    "target_value": Decimal(str(target)),
                    "actual_value": Decimal(str(actual)),
                    "baseline_value": Decimal(str(baseline)) if baseline is not None else None,
                    "as_of": dt.date(2023, 12, 31),
                    "source_note": published.SEED,
                },
            )
