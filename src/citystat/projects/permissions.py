"""Who may update which projects, tasks and follow-ups; builds on citystat.accounts.permissions.

A responsible unit (role ``responsible``, matched by ``unit_name``) updates its own
projects and tasks and answers its own follow-ups; reviewers, leaders and analysts see
everything; administrators may do anything.

Project and task pages (plans, progress, lights) are open to every signed-in user. What a
unit hands in about its own work beyond that — evidence files of task updates, follow-ups
and their answers — is read only by that unit and by those who see all units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citystat.accounts.permissions import READ_ALL_ROLES, is_admin

if TYPE_CHECKING:
    from citystat.accounts.models import User

SUPERVISOR_ROLES = {"reviewer", "leader", "admin"}


def sees_all_units(user: User) -> bool:
    return bool(user.is_active and (is_admin(user) or user.role in READ_ALL_ROLES))


def is_own_unit(user: User, unit: str) -> bool:
    return bool(user.is_active and user.unit_name and user.unit_name == unit)


def can_read_unit_files(user: User, unit: str) -> bool:
    """Read what the unit ``unit`` handed in: its evidence files and its follow-ups.

    The unit's own users (matched by ``unit_name``, as for follow-ups), reviewers, leaders,
    analysts and administrators; not other units, not county reporters.
    """
    return sees_all_units(user) or is_own_unit(user, unit)


def can_download_evidence(user: User, unit: str, uploaded_by_id: int | None) -> bool:
    """Download an evidence file of a task update of the unit ``unit``.

    Whoever may read the unit's files, and the user who uploaded it (still theirs after
    the task moves to another unit).
    """
    if can_read_unit_files(user, unit):
        return True
    return bool(user.is_active and uploaded_by_id is not None and uploaded_by_id == user.pk)


def can_update_unit_work(user: User, unit: str) -> bool:
    """Update a project or task whose responsible unit is ``unit``."""
    if not user.is_active:
        return False
    if is_admin(user):
        return True
    return user.role == "responsible" and is_own_unit(user, unit)


def can_supervise(user: User) -> bool:
    """Raise, close or escalate follow-ups by hand."""
    return bool(user.is_active and (is_admin(user) or user.role in SUPERVISOR_ROLES))
