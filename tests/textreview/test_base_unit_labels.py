"""Every base unit the extractor writes for a unit word is shown in Chinese on the review
page (a fact of 94.1分 showed its base as ``score``; session 23)."""

from __future__ import annotations

from citystat.textfacts.units import UNITS
from citystat.textreview.models import BASE_UNIT_LABELS


def test_every_base_unit_of_a_unit_word_has_a_label() -> None:
    assert sorted({info.base for info in UNITS.values()} - set(BASE_UNIT_LABELS)) == []


def test_the_labels_of_scores_minutes_and_hong_kong_dollars() -> None:
    assert (BASE_UNIT_LABELS["score"], BASE_UNIT_LABELS["minute"], BASE_UNIT_LABELS["HKD"]) == (
        "分",
        "分钟",
        "港元",
    )
