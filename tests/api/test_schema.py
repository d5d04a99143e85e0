"""The OpenAPI document describes every API route, and every described path is a route."""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, resolve

from citystat.api import urls

pytestmark = pytest.mark.django_db

# A sample value for each path parameter, to resolve described paths.
SAMPLES = {
    "id": "1",
    "unit": "140921",
    "period": "2024-02",
    "action": "submit",
    "indicator": "fai",
}


def _template(route: str) -> str:
    """Django route → OpenAPI path with anonymous parameters: periods/{}/{}/{}/."""
    return "/api/" + re.sub(r"<(?:\w+:)?\w+>", "{}", route)


def _described(path: str) -> str:
    return re.sub(r"\{\w+\}", "{}", path)


def test_every_route_is_described_and_every_described_path_is_a_route(client):
    from citystat.api.schema import SCHEMA

    routes = {_template(str(p.pattern)) for p in urls.urlpatterns if isinstance(p, URLPattern)}
    described = {_described(p) for p in SCHEMA["paths"]}
    assert "/api/openapi.json" in routes and "/api/" in routes  # the document and its page
    assert routes - {"/api/openapi.json", "/api/"} == described
    for path in SCHEMA["paths"]:
        concrete = re.sub(r"\{(\w+)\}", lambda m: SAMPLES[m.group(1)], path)
        match = resolve(concrete)
        assert match.namespace == "api", path


def test_described_path_parameters_match_the_path(client):
    from citystat.api.schema import SCHEMA

    for path, item in SCHEMA["paths"].items():
        in_path = set(re.findall(r"\{(\w+)\}", path))
        for op in item.values():
            declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            assert declared == in_path, path
            assert "401" in op["responses"], path


def test_every_described_get_without_path_parameters_answers_200(client):
    from citystat.accounts.models import User
    from citystat.api.schema import SCHEMA

    client.force_login(User.objects.get(username="unit_fgw"))
    for path, item in SCHEMA["paths"].items():
        if "get" in item and "{" not in path:
            assert client.get(path).status_code == 200, path
    assert client.get("/api/data/fai.csv").status_code == 200


def test_openapi_document_is_served_as_json(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"] == "3.1.0"
    assert "/api/data/{indicator}.csv" in doc["paths"]
    assert (
        "STRUCTURE,STRUCTURE_ID,ACTION"
        in doc["paths"]["/api/data/{indicator}.csv"]["get"]["description"]
    )
