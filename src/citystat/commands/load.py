"""`citystat load regions|catalogue|targets FILE`: a city's reference data from files.

Each file (.xlsx, .xls or .csv) is read whole and checked against itself and the database;
on any problem nothing is written and every problem is printed with its file, sheet, row
and column. The formats are in docs/load-files.md.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from citystat.importers.problems import Problem

KINDS = {
    "regions": ("区划", "Load the region tree (区划代码, 名称, 类型, 上级代码 …)."),
    "catalogue": ("指标体系", "Load the indicator catalogue (指标代码, 维度, 构成 …)."),
    "targets": (
        "年度目标",
        "Load a year's targets (title 「YYYY年度目标」, one column per region).",
    ),
}


@dataclass(frozen=True)
class Result:
    """What the loader reports back, whatever the kind of file."""

    problems: list[str]
    errors: int
    rows: int
    written: bool


@click.group("load")
def load() -> None:
    """Load a city's regions, catalogue or targets from a file (all or nothing)."""


def _result(
    filename: str, problems: Sequence[Problem], rows: int = 0, written: bool = False
) -> Result:
    """Each problem located in the file: 「[错误] 文件“x.csv” 工作表“x” 第3行 C列:…」."""
    lines = [f"[{p.severity_label}] 文件“{filename}” {p.location}:{p.message}" for p in problems]
    return Result(lines, sum(1 for p in problems if p.is_error), rows, written)


def _run(kind: str, path: str, dry_run: bool, reason: str) -> Result:
    from citystat.importers import parse
    from citystat.importers.problems import RejectedError, error

    filename = os.path.basename(path)
    size = os.path.getsize(path)
    too_big = parse.size_problem(size)
    if too_big is not None:
        return _result(filename, [too_big])
    with open(path, "rb") as f:
        data = f.read()
    try:
        book = parse.parse_bytes(data, filename)
    except RejectedError as exc:
        return _result(filename, exc.problems)
    if not book.sheets:
        return _result(filename, [error("文件中没有工作表。")])
    if kind == "targets":
        from citystat.targets import sheet

        t = sheet.load(book, user=None, reason=reason, dry_run=dry_run)
        return _result(filename, t.problems, len(t.changes), t.written)
    from citystat.intake import reference

    loader = reference.load_regions if kind == "regions" else reference.load_catalogue
    out = loader(book, dry_run=dry_run)
    return _result(filename, out.problems, out.rows, out.written)


def _subcommand(kind: str) -> click.Command:
    what, help_text = KINDS[kind]
    counted = "项目标" if kind == "targets" else "行"  # targets count what changes, not rows

    def run(file: str, dry_run: bool, reason: str = "") -> None:
        from citystat.djangosetup import check_database, setup_django

        setup_django()
        check_database()
        result = _run(kind, file, dry_run, reason)
        for line in result.problems:
            click.echo(line, err=True)
        name = os.path.basename(file)
        if result.errors:
            raise click.ClickException(
                f"未载入{what}:{result.errors} 个错误,未写入任何数据({name})。"
            )
        if dry_run:
            click.echo(f"预检通过(未写入):{what} {result.rows} {counted}({name})。")
        else:
            click.echo(f"已载入{what}:{result.rows} {counted}({name})。")

    params: list[click.Parameter] = [
        click.Argument(["file"], type=click.Path(exists=True, dir_okay=False)),
        click.Option(["--dry-run"], is_flag=True, help="Check the file; write nothing."),
    ]
    if kind == "targets":
        params.append(
            click.Option(["--reason"], default="", help="Reason for changing targets already set.")
        )
    return click.Command(kind, callback=run, params=params, help=help_text)


for _kind in KINDS:
    load.add_command(_subcommand(_kind))
