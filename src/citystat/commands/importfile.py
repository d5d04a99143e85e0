"""`citystat import FILE`: import a figures file; exit 0 only when it was accepted."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from citystat.commands.template import parse_period

if TYPE_CHECKING:
    from citystat.accounts.models import User


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Show changes and problems; write nothing.")
@click.option("--user", "username", help="Act as this user (their permissions apply).")
@click.option("--unit", "unit", default="", help="Region code when the file does not say.")
@click.option("--period", "period", default="", help="YYYY-MM when the file does not say.")
@click.option("--explain", "explanation", default="", help="Explanation for the warnings.")
@click.option("--reason", default="", help="Reason for changing approved figures.")
@click.option("--submit", is_flag=True, help="Submit for review after loading.")
def import_file(
    file: str,
    dry_run: bool,
    username: str | None,
    unit: str,
    period: str,
    explanation: str,
    reason: str,
    submit: bool,
) -> None:
    """Import an .xlsx, .xls or .csv file of monthly figures (all or nothing)."""
    from citystat.djangosetup import check_database, setup_django

    period_hint = parse_period(period) if period else None
    setup_django()
    check_database()
    from citystat.accounts.models import User
    from citystat.importers import parse
    from citystat.intake import pipeline
    from citystat.intake.models import ImportBatch

    user = None
    if username:
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise click.ClickException(f"用户“{username}”不存在或已停用。")
    size = os.path.getsize(file)
    # Size first: a huge file is refused without being read.
    data = None if parse.size_problem(size) else open(file, "rb").read()  # noqa: SIM115
    if data is not None and _import_targets(data, os.path.basename(file), user, reason, dry_run):
        return
    outcome = pipeline.run(
        data,
        filename=os.path.basename(file),
        size=size,
        user=user,
        channel=ImportBatch.Channel.CLI,
        region_hint=unit,
        period_hint=period_hint,
        dry_run=dry_run,
        explanation=explanation,
        reason=reason,
        submit=submit,
    )
    for c in outcome.changes:
        if c.kind == "same":
            continue
        click.echo(
            f"{'新增' if c.kind == 'create' else '修改'} {c.region.code} {c.region.name} "
            f"{c.indicator.code} {c.indicator.name}: {_fmt(c.old_value)} → {_fmt(c.new_value)}"
            f"  增速 {_fmt(c.old_growth)} → {_fmt(c.new_growth)}"
        )
    for p in outcome.problems:
        click.echo(p.line(), err=True)
    if outcome.needs_explanation:
        click.echo(
            f'存在 {len(outcome.warnings)} 条警告:请核对,或用 --explain "原因" 写明说明后重新导入。未写入任何数据。',
            err=True,
        )
    period_text = f"{outcome.year}-{outcome.month:02d}" if outcome.year and outcome.month else "?"
    if dry_run:
        status = "预检通过(未写入)" if not outcome.errors else "预检未通过(未写入)"
        click.echo(
            f"{status}:期别 {period_text},{len(outcome.changes)} 行,{len(outcome.errors)} 个错误,{len(outcome.warnings)} 个警告。"
        )
        raise SystemExit(0 if not outcome.errors else 1)
    if outcome.accepted:
        click.echo(
            f"已导入:期别 {period_text},写入 {outcome.written} 个数据,批次 #{outcome.batch.pk}。"
        )
        return
    raise click.ClickException(
        f"未导入:{len(outcome.errors)} 个错误,{len(outcome.warnings)} 个警告,未写入任何数据(批次 #{outcome.batch.pk})。"
    )


def _import_targets(
    data: bytes, filename: str, user: User | None, reason: str, dry_run: bool
) -> bool:
    """A 年度目标 workbook (the targets page's template) goes to the targets import.

    Returns False for any other file, which then takes the figures path.
    """
    from citystat.importers import parse
    from citystat.importers.problems import RejectedError
    from citystat.targets import sheet

    try:
        book = parse.parse_bytes(data, filename)
    except RejectedError:
        return False  # the figures path reports why the file cannot be read
    if not sheet.is_targets_book(book):
        return False
    outcome = sheet.load(book, user=user, reason=reason, dry_run=dry_run)
    for c in outcome.changes:
        click.echo(
            f"{'修订' if c.is_revision else '新增'} {outcome.year}年目标 {c.region.code} {c.region.name} "
            f"{c.indicator.code} {c.indicator.name}: {_fmt(c.old)} → {_fmt(c.new)}"
        )
    for p in outcome.problems:
        click.echo(p.line(), err=True)
    if outcome.errors:
        raise click.ClickException(f"未导入年度目标:{len(outcome.errors)} 个错误,未写入任何目标。")
    if dry_run:
        click.echo(f"预检通过(未写入):{outcome.year}年度目标,{len(outcome.changes)} 项改动。")
    else:
        click.echo(
            f"已导入{outcome.year}年度目标:{len(outcome.changes)} 项"
            f"(其中修订 {len(outcome.revisions)} 项)。"
        )
    return True


def _fmt(x: object) -> str:
    if x is None:
        return "—"
    text = f"{x:f}" if hasattr(x, "quantize") else str(x)
    return text.rstrip("0").rstrip(".") if "." in text else text
