"""Every write to observations goes through here: one transaction, one revision per change.

Workflow: draft → submitted → approved or returned (with a reason). Approved figures are
locked: changing one needs a reason and sends it back to review (submitted).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, connection, transaction
from django.db.models import Model
from django.utils import timezone

from citystat.accounts.permissions import can_review, can_write
from citystat.audit import actions as audit
from citystat.audit.models import EventType
from citystat.bulk import create_stage, drop_stage, write_rows
from citystat.indicators.models import Indicator
from citystat.observations.models import (
    Explanation,
    Observation,
    Revision,
    Source,
    Status,
    period_label,
)
from citystat.observations.signals import observations_approved
from citystat.regions.models import Region

if TYPE_CHECKING:
    from citystat.accounts.models import User


class WorkflowError(ValueError):
    """A write the review workflow does not allow; the message says why in Chinese."""


class ObservationLockedError(WorkflowError):
    """An approved figure was changed without a reason."""


class FourEyesError(WorkflowError):
    """The one who entered or submitted a figure tried to approve it."""


# Which statuses each workflow step starts from.
SUBMITTABLE = (Status.DRAFT, Status.RETURNED)
REVIEWABLE = (Status.SUBMITTED,)


@dataclass(frozen=True)
class ObservationInput:
    """One figure to store, as the bulk loaders hand it over."""

    indicator: Indicator
    region: Region
    year: int
    month: int
    value: Decimal | None
    growth_reported: Decimal | None = None
    combined_jan_feb: bool = False
    status: str = Status.APPROVED
    source: str = Source.SYNTHETIC
    is_synthetic: bool = True
    source_url: str = ""
    note: str = ""


@transaction.atomic
def record_observation(
    *,
    indicator: Indicator,
    region: Region,
    year: int,
    month: int,
    value: Decimal | None,
    growth_reported: Decimal | None = None,
    status: str = Status.DRAFT,
    source: str = Source.FORM,
    user: User | None = None,
    reason: str = "",
    is_synthetic: bool = False,
    source_url: str = "",
    note: str | None = None,
    origin: Model | None = None,
) -> Observation:
    """Create or change one observation and write its revision; no-op when nothing changed.

    Changing the value of an approved figure needs a ``reason`` (else ObservationLockedError)
    and sends it back to review unless the caller stores it as approved. ``origin``: the
    record the change came from (an import batch, a text document), kept on the revision.
    """
    obs = (
        Observation.objects.select_for_update()
        .filter(indicator=indicator, region=region, year=year, month=month)
        .first()
    )
    combined = month == 2 and indicator.cumulative and indicator.combined_jan_feb
    created = False
    if obs is None:
        try:
            with transaction.atomic():  # a savepoint: a concurrent twin may insert first
                obs = Observation.objects.create(
                    indicator=indicator,
                    region=region,
                    year=year,
                    month=month,
                    combined_jan_feb=combined,
                    value=value,
                    growth_reported=growth_reported,
                    status=status,
                    source=source,
                    is_synthetic=is_synthetic,
                    source_url=source_url,
                    note=note or "",
                    updated_by=user,
                )
            created = True
        except IntegrityError:
            # The same figure was posted twice at once and the other request stored it
            # first: carry on as a change of what it stored (a no-op when equal).
            obs = Observation.objects.select_for_update().get(
                indicator=indicator, region=region, year=year, month=month
            )
    if created:
        Revision.objects.create(
            observation=obs,
            action=Revision.Action.CREATE,
            changed_by=user,
            new_value=value,
            new_growth=growth_reported,
            new_status=status,
            source=source,
            reason=reason,
            origin=origin,
        )
        audit.record(
            EventType.OBSERVATION_CREATED,
            obj=obs,
            user=user,
            reason=reason,
            new=_figures(value, growth_reported, status),
            extra={"source": source},
        )
        return obs
    if obs.value == value and obs.growth_reported == growth_reported and obs.status == status:
        return obs
    figures_change = (obs.value, obs.growth_reported) != (value, growth_reported)
    event = EventType.OBSERVATION_CHANGED if figures_change else STATUS_EVENTS.get(status)
    if obs.status == Status.APPROVED and figures_change:
        if not reason.strip():
            raise ObservationLockedError(
                f"{obs.region.name}“{obs.indicator.name}”{obs.period_label}已审核锁定,修改须填写原因。"
            )
        event = EventType.OBSERVATION_REVISED
        if status != Status.APPROVED:
            status = Status.SUBMITTED
    audit.record(
        event or EventType.OBSERVATION_STATUS_CHANGED,
        obj=obs,
        user=user,
        reason=reason,
        old=_figures(obs.value, obs.growth_reported, obs.status),
        new=_figures(value, growth_reported, status),
        extra={"source": source},
    )
    Revision.objects.create(
        observation=obs,
        action=Revision.Action.UPDATE if figures_change else Revision.Action.STATUS,
        changed_by=user,
        old_value=obs.value,
        new_value=value,
        old_growth=obs.growth_reported,
        new_growth=growth_reported,
        old_status=obs.status,
        new_status=status,
        source=source,
        reason=reason,
        origin=origin,
    )
    obs.value = value
    obs.growth_reported = growth_reported
    obs.status = status
    obs.source = source
    obs.is_synthetic = is_synthetic
    obs.source_url = source_url or obs.source_url
    if note is not None:
        obs.note = note[:300]
    obs.updated_by = user
    obs.save()
    return obs


@transaction.atomic
def set_status(
    *, observation: Observation, status: str, user: User | None, reason: str = ""
) -> Observation:
    """Move an observation through draft → submitted → approved / returned, audited.

    Approving goes through :func:`approve_observations` (from any status here), so the
    derived figures are rebuilt and ``observations_approved`` is sent as for every approval.
    """
    if observation.status == status:
        return observation
    if status == Status.APPROVED:
        approve_observations(
            [observation],
            user=user,
            allowed_from=tuple(s for s in Status if s != Status.APPROVED),
            reason=reason or APPROVAL_REASON,
        )
        return observation
    return _write_status(observation, status, user, reason)


# The audit event of each workflow step, by the status it moves to.
STATUS_EVENTS: dict[str, EventType] = {
    Status.SUBMITTED: EventType.OBSERVATION_SUBMITTED,
    Status.APPROVED: EventType.OBSERVATION_APPROVED,
    Status.RETURNED: EventType.OBSERVATION_RETURNED,
}


def _figures(value: Decimal | None, growth: Decimal | None, status: str) -> dict[str, object]:
    """An observation's state as the audit log records it before and after a change."""
    return {"value": value, "growth": growth, "status": str(status)}


