"""Validation analysis over everything stored: `citystat check`, the rules' kinds, intake.

The demo satisfies every rule (zero violations); a violation of each rule kind planted in
the stored figures is found by `check`, and the same figures entered at intake are refused
or warned about.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from citystat.cli import cli
from citystat.importers.harmonise import Row
from citystat.intake import actions, ingest
from citystat.intake.models import ValidationRule
from citystat.intake.quality import run_check

pytestmark = pytest.mark.django_db


def stored(code: str, region: str, year: int, month: int) -> Decimal:
    from citystat.observations.models import Observation

    value = Observation.objects.get(
        indicator__code=code, region__code=region, year=year, month=month
    ).value
    assert value is not None
    return value


def plant(code: str, region: str, year: int, month: int, **fields: object) -> None:
    from citystat.observations.models import Observation

    n = Observation.objects.filter(
        indicator__code=code, region__code=region, year=year, month=month
    ).update(**fields)
    assert n == 1


def test_check_on_the_whole_demo_reports_zero_violations() -> None:
    from citystat.observations.models import Observation

    report = run_check()
    assert report.violations == []
    assert report.checked == Observation.objects.count() == 16582
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output == "检查 16582 个数据,发现 0 个错误、0 个警告。\n"


def test_check_on_an_empty_database_says_so_in_one_line() -> None:
    from citystat.observations.models import Observation

    Observation.objects.all().delete()
    result = CliRunner().invoke(cli, ["check"])
    assert (result.exit_code, result.output) == (0, "数据库中没有任何数据,无可检查。\n")


def test_check_refuses_bad_arguments_with_a_reason() -> None:
    result = CliRunner().invoke(cli, ["check", "--from", "2023-13"])
    assert result.exit_code == 1 and "月份应为 01–12" in result.output
    result = CliRunner().invoke(cli, ["check", "--region", "999999"])
    assert result.exit_code == 1 and "区划代码“999999”不存在" in result.output
    result = CliRunner().invoke(cli, ["check", "--from", "2023-06", "--to", "2023-01"])
    assert result.exit_code == 1 and "晚于" in result.output


PLANTED = {
    # kind: (indicator the violation is reported on, region, month)
    "composition": ("ind_va", "140921", 9),
    "composition_growth": ("gdp", "140925", 6),
    "subset": ("tax_revenue", "140922", 6),
    "city_sum": ("fiscal_revenue", "140900", 11),
    "cumulative_falling": ("fai", "140923", 5),
    "growth_vs_levels": ("retail", "140924", 8),
    "rule:jobs-cap": ("new_jobs", "140927", 7),
}


def plant_every_kind() -> None:
    plant("ind_mining", "140921", 2023, 9, value=stored("ind_mining", "140921", 2023, 9) + 5)
    gdp = Decimal(str(stored("gdp", "140925", 2023, 6)))
    from citystat.observations.models import Observation

    g = Observation.objects.get(
        indicator__code="gdp", region__code="140925", year=2023, month=6
    ).growth_reported
    assert gdp and g is not None
    plant("gdp", "140925", 2023, 6, growth_reported=g + 2)
    plant("tax_revenue", "140922", 2023, 6, value=stored("fiscal_revenue", "140922", 2023, 6) + 1)
    plant(
        "fiscal_revenue", "140900", 2023, 11, value=stored("fiscal_revenue", "140900", 2023, 11) + 1
    )
    plant("fai", "140923", 2023, 5, value=stored("fai", "140923", 2023, 4) - 1)
    plant("retail", "140924", 2023, 8, growth_reported=Decimal(30))
    plant("new_jobs", "140927", 2023, 7, value=Decimal(200000))
    actions.save_rule(
        rule=ValidationRule(
            code="jobs-cap",
            name="县级城镇新增就业不超过10万人",
            left="new_jobs",
            operator="<=",
            right="100000",
            severity="error",
            message="城镇新增就业超过10万人,请核对是否多填了位数",
        ),
        user=None,
    )


def test_check_finds_a_planted_violation_of_every_rule_kind() -> None:
    plant_every_kind()
    report = run_check(start=(2023, 1), end=(2023, 12))
    found = {(v.code, v.indicator, v.region, v.month) for v in report.violations}
    for kind, (code, region, month) in PLANTED.items():
        assert (kind, code, region, month) in found, kind
    composition = next(
        v for v in report.violations if (v.code, v.indicator) == ("composition", "ind_va")
    )
    assert (composition.difference, composition.tolerance) == (Decimal(-5), Decimal("0.020"))
    assert composition.message.startswith("“规模以上工业增加值”")
    result = CliRunner().invoke(cli, ["check", "--from", "2023-01", "--format", "json"])
    assert result.exit_code == 1  # error-severity rules are broken
    rows = json.loads(result.output)["violations"]
    assert {r["rule"] for r in rows} >= set(PLANTED)
    only = CliRunner().invoke(
        cli, ["check", "--region", "140923", "--from", "2023-05", "--to", "2023-05"]
    )
    assert only.exit_code == 1
    lines = only.output.splitlines()
    assert lines[0].startswith("[错误] 2023-05 代县 构成项之和等于总量:“固定资产投资”")
    assert lines[1].startswith("[错误] 2023-05 代县 累计值不下降:“固定资产投资”本年累计值")
    assert lines[-1] == "检查 43 个数据,发现 2 个错误、1 个警告。"  # and its growth now disagrees


def test_xlsx_output_lists_each_violation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    plant("fai", "140923", 2023, 5, value=stored("fai", "140923", 2023, 4) - 1)
    out = tmp_path / "q.xlsx"
    result = CliRunner().invoke(cli, ["check", "--format", "xlsx", "--output", str(out)])
    assert result.exit_code == 1
    ws = load_workbook(out).active
    header, first = [c.value for c in ws[1]], [c.value for c in ws[2]]
    assert header[:5] == ["严重程度", "规则类别", "规则", "地区", "期别"]
    # A lower 固投 breaks its composition too (the parts no longer add up to it).
    assert first[:5] == ["error", "构成项之和等于总量", "composition", "代县", "2023-05"]
    kinds = {row[2].value for row in ws.iter_rows(min_row=2) if row[1].value}
    assert kinds == {"composition", "cumulative_falling", "city_sum", "growth_vs_levels"}


def entry(region: str, *figures: tuple[str, Decimal | None, Decimal | None]) -> list[Row]:
    return [
        Row("表", i, region, code, value, growth, columns={"value": "D", "growth": "E"})
        for i, (code, value, growth) in enumerate(figures, start=3)
    ]


def codes(rows: list[Row], year: int, month: int) -> set[tuple[str, str]]:
    return {(p.code, p.severity) for p in ingest.validate_rows(rows, year, month)}


def test_intake_catches_each_rule_kind_against_what_is_stored() -> None:
    v = stored
    assert ("composition", "error") in codes(
        entry("140921", ("ind_mining", v("ind_mining", "140921", 2023, 9) + 5, None)), 2023, 9
    )
    assert ("subset", "error") in codes(
        entry("140922", ("tax_revenue", v("fiscal_revenue", "140922", 2023, 6) + 1, None)), 2023, 6
    )
    assert ("cumulative_falling", "error") in codes(
        entry("140923", ("fai", v("fai", "140923", 2023, 4) - 1, None)), 2023, 5
    )
    assert ("growth_vs_levels", "warning") in codes(
        entry("140924", ("retail", v("retail", "140924", 2023, 8), Decimal(30))), 2023, 8
    )
    city = v("fiscal_revenue", "140900", 2023, 11) + 1
    assert ("city_sum", "warning") in codes(
        entry("140900", ("fiscal_revenue", city, None)), 2023, 11
    )
    from citystat.observations.models import Observation

    gdp = Observation.objects.get(indicator__code="gdp", region__code="140925", year=2023, month=6)
    parts = [
        (c, o.value, o.growth_reported)
        for c in ("gdp_primary", "gdp_secondary", "gdp_tertiary")
        for o in [
            Observation.objects.get(indicator__code=c, region__code="140925", year=2023, month=6)
        ]
    ]
    assert gdp.growth_reported is not None
    rows = entry("140925", ("gdp", gdp.value, gdp.growth_reported + 2), *parts)
    assert ("composition_growth", "warning") in codes(rows, 2023, 6)
    plant_every_kind()  # adds the hand-written rule
    assert ("rule:jobs-cap", "error") in codes(
        entry("140927", ("new_jobs", Decimal(200000), None)), 2023, 7
    )


def test_the_unchanged_demo_passes_intake() -> None:
    from citystat.observations.models import Observation

    figures = [
        (o.indicator.code, o.value, o.growth_reported)
        for o in Observation.objects.filter(
            region__code="140921", year=2023, month=9
        ).select_related("indicator")
    ]
    problems = ingest.validate_rows(entry("140921", *figures), 2023, 9)
    assert [p for p in problems if p.code not in {"outlier", "growth_band"}] == []


@pytest.mark.parametrize(
    ("left", "operator", "right", "reason"),
    [
        ("no_such_code", "<=", "fai", "指标代码 no_such_code 不存在"),
        ("fai / 0", "<=", "fai", "除以零"),
        ("fai / (gdp - gdp)", "<=", "fai", "除以零"),
        ("fai + population", "<=", "gdp", "单位不同"),
        ("fai", "=>", "gdp", "运算符"),
    ],
)
def test_a_hand_written_rule_that_cannot_hold_is_refused_when_saved(
    left, operator, right, reason
) -> None:  # type: ignore[no-untyped-def]
    rule = ValidationRule(
        code="bad", name="x", left=left, operator=operator, right=right, message="x"
    )
    with pytest.raises(ValueError, match=reason):
        actions.save_rule(rule=rule, user=None)
    assert not ValidationRule.objects.filter(code="bad").exists()


def test_the_quality_page_lists_each_violation_with_both_sides_and_a_link(
    client, reviewer, reporter
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(reviewer)
    r = client.get("/intake/quality/")
    assert r.status_code == 200
    assert "检查 16582 个数据,发现 0 个错误、0 个警告。" in r.content.decode()
    plant("fai", "140923", 2023, 5, value=stored("fai", "140923", 2023, 4) - 1)
    page = client.get("/intake/quality/?region=140923&from=2023-05&to=2023-05").content.decode()
    assert "发现 2 个错误、1 个警告" in page
    assert page.count('href="/intake/review/140923/2023-05/"') == 3
    assert "累计值不下降" in page and "构成项之和等于总量" in page
    assert client.get("/intake/quality/?from=2023-13").status_code == 400
    assert client.get("/intake/quality/?region=999999").status_code == 400
    client.force_login(reporter)
    assert client.get("/intake/quality/").status_code == 403
