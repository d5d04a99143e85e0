"""Read endpoints for other systems: regions, indicators, derived figures, targets."""

from __future__ import annotations

import json

import pytest

from citystat.api.params import MAX_LIST

pytestmark = pytest.mark.django_db

READ_PATHS = (
    "/api/regions/",
    "/api/indicators/",
    "/api/figures/",
    "/api/targets/",
    "/api/data/fai.csv",
)


def login(client, username: str = "reviewer"):  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User

    client.force_login(User.objects.get(username=username))
    return client


@pytest.mark.parametrize("path", READ_PATHS)
def test_anonymous_read_requests_get_401_json(client, path):
    r = client.get(path)
    assert r.status_code == 401 and "未登录" in r.json()["error"]


def test_regions_list_the_19_units_with_parent_and_centroid(client):
    data = login(client, "unit_140981").get("/api/regions/").json()
    assert (data["count"], data["truncated"], data["next"]) == (19, False, None)
    codes = [r["code"] for r in data["results"]]
    assert codes[:3] == ["140000", "140900", "140902"] and codes[-1] == "140999"
    dingxiang = next(r for r in data["results"] if r["code"] == "140921")
    assert dingxiang == {
        "code": "140921",
        "name": "定襄县",
        "short_name": dingxiang["short_name"],
        "level": "county",
        "kind": "county",
        "kind_label": "县",
        "parent": "140900",
        "is_county": True,
        "centroid": {"longitude": 113.03, "latitude": 38.5101},
    }
    assert data["results"][0]["centroid"] is None  # 山西省 has no centroid in the demo


def test_regions_filter_by_parent_level_and_kind(client):
    login(client)
    assert client.get("/api/regions/?parent=140900").json()["count"] == 17
    assert [r["code"] for r in client.get("/api/regions/?kind=county_city").json()["results"]] == [
        "140981"
    ]
    assert [r["name"] for r in client.get("/api/regions/?level=city").json()["results"]] == [
        "忻州市"
    ]


def test_indicators_list_the_58_catalogue_entries(client):
    data = login(client, "reporter_140921").get("/api/indicators/").json()
    assert data["count"] == 58 and not data["truncated"]
    fai = next(i for i in data["results"] if i["code"] == "fai")
    assert {k: fai[k] for k in ("name", "unit", "kind", "cumulative", "additive")} == {
        "name": "固定资产投资",
        "unit": "亿元",
        "kind": "flow",
        "cumulative": True,
        "additive": True,
    }
    assert (fai["polarity"], fai["decimals"], fai["target_kind"]) == ("higher", 2, "growth")
    gdp = client.get("/api/indicators/?frequency=quarterly&kind=flow&limit=1").json()
    assert gdp["results"][0]["code"] == "gdp" and gdp["results"][0]["dimension_name"] == "产业"


def test_next_links_walk_the_whole_catalogue_once_in_a_stable_order(client):
    login(client)
    whole = [i["code"] for i in client.get("/api/indicators/").json()["results"]]
    url: str | None = "/api/indicators/?limit=25"
    pages = []
    while url:
        page = client.get(url).json()
        pages.append([i["code"] for i in page["results"]])
        assert page["truncated"] is (page["next"] is not None)
        url = page["next"]
    assert [len(p) for p in pages] == [25, 25, 8]
    assert [c for p in pages for c in p] == whole and len(set(whole)) == 58
    first = client.get("/api/indicators/?limit=25").json()
    assert first["next"] == "http://testserver/api/indicators/?limit=25&offset=25"


def test_lists_stop_at_max_list_and_link_the_rest(client):
    login(client)
    page = client.get("/api/figures/").json()
    assert (page["count"], page["truncated"], MAX_LIST) == (1000, True, 1000)
    assert page["next"] == "http://testserver/api/figures/?offset=1000"
    second = client.get(page["next"]).json()
    first_keys = {(f["indicator"], f["region"], f["year"], f["month"]) for f in page["results"]}
    assert second["offset"] == 1000
    assert not first_keys & {
        (f["indicator"], f["region"], f["year"], f["month"]) for f in second["results"]
    }


def test_derived_growth_equals_the_published_seed_figure(client):
    """忻州日报 2024-01-10: 1-11月 2023 新一代信息技术产业增加值 grew 37.4% (demo/published.py)."""
    login(client, "unit_jyj")
    data = client.get("/api/figures/?indicator=sei_ngit&region=140900&year=2023&month=11").json()
    (f,) = data["results"]
    assert (f["growth"], f["growth_source"], f["value"], f["base_value"]) == (
        37.4,
        "reported",
        3.78,
        2.81,
    )
    assert (f["period"], f["period_label"], f["cumulative"]) == ("2023-11", "2023年1-11月", True)
    # A 其中 item of 规上工业: its pull on the whole, but no 贡献率 (never summed with the 门类).
    assert round(f["pull"], 2) == 0.17 and f["contribution"] is None
    assert round(f["time_progress"], 2) == 91.67


def test_derived_growth_of_xinfu_income_2022_equals_the_bulletin(client):
    login(client)
    url = "/api/figures/?indicator=income&region=140902&year=2022&month=12&measure=value,growth"
    (f,) = client.get(url).json()["results"]
    assert (f["value"], f["growth"]) == (29143.0, 6.5)


