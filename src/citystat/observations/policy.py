"""Policy edits reach the pages: catalogue, dimensions, regions and rules move the policy version.

The page caches key on the data version joined with the policy version
(``derivation.cache_version``). Saving or deleting a policy row moves the policy version in
the same transaction, so the next page load computes afresh (a dimension weight reorders
the county ranking at once). An indicator edit that changes what the engine reads also
rebuilds the derived figures it reaches (its own rows and those of its components, from its
first approved year on), as an approval would; a 红黄绿 rule edit that changes the cut-offs
in force derives every stored light again.

Connected in ``ObservationsConfig.ready()`` for the models below this app; feature apps
connect their own rule models to :func:`policy_changed`.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Min

from citystat.indicators.lights import active_thresholds
from citystat.indicators.models import Indicator, LightRule
from citystat.observations.derivation import (
    bump_policy_version,
    recompute_derived,
    recompute_scope,
    scope_for_observations,
)
from citystat.observations.models import Observation, Status

# The indicator fields the derivation engine reads (``derivation.frames``' catalogue).
DERIVATION_FIELDS = (
    "code",
    "unit",
    "cumulative",
    "additive",
    "polarity",
    "growth_method",
    "decimals",
    "growth_decimals",
    "parent_id",
    "subset_of_id",
    "progress_basis",
)


def policy_changed(**_: object) -> None:
    """Receiver for ``post_save``/``post_delete``/``m2m_changed`` of a policy model."""
    bump_policy_version()


def remember_lights(sender: type[LightRule], instance: LightRule, **_: object) -> None:
    """``pre_save``/``pre_delete`` of a 红黄绿 rule: the cut-offs in force before it."""
    instance._lights_before = active_thresholds()  # type: ignore[attr-defined]


def lights_changed(sender: type[LightRule], instance: LightRule, **_: object) -> None:
    """``post_save``/``post_delete`` of a 红黄绿 rule: the policy version moves, and when the
    cut-offs in force changed, every stored light is derived again under them (a full
    rebuild, in the same transaction as the edit)."""
    bump_policy_version()
    if getattr(instance, "_lights_before", None) != active_thresholds():
        recompute_derived()


def remember_indicator(sender: type[Indicator], instance: Indicator, **_: object) -> None:
    """``pre_save``: keep what the engine read before, to compare after the save."""
    before = None
    if instance.pk is not None:
        before = Indicator.objects.filter(pk=instance.pk).values(*DERIVATION_FIELDS).first()
    instance._derivation_before = before  # type: ignore[attr-defined]


def indicator_saved(sender: type[Indicator], instance: Indicator, **_: object) -> None:
    """``post_save``: move the policy version; rebuild the figures a changed engine input reaches."""
    bump_policy_version()
    before: dict[str, Any] | None = getattr(instance, "_derivation_before", None)
    if before is None:
        return
    now = {f: getattr(instance, f) for f in DERIVATION_FIELDS}
    if now != before:
        rebuild_for_indicator(instance.pk, before)


def rebuild_for_indicator(indicator_id: int, before: dict[str, Any]) -> int:
    """Rebuild the rows an edit of the indicator reaches; returns rows rewritten.

    Its own series and its components (``scope_for_observations``), and those of the whole
    or set it belonged to before the edit, every region, from the first approved year of any
    of them on.
    """
    ids = {indicator_id} | {before[f] for f in ("parent_id", "subset_of_id") if before[f]}
    first = Observation.objects.filter(indicator_id__in=ids, status=Status.APPROVED).aggregate(
        first=Min("year")
    )["first"]
    if first is None:
        return 0
    scope = scope_for_observations((i, first) for i in ids)
    return 0 if scope is None else recompute_scope(scope)
