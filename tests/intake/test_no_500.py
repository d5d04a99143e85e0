"""Property: whatever value the entry form or an import accepts, no page or API call returns 500.

Values a bureau could never publish (beyond the column's digits, beyond the unit's plausible
bound, not finite) are refused at intake with their location; the ones accepted are stored,
approved, derived, and every page that shows them is fetched. Runs on whichever database the
suite uses (SQLite by default, PostgreSQL with DATABASE_URL).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from citystat.importers import checks
from citystat.importers.harmonise import Row
from citystat.observations.models import DerivedFigure, Observation, Status

pytestmark = pytest.mark.django_db

EXTREME = [
    "0",
    "-0",
    "0.000001",
    "0.0000001",
    "1e-30",
    "999999.999999",
    "1000000.000001",
    "99999999999999.999999",
    "100000000000000",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "-Infinity",
    "１２３４５.６",
    "1,234.5",
    "3.5%",
    "−2.5",
    "9" * 40,
    "-" + "9" * 20,
    "—",
    "<script>alert(1)</script>",
    "1/0",
    "",
]
numbers = st.one_of(
    st.sampled_from(EXTREME),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**22), max_value=10**22).map(str),
)

PAGES = (
    "/?period=2024-02",
    "/indicator/fai/?period=2024-02",
    "/indicator/fai/?period=2024-02&region=140921",
    "/indicator/unemployment/?period=2024-02",
    "/region/140921/?period=2024-02",
    "/region/140900/?period=2024-02",
    "/screen/?period=2024-02",
    "/export/overview.xlsx?period=2024-02",
    "/export/league.xlsx?indicator=fai&period=2024-02",
    "/intake/entry/140921/2024-02/",
    "/intake/review/140921/2024-02/",
    "/api/figures/?indicator=fai",
    "/api/observations/?indicator=fai&region=140921",
    "/api/data/fai.csv",
    "/intake/quality/?from=2024-01&to=2024-03",
)


@settings(
    max_examples=15,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # a failure prints its example as is
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=numbers, growth=numbers, rate=numbers)
def test_no_page_returns_500_after_any_value_the_form_accepted(
    client, reporter, value: str, growth: str, rate: str
) -> None:  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User
    from citystat.observations.actions import recompute_for_observations

    client.force_login(reporter)
    r = client.post(
        "/intake/entry/140921/2024-02/",
        {"action": "save", "v_fai": value, "g_fai": growth, "v_unemployment": rate},
    )
    assert r.status_code in (200, 302)
    stored = Observation.objects.filter(region__code="140921", year=2024, month=2)
    stored.update(status=Status.APPROVED)
    recompute_for_observations(list(stored))
    client.force_login(User.objects.get(username="admin"))
    for page in PAGES:
        response = client.get(page)
        assert response.status_code < 500, page


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(allow_nan=True, allow_infinity=True),
    unit=st.sampled_from(["亿元", "万人", "%", "件"]),
)
def test_every_value_intake_accepts_fits_the_database_column(value: Decimal, unit: str) -> None:
    """Accepted by the row checks ⇒ finite and inside Decimal(20, 6) (the value column)."""
    row = Row("表", 3, "140921", "x", value, None, columns={"value": "D"})
    problems = checks._bounds(row, "测试指标", unit, "flow")
    if not problems:
        assert value.is_finite()
        integer, places = checks._digits(value)
        assert integer <= checks.VALUE_INTEGER_DIGITS and places <= checks.VALUE_DECIMALS


def test_bounds_match_the_database_columns() -> None:
    value = Observation._meta.get_field("value")
    growth = Observation._meta.get_field("growth_reported")
    assert (value.max_digits - value.decimal_places, value.decimal_places) == (  # type: ignore[attr-defined]
        checks.VALUE_INTEGER_DIGITS,
        checks.VALUE_DECIMALS,
    )
    assert (growth.max_digits - growth.decimal_places, growth.decimal_places) == (  # type: ignore[attr-defined]
        checks.GROWTH_INTEGER_DIGITS,
        checks.GROWTH_DECIMALS,
    )
    assert DerivedFigure.objects.exists()


@pytest.mark.parametrize(
    ("value", "growth", "code", "column", "message"),
    [
        (
            "2000000",
            "",
            "implausible",
            "D",
            "“固定资产投资”数值 2e+06亿元 超出任何一级统计部门可能发布的上限",
        ),
        ("100000000000000", "", "too_large", "D", "超出可存储的范围(整数部分最多14位)"),
        ("3.1234567", "", "too_many_decimals", "D", "的小数超过6位"),
        ("3.2", "-120", "implausible", "E", "同比增速 -120% 不可能"),
        ("3.2", "123456789", "too_large", "E", "整数部分最多8位"),
    ],
)
def test_values_a_bureau_could_never_publish_are_refused_with_their_location(
    reporter, value: str, growth: str, code: str, column: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    from citystat.intake import pipeline
    from tests.intake.helpers import HEADER, xlsx

    rows = [HEADER, ["fai", "固定资产投资", "亿元", value, growth or None]]
    out = pipeline.run(xlsx(rows), filename="f.xlsx", user=reporter, channel="web", dry_run=True)
    (e,) = [p for p in out.errors if p.code == code]
    assert (e.row, e.column) == (3, column)
    assert message in e.message
