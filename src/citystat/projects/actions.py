"""Every write to projects and livelihood tasks: one transaction each, checked, logged."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from citystat.intake.queries import plain
from citystat.projects import models as pm
from citystat.projects.evidence import EvidenceError, check_evidence
from citystat.regions.models import Region
from citystat.stats.periods import month_end

if TYPE_CHECKING:
    from citystat.accounts.models import User

MILESTONE_ORDER = [k for k, _ in pm.Milestone.Kind.choices]
MILESTONE_LABELS = dict(pm.Milestone.Kind.choices)


class ProjectInputError(ValueError):
    """Bad input: the message says what, where and how to fix it; nothing was written."""


def _amount(value: object, field: str) -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ProjectInputError(f"{field}“{value}”不是数字,请填写数值(单位:亿元)。") from None
    if not amount.is_finite():
        raise ProjectInputError(f"{field}“{value}”不是有效数字。")
    if amount < 0:
        raise ProjectInputError(f"{field}不能为负数(填写的是 {amount});请填写0或正数。")
    return amount


def _check_period(year: int, month: int) -> None:
    if not 1 <= int(month) <= 12:
        raise ProjectInputError(f"月份“{month}”无效,应为1–12。")
    if not 2000 <= int(year) <= 2100:
        raise ProjectInputError(f"年份“{year}”无效。")


def _log(
    action: str,
    detail: str,
    user: User | None,
    *,
    project: pm.Project | None = None,
    task: pm.LivelihoodTask | None = None,
) -> None:
    pm.ProjectLog.objects.create(
        project=project, task=task, action=action, detail=detail[:300], user=user
    )


@transaction.atomic
def create_project(
    *,
    code: str,
    name: str,
    region_code: str,
    category: str,
    total_investment: object,
    responsible_unit: str = "",
    leader: str = "",
    chain_code: str | None = None,
    town_code: str | None = None,
    status: str = pm.Project.Status.UNDER_CONSTRUCTION,
    longitude: Decimal | None = None,
    latitude: Decimal | None = None,
    is_synthetic: bool = False,
    user: User | None = None,
) -> pm.Project:
    code = code.strip()
    if not code or not name.strip():
        raise ProjectInputError("项目编号和项目名称不能为空。")
    if pm.Project.objects.filter(code=code).exists():
        raise ProjectInputError(f"项目编号 {code} 已存在,请换一个编号或修改已有项目。")
    region = Region.objects.filter(code=str(region_code).strip()).first()
    if region is None:
        raise ProjectInputError(
            f"所在地代码“{region_code}”不存在;请填写已登记的县(市、区)代码,"
            f"例如 {Region.example()}。"
        )
    if category not in pm.Project.Category.values:
        raise ProjectInputError(
            f"项目类别“{category}”无效;可选:{'、'.join(pm.Project.Category.labels)}。"
        )
    if status not in pm.Project.Status.values:
        raise ProjectInputError(f"项目状态“{status}”无效。")
    chain = None
    if chain_code:
        chain = pm.IndustryChain.objects.filter(code=chain_code).first()
        if chain is None:
            raise ProjectInputError(f"产业链代码“{chain_code}”不存在。")
    town = None
    if town_code:
        town = pm.SpecialisedTown.objects.filter(code=town_code).first()
        if town is None:
            raise ProjectInputError(f"专业镇代码“{town_code}”不存在。")
    project = pm.Project.objects.create(
        code=code,
        name=name.strip(),
        region=region,
        category=category,
        status=status,
        chain=chain,
        town=town,
        total_investment=_amount(total_investment, "计划总投资"),
        responsible_unit=responsible_unit,
        leader=leader,
        longitude=longitude if longitude is not None else region.longitude,
        latitude=latitude if latitude is not None else region.latitude,
        is_synthetic=is_synthetic,
    )
    _log("create", f"新建项目 {code} {name}", user, project=project)
    return project


@transaction.atomic
def set_plan(
    project: pm.Project,
    *,
    year: int,
    annual_investment: object,
    planned_start_month: int | None = None,
    reason: str = "",
    user: User | None = None,
) -> pm.ProjectPlan:
    """Add a new version of the year's planned investment; earlier versions are kept."""
    _check_period(year, planned_start_month or 1)
    amount = _amount(annual_investment, "年度计划投资")
    total = project.total_investment
    if total is not None and amount > total:
        raise ProjectInputError(
            f"年度计划投资 {plain(amount)} 亿元超过项目计划总投资 {total} 亿元;请核对后重新填写。"
        )
    previous = (
        pm.ProjectPlan.objects.select_for_update()
        .filter(project=project, year=year)
        .order_by("-version")
    )
    latest = previous.first()
    if latest is not None and not reason.strip():
        raise ProjectInputError("调整年度计划须填写调整原因。")
    previous.filter(is_current=True).update(is_current=False)
    plan = pm.ProjectPlan.objects.create(
        project=project,
        year=year,
        version=(latest.version + 1) if latest else 1,
        is_current=True,
        annual_investment=amount,
        planned_start_month=planned_start_month,
        reason=reason.strip(),
        changed_by=user,
    )
    _log(
        "plan",
        f"{year}年计划投资第{plan.version}版:{plain(amount)} 亿元"
        + (f"({reason})" if reason else ""),
        user,
        project=project,
    )
    return plan


