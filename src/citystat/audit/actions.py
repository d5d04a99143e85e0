"""The one writer of the audit log: every domain's actions (and the admin) call these.

``record`` writes one row; ``snapshot`` and ``record_change`` give the values before and
after a save of any model, so every domain states its change the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from django.db import models
from django.db.models.fields.files import FieldFile
from django.forms.models import model_to_dict

from citystat.audit.models import AuditLog, EventType, domain_of

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser

    Actor = AbstractBaseUser | AnonymousUser | None

Json = None | bool | int | float | str | list["Json"] | dict[str, "Json"]
Values = dict[str, object]
REASON_LENGTH = 300


def jsonable(value: object) -> Json:
    """A value as the log keeps it: decimals as plain text (``12.5``, not ``12.500000``),
    dates as ISO text, related objects as their ids, lists sorted when they are ids."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return jsonable(value.pk)
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if all(isinstance(i, int | str) for i in items) else items
    return str(value)


def snapshot(obj: models.Model, *, exclude: Iterable[str] = ()) -> Values:
    """The editable fields of ``obj`` but its id (many-to-many as sorted ids) as Python values."""
    pk = obj._meta.pk
    values = model_to_dict(obj, exclude=[*([pk.name] if pk else []), *exclude])
    return {
        k: sorted(m.pk for m in v) if isinstance(v, list | tuple) else v for k, v in values.items()
    }


def changes(old: Mapping[str, object], new: Mapping[str, object]) -> tuple[Values, Values]:
    """The fields that differ (compared as values: 12.5 equals 12.500000), old and new."""
    keys = [k for k in new if k not in old or old[k] != new[k]]
    keys += [k for k in old if k not in new]
    return {k: old.get(k) for k in keys}, {k: new.get(k) for k in keys}


def entry(
    event_type: EventType,
    *,
    obj: models.Model | None = None,
    user: Actor = None,
    reason: str = "",
    old: Mapping[str, object] | None = None,
    new: Mapping[str, object] | None = None,
    extra: Mapping[str, object] | None = None,
) -> AuditLog:
    """One unsaved row (``record`` saves it; bulk writers pass many to ``record_many``)."""
    data: dict[str, Json] = {}
    if old is not None:
        data["old"] = jsonable(old)
    if new is not None:
        data["new"] = jsonable(new)
    for key, value in (extra or {}).items():
        data[key] = jsonable(value)
    return AuditLog(
        event_type=event_type,
        domain=domain_of(event_type),
        acting_user_id=user.pk if user is not None else None,
        object_model=obj._meta.label if obj is not None else "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        reason=reason.strip()[:REASON_LENGTH],
        extra_data=data,
    )


def record(
    event_type: EventType,
    *,
    obj: models.Model | None = None,
    user: Actor = None,
    reason: str = "",
    old: Mapping[str, object] | None = None,
    new: Mapping[str, object] | None = None,
    extra: Mapping[str, object] | None = None,
) -> AuditLog:
    """Write one audit row (inside the caller's transaction)."""
    row = entry(event_type, obj=obj, user=user, reason=reason, old=old, new=new, extra=extra)
    row.save()
    return row


def record_many(rows: Iterable[AuditLog]) -> int:
    return len(AuditLog.objects.bulk_create(list(rows)))


def record_change(
    obj: models.Model,
    before: Values | None,
    *,
    created: EventType,
    changed: EventType | Callable[[Values], EventType],
    user: Actor = None,
    reason: str = "",
    exclude: Iterable[str] = (),
) -> AuditLog | None:
    """Audit a save of ``obj``: ``created`` with every field when ``before`` is None, else
    ``changed`` with the fields that differ; nothing when no field changed. ``changed`` may
    choose the event from the changed fields (a user's role change is its own event)."""
    after = snapshot(obj, exclude=exclude)
    if before is None:
        return record(created, obj=obj, user=user, reason=reason, new=after)
    old, new = changes(before, after)
    if not new:
        return None
    event = changed if isinstance(changed, EventType) else changed(new)
    return record(event, obj=obj, user=user, reason=reason, old=old, new=new)


def record_delete(
    obj: models.Model,
    *,
    deleted: EventType,
    user: Actor = None,
    reason: str = "",
    exclude: Iterable[str] = (),
) -> AuditLog:
    """Audit the deletion of ``obj`` (call before deleting it: the row keeps its values)."""
    return record(deleted, obj=obj, user=user, reason=reason, old=snapshot(obj, exclude=exclude))


M = TypeVar("M", bound=models.Model)


def upsert(
    model: type[M],
    *,
    created: EventType,
    changed: EventType,
    user: Actor = None,
    reason: str = "",
    defaults: Mapping[str, Any],
    **key: Any,
) -> M:
    """``update_or_create`` by ``key``, audited as ``created`` or ``changed`` (nothing when
    no field changed); the caller holds the transaction."""
    previous = model._default_manager.filter(**key).first()
    before = snapshot(previous) if previous is not None else None
    obj, _ = model._default_manager.update_or_create(defaults=dict(defaults), **key)
    record_change(obj, before, created=created, changed=changed, user=user, reason=reason)
    return obj
