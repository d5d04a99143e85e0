"""``citystat compute`` on real CSV and .xlsx files written by the test."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from citystat.commands.compute import compute


@pytest.fixture
def files(
    tmp_path: Path,
    observations: pd.DataFrame,
    catalogue: pd.DataFrame,
    regions: pd.DataFrame,
    targets: pd.DataFrame,
) -> dict[str, Path]:
    paths = {
        "obs_csv": tmp_path / "observations.csv",
        "obs_xlsx": tmp_path / "observations.xlsx",
        "catalogue": tmp_path / "catalogue.csv",
        "regions": tmp_path / "regions.xlsx",
        "targets": tmp_path / "targets.csv",
    }
    observations.to_csv(paths["obs_csv"], index=False)
    observations.to_excel(paths["obs_xlsx"], index=False)
    catalogue.to_csv(paths["catalogue"], index=False)
    regions.to_excel(paths["regions"], index=False)
    targets.to_csv(paths["targets"], index=False)
    return paths


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(compute, [str(a) for a in args])
    return result.exit_code, result.output


def test_compute_csv_to_csv_with_exact_figures(
    files: dict[str, Path], tmp_path: Path, observations: pd.DataFrame
) -> None:
    out = tmp_path / "derived.csv"
    code, output = run(
        files["obs_csv"],
        "--catalogue",
        files["catalogue"],
        "--regions",
        files["regions"],
        "--targets",
        files["targets"],
        "--output",
        out,
    )
    assert code == 0, output
    derived = pd.read_csv(out, dtype={"region": str})
    a4 = derived[
        (derived.indicator == "FAI")
        & (derived.region == "A")
        & (derived.year == 2025)
        & (derived.month == 4)
    ]
    assert a4["monthly_value"].tolist() == [25800.0]
    assert a4["rank"].tolist() == [2]
    assert a4["light"].tolist() == ["green"]
    assert round(float(a4["growth"].iloc[0]), 4) == 7.3737
    assert len(derived) == len(observations)


def test_compute_xlsx_to_xlsx(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "derived.xlsx"
    code, output = run(files["obs_xlsx"], "--catalogue", files["catalogue"], "-o", out)
    assert code == 0, output
    derived = pd.read_excel(out, sheet_name="derived")
    b = derived[(derived.indicator == "FAI2") & (derived.region == "B") & (derived.year == 2025)]
    assert b["contribution"].round(6).tolist() == [100.0]
    assert b["pull"].round(6).tolist() == [10.0]


def test_missing_column_is_a_one_line_error(files: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    pd.read_csv(files["obs_csv"]).drop(columns="month").to_csv(broken, index=False)
    code, output = run(broken, "--catalogue", files["catalogue"], "-o", tmp_path / "x.csv")
    assert code != 0
    assert output.strip() == "Error: broken.csv: missing column 'month'"


def test_bad_number_names_the_row(files: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "bad.csv"
    frame = pd.read_csv(files["obs_csv"])
    frame["value"] = frame["value"].astype(object)
    frame.loc[4, "value"] = "八万"
    frame.to_csv(broken, index=False)
    code, output = run(broken, "--catalogue", files["catalogue"], "-o", tmp_path / "x.csv")
    assert code != 0
    assert output.strip() == "Error: bad.csv: column 'value' row 5: not a number: '八万'"


def test_bad_catalogue_flag_names_the_file(files: dict[str, Path], tmp_path: Path) -> None:
    cat = tmp_path / "cat.csv"
    frame = pd.read_csv(files["catalogue"])
    frame["cumulative"] = frame["cumulative"].astype(object)
    frame.loc[0, "cumulative"] = "maybe"
    frame.to_csv(cat, index=False)
    code, output = run(files["obs_csv"], "--catalogue", cat, "-o", tmp_path / "x.csv")
    assert code != 0
    assert (
        output.strip() == "Error: cat.csv: column 'cumulative' row 1: not a yes/no value: 'maybe'"
    )


def test_unsupported_output_type(files: dict[str, Path], tmp_path: Path) -> None:
    code, output = run(
        files["obs_csv"], "--catalogue", files["catalogue"], "-o", tmp_path / "x.json"
    )
    assert code != 0
    assert "unsupported file type .json" in output


def test_large_input_shows_progress_and_round_trips(
    tmp_path: Path, catalogue: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    import citystat.commands.compute as command

    monkeypatch.setattr(command, "CHUNKED_FROM_BYTES", 0)  # read in chunks too
    monkeypatch.setattr(command, "CHUNK_ROWS", 30_000)
    n_regions, months = 4200, 24
    obs = pd.DataFrame(
        {
            "indicator": "FAI",
            "region": [f"R{i:04d}" for i in range(n_regions) for _ in range(months)],
            "year": [2024 + m // 12 for _ in range(n_regions) for m in range(months)],
            "month": [m % 12 + 1 for _ in range(n_regions) for m in range(months)],
            "value": [
                float(m % 12 + 1) * (1 + m // 12 * 0.1)
                for _ in range(n_regions)
                for m in range(months)
            ],
        }
    )
    source, out, cat = tmp_path / "big.csv", tmp_path / "big-out.csv", tmp_path / "cat.csv"
    obs.to_csv(source, index=False)
    catalogue.to_csv(cat, index=False)
    code, output = run(source, "--catalogue", cat, "-o", out)
    assert code == 0, output
    assert "读取 / reading observations" in output
    assert "写出 / writing" in output
    derived = pd.read_csv(out)
    assert len(derived) == n_regions * months
    assert derived.loc[(derived.year == 2025), "growth"].round(6).unique().tolist() == [10.0]