@transaction.atomic
def record_progress(
    project: pm.Project,
    *,
    year: int,
    month: int,
    completed_ytd: object,
    note: str = "",
    user: User | None = None,
    is_synthetic: bool = False,
) -> pm.ProjectProgress:
    """Store 本年完成投资 (1–m月) of a project."""
    _check_period(year, month)
    amount = _amount(completed_ytd, f"{year}年1–{month}月完成投资")
    total = project.total_investment
    if total is not None and amount > total:
        raise ProjectInputError(
            f"{year}年1–{month}月完成投资 {plain(amount)} 亿元超过项目计划总投资 {total} 亿元;"
            "请核对金额单位(亿元)或先调整计划总投资。"
        )
    row, created = pm.ProjectProgress.objects.update_or_create(
        project=project,
        year=year,
        month=month,
        defaults={
            "completed_ytd": amount,
            "note": note.strip()[:300],
            "updated_by": user,
            "is_synthetic": is_synthetic,
        },
    )
    _log(
        "progress",
        f"{year}年1–{month}月完成投资 {plain(amount)} 亿元" + ("" if created else "(更正)"),
        user,
        project=project,
    )
    return row


@transaction.atomic
def set_milestones(
    project: pm.Project,
    dates: Mapping[str, tuple[dt.date | None, dt.date | None]],
    *,
    user: User | None = None,
    today: dt.date | None = None,
) -> list[pm.Milestone]:
    """Set planned and actual dates of milestones (kind -> (planned, actual)); order is checked.

    Kinds not given keep their stored dates; the check covers the merged result.
    """
    today = today or timezone.localdate()
    unknown = set(dates) - set(MILESTONE_ORDER)
    if unknown:
        raise ProjectInputError(f"未知的项目节点:{'、'.join(sorted(unknown))}。")
    merged: dict[str, tuple[dt.date | None, dt.date | None]] = {
        m.kind: (m.planned_date, m.actual_date)
        for m in pm.Milestone.objects.filter(project=project)
    }
    merged.update(dates)
    for kind, (planned, actual) in merged.items():
        if planned is None:
            raise ProjectInputError(f"{MILESTONE_LABELS[kind]}节点须填写计划日期。")
        if actual is not None and actual > today:
            raise ProjectInputError(
                f"{MILESTONE_LABELS[kind]}实际日期 {actual} 晚于今天,实际日期只能填写已发生的日期。"
            )
    for column, label in ((0, "计划"), (1, "实际")):
        seen: list[tuple[str, dt.date]] = []
        for k in MILESTONE_ORDER:
            day = merged[k][column] if k in merged else None
            if day is not None:
                seen.append((k, day))
        for (k1, d1), (k2, d2) in itertools.pairwise(seen):
            if d2 < d1:
                raise ProjectInputError(
                    f"节点日期顺序有误:{MILESTONE_LABELS[k2]}{label}日期({d2})早于"
                    f"{MILESTONE_LABELS[k1]}{label}日期({d1});"
                    "节点应按 开工 → 主体完工 → 竣工 → 投产 的顺序。"
                )
    out = []
    for kind, (planned, actual) in dates.items():
        m, _ = pm.Milestone.objects.update_or_create(
            project=project, kind=kind, defaults={"planned_date": planned, "actual_date": actual}
        )
        out.append(m)
        _log(
            "milestone",
            f"{MILESTONE_LABELS[kind]}:计划 {planned},实际 {actual or '未完成'}",
            user,
            project=project,
        )
    return out


