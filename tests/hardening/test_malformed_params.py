"""Malformed parameters answer 400 naming the parameter: a NUL byte in any code parameter
(PostgreSQL cannot even compare one), 1e400, year=-5, deeply nested JSON."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from citystat.accounts.models import User
from citystat.observations.models import Observation

pytestmark = pytest.mark.django_db

NUL_CODE = "1409\x0021"
# (url, parameter) for every page and API endpoint that reads a code from the query string.
CODE_PARAMS = [
    ("/", "period"),
    ("/indicator/gdp/", "region"),
    ("/indicator/gdp/", "period"),
    ("/region/140921/", "period"),
    ("/screen/", "period"),
    ("/export/league.xlsx", "indicator"),
    ("/export/projects.xlsx", "region"),
    ("/intake/", "period"),
    ("/intake/template/", "unit"),
    ("/intake/board/", "period"),
    ("/projects/", "chain"),
    ("/projects/", "light"),
    ("/projects/map/", "period"),
    ("/projects/tasks/", "status"),
    ("/followups/", "status"),
    ("/api/observations/", "region"),
    ("/api/observations/", "indicator"),
    ("/api/regions/", "parent"),
    ("/api/indicators/", "dimension"),
    ("/api/figures/", "region"),
    ("/api/targets/", "indicator"),
    ("/api/data/gdp.csv", "region"),
]


@pytest.fixture
def admin() -> Client:
    c = Client()
    c.force_login(User.objects.get(username="admin"))
    return c


@pytest.mark.parametrize(("url", "param"), CODE_PARAMS)
def test_a_nul_byte_in_a_code_parameter_is_a_400_naming_it(admin: Client, url: str, param: str):
    r = admin.get(url, {param: NUL_CODE})
    assert r.status_code == 400
    text = r.content.decode()
    assert f"参数 {param} 含有空字符" in text
    if url.startswith("/api/"):
        assert r.json()["param"] == param


def test_a_nul_byte_in_the_path_or_a_form_field_is_a_400(admin: Client) -> None:
    for path in ("/intake/entry/1409%0021/2024-02/", "/indicator/g%00dp/", "/api/data/g%00.csv"):
        r = admin.get(path)
        assert r.status_code == 400, path
        assert "含有空字符" in r.content.decode()
    r = admin.post("/intake/entry/140921/2024-02/", {"action": "save", "n_fai": "a\x00b"})
    assert r.status_code == 400 and "参数 n_fai 含有空字符" in r.content.decode()
    assert not Observation.objects.filter(region__code="140921", year=2024, month=2).exists()


def _post(c: Client, body: str, url: str = "/api/observations/"):  # type: ignore[no-untyped-def]
    return c.post(url, body, content_type="application/json")


def _entry(**fields: object) -> str:
    base: dict[str, object] = {"region": "140921", "indicator": "fai", "year": 2024, "month": 2}
    return json.dumps({**base, **fields})


@pytest.mark.parametrize(
    ("body", "param"),
    [
        (_entry(value="1e400"), "value"),
        (
            '{"region": "140921", "indicator": "fai", "year": 2024, "month": 2, "value": 1e400}',
            "value",
        ),
        (_entry(value=1, growth_reported="-1e999999"), "growth_reported"),
        (_entry(year=-5, value=1), "year"),
        (_entry(month=13, value=1), "month"),
        (_entry(year="2024\x00", value=1), "year"),
        (_entry(region=NUL_CODE, value=1), "region"),
        (_entry(value=1, note="a\x00b"), "note"),
        ("[" * 100_000 + "]" * 100_000, "body"),
        ('{"a":' * 50_000 + "1" + "}" * 50_000, "body"),
        (json.dumps({"value": 1, "note": [[[[[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]]]]}), "note"),
    ],
)
def test_a_malformed_json_body_is_a_400_naming_the_field(admin: Client, body: str, param: str):
    r = _post(admin, body)
    assert r.status_code == 400, r.content
    assert r.json()["param"] == param
    assert not Observation.objects.filter(region__code="140921", year=2024, month=2).exists()


def test_nested_json_on_a_period_action_is_a_400(admin: Client) -> None:
    r = _post(admin, "[" * 100_000 + "]" * 100_000, "/api/periods/140921/2024-02/submit/")
    assert (r.status_code, r.json()["param"]) == (400, "body")


def test_out_of_range_query_numbers_are_400s_naming_them(admin: Client) -> None:
    for query, param in (("year=-5", "year"), ("year=1e400", "year"), ("month=1e400", "month")):
        r = admin.get(f"/api/observations/?{query}")
        assert (r.status_code, r.json()["param"]) == (400, param)


def test_a_huge_number_in_the_entry_form_is_a_located_problem_not_a_500(admin: Client) -> None:
    for action in ("save", "check"):
        r = admin.post("/intake/entry/140921/2024-02/", {"action": action, "v_fai": "1e400"})
        assert r.status_code == 200
        assert "“1e400”超出可存储的范围(整数部分最多14位)" in r.content.decode()
    assert not Observation.objects.filter(region__code="140921", year=2024, month=2).exists()
