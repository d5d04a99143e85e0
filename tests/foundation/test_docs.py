"""Docs stay true: docs/cli.md and the settings tables of README.md and docs/deploy.md are
exactly what `python -m citystat.clidocs` writes, settings.py reads only declared settings,
and the README keeps its two set-up commands."""

import ast
import difflib
from pathlib import Path

import click
import pytest

from citystat import clidocs
from citystat.cli import cli
from citystat.site import config

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name):
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"## citystat {name}" in doc
    for param in cli.commands[name].params:
        if isinstance(param, click.Option):
            assert any(opt in doc for opt in param.opts), (name, param.opts)


def test_docs_cli_md_is_the_generated_text():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    generated = clidocs.render()
    diff = "".join(difflib.unified_diff(doc.splitlines(True), generated.splitlines(True)))
    assert diff == "", "regenerate with: python -m citystat.clidocs\n" + diff


@pytest.mark.parametrize("name", clidocs.SETTINGS_DOCS)
def test_the_settings_tables_are_generated_from_settings(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    assert clidocs.settings_block(text) == config.settings_table()
    assert "| `CITYSTAT_FOUR_EYES` | `true` | whoever entered or submitted" in text


def test_settings_py_and_config_read_only_declared_settings():
    """Every variable read by name goes through SETTINGS (its default is declared there)."""
    readers = {"value", "flag", "csv_list", "env"}
    read = set()
    for module in ("settings.py", "config.py"):
        tree = ast.parse((ROOT / "src" / "citystat" / "site" / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if name in readers and isinstance(first, ast.Constant):
                    read.add(first.value)
                    # the default comes from SETTINGS, never a second literal
                    assert len(node.args) == 1, (module, first.value)
    assert read == {s.name for s in config.SETTINGS}


def test_readme_names_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme


def test_directory_structure_names_every_package():
    doc = (ROOT / "docs" / "directory-structure.md").read_text(encoding="utf-8")
    for pkg in sorted(
        p.name for p in (ROOT / "src" / "citystat").iterdir() if (p / "__init__.py").exists()
    ):
        assert f"{pkg}/" in doc, pkg


def test_clidocs_help_prints_its_usage_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        clidocs.main(["--help"])
    assert stopped.value.code == 0
    assert "usage: python -m citystat.clidocs [-h] [output]" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_clidocs_writes_the_reference_and_the_settings_tables_where_told(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    for name in clidocs.SETTINGS_DOCS:
        (tmp_path / name).write_text(
            f"# {name}\n\n{clidocs.SETTINGS_START}old\n{clidocs.SETTINGS_END}", encoding="utf-8"
        )
    clidocs.main([str(tmp_path / "docs" / "cli.md")])
    assert (tmp_path / "docs" / "cli.md").read_text(encoding="utf-8") == clidocs.render()
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "old\n" not in readme and readme.startswith("# README.md\n\n" + clidocs.SETTINGS_START)
    assert capsys.readouterr().out.count("wrote") == 3
