"""The observations API: list, read, create a draft, submit, approve; OpenAPI document."""

from __future__ import annotations

import json

import pytest

from citystat.observations.models import DerivedFigure, Observation

pytestmark = pytest.mark.django_db


def post(client, url: str, body: dict):  # type: ignore[no-untyped-def]
    return client.post(url, json.dumps(body), content_type="application/json")


def test_anonymous_requests_get_401_json(client):
    r = client.get("/api/observations/")
    assert r.status_code == 401 and "未登录" in r.json()["error"]


def test_list_and_read_approved_figures(client, demo_user):
    client.force_login(demo_user)
    data = client.get("/api/observations/?region=140921&indicator=fai&year=2023&month=2").json()
    assert data["count"] == 1
    (o,) = data["results"]
    assert (o["value"], o["growth_reported"], o["status"], o["unit"]) == (
        "3.08",
        "-1.3",
        "approved",
        "亿元",
    )
    assert client.get(f"/api/observations/{o['id']}/").json()["region_name"] == "定襄县"
    assert client.get("/api/observations/999999999/").status_code == 404
    assert client.get("/api/observations/?year=abc").status_code == 400


def test_reporter_creates_submits_and_reviewer_approves(client, django_user_model):
    reporter = django_user_model.objects.get(username="reporter_140921")
    client.force_login(reporter)
    r = post(
        client,
        "/api/observations/",
        {
            "region": "140921",
            "indicator": "fai",
            "year": 2024,
            "month": 2,
            "value": "3.2",
            "growth_reported": 3.9,
        },
    )
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["observation"]["status"] == "draft" and body["observation"]["source"] == "api"
    assert body["problems"] == []
    r = post(
        client,
        "/api/observations/",
        {"region": "140921", "indicator": "fai", "year": 2024, "month": 2, "value": -1},
    )
    assert r.status_code == 400
    assert r.json()["problems"][0]["code"] == "non_negative"
    assert post(client, "/api/periods/140921/2024-02/submit/", {}).json() == {
        "action": "submit",
        "count": 1,
    }
    assert post(client, "/api/periods/140921/2024-02/submit/", {}).json()["count"] == 0
    client.force_login(django_user_model.objects.get(username="reviewer"))
    assert post(client, "/api/periods/140921/2024-02/approve/", {}).json() == {
        "action": "approve",
        "count": 1,
    }
    assert Observation.objects.get(pk=body["observation"]["id"]).status == "approved"
    assert DerivedFigure.objects.filter(
        indicator__code="fai", region__code="140921", year=2024
    ).exists()
    r = post(client, "/api/periods/140921/2024-02/return/", {"reason": ""})
    assert r.status_code == 409 and "退回须填写原因" in r.json()["error"]


def test_bad_json_is_a_400(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="reporter_140921"))
    r = client.post("/api/observations/", "{not json", content_type="application/json")
    assert r.status_code == 400 and "JSON" in r.json()["error"]


def test_openapi_document_lists_the_paths(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"] == "3.1.0"
    assert set(doc["paths"]) == {
        "/api/observations/",
        "/api/observations/{id}/",
        "/api/periods/{unit}/{period}/{action}/",
        "/api/regions/",
        "/api/indicators/",
        "/api/figures/",
        "/api/targets/",
        "/api/data/{indicator}.csv",
    }


def test_list_uses_a_fixed_number_of_queries(client, demo_user, django_assert_max_num_queries):
    client.force_login(demo_user)
    with django_assert_max_num_queries(6):
        data = client.get("/api/observations/?year=2023&month=11&region=140921").json()
    assert data["count"] > 30
