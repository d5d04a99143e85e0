"""Writes the generated docs (run: python -m citystat.clidocs): docs/cli.md from the commands'
own --help, and the settings tables of README.md and docs/deploy.md from
``citystat.site.config.SETTINGS``. Tests compare each with what this would write."""

from __future__ import annotations

import argparse
from pathlib import Path

import click

from citystat.cli import cli
from citystat.site.config import settings_table

SETTINGS_START = (
    "<!-- settings table: generated from citystat.site.config.SETTINGS by "
    "`python -m citystat.clidocs`; do not edit -->\n"
)
SETTINGS_END = "<!-- end of settings table -->\n"
SETTINGS_DOCS = ("README.md", "docs/deploy.md")


def command_names(group: click.Group) -> list[str]:
    return sorted(group.commands)


def help_text(name: str | None = None) -> str:
    """``citystat [name] --help`` as a user sees it: the group's context settings (``-h``
    beside ``--help``) apply to every command."""
    with click.Context(cli, info_name="citystat", **cli.context_settings) as ctx:
        if name is None:
            return _fresh_help(cli, ctx)
        command = cli.commands[name]
        with click.Context(command, info_name=name, parent=ctx) as sub:
            return _fresh_help(command, sub)


def _fresh_help(command: click.Command, ctx: click.Context) -> str:
    """The help of ``command`` in ``ctx``, whatever ran before: click (8.1.8+) keeps the
    ``--help`` option of a command's first run, with that run's option names."""
    cached = command._help_option
    command._help_option = None
    try:
        return command.get_help(ctx)
    finally:
        command._help_option = cached


def render() -> str:
    parts = [
        "# citystat command line\n",
        "Generated from each command's `--help` by `python -m citystat.clidocs`; "
        "a test fails when a command or option is missing here.\n",
        "```\n" + help_text() + "\n```\n",
    ]
    for name in command_names(cli):
        parts.append(f"## citystat {name}\n\n```\n{help_text(name)}\n```\n")
    return "\n".join(parts)


def settings_block(text: str) -> str:
    """The settings table as it stands in ``text`` (between the markers)."""
    start = text.index(SETTINGS_START) + len(SETTINGS_START)
    return text[start : text.index(SETTINGS_END, start)]


def with_settings_table(text: str) -> str:
    """``text`` with its settings table replaced by the one generated from SETTINGS."""
    return text.replace(settings_block(text), settings_table(), 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m citystat.clidocs",
        description="Write docs/cli.md from the commands' own --help, and the settings tables "
        "of README.md and docs/deploy.md.",
    )
    parser.add_argument(
        "output",
        nargs="?",
        type=Path,
        help="where to write the command reference (default: docs/cli.md; the settings "
        "tables are then written beside it, in its folder's parent)",
    )
    given = parser.parse_args(argv).output
    target = given or Path("docs/cli.md")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    for name in SETTINGS_DOCS:
        path = target.parent.parent / name if given else Path(name)
        path.write_text(with_settings_table(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"wrote the settings table of {path}")


if __name__ == "__main__":
    main()
