"""Who may read and write what. One place, used by views, API, CLI and admin.

A reporter reads and writes only their own units (and, when listed, only their
indicators); a reviewer reviews their assigned units (all units when none are assigned);
leaders and analysts read everything; administrators may do anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citystat.accounts.models import User
    from citystat.indicators.models import Indicator
    from citystat.regions.models import Region

READ_ALL_ROLES = {"reviewer", "leader", "analyst", "admin"}


def _assigned_region_ids(user: User) -> set[int]:
    cached = getattr(user, "_region_ids", None)
    if cached is None:
        cached = set(user.regions.values_list("id", flat=True))
        user._region_ids = cached
    return cached


def is_admin(user: User) -> bool:
    return bool(user.is_active and (user.is_superuser or user.role == "admin"))


def can_read_region(user: User, region: Region) -> bool:
    """Approved (published) figures: everyone signed in may read every region."""
    return bool(user.is_active)


def draft_regions(user: User) -> set[int] | None:
    """Ids of the regions whose unapproved figures the user may read; None means all."""
    if not user.is_active:
        return set()
    if user.role in READ_ALL_ROLES or is_admin(user):
        return None
    return _assigned_region_ids(user)


def can_read_drafts(user: User, region: Region) -> bool:
    """Unapproved figures (draft, submitted, returned) of a region."""
    regions = draft_regions(user)
    return regions is None or region.pk in regions


def can_write(user: User, region: Region, indicator: Indicator | None = None) -> bool:
    """Enter or change figures for a region (and indicator)."""
    if not user.is_active:
        return False
    if is_admin(user):
        return True
    if user.role != "reporter" or region.pk not in _assigned_region_ids(user):
        return False
    if indicator is None:
        return True
    assigned = getattr(user, "_indicator_ids", None)
    if assigned is None:
        assigned = set(user.indicators.values_list("id", flat=True))
        user._indicator_ids = assigned
    return not assigned or indicator.pk in assigned


def can_review(user: User, region: Region) -> bool:
    """Approve or return submissions of a region."""
    if not user.is_active:
        return False
    if is_admin(user):
        return True
    if user.role != "reviewer":
        return False
    assigned = _assigned_region_ids(user)
    # A reviewer assigned to the city reviews all of its units.
    return not assigned or region.pk in assigned or (region.parent_id in assigned)


def can_set_targets(user: User) -> bool:
    """Set or revise annual targets: the planning office (目标管理) and administrators."""
    return bool(user.is_active and (user.role == "planner" or is_admin(user)))


def can_read_targets(user: User) -> bool:
    """The 年度目标 page: targets are public within the platform (read-only but for planners)."""
    return bool(user.is_active)


def sees_targets_in_menu(user: User) -> bool:
    """The menu lists 年度目标 for those who set them and those who read every figure."""
    return bool(user.is_active and (user.role in READ_ALL_ROLES or can_set_targets(user)))


def can_read_job(user: User, owner_id: int | None) -> bool:
    """A report job (its progress and its file): its owner, and those who may read all units."""
    return bool(user.is_active) and (
        (owner_id is not None and owner_id == user.pk) or draft_regions(user) is None
    )


# --- Unit work: projects, tasks, follow-ups ---
# A responsible unit (role ``responsible``, matched by ``unit_name``) updates its own projects
# and tasks and answers its own follow-ups; reviewers, leaders and analysts see everything.
# Project and task pages are open to every signed-in user; what a unit hands in beyond that
# (evidence files, follow-ups and their answers) is read only by that unit and those who see
# all units.

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


# Text review (文本提取). The page (submit, review): reporters, reviewers, analysts and
# administrators; leaders and responsible units read approved figures elsewhere. A submitted
# text: its submitter, and reviewers, analysts and administrators, who see every text.
TEXT_REVIEW_ROLES = {"reporter", "reviewer", "analyst", "admin"}
ALL_TEXTS_ROLES = {"reviewer", "analyst", "admin"}


def can_use_text_review(user: User) -> bool:
    return bool(user.is_active and (is_admin(user) or user.role in TEXT_REVIEW_ROLES))


def sees_all_texts(user: User) -> bool:
    return is_admin(user) or user.role in ALL_TEXTS_ROLES


def can_open_text(user: User, submitted_by_id: int | None) -> bool:
    """A submitted text, as its document or as the job still reading it."""
    if not can_use_text_review(user):
        return False
    return sees_all_texts(user) or submitted_by_id == user.pk


def can_draft_from_text(user: User, region: Region, indicator: Indicator) -> bool:
    """May ``user`` turn an accepted fact into a draft of ``indicator`` for ``region``.

    Administrators always; a reporter where :func:`can_write` allows; a reviewer where
    :func:`can_review` allows; an analyst for every region whose drafts they may read
    (analysts are who retype published figures, and drafts still go through review).
    """
    if is_admin(user):
        return True
    if user.role == "reporter":
        return can_write(user, region, indicator)
    if user.role == "reviewer":
        return can_review(user, region)
    if user.role == "analyst":
        return can_read_drafts(user, region)
    return False