def test_measure_selects_the_measures_returned(client):
    login(client)
    url = "/api/figures/?indicator=fai&region=140900&year=2023&month=12&measure=growth,light"
    (f,) = client.get(url).json()["results"]
    assert set(f) == {
        "indicator",
        "indicator_name",
        "unit",
        "region",
        "region_name",
        "year",
        "month",
        "period",
        "period_label",
        "cumulative",
        "growth",
        "light",
        "growth_source",
        "is_synthetic",
        "computed_at",
    }
    assert (f["growth"], f["light"], f["period_label"]) == (-2.3, "red", "2023年")


def test_figures_filter_by_several_codes_in_a_stable_order(client):
    login(client)
    data = client.get("/api/figures/?indicator=gdp,fai&region=140921&year=2023").json()
    assert data["count"] == 15  # fai 2-12月 (11) + gdp four quarters
    keys = [(f["month"], f["indicator"]) for f in data["results"]]
    assert keys == sorted(keys)
    assert keys[:3] == [(2, "fai"), (3, "fai"), (3, "gdp")]


def test_targets_list_current_versions(client):
    login(client, "reporter_140921")
    data = client.get("/api/targets/?year=2023").json()
    assert (data["count"], data["truncated"]) == (223, False)
    (t,) = client.get("/api/targets/?year=2023&indicator=fai&region=140921").json()["results"]
    assert {k: t[k] for k in ("target_kind", "version", "target_value", "target_growth")} == {
        "target_kind": "growth",
        "version": 1,
        "target_value": None,
        "target_growth": "6",
    }
    assert t["is_synthetic"] is True
    assert client.get("/api/targets/?year=2024").json()["count"] == 0


@pytest.mark.parametrize(
    ("url", "param", "words"),
    [
        ("/api/figures/?region=140921,999999", "region", "region=999999"),
        ("/api/figures/?indicator=gpd", "indicator", "GET /api/indicators/"),
        ("/api/targets/?region=忻州", "region", "GET /api/regions/"),
        ("/api/figures/?year=2023a", "year", "1900–2100"),
        ("/api/figures/?month=13", "month", "1–12"),
        ("/api/figures/?measure=growth,yoy", "measure", "yoy"),
        ("/api/figures/?regoin=140921", "regoin", "可用参数"),
        ("/api/regions/?level=town", "level", "province, city, county"),
        ("/api/regions/?parent=1409", "parent", "GET /api/regions/"),
        ("/api/indicators/?dimension=nope", "dimension", "GET /api/indicators/"),
        ("/api/indicators/?limit=0", "limit", "1–1000"),
        ("/api/targets/?limit=1001", "limit", "1–1000"),
        ("/api/regions/?offset=-1", "offset", "整数"),
        ("/api/observations/?region=000000", "region", "GET /api/regions/"),
        ("/api/observations/?status=final", "status", "approved"),
    ],
)
def test_bad_filters_are_400s_that_name_the_parameter(client, url, param, words):
    r = login(client).get(url)
    assert r.status_code == 400
    body = r.json()
    assert body["param"] == param and words in body["error"], body


def test_unknown_codes_are_listed_for_machines(client):
    body = login(client).get("/api/figures/?region=140921,1,2").json()
    assert (body["invalid"], body["valid_codes"]) == (["1", "2"], "/api/regions/")
    assert body["error"] == "未知的区划代码:region=1,2。有效代码见 GET /api/regions/。"


def test_a_reporters_draft_reaches_no_list_or_figure_of_another_unit(client):
    reporter = login(client, "reporter_140921")
    body = {"region": "140921", "indicator": "fai", "year": 2024, "month": 2, "value": "3.2"}
    r = reporter.post("/api/observations/", json.dumps(body), content_type="application/json")
    assert r.status_code == 201
    other = login(client, "unit_140981")
    assert other.get("/api/observations/?region=140921&year=2024").json()["results"] == []
    assert other.get("/api/figures/?region=140921&year=2024").json()["count"] == 0
    # Derived figures are built from approved data: not even the reporter sees the draft there.
    mine = login(client, "reporter_140921")
    assert mine.get("/api/figures/?region=140921&year=2024").json()["count"] == 0
    assert mine.get("/api/observations/?region=140921&year=2024").json()["count"] == 1


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/api/regions/", 3),
        ("/api/regions/?parent=140900", 4),
        ("/api/indicators/", 3),
        ("/api/figures/", 3),
        ("/api/figures/?indicator=fai,gdp&region=140921&year=2023", 5),
        ("/api/targets/", 3),
        ("/api/targets/?indicator=fai&region=140921", 5),
        ("/api/observations/?region=140921&indicator=fai&year=2023", 5),
    ],
)
def test_lists_use_a_fixed_number_of_queries(client, django_assert_max_num_queries, url, queries):
    """Session, user, one query per code filter, one for the page: never one per row."""
    login(client)
    with django_assert_max_num_queries(queries):
        r = client.get(url)
    assert r.status_code == 200 and r.json()["count"] > 0


def test_figures_carry_no_binary_float_noise(client):
    r = login(client, "leader").get(
        "/api/figures/?indicator=ind_nee&region=140900&year=2023&month=11"
    )
    row = r.json()["results"][0]
    assert (row["value"], row["monthly_value"], row["growth"]) == (3.54, 0.337, 120.0)


def test_figure_rows_say_whether_they_rest_on_synthetic_data(client):
    api = login(client)
    synthetic = api.get("/api/figures/?indicator=fai&region=140921&year=2023&month=11").json()
    assert [r["is_synthetic"] for r in synthetic["results"]] == [True]
    published = api.get("/api/figures/?indicator=population&region=140900&year=2023&month=12")
    assert [r["is_synthetic"] for r in published.json()["results"]] == [False]
