"""One spelling of the 示例数据 part notes, shared by the demo writer and every reader."""

from __future__ import annotations

from citystat.observations.synthetic import part_note, synthetic_parts


def test_part_notes_are_spelled_once() -> None:
    assert part_note("growth") == "增速为示例数据"
    assert part_note("value") == "总量为示例数据"


def test_flagged_observation_is_synthetic_in_both_parts() -> None:
    assert synthetic_parts(True, "") == {"value", "growth"}


def test_published_observation_names_its_synthetic_part() -> None:
    note = "总量:某统计公报;增速为示例数据"
    assert synthetic_parts(False, note) == {"growth"}
    assert synthetic_parts(False, "总量、增速:某统计公报") == set()
    assert synthetic_parts(False, "总量为示例数据;增速为示例数据") == {"value", "growth"}
