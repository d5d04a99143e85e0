"""``citystat compute``: the statistics engine without the server.

Reads long-format observations and a catalogue (CSV or .xlsx), runs
:func:`citystat.stats.batch.derive`, and writes the derived table (CSV or
.xlsx). The file formats are documented in ``docs/statistics/compute-cli.md``.
pandas is imported inside the command so that ``citystat --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    import pandas as pd

CHUNK_ROWS = 200_000  # rows per chunk when reading or writing large files
CHUNKED_FROM_BYTES = 8 * 1024 * 1024  # CSV observations from this size are read in chunks
LARGE_ROWS = 100_000  # from this size on, show progress bars
XLSX_MAX_ROWS = 1_048_575  # one sheet, less the header row
READERS = {".csv", ".xlsx"}


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise click.ClickException(
            f"{path.name}: unsupported file type {suffix or '(none)'}; use .csv or .xlsx"
        )
    return suffix


def _read_table(path: Path, *, label: str) -> pd.DataFrame:
    """Read a small table with every cell as text; the engine's schema converts."""
    import pandas as pd

    try:
        if _suffix(path) == ".csv":
            return pd.read_csv(path, dtype=str, skipinitialspace=True, encoding="utf-8-sig")
        return pd.read_excel(path, sheet_name=0, dtype=str, engine="openpyxl")
    except click.ClickException:
        raise
    except Exception as exc:  # any parser failure becomes one line
        raise click.ClickException(f"{path.name}: cannot read {label}: {_first_line(exc)}") from exc


def _csv_chunks(path: Path) -> Iterator[pd.DataFrame]:
    import pandas as pd

    yield from pd.read_csv(
        path,
        dtype={"indicator": str, "region": str},
        skipinitialspace=True,
        encoding="utf-8-sig",
        chunksize=CHUNK_ROWS,
    )


def _read_observations(path: Path) -> pd.DataFrame:
    """Read observations; large CSVs in chunks, with a progress bar."""
    import pandas as pd

    try:
        if _suffix(path) == ".xlsx":
            frame = pd.read_excel(
                path, sheet_name=0, dtype={"indicator": str, "region": str}, engine="openpyxl"
            )
        else:
            large = path.stat().st_size > CHUNKED_FROM_BYTES
            if large:
                with click.progressbar(
                    _csv_chunks(path), label="读取 / reading observations", file=sys.stderr
                ) as chunks:
                    parts = [_compact(chunk) for chunk in chunks]
                frame = _concat(parts)
            else:
                frame = pd.read_csv(
                    path,
                    dtype={"indicator": str, "region": str},
                    skipinitialspace=True,
                    encoding="utf-8-sig",
                )
    except click.ClickException:
        raise
    except Exception as exc:
        raise click.ClickException(
            f"{path.name}: cannot read observations: {_first_line(exc)}"
        ) from exc
    return _compact(frame)


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate chunks, merging their categories instead of falling back to text."""
    import pandas as pd
    from pandas.api.types import union_categoricals

    codes = {
        column: union_categoricals([part[column] for part in parts])
        for column in ("indicator", "region")
        if all(
            column in part and isinstance(part[column].dtype, pd.CategoricalDtype) for part in parts
        )
    }
    frame = pd.concat([part.drop(columns=list(codes)) for part in parts], ignore_index=True)
    for column, values in codes.items():
        frame[column] = values
    return frame


def _compact(frame: pd.DataFrame) -> pd.DataFrame:
    # Codes repeat millions of times: categories keep memory and hashing small.
    for column in ("indicator", "region"):
        if column in frame and frame[column].dtype == object:
            frame[column] = frame[column].astype("category")
    return frame


def _text_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Codes from the input file stay text in Excel: never formulas (``citystat.cells``)."""
    import pandas as pd

    from citystat.cells import safe_cell

    text = [
        c
        for c in frame.columns
        if frame[c].dtype == object or isinstance(frame[c].dtype, pd.CategoricalDtype)
    ]
    return frame.assign(**{str(c): frame[c].map(safe_cell) for c in text}) if text else frame


def _write(frame: pd.DataFrame, path: Path) -> None:
    """Write the derived table under a temporary name, then rename it (``citystat.files``)."""
    from citystat.files import atomic_path

    suffix = _suffix(path)
    frame = _text_as_text(frame)
    if suffix == ".xlsx" and len(frame) > XLSX_MAX_ROWS:
        raise click.ClickException(
            f"{path.name}: {len(frame):,} rows do not fit in one .xlsx sheet "
            f"({XLSX_MAX_ROWS:,} max); write a .csv instead"
        )
    with atomic_path(path) as tmp:
        if suffix == ".xlsx":
            frame.to_excel(tmp, index=False, sheet_name="derived", engine="openpyxl")
        elif len(frame) < LARGE_ROWS:
            frame.to_csv(tmp, index=False, encoding="utf-8")
        else:
            starts = range(0, len(frame), CHUNK_ROWS)
            with (
                tmp.open("w", encoding="utf-8", newline="") as handle,
                click.progressbar(starts, label="写出 / writing", file=sys.stderr) as bar,
            ):
                for start in bar:
                    chunk = frame.iloc[start : start + CHUNK_ROWS]
                    chunk.to_csv(handle, index=False, header=start == 0)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


@click.command(name="compute")
@click.argument("observations", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--catalogue",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Indicator catalogue (.csv or .xlsx).",
)
@click.option(
    "--regions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Regions with parent and rankable (enables ranks and shares of the parent region).",
)
@click.option(
    "--targets",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Annual targets: target_value and/or target_growth per indicator, region, year.",
)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Where to write the derived table (.csv or .xlsx).",
)
def compute(
    observations: Path,
    catalogue: Path,
    regions: Path | None,
    targets: Path | None,
    output: Path,
) -> None:
    """Derive 当月值, 同比, 拉动/贡献率, 占比, 位次, 目标完成率 and 红黄绿 from a data file.

    OBSERVATIONS is a long table (.csv or .xlsx) with indicator, region, year,
    month, value and optionally growth_reported. See docs/statistics/compute-cli.md.
    """
    from citystat.stats.batch import derive
    from citystat.stats.schema import SchemaError

    _suffix(output)
    obs = _read_observations(observations)
    cat = _read_table(catalogue, label="catalogue")
    regs = _read_table(regions, label="regions") if regions else None
    tgts = _read_table(targets, label="targets") if targets else None
    try:
        derived = derive(obs, cat, regs, tgts)
    except SchemaError as exc:
        names = {
            "observations": observations.name,
            "catalogue": catalogue.name,
            "regions": regions.name if regions else "regions",
            "targets": targets.name if targets else "targets",
        }
        table, _, rest = str(exc).partition(": ")
        raise click.ClickException(f"{names.get(table, table)}: {rest}") from exc
    del obs
    _write(derived, output)
    click.echo(f"{len(derived):,} rows → {output}", err=True)