@transaction.atomic
def record_task_update(
    target: pm.TaskTarget,
    *,
    year: int,
    month: int,
    value: object,
    note: str = "",
    evidence_name: str | None = None,
    evidence_data: bytes | None = None,
    user: User | None = None,
    is_synthetic: bool = False,
) -> pm.TaskUpdate:
    """A progress report on one target; the evidence file is checked by content before anything is written."""
    _check_period(year, month)
    amount = _amount(value, f"“{target.name}”累计完成值")
    checked = None
    if evidence_data is not None:
        try:
            checked = check_evidence(evidence_name or "", evidence_data)
        except EvidenceError as exc:
            raise ProjectInputError(str(exc)) from None
    update = pm.TaskUpdate(
        target=target,
        year=year,
        month=month,
        value=amount,
        note=note.strip()[:300],
        created_by=user,
        is_synthetic=is_synthetic,
    )
    if checked is not None and evidence_data is not None:
        # Stored under a random name: the uploader's file name never reaches the file system.
        update.evidence.save(
            f"{uuid.uuid4().hex}.{checked.ext}", ContentFile(evidence_data), save=False
        )
        update.evidence_name = checked.name
        update.evidence_type = checked.kind
        update.evidence_size = checked.size
    update.save()
    latest = pm.TaskUpdate.objects.filter(target=target).order_by("-year", "-month", "-id").first()
    if latest is not None and latest.pk == update.pk:
        target.actual_value = amount
        target.as_of = month_end(year, month)
        target.save(update_fields=["actual_value", "as_of"])
    _log(
        "task",
        f"{target.name}:截至{year}年{month}月完成 {plain(amount)}{target.unit}"
        + (f",附佐证材料 {checked.name}" if checked else ""),
        user,
        task=target.task,
    )
    return update


@transaction.atomic
def set_chain_indicators(chain: pm.IndustryChain, codes: list[str]) -> None:
    """The indicators a chain's page shows (city level), in this order."""
    from citystat.indicators.models import Indicator

    indicators = {i.code: i for i in Indicator.objects.filter(code__in=codes)}
    missing = [c for c in codes if c not in indicators]
    if missing:
        raise ProjectInputError(
            f"产业链“{chain.name}”的展示指标“{'、'.join(missing)}”不存在,请先载入指标体系。"
        )
    pm.ChainIndicator.objects.filter(chain=chain).delete()
    for n, code in enumerate(codes, start=1):
        pm.ChainIndicator.objects.create(chain=chain, indicator=indicators[code], sort_order=n)


# --- year-end review: sections (priorities) and honours ----------------------------------


@transaction.atomic
def set_review_priority(
    *,
    code: str,
    title: str,
    dimension_codes: list[str],
    sort_order: int = 0,
    show_chains: bool = False,
    show_towns: bool = False,
    show_tasks: bool = False,
    project_categories: list[str] | None = None,
) -> pm.ReviewPriority:
    """Create or update one section of the year-end review (a priority of the city's own)."""
    from citystat.indicators.models import Dimension

    if not title.strip():
        raise ProjectInputError(f"年度盘点板块“{code}”缺少标题,请填写如“产业能级”。")
    dims = list(Dimension.objects.filter(code__in=dimension_codes))
    missing = sorted(set(dimension_codes) - {d.code for d in dims})
    if missing:
        raise ProjectInputError(
            f"年度盘点板块“{title}”引用的评价维度“{'、'.join(missing)}”不存在,"
            "请先在指标体系中建立该维度。"
        )
    categories = project_categories or []
    unknown = [c for c in categories if c not in pm.Project.Category.values]
    if unknown:
        raise ProjectInputError(
            f"年度盘点板块“{title}”的项目类别“{'、'.join(unknown)}”无效,"
            f"可用:{', '.join(pm.Project.Category.values)}。"
        )
    priority, _ = pm.ReviewPriority.objects.update_or_create(
        code=code,
        defaults={
            "title": title.strip(),
            "sort_order": sort_order,
            "show_chains": show_chains,
            "show_towns": show_towns,
            "show_tasks": show_tasks,
            "project_categories": ",".join(categories),
        },
    )
    priority.dimensions.set(dims)
    return priority


@transaction.atomic
def record_honour(
    *,
    year: int,
    region_code: str,
    subject: str,
    title: str,
    level: str,
    priority_code: str = "",
    source: str = "",
    is_synthetic: bool = False,
) -> pm.Honour:
    """Record a distinction received in a year (once: the same subject and title update)."""
    _check_period(year, 12)
    region = Region.objects.filter(code=region_code).first()
    if region is None:
        raise ProjectInputError(f"荣誉“{title}”的区划代码“{region_code}”不存在。")
    if level not in pm.Honour.Level.values:
        raise ProjectInputError(
            f"荣誉“{title}”的级别“{level}”无效,应为 {', '.join(pm.Honour.Level.values)}。"
        )
    if not subject.strip() or not title.strip():
        raise ProjectInputError("荣誉须填写获评对象和荣誉名称。")
    priority = None
    if priority_code:
        priority = pm.ReviewPriority.objects.filter(code=priority_code).first()
        if priority is None:
            raise ProjectInputError(
                f"荣誉“{title}”所属的年度盘点板块“{priority_code}”不存在,请先建立该板块。"
            )
    honour, _ = pm.Honour.objects.update_or_create(
        year=year,
        subject=subject.strip(),
        title=title.strip(),
        defaults={
            "region": region,
            "level": level,
            "priority": priority,
            "source": source,
            "is_synthetic": is_synthetic,
        },
    )
    return honour