def _write_status(
    observation: Observation, status: str, user: User | None, reason: str
) -> Observation:
    """The status change itself, its revision and its audit row; every caller holds a
    transaction."""
    figures = partial(_figures, observation.value, observation.growth_reported)
    audit.record(
        STATUS_EVENTS.get(status, EventType.OBSERVATION_STATUS_CHANGED),
        obj=observation,
        user=user,
        reason=reason,
        old=figures(observation.status),
        new=figures(status),
    )
    Revision.objects.create(
        observation=observation,
        action=Revision.Action.STATUS,
        changed_by=user,
        old_value=observation.value,
        new_value=observation.value,
        old_growth=observation.growth_reported,
        new_growth=observation.growth_reported,
        old_status=observation.status,
        new_status=status,
        source=observation.source,
        reason=reason,
    )
    observation.status = status
    observation.updated_by = user
    observation.save(update_fields=["status", "updated_by", "updated_at"])
    return observation


# The columns of a plain observation row for :func:`load_observations`.
OBSERVATION_COLUMNS = (
    "indicator_id",
    "region_id",
    "year",
    "month",
    "combined_jan_feb",
    "value",
    "growth_reported",
    "status",
    "source",
    "is_synthetic",
    "source_url",
    "note",
)
_OBSERVATION_STAGE = "citystat_observation_stage"


