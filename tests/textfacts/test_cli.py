"""`citystat extract`, through click's test runner."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner

from citystat.commands.extract import extract_command

TEXT = (
    "定襄县统计公报\n全年全县地区生产总值128.64亿元,比上年增长5.6%。三次产业结构为7.7:47.7:44.6。\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_jsonl_output_has_the_schema_fields(tmp_path: Path) -> None:
    path = _write(tmp_path, "dx.txt", TEXT.encode())
    result = CliRunner().invoke(extract_command, [str(path), "--year", "2023"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text_span"] for r in rows] == ["128.64亿元", "5.6%", "7.7:47.7:44.6"]
    assert rows[0]["id"] == "dx-001"
    assert (rows[0]["region"], rows[0]["region_code"], rows[0]["period"]) == (
        "定襄县",
        "140921",
        "2023",
    )
    assert list(rows[0])[:4] == ["id", "text_span", "char_start", "char_end"]
    assert list(rows[0])[-2:] == ["region_code", "indicator"]


def test_csv_output_and_output_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "dx.txt", TEXT.encode("gbk"))
    out = tmp_path / "facts.csv"
    result = CliRunner().invoke(
        extract_command, [str(path), "--format", "csv", "--output", str(out), "--region", "140921"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["value_base"] for r in rows] == ["12864000000.0", "5.6", "[7.7, 47.7, 44.6]"]
    assert rows[0]["comparable_price"] == "false"


def test_region_name_outside_the_tree_is_used_as_given(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "全县小学36所。".encode())
    result = CliRunner().invoke(
        extract_command, [str(path), "--region", "清源县", "--year", "2023"]
    )
    row = json.loads(result.output)
    assert (row["region"], row["region_code"]) == ("清源县", None)


def test_several_files_are_read_in_turn(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "全县小学36所。".encode())
    b = _write(tmp_path, "b.txt", "全县中学12所。".encode())
    result = CliRunner().invoke(extract_command, [str(a), str(b), "--year", "2023"])
    assert [json.loads(x)["id"] for x in result.output.splitlines()] == ["a-001", "b-001"]


def test_eval_prints_detection_and_field_figures(tmp_path: Path) -> None:
    text = _write(tmp_path, "dx.txt", TEXT.encode())
    produced = CliRunner().invoke(extract_command, [str(text), "--year", "2023"]).output
    gold = _write(tmp_path, "gold.jsonl", produced.encode())
    result = CliRunner().invoke(extract_command, ["--eval", str(gold), str(text), "--year", "2023"])
    assert result.exit_code == 0, result.output
    assert "precision 1.000   recall 1.000   F1 1.000" in result.output
    for name in ("unit", "period", "region", "qualifier", "comparable_price", "subject"):
        assert f"  {name}" in result.output
    assert "fully correct   3/3   F1 1.000" in result.output


def test_eval_takes_exactly_one_text(tmp_path: Path) -> None:
    text = _write(tmp_path, "a.txt", TEXT.encode())
    gold = _write(tmp_path, "gold.jsonl", b"")
    result = CliRunner().invoke(extract_command, ["--eval", str(gold), str(text), str(text)])
    assert result.exit_code != 0
    assert "one TEXT file" in result.output


def test_binary_file_is_refused_with_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = CliRunner().invoke(extract_command, [str(path)])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        f"Error: {path}: binary data, not text (NUL bytes found)"
    ]


def test_empty_file_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(extract_command, [str(_write(tmp_path, "e.txt", b"\n"))])
    assert result.exit_code != 0
    assert "empty text" in result.output


def test_file_over_50_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    result = CliRunner().invoke(extract_command, [str(path)])
    assert result.exit_code != 0
    assert "file too large" in result.output


def test_missing_file_and_no_file(tmp_path: Path) -> None:
    missing = CliRunner().invoke(extract_command, [str(tmp_path / "nope.txt")])
    assert missing.exit_code != 0 and "cannot read" in missing.output
    assert CliRunner().invoke(extract_command, []).exit_code != 0


def test_mojibake_is_refused(tmp_path: Path) -> None:
    garbled = TEXT.encode().decode("gbk", errors="replace").encode()
    result = CliRunner().invoke(extract_command, [str(_write(tmp_path, "m.txt", garbled))])
    assert result.exit_code != 0
    assert "mojibake" in result.output


def test_html_file_is_stripped(tmp_path: Path) -> None:
    page = "<html><body><p>全县小学36所。</p><script>alert(1)</script></body></html>"
    result = CliRunner().invoke(
        extract_command, [str(_write(tmp_path, "p.html", page.encode())), "--year", "2023"]
    )
    assert result.exit_code == 0
    assert json.loads(result.output.splitlines()[-1])["text_span"] == "36所"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    body = "全年全县地区生产总值128.64亿元,比上年增长5.6%。"
    (folder / "a.txt").write_text("# source: in-house\n" + body, encoding="utf-8")
    gold = [
        {
            "char_start": 10,
            "char_end": 18,
            "text_span": "128.64亿元",
            "measure": "level",
            "value_base": 12864000000.0,
            "subject": "地区生产总值",
            "region": "定襄县",
            "period": "2023",
            "unit": "亿元",
        },
        {
            "char_start": 24,
            "char_end": 28,
            "text_span": "5.6%",
            "measure": "growth_yoy",
            "value_base": 5.6,
            "subject": "地区生产总值",
            "region": "定襄县",
            "period": "2022",
            "unit": "%",
        },
        {
            "char_start": 0,
            "char_end": 2,
            "text_span": "全年",
            "measure": "count",
            "value_base": 1.0,
            "subject": "x",
            "unit": "个",
        },
    ]
    assert body[10:18] == "128.64亿元" and body[24:28] == "5.6%"
    (folder / "a.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8"
    )
    manifest = [
        {"key": "a", "text": "a.txt", "gold": "a.jsonl", "region_code": "140921", "period": "2023"}
    ]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_eval_folder_scores_each_text_and_pools(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(extract_command, ["--eval", str(folder), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("a ") and "detection F1 0.800" in lines[0]
    assert "fully correct F1 0.400" in lines[0]
    assert "    missed   全年 [0] count 1.0 x" in lines
    assert "    wrong    5.6% [24] period: '2023' ≠ '2022'" in lines
    assert "1 texts, gold facts: 3 (0 optional)   predicted: 2" in result.output
    assert "  period           0.500" in lines
    assert "(matched 2, false positives 0, missed 1)" in result.output


def _regioned(tmp_path: Path, region: str, entry: Mapping[str, object]) -> Path:
    """A set of one text whose gold gives every fact ``region``, its manifest ``entry``."""
    folder = _folder(tmp_path)
    gold = [json.loads(line) for line in (folder / "a.jsonl").read_text("utf-8").splitlines()]
    for fact in gold:
        fact["region"] = region
        fact["period"] = "2023"
    (folder / "a.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8"
    )
    manifest = [{"key": "a", "text": "a.txt", "gold": "a.jsonl", **entry}]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_eval_folder_names_the_documents_region_as_its_manifest_does(tmp_path: Path) -> None:
    # A zone named for the county it covers: the set declares the name and the code one place.
    entry = {"region": "某某示范区 (某市)", "region_code": "140921", "period": "2023"}
    folder = _regioned(tmp_path, "某某示范区", entry)
    result = CliRunner().invoke(extract_command, ["--eval", str(folder), "--errors"])
    assert result.exit_code == 0, result.output
    assert "  region           1.000" in result.output.splitlines()
    assert "fully correct   2/2   F1 0.800" in result.output


def test_eval_folder_gives_a_place_without_a_code_its_name_without_the_note(
    tmp_path: Path,
) -> None:
    # A sub-district has no division code: the manifest names it, and its parenthesis only
    # says where it lies. The extractor is given the name, not the note.
    entry = {"region": "某某街道（某区, 某市）", "region_code": "", "year": 2023}
    folder = _regioned(tmp_path, "某某街道", entry)
    result = CliRunner().invoke(extract_command, ["--eval", str(folder), "--errors"])
    assert result.exit_code == 0, result.output
    assert "  region           1.000" in result.output.splitlines()
    assert "fully correct   2/2   F1 0.800" in result.output


def test_eval_folder_gives_a_place_whose_code_the_data_lack_its_name(tmp_path: Path) -> None:
    # 台湾's 710000 is in no GB/T 2260 package's data: the text is read as of the name given.
    entry = {"region": "台湾", "region_code": "710000", "year": 2023}
    folder = _regioned(tmp_path, "台湾", entry)
    result = CliRunner().invoke(extract_command, ["--eval", str(folder), "--errors"])
    assert result.exit_code == 0, result.output
    assert "  region           1.000" in result.output.splitlines()


def test_eval_folder_without_manifest_is_refused_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(extract_command, ["--eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "manifest.json" in result.output and "Traceback" not in result.output


def test_agreement_scores_a_second_annotation_against_the_gold(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    second = tmp_path / "second"
    second.mkdir()
    facts = [
        json.loads(line) for line in (folder / "a.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    facts[1]["period"] = "2023"  # the second annotator dates the growth otherwise
    facts[2]["optional"] = True  # and leaves the third fact optional: set aside
    (second / "b.jsonl").write_text(
        "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8"
    )
    (second / "manifest.json").write_text(
        json.dumps([{"key": "a", "text": "a.txt", "gold": "b.jsonl"}]), encoding="utf-8"
    )
    result = CliRunner().invoke(
        extract_command, ["--eval", str(folder), "--agreement", str(second), "--errors"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "detection F1 0.800" in lines[0] and "fully correct F1 0.400" in lines[0]
    assert "    wrong    5.6% [24] period: '2023' ≠ '2022'" in lines
    assert "1 texts, gold facts: 3 (0 optional)   predicted: 2" in result.output


def test_agreement_needs_a_folder_and_matching_keys(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "manifest.json").write_text(
        json.dumps([{"key": "zz", "text": "a.txt", "gold": "a.jsonl"}]), encoding="utf-8"
    )
    unmatched = CliRunner().invoke(
        extract_command, ["--eval", str(folder), "--agreement", str(other)]
    )
    assert unmatched.exit_code == 1
    assert "its manifest lists none of the texts" in unmatched.output
    alone = CliRunner().invoke(extract_command, ["--agreement", str(other), "x.txt"])
    assert alone.exit_code == 2 and "--agreement DIR2 goes with --eval DIR" in alone.output
