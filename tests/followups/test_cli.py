from __future__ import annotations

from click.testing import CliRunner

from citystat.cli import cli


def test_check_refuses_a_bad_period_in_one_line():
    result = CliRunner().invoke(cli, ["followups", "check", "--period", "2023-13"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: 期别“2023-13”不存在,月份应为 01–12。"


def test_only_the_group_is_a_top_level_command():
    assert "followups" in cli.commands
    # The top-level `check` is the validation analysis (citystat.commands.check), not this one.
    callback = cli.commands["check"].callback
    assert callback is not None and callback.__module__ == "citystat.commands.check"
    assert set(cli.commands["followups"].commands) == {"check", "digest"}  # type: ignore[attr-defined]