@transaction.atomic
def load_observations(
    rows: Iterable[tuple[object, ...]],
    *,
    user: User | None = None,
    reason: str = "",
    origin: Model | None = None,
) -> int:
    """Insert many new observations with their creation revisions, at the database's speed.

    ``rows`` are plain tuples in ``OBSERVATION_COLUMNS`` order (figures as ``Decimal``), for loads into empty periods. They go to a staging table in bulk
    (PostgreSQL COPY, SQLite executemany); two set-based statements then store them and
    write one 新增 revision each.
    """
    q = connection.ops.quote_name
    stage, table = q(_OBSERVATION_STAGE), q(Observation._meta.db_table)
    key = ("indicator_id", "region_id", "year", "month")
    create_stage(_OBSERVATION_STAGE, Observation._meta.db_table, OBSERVATION_COLUMNS, key)
    count = write_rows(_OBSERVATION_STAGE, OBSERVATION_COLUMNS, rows)
    now, user_id = timezone.now(), (user.pk if user is not None else None)
    cols = ", ".join(q(c) for c in OBSERVATION_COLUMNS)
    same_key = " AND ".join(f"o.{q(k)} = s.{q(k)}" for k in key)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({cols}, created_at, updated_at, updated_by_id)"
            f" SELECT {cols}, %s, %s, %s FROM {stage}",
            [now, now, user_id],
        )
        cursor.execute(
            f"INSERT INTO {q(Revision._meta.db_table)} (observation_id, action, changed_at,"
            " changed_by_id, new_value, new_growth, old_status, new_status, source, reason,"
            " origin_type_id, origin_id)"
            f" SELECT o.id, %s, %s, %s, o.value, o.growth_reported, '', o.status, o.source, %s,"
            f" %s, %s FROM {table} o JOIN {stage} s ON {same_key}",
            [Revision.Action.CREATE.value, now, user_id, reason[:300], *origin_key(origin)],
        )
    drop_stage(_OBSERVATION_STAGE)
    # One audit row for the load (each figure has its 新增 revision above).
    audit.record(EventType.OBSERVATIONS_LOADED, user=user, reason=reason, extra={"count": count})
    return count


def bulk_create_observations(
    rows: Iterable[ObservationInput],
    *,
    user: User | None = None,
    reason: str = "",
    origin: Model | None = None,
) -> int:
    """Insert many new observations with their creation revisions (for loads into empty periods)."""
    return load_observations(
        (
            (
                r.indicator.pk,
                r.region.pk,
                r.year,
                r.month,
                r.combined_jan_feb,
                r.value,
                r.growth_reported,
                r.status,
                r.source,
                r.is_synthetic,
                r.source_url,
                r.note,
            )
            for r in rows
        ),
        user=user,
        reason=reason,
        origin=origin,
    )


def origin_key(origin: Model | None) -> tuple[int | None, int | None]:
    """(content type, primary key) of the record a change came from, as the revision stores it."""
    if origin is None:
        return None, None
    return ContentType.objects.get_for_model(origin).pk, origin.pk


def _move(
    observations: Iterable[Observation],
    *,
    allowed_from: tuple[str, ...],
    to: str,
    user: User | None,
    reason: str,
    verb: str,
) -> list[Observation]:
    moved = []
    for obs in observations:
        if obs.status == to:
            continue
        if obs.status not in allowed_from:
            raise WorkflowError(
                f"{obs.region.name}“{obs.indicator.name}”{obs.period_label}当前为“{obs.get_status_display()}”,不能{verb}。"
            )
        _write_status(obs, to, user, reason)
        moved.append(obs)
    return moved


@transaction.atomic
def submit_observations(
    observations: Iterable[Observation], *, user: User | None, explanation: str = ""
) -> int:
    """Draft or returned → submitted; the explanation (for warnings) is kept on each revision."""
    return len(
        _move(
            observations,
            allowed_from=SUBMITTABLE,
            to=Status.SUBMITTED,
            user=user,
            reason=explanation[:300],
            verb="报送",
        )
    )


