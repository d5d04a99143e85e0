"""End to end: the seed article and our own annotated texts, scored as the guideline says.

The seed and its gold facts are read from ``../shared`` at run time (never copied into
the project); the test skips when that directory is absent. The thresholds are the
figures reached when this was written, so a regression fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citystat.textfacts import Scores, evaluate, extract, read_jsonl

CORPUS = Path(__file__).resolve().parent / "corpus"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))


def _score(text_path: Path, gold_path: Path, region: str | None, year: int | None) -> Scores:
    text = text_path.read_text(encoding="utf-8")
    gold = read_jsonl(gold_path.read_text(encoding="utf-8"))
    return evaluate(extract(text, region=region, year=year), gold)


def _pooled(names: list[str]) -> Scores:
    total: Scores | None = None
    for name in names:
        meta = MANIFEST[name]
        s = _score(CORPUS / f"{name}.txt", CORPUS / f"{name}.jsonl", meta["region"], meta["year"])
        if total is None:
            total = s
            continue
        n_old, n_new = total.true_positives, s.true_positives
        accuracy = {
            k: (total.field_accuracy[k] * n_old + s.field_accuracy[k] * n_new)
            / max(1, n_old + n_new)
            for k in total.field_accuracy
        }
        total = Scores(
            total.true_positives + n_new,
            total.false_positives + s.false_positives,
            total.misses + s.misses,
            total.fully_correct + s.fully_correct,
            accuracy,
        )
    assert total is not None
    return total


@pytest.fixture
def seed_paths() -> tuple[Path, Path]:
    text = SHARED / "seed" / "000_3b3bfd8559e18818.txt"
    gold = SHARED / "data" / "textfacts" / "seed_facts.jsonl"
    if not (text.is_file() and gold.is_file()):
        pytest.skip("../shared (seed article and its gold facts) is not present beside the project")
    return text, gold


def test_seed_with_region_and_year_given(seed_paths: tuple[Path, Path]) -> None:
    scores = _score(*seed_paths, "忻州市", 2023)
    assert scores.f1 >= 1.0
    assert scores.fully_correct_f1 >= 0.95


def test_seed_with_region_and_year_guessed(seed_paths: tuple[Path, Path]) -> None:
    scores = _score(*seed_paths, None, None)
    assert scores.f1 >= 1.0
    assert scores.fully_correct_f1 >= 0.95


def test_seed_non_facts_are_not_extracted(seed_paths: tuple[Path, Path]) -> None:
    text = seed_paths[0].read_text(encoding="utf-8")
    non_facts = [
        json.loads(line)
        for line in (seed_paths[1].parent / "seed_non_facts.jsonl").open(encoding="utf-8")
    ]
    facts = extract(text, region="忻州市", year=2023)
    overlapping = [
        (n["text_span"], f.text_span)
        for n in non_facts
        for f in facts
        if f.char_start < n["char_end"] and n["char_start"] < f.char_end
    ]
    assert overlapping == []


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_gold_offsets_point_at_their_spans(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    for fact in read_jsonl((CORPUS / f"{name}.jsonl").read_text(encoding="utf-8")):
        assert text[fact.char_start : fact.char_end] == fact.text_span


def test_development_texts() -> None:
    scores = _pooled([n for n, m in MANIFEST.items() if m["split"] == "dev"])
    assert scores.f1 >= 1.0
    assert scores.fully_correct_f1 >= 0.98


@pytest.mark.parametrize(
    ("split", "detection", "fully_correct"),
    [
        # Held out, then used for development once measured (see docs/textfacts.md):
        ("heldout-1", 1.0, 0.88),
        ("heldout-2", 1.0, 0.99),
        ("heldout-3", 1.0, 0.92),
        ("heldout-4", 1.0, 0.92),
        # First sight 0.957 / 0.800; then used for development (是上年的N倍, 第一、二、三产业,
        # 力争, section years, bare ratios changed 由…到…).
        ("heldout-7", 1.0, 0.99),
        # Not used for development: the figures of their first and only measurement.
        ("heldout-5", 1.0, 0.97),
        ("heldout-6", 0.98, 0.98),
        # First sight of the extractor of 83728b3 (0.926 / 0.680); then used for development
        # (table-row labels, 当月 in a cumulative period, 目标 as reference vs target, 成, 天).
        ("heldout-8", 1.0, 0.98),
        # First sight of the extractor of 30d8c77 (0.941 / 0.621); then used for development
        # (region lists, enumerated ranks, bare 增速, 全市 as object, 城镇和农村, targets).
        ("heldout-9", 1.0, 0.91),
        # First sight of the extractor of 82e3a97 (0.930 / 0.753); then used for development
        # (concentration, decibel and hour units, 首位, 相当于上年…的N倍, rates in 度, 年度任务,
        # 生产原煤 → 原煤产量, 和 before 分别, …以来 for one sentence).
        ("heldout-10", 1.0, 0.95),
        # First sight of the extractor of 930ebae (0.991 / 0.861); not used for development.
        ("heldout-11", 0.99, 0.86),
    ],
)
def test_held_out_texts(split: str, detection: float, fully_correct: float) -> None:
    scores = _pooled([n for n, m in MANIFEST.items() if m["split"] == split])
    assert scores.f1 >= detection
    assert scores.fully_correct_f1 >= fully_correct


def _eval_dir(folder: Path) -> tuple[float, float]:
    """Detection and fully-correct F1 of a folder, as `citystat extract --eval DIR` prints them."""
    from click.testing import CliRunner

    from citystat.commands.extract import extract_command

    if not (folder / "manifest.json").exists():
        pytest.skip(f"{folder} is absent")
    result = CliRunner().invoke(extract_command, ["--eval", str(folder)])
    assert result.exit_code == 0, result.output
    pooled = result.output.split("pooled:")[1]
    detection = float(pooled.split("F1 ")[1].split()[0])
    fully = float(pooled.split("fully correct")[1].split("F1 ")[1].split()[0])
    return detection, fully


def test_real_development_set_figures(shared_dir: Path) -> None:
    """The real-text development set (issue 13), scored as `citystat extract --eval DIR`."""
    detection, fully = _eval_dir(shared_dir / "data" / "textfacts" / "real")
    assert detection >= 0.99  # measured 0.998 (docs/textfacts.md, round 4)
    assert fully >= 0.97  # 0.970


@pytest.mark.parametrize(
    ("name", "detection_floor", "fully_floor"),
    [
        # The spent held-out sets and the development sets of real text, kept next to
        # ../shared (outside the repository; skipped where absent): figures of round 8,
        # with the gold corrected to the conventions of 2026-12-05; floors raised where
        # conventions 13–22 (session 6) moved a set.
        ("dev2-real", 1.0, 0.99),  # 1.000 / 0.994 (session 6, round 2)
        ("heldout-real", 0.99, 0.96),  # 0.993 / 0.964 (session 6, round 2)
        ("heldout3-real", 0.99, 0.98),  # 0.998 / 0.982 (session 6, round 2)
        ("heldout4-real", 1.0, 0.98),  # 1.000 / 0.983 (session 6, round 2)
        ("dev6-real", 0.99, 0.97),  # 0.998 / 0.973 (session 6, round 2)
        ("dev7-real", 1.0, 0.95),  # 1.000 / 0.950 (session 6, round 2)
        ("heldout5-real", 0.99, 0.93),  # 0.998 / 0.934 (session 6, round 2)
        ("dev8-real", 0.99, 0.94),  # 0.992 / 0.943 (session 6, round 2)
        # round 9 (textfacts9): the judge of round 8, then a fresh set, both tuned on since
        ("heldout6-real", 0.99, 0.96),  # 0.994 / 0.961 (session 6, round 2)
        ("dev9-real", 0.99, 0.92),  # 0.993 / 0.922 (session 6, round 2)
        # round 11 (textfacts11): the judges of round 10 and the table set, tuned on
        ("heldout7-real", 0.99, 0.92),  # 1.000 / 0.929 (session 6, round 2)
        ("heldout8-real", 0.98, 0.96),  # 0.985 / 0.961 (session 6, round 2)
        ("dev10-real", 1.0, 0.98),  # 1.000 / 0.985 (session 6, round 2)
        # round 13 (textfacts12): the judges of round 11, tuned on since
        ("heldout9-real", 0.99, 0.98),  # 0.997 / 0.983 (session 6, round 2)
        ("heldout10-real", 0.99, 0.94),  # 0.995 / 0.949 (session 6, round 2)
        # the judges of session 5's second round, measured once at its end (f0dc981)
        # (session 6, textfacts13: rules other than subjects tuned on them)
        ("heldout11-real", 0.98, 0.94),  # 0.989 / 0.942 (session 6, round 2)
        ("heldout12-real", 0.99, 0.80),  # 0.991 / 0.808 (session 6, round 2)
        # the judges of session 6's first round, spent in round 2 (tables15: their tables;
        # gold as corrected by then to conventions 13-22, minus 0.01)
        ("heldout13-real", 0.97, 0.87),  # 0.974 / 0.874 (session 6, round 2)
        ("heldout14-real", 0.97, 0.88),  # 0.976 / 0.886 (session 6, round 2)
        # session 7's genre round (民生实事, price releases, industrial tables): its two
        # development sets, its judges spent in round 2 and round 2's judge (0387ef5)
        ("dev17-real", 1.0, 0.97),  # 1.000 / 0.974
        ("dev18-real", 0.99, 0.95),  # 0.992 / 0.951
        ("heldout17-real", 0.99, 0.91),  # 0.991 / 0.916
        ("heldout18-real", 0.98, 0.92),  # 0.987 / 0.922
        ("heldout19-real", 0.99, 0.88),  # 0.995 / 0.885 (0.850 / 0.290 at its round's end)
        # session 8's genre round (environment, finance, property and retail, bulletins and
        # quarterly economy, transport, education and health): its development sets after
        # two passes, and its three judges as measured once at the round's end (740c1ec)
        ("dev20a-real", 0.98, 0.95),  # 0.988 / 0.957 (0.587 / 0.384 at first sight)
        ("dev20b-real", 0.98, 0.89),  # 0.983 / 0.897 (0.903 / 0.434)
        ("dev20c-real", 1.0, 0.96),  # 1.000 / 0.962 (0.998 / 0.856)
        ("dev21a-real", 0.99, 0.96),  # 0.990 / 0.961 (0.977 / 0.810)
        ("dev21b-real", 0.98, 0.78),  # 0.988 / 0.787 (0.923 / 0.526)
        ("heldout20-real", 0.97, 0.85),  # 0.972 / 0.856 (0.888 / 0.434 at session 8's start)
        ("heldout21-real", 0.99, 0.95),  # 0.995 / 0.953 (0.984 / 0.827)
        ("heldout22-real", 0.99, 0.89),  # 0.997 / 0.903 (0.922 / 0.536)
        # session 9 (gold of the sets above corrected to conventions 30-35): its three judges
        # of new genres, measured once at the start and the end of the round (1841c2d,
        # 0287fc3: 0.967 / 0.519, 0.971 / 0.798, 0.859 / 0.639), then tuned on (third pass)
        ("heldout23-real", 0.98, 0.91),  # 0.987 / 0.911 (session 11)
        ("heldout24-real", 0.98, 0.91),  # 0.984 / 0.913 (session 11)
        ("heldout25-real", 0.96, 0.89),  # 0.963 / 0.897 (session 11)
        # session 10: its three judges of new genres, measured once at the start and the end
        # of the round (9c905ac, cce3b1a: the same figures, 0.921 / 0.679, 0.932 / 0.489,
        # 0.980 / 0.842), then tuned on (third pass)
        ("heldout26-real", 0.96, 0.76),  # 0.960 / 0.760 (session 11)
        ("heldout27-real", 0.98, 0.70),  # 0.989 / 0.711 (session 12)
        ("heldout28-real", 0.98, 0.90),  # 0.992 / 0.910 (session 12)
        # session 11: its three judges of new genres, measured once at the start and after the
        # round's two general passes (a264041, 7d9c335: 0.875 / 0.224 both, 0.942 / 0.656 →
        # 0.942 / 0.684, 0.958 / 0.651 both), then tuned on (third pass)
        ("heldout29-real", 0.87, 0.23),  # 0.877 / 0.234 (session 12)
        ("heldout30-real", 0.95, 0.76),  # 0.958 / 0.769 (session 13)
        ("heldout31-real", 0.96, 0.72),  # 0.962 / 0.731 (session 12)
        # session 12: its three judges of new genres, measured at the start, after the 3-set
        # rules and after the 2-set rules (db2abde, e539250, 66cabbd: the same figures each
        # time, 0.990 / 0.784, 0.930 / 0.491, 0.915 / 0.607), then tuned on (third pass)
        ("heldout32-real", 0.98, 0.78),  # 0.990 / 0.784
        ("heldout33-real", 0.93, 0.72),  # 0.940 / 0.738 (session 13)
        ("heldout34-real", 0.91, 0.65),  # 0.915 / 0.663 (session 13)
        # session 13: its three judges of new genres, measured at the start and at the end
        # (f2f30b7, 8d27912: the same figures, 0.994 / 0.926, 0.982 / 0.587, 0.982 / 0.700)
        ("heldout35-real", 0.99, 0.92),  # 0.994 / 0.926
        ("heldout36-real", 0.97, 0.58),  # 0.982 / 0.587
        ("heldout37-real", 0.97, 0.69),  # 0.982 / 0.700
    ],
)
def test_spent_real_sets_do_not_drop(
    shared_dir: Path, name: str, detection_floor: float, fully_floor: float
) -> None:
    detection, fully = _eval_dir(shared_dir.parent / name)
    assert detection >= detection_floor
    assert fully >= fully_floor
