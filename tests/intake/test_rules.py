"""Declarative rules (left / operator / right) and the built-in checks on stored history."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.audit.models import AuditLog, EventType
from citystat.intake import actions, pipeline
from citystat.intake.models import ValidationRule
from tests.intake.helpers import HEADER, xlsx

pytestmark = pytest.mark.django_db


def run(rows, user=None, **kw):  # type: ignore[no-untyped-def]
    return pipeline.run(xlsx(rows), filename="f.xlsx", user=user, channel="web", dry_run=True, **kw)


def test_an_administrators_rule_is_applied_with_its_message_and_location(reporter):
    from citystat.accounts.models import User

    admin = User.objects.get(username="admin")
    actions.save_rule(
        rule=ValidationRule(
            code="fai-parts",
            name="三次产业投资之和等于固定资产投资",
            left="fai_primary + fai_secondary + fai_tertiary",
            operator="==",
            right="fai",
            tolerance=Decimal("0.05"),
            severity="error",
            message="三次产业投资之和应等于固定资产投资,请核对",
        ),
        user=admin,
        reason="新增",
    )
    rows = [
        HEADER,
        ["fai", "固定资产投资", "亿元", 3.2, 3.9],
        ["fai_primary", "第一产业投资", "亿元", 0.2, None],
        ["fai_secondary", "第二产业投资", "亿元", 1.0, None],
        ["fai_tertiary", "第三产业投资", "亿元", 1.5, None],
    ]
    generated, e = sorted(run(rows, reporter).errors, key=lambda p: p.code)
    # The hierarchy's own composition rule (三次产业投资 → 固投) catches the same figures.
    assert (generated.code, generated.row) == ("composition", 3)
    assert e.code == "rule:fai-parts" and e.row == 3
    assert (
        e.message == "三次产业投资之和应等于固定资产投资,请核对(左边 2.7,右边 3.2,规则 fai-parts)"
    )
    rule = ValidationRule.objects.get(code="fai-parts")
    (change,) = AuditLog.objects.filter(
        object_model="intake.ValidationRule", object_id=str(rule.pk)
    )
    assert (change.event_type, change.acting_user, change.reason) == (
        EventType.RULE_CREATED,
        admin,
        "新增",
    )
    assert change.extra_data["new"]["right"] == "fai"
    assert change.extra_data["new"]["tolerance"] == "0.05"


def test_a_rule_with_code_in_it_is_refused():
    with pytest.raises(ValueError, match="只能包含指标代码"):
        actions.save_rule(
            rule=ValidationRule(
                code="evil",
                name="x",
                left="__import__('os')",
                operator="==",
                right="fai",
                message="x",
            ),
            user=None,
        )


def run_dingxiang_december(rows):  # type: ignore[no-untyped-def]
    """A file of code/value rows titled with its unit and month (定襄县, 2024-12)."""
    return pipeline.run(
        xlsx(rows, title="定襄县主要指标(2024年12月)"),
        filename="f.xlsx",
        user=None,
        channel="cli",
        dry_run=True,
    )


def test_urban_population_over_population_is_refused_once(reporter):
    rows = [
        ["指标代码", "本期值"],
        ["population", 20.0],
        ["urban_population", 25.0],
    ]
    out = run_dingxiang_december(rows)
    # One rule per check: the generated 其中 rule (城镇人口 ⊂ 常住人口); the seeded
    # hand-written duplicate of it is gone (migration intake/0004).
    assert [p.code for p in out.errors] == ["subset"]


def test_the_seeded_hand_written_rules_check_what_the_hierarchy_cannot():
    assert sorted(ValidationRule.objects.values_list("code", "left", "operator", "right")) == [
        ("income-le-urban-income", "income", "<=", "income_urban"),
        ("rural-income-le-income", "income_rural", "<=", "income"),
        (
            "urbanisation-from-population",
            "urbanisation",
            "==",
            "urban_population / population * 100",
        ),
    ]


def test_a_part_larger_than_its_whole_is_refused_without_the_other_parts(reporter):
    rows = [
        HEADER,
        ["trade", "进出口总额", "亿元", 3.0, None],
        ["import", "进口总额", "亿元", 3.5, None],
    ]
    (e,) = run(rows, reporter).errors
    assert (e.code, e.row) == ("composition", 4)  # on the part's row
    assert "构成项“进口总额”3.5亿元 大于总量“进出口总额”3亿元,超出 0.5" in e.message


def test_rural_income_above_all_residents_warns(reporter):
    rows = [
        ["指标代码", "本期值"],
        ["income", 20000],
        ["income_urban", 26000],
        ["income_rural", 21000],
    ]
    out = run_dingxiang_december(rows)
    assert not out.errors
    assert "rule:rural-income-le-income" in {p.code for p in out.warnings}


def test_growth_that_disagrees_with_levels_and_growth_outside_the_band_warn(reporter):
    rows = [
        HEADER,
        ["retail", "社会消费品零售总额", "亿元", 3.80, 9.0],
        ["fiscal_revenue", "一般公共预算收入", "亿元", 1.70, 120.0],
    ]
    out = run(rows, reporter)
    assert not out.errors
    by_code = {(p.code, p.row) for p in out.warnings}
    assert ("growth_vs_levels", 3) in by_code
    assert ("growth_band", 4) in by_code
    (w, _) = [p for p in out.warnings if p.code == "growth_vs_levels"]
    assert "报送增速 9% 与按总量推算的 5.0%(上年同期 3.62)" in w.message
    assert w.column == "E"


def test_a_single_month_far_outside_the_units_history_warns(reporter):
    from citystat.observations.models import Observation

    october = Observation.objects.get(
        indicator__code="fai", region__code="140921", year=2023, month=10
    ).value
    rows = [["指标代码", "本期值"], ["fai", float(october + 60)]]
    data = xlsx(rows, title="定襄县(2023年1-11月)")
    out = pipeline.run(data, filename="f.xlsx", user=None, channel="cli", dry_run=True)
    (w,) = [p for p in out.warnings if p.code == "outlier"]
    assert w.message.startswith("“固定资产投资”当月值 60 偏离本单位历史月度均值")


def test_city_total_against_the_sum_of_its_parts_is_a_warning():
    from citystat.observations.models import Observation

    stored = dict(
        Observation.objects.filter(
            indicator__code="fiscal_revenue", year=2023, month=11, region__parent__code="140900"
        ).values_list("region__code", "value")
    )
    assert len(stored) == 17
    city_value = sum(stored.values()) + Decimal(5)
    rows = [["地区", "指标代码", "本期值"], ["全市", "fiscal_revenue", float(city_value)]]
    out = pipeline.run(
        xlsx(rows, title="全市主要指标(2023年1-11月)"),
        filename="f.xlsx",
        user=None,
        channel="cli",
        dry_run=True,
    )
    (w,) = [p for p in out.problems if p.code == "city_sum"]
    assert w.severity == "warning" and w.row == 3
    assert "相差 5" in w.message


def test_a_quarterly_indicator_in_a_non_quarter_month_is_an_error(reporter):
    rows = [HEADER, ["gdp", "地区生产总值", "亿元", 30.0, 5.0]]
    (e,) = run(rows, reporter).errors
    assert e.code == "frequency"
