"""Docs stay true: every CLI command and option is in docs/cli.md (regenerate with
`python -m citystat.clidocs`), and the README keeps its two set-up commands."""

from pathlib import Path

import click
import pytest

from citystat.cli import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name):
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"## citystat {name}" in doc
    for param in cli.commands[name].params:
        if isinstance(param, click.Option):
            assert any(opt in doc for opt in param.opts), (name, param.opts)


def test_readme_names_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme


def test_directory_structure_names_every_package():
    doc = (ROOT / "docs" / "directory-structure.md").read_text(encoding="utf-8")
    for pkg in sorted(
        p.name for p in (ROOT / "src" / "citystat").iterdir() if (p / "__init__.py").exists()
    ):
        assert f"{pkg}/" in doc, pkg
