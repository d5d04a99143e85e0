"""Unit-work permissions live in :mod:`citystat.accounts.permissions` (one place for access rules).

Kept as the names the projects app imported; new code imports ``citystat.accounts.permissions``.
"""

from __future__ import annotations

from citystat.accounts.permissions import (
    SUPERVISOR_ROLES,
    can_download_evidence,
    can_read_unit_files,
    can_supervise,
    can_update_unit_work,
    is_own_unit,
    sees_all_units,
)

__all__ = [
    "SUPERVISOR_ROLES",
    "can_download_evidence",
    "can_read_unit_files",
    "can_supervise",
    "can_update_unit_work",
    "is_own_unit",
    "sees_all_units",
]
