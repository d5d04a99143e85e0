"""Writes docs/cli.md from the commands' own --help (run: python -m citystat.clidocs)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from citystat.cli import cli


def command_names(group: click.Group) -> list[str]:
    return sorted(group.commands)


def help_text(name: str | None = None) -> str:
    args = [name, "--help"] if name else ["--help"]
    with click.Context(cli, info_name="citystat") as ctx:
        if name is None:
            return cli.get_help(ctx)
        command = cli.commands[name]
        with click.Context(command, info_name=name, parent=ctx) as sub:
            return command.get_help(sub)
    raise AssertionError(args)


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


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/cli.md")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
