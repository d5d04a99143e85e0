"""Signals the targets app sends; the observations app connects to them in ``ready()``.

Targets sit below observations (the derivation reads them), so a target change does not
call the rebuild: it announces itself and ``observations`` rebuilds what the change reaches.
"""

from __future__ import annotations

from django.dispatch import Signal

targets_changed = Signal()
"""Sent inside the writing transaction whenever current targets change.

Keyword arguments:

- ``indicators``: set of the indicator ids whose targets changed;
- ``year``: the year of those targets;
- ``regions``: set of the region ids whose targets changed (absent: any region);
- ``rebuild``: whether the derived figures those targets reach are to be rebuilt now
  (False for a write that is one of many, rebuilt once by the caller's last send).
"""