def check_four_eyes(observations: list[Observation], user: User | None) -> None:
    """Refuse when ``user`` entered, changed or submitted any of these figures since its
    last approval (settings.FOUR_EYES, on by default; CITYSTAT_FOUR_EYES=false turns it off
    for a one-person bureau)."""
    from django.conf import settings
    from django.db.models import Max, Q

    if user is None or not getattr(settings, "FOUR_EYES", True) or not observations:
        return
    by_id = {o.pk: o for o in observations}
    revisions = Revision.objects.filter(observation_id__in=by_id)
    approved_up_to = dict(
        revisions.filter(new_status=Status.APPROVED)
        .values("observation_id")
        .annotate(last=Max("id"))
        .values_list("observation_id", "last")
    )
    own = revisions.filter(changed_by=user).filter(
        Q(action__in=[Revision.Action.CREATE, Revision.Action.UPDATE])
        | Q(new_status=Status.SUBMITTED)
    )
    for obs_id, rev_id in own.values_list("observation_id", "id"):
        if rev_id > approved_up_to.get(obs_id, 0):
            obs = by_id[obs_id]
            raise FourEyesError(
                f"{obs.region.name}“{obs.indicator.name}”{obs.period_label}由您本人填报或报送,"
                "按“四眼原则”须由另一位审核人审核通过。"
            )


APPROVAL_REASON = "审核通过"


@transaction.atomic
def approve_observations(
    observations: Iterable[Observation],
    *,
    user: User | None,
    recompute: bool = True,
    allowed_from: tuple[str, ...] = REVIEWABLE,
    reason: str = APPROVAL_REASON,
) -> int:
    """Submitted → approved (locked): the one approval path (review pages, API, admin action,
    ``set_status``). Rebuilds the derived figures the approved ones reach and, once the
    transaction has committed, sends ``signals.observations_approved`` (follow-ups re-check
    on it). ``recompute=False``: bulk loaders that rebuild everything (and re-check) themselves.

    The one who entered or submitted a figure cannot approve it (``check_four_eyes``).
    """
    observations = list(observations)
    check_four_eyes([o for o in observations if o.status in allowed_from], user)
    moved = _move(
        observations,
        allowed_from=allowed_from,
        to=Status.APPROVED,
        user=user,
        reason=reason,
        verb="审核通过",
    )
    if moved and recompute:
        recompute_for_observations(moved)
        transaction.on_commit(
            partial(
                observations_approved.send,
                sender=Observation,
                observations=moved,
                periods=sorted({(o.year, o.month) for o in moved}),
                indicators={o.indicator_id for o in moved},
                regions={o.region_id for o in moved},
            )
        )
    return len(moved)


@transaction.atomic
def return_observations(
    observations: Iterable[Observation], *, user: User | None, reason: str
) -> int:
    """Submitted → returned to the reporter, with the reason they must address."""
    if not reason.strip():
        raise WorkflowError("退回须填写原因,说明需要修改什么。")
    return len(
        _move(
            observations,
            allowed_from=REVIEWABLE,
            to=Status.RETURNED,
            user=user,
            reason=reason[:300],
            verb="退回",
        )
    )


def recompute_derived() -> int:
    """Rebuild the whole stored derived table (``citystat compute``, demo load, imports)."""
    from citystat.observations.derivation import recompute_derived as rebuild

    return rebuild()


def recompute_for_observations(observations: Iterable[Observation]) -> int:
    """Rebuild only the derived figures that these (approved or changed) figures reach."""
    from citystat.observations.derivation import recompute_scope, scope_for_observations

    observations = list(observations)
    scope = scope_for_observations(
        ((o.indicator_id, o.year) for o in observations), {o.region_id for o in observations}
    )
    return 0 if scope is None else recompute_scope(scope)


def recompute_for_target(
    *, indicator_id: int, year: int, regions: Collection[int] | None = None
) -> int:
    """Rebuild only the derived figures that targets of (indicator, year) in ``regions``
    (None: any region) reach."""
    from citystat.observations.derivation import recompute_scope, scope_for_target

    return recompute_scope(scope_for_target(indicator_id, year, regions))


# ---------------------------------------------------------------- 原因说明 (causes)


class ExplanationError(WorkflowError):
    """A 原因说明 refused; the message says what, where and how to fix it (Chinese)."""


