"""Who may update which projects, tasks and follow-ups; builds on citystat.accounts.permissions.

A responsible unit (role ``responsible``, matched by ``unit_name``) updates its own
projects and tasks and answers its own follow-ups; reviewers, leaders and analysts see
everything; administrators may do anything.
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
