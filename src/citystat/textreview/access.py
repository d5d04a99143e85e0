"""Who may use the text review, on top of :mod:`citystat.accounts.permissions`.

- The page (submit, review): reporters, reviewers, analysts and administrators.
  Leaders and responsible units only read approved figures elsewhere.
- A document: its submitter; reviewers, analysts and administrators see every document.
- Turning an accepted fact into a draft observation, per region and indicator:
  administrators always; a reporter where ``can_write`` allows (their own regions and
  indicators); a reviewer where ``can_review`` allows; an analyst for every region
  (analysts are who retype published figures, and drafts still go through review).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citystat.accounts import permissions

if TYPE_CHECKING:
    from citystat.accounts.models import User
    from citystat.indicators.models import Indicator
    from citystat.regions.models import Region
    from citystat.textreview.models import ExtractionJob, SourceDocument

PAGE_ROLES = {"reporter", "reviewer", "analyst", "admin"}
ALL_DOCUMENTS_ROLES = {"reviewer", "analyst", "admin"}


def can_use(user: User) -> bool:
    return bool(user.is_active and (permissions.is_admin(user) or user.role in PAGE_ROLES))


def sees_all_documents(user: User) -> bool:
    return permissions.is_admin(user) or user.role in ALL_DOCUMENTS_ROLES


def can_open(user: User, document: SourceDocument) -> bool:
    if not can_use(user):
        return False
    return sees_all_documents(user) or document.created_by_id == user.pk


def can_open_job(user: User, job: ExtractionJob) -> bool:
    """A text being read: as its document will be (:func:`can_open`)."""
    if not can_use(user):
        return False
    return sees_all_documents(user) or job.created_by_id == user.pk


def can_draft(user: User, region: Region, indicator: Indicator) -> bool:
    """May ``user`` create a draft observation of ``indicator`` for ``region`` from text."""
    if permissions.is_admin(user):
        return True
    if user.role == "reporter":
        return permissions.can_write(user, region, indicator)
    if user.role == "reviewer":
        return permissions.can_review(user, region)
    if user.role == "analyst":
        return permissions.can_read_drafts(user, region)
    return False
