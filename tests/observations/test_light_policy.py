"""One light policy: the active 红黄绿 rule colours the derived figures as it does projects.

An edit of the rule in the admin re-derives every stored light at once (in the edit's
transaction), and the stored lights then equal a full rebuild under the new rule.
"""

from __future__ import annotations

from collections import Counter

import pytest

from citystat.accounts.models import User
from citystat.indicators.lights import active_thresholds
from citystat.indicators.models import LightRule
from citystat.observations.derivation import derived_rows
from citystat.observations.models import DerivedFigure
from citystat.stats.lights import LightThresholds

pytestmark = pytest.mark.django_db

# Demo figures whose gap to their growth target is 1–3 pp: yellow under the seeded rule.
EXPECTED_MOVES = Counter({("yellow", "red"): 147})


def _lights() -> dict[tuple[int, int, int, int], str]:
    return {
        (d.indicator_id, d.region_id, d.year, d.month): d.light
        for d in DerivedFigure.objects.exclude(light="")
    }


def test_the_seeded_rule_is_the_engines_default() -> None:
    assert active_thresholds() == LightThresholds()


def test_a_growth_cut_off_edited_in_the_admin_relights_the_figures_at_once(client) -> None:
    before = _lights()
    rule = LightRule.objects.get(is_active=True)
    client.force_login(User.objects.get(username="admin"))
    response = client.post(
        f"/admin/indicators/lightrule/{rule.pk}/change/",
        {
            "code": rule.code,
            "name": rule.name,
            "green_from": "0",
            "red_below": "-30",
            "growth_green_from": "0",
            "growth_red_below": "-1",
            "start_red_months": "3",
            "is_active": "on",
            "note": rule.note,
            "reason": "增速目标差1个百分点以上即为红灯",
        },
    )
    assert response.status_code == 302
    after = _lights()
    moved = Counter((before[k], after[k]) for k in before if before[k] != after[k])
    assert moved == EXPECTED_MOVES
    # What a full rebuild under the new rule would store.
    rebuilt = {(d.indicator_id, d.region_id, d.year, d.month): d.light for d in derived_rows()}
    assert {k: v for k, v in rebuilt.items() if v} == after


def test_saving_the_rule_unchanged_rebuilds_nothing() -> None:
    cells = ("indicator_id", "region_id", "year", "month")
    before = list(DerivedFigure.objects.order_by(*cells).values_list(*cells, "computed_at"))
    LightRule.objects.get(is_active=True).save()
    assert list(DerivedFigure.objects.order_by(*cells).values_list(*cells, "computed_at")) == before
