"""Signals the observations app sends; feature apps connect to them in ``ready()``.

The core app never imports a feature app: follow-ups, for one, re-check themselves on
``observations_approved`` instead of being called from ``observations.actions``.
"""

from __future__ import annotations

from django.dispatch import Signal

observations_approved = Signal()
"""Sent by ``approve_observations`` (the one approval path) once figures are approved and
the derived figures that depend on them are rebuilt, after the approval's transaction has
committed (a receiver sees the approval stored, and a rolled-back approval sends nothing).

Keyword arguments:

- ``observations``: list of the ``Observation`` rows that became approved;
- ``periods``: sorted list of the distinct ``(year, month)`` they cover;
- ``indicators`` and ``regions``: sets of the affected indicator and region ids.
"""