def clean_cause(text: str, *, where: str = "") -> str:
    """The cause as stored: whitespace runs made one space; refused when empty or too long."""
    from citystat.observations.models import EXPLANATION_MAX_CHARS

    cleaned = " ".join(text.split())
    if not cleaned:
        raise ExplanationError(f"{where}原因说明为空:请写明增减的主要原因(一两句话)。")
    if len(cleaned) > EXPLANATION_MAX_CHARS:
        raise ExplanationError(
            f"{where}原因说明有{len(cleaned)}个字,超过{EXPLANATION_MAX_CHARS}个字的上限:"
            "请只写主要原因,详细材料另附。"
        )
    return cleaned


def _may_explain(user: User, region: Region, indicator: Indicator, stage: str) -> bool:
    if stage == Explanation.Stage.INTAKE:
        return can_write(user, region, indicator)
    if stage == Explanation.Stage.REVIEW:
        return can_review(user, region)
    return False


@transaction.atomic
def explain(
    *,
    indicator: Indicator,
    region: Region,
    year: int,
    month: int,
    text: str,
    stage: str,
    user: User | None,
    unit: str = "",
    is_synthetic: bool = False,
) -> Explanation:
    """Store (or replace) the 原因说明 of one figure at one stage, attributed to a unit.

    Intake: those who may enter the figure (a county reporter only for its own county);
    review: those who may review the region. A follow-up's answer is a cause already
    (``followups.Response``) and is not written here. ``user`` None is the demo loader,
    which names ``unit`` itself. Refused with nothing written when the text is empty or
    too long, the stage is unknown, or the figure has not been entered.
    """
    from citystat.observations.derivation import bump_data_version

    where = f"{region.name}“{indicator.name}”{period_label(year, month, cumulative=indicator.cumulative)}"
    if stage not in (Explanation.Stage.INTAKE, Explanation.Stage.REVIEW):
        raise ExplanationError(
            f"{where}:环节“{stage}”不能直接填写原因说明(填报 intake 或审核 review;"
            "督办答复请在督办页面答复)。"
        )
    if user is not None and not _may_explain(user, region, indicator, stage):
        raise PermissionDenied(
            f"您无权为{where}填写原因说明:只有该单位的填报员(填报时)或审核员(审核时)可以填写。"
        )
    cleaned = clean_cause(text, where=f"{where}:")
    if not Observation.objects.filter(
        indicator=indicator, region=region, year=year, month=month
    ).exists():
        raise ExplanationError(f"{where}尚无数据,不能填写原因说明:请先填报该数据。")
    who = unit.strip() or (user.unit_name if user is not None else "") or region.name
    explanation, _ = Explanation.objects.update_or_create(
        indicator=indicator,
        region=region,
        year=year,
        month=month,
        stage=stage,
        defaults={
            "text": cleaned,
            "unit": who[:60],
            "created_by": user,
            "is_synthetic": is_synthetic,
        },
    )
    bump_data_version()  # pages that show causes are cached on the data version
    return explanation


@transaction.atomic
def withdraw_explanation(
    *, indicator: Indicator, region: Region, year: int, month: int, stage: str, user: User
) -> int:
    """Remove one stage's 原因说明 of a figure (its text cleared in the form); returns 0 or 1."""
    from citystat.observations.derivation import bump_data_version

    if not _may_explain(user, region, indicator, stage):
        raise PermissionDenied(f"您无权删除{region.name}“{indicator.name}”的原因说明。")
    deleted, _ = Explanation.objects.filter(
        indicator=indicator, region=region, year=year, month=month, stage=stage
    ).delete()
    if deleted:
        bump_data_version()
    return deleted


def rebuild_after_target_change(
    *,
    indicators: Iterable[int],
    year: int,
    regions: Collection[int] | None = None,
    rebuild: bool = True,
    **_: object,
) -> None:
    """Receiver of ``targets.signals.targets_changed``: rebuild what the targets reach.

    The data version moves even when no derived row changed (a target for a year without
    figures), since pages that key on it read targets too.
    """
    from citystat.observations.derivation import bump_data_version

    if rebuild:
        for indicator_id in sorted(indicators):
            recompute_for_target(indicator_id=indicator_id, year=year, regions=regions)
    bump_data_version()
