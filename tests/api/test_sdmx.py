"""SDMX-CSV 2.0 export of approved figures: /api/data/<indicator>.csv."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db

HEADER = (
    "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,"
    "OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CUMULATIVE,JAN_FEB_COMBINED,GROWTH_YOY,SYNTHETIC"
)
DF = "dataflow,CITYSTAT:DF_XINZHOU(1.0.0),I"


def login(client, username: str = "reviewer"):  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User

    client.force_login(User.objects.get(username=username))
    return client


def lines(response) -> list[str]:  # type: ignore[no-untyped-def]
    text = response.content.decode("utf-8")
    assert text.endswith("\r\n")
    return text.removesuffix("\r\n").split("\r\n")


def test_header_is_sdmx_csv_2_after_a_utf8_bom(client):
    r = login(client).get("/api/data/fai.csv?region=140921&start=2023-01&end=2023-12")
    assert r.status_code == 200
    assert r.content.startswith(b"\xef\xbb\xbfSTRUCTURE,STRUCTURE_ID,ACTION,")
    assert r["Content-Type"] == "text/csv; charset=utf-8"
    rows = lines(r)
    assert rows[0] == "\ufeff" + HEADER
    assert len(rows) == 12  # 1-2月 combined, then 3 … 12月


def test_monthly_rows_are_year_to_date_with_the_jan_feb_flag(client):
    rows = lines(login(client).get("/api/data/fai.csv?region=140921&start=2023-01&end=2023-12"))
    assert rows[1] == f"{DF},M,140921,fai,2023-02,3.08,亿元,A,Y,Y,-1.3,Y"
    assert rows[2] == f"{DF},M,140921,fai,2023-03,6.99,亿元,A,Y,N,4.2,Y"
    assert rows[-1] == f"{DF},M,140921,fai,2023-12,67.5,亿元,A,Y,N,15.5,Y"


def test_quarterly_and_annual_indicators_use_q_and_a_periods(client):
    login(client)
    gdp = lines(client.get("/api/data/gdp.csv?region=140900&start=2022-12&end=2023-03"))
    assert gdp[1:] == [
        f"{DF},Q,140900,gdp,2022-Q4,1500.6,亿元,A,Y,N,5.5,N",  # published_facts.csv
        f"{DF},Q,140900,gdp,2023-Q1,325.91,亿元,A,Y,N,3.5,Y",
    ]
    population = lines(client.get("/api/data/population.csv?region=140900"))
    assert population[1:] == [
        f"{DF},A,140900,population,2022,265.56,万人,A,N,N,,N",
        f"{DF},A,140900,population,2023,263.47,万人,A,N,N,,N",
    ]


def test_several_regions_sorted_by_region_then_period(client):
    rows = lines(login(client).get("/api/data/fai.csv?region=140922,140921&start=2023-11"))
    assert [r.split(",")[4:7] for r in rows[1:]] == [
        ["140921", "fai", "2023-11"],
        ["140921", "fai", "2023-12"],
        ["140922", "fai", "2023-11"],
        ["140922", "fai", "2023-12"],
    ]


def test_file_name_is_ascii_with_an_rfc5987_chinese_name(client):
    r = login(client).get("/api/data/fai.csv?region=140921&start=2023-01&end=2023-12")
    assert r["Content-Disposition"] == (
        'attachment; filename="citystat_fai_140921_2023-01_2023-12.csv"; '
        "filename*=UTF-8''%E5%BF%BB%E5%B7%9E_%E5%9B%BA%E5%AE%9A%E8%B5%84%E4%BA%A7%E6%8A%95%E8%B5%84"
        "_fai_140921_2023-01_2023-12.csv"
    )
    assert client.get("/api/data/fai.csv")["Content-Disposition"].startswith(
        'attachment; filename="citystat_fai.csv"; '
    )


def test_sdmx_media_type_on_request_and_bom_can_be_left_out(client):
    r = login(client).get(
        "/api/data/fai.csv?region=140921&start=2023-12&bom=0",
        HTTP_ACCEPT="application/vnd.sdmx.data+csv; version=2.0.0",
    )
    assert r["Content-Type"] == "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8"
    assert "Accept" in r["Vary"]
    assert r.content.decode("utf-8") == (
        f"{HEADER}\r\n{DF},M,140921,fai,2023-12,67.5,亿元,A,Y,N,15.5,Y\r\n"
    )


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/data/gpd.csv", 404, "未知的指标代码:gpd。有效代码见 GET /api/indicators/。"),
        ("/api/data/fai.csv?region=140900,9", 400, "region=9"),
        ("/api/data/fai.csv?start=2023-13", 400, "YYYY-MM"),
        ("/api/data/fai.csv?end=202312", 400, "YYYY-MM"),
        ("/api/data/fai.csv?start=2023-06&end=2023-05", 400, "start 晚于 end"),
        ("/api/data/fai.csv?bom=no", 400, "bom"),
        ("/api/data/fai.csv?year=2023", 400, "未知参数:year"),
    ],
)
def test_bad_export_requests_are_json_errors(client, url, status, words):
    r = login(client).get(url)
    assert r.status_code == status and words in r.json()["error"]


def test_only_approved_figures_are_exported_even_to_the_drafts_author(client):
    body = {"region": "140921", "indicator": "fai", "year": 2024, "month": 3, "value": "7.1"}
    reporter = login(client, "reporter_140921")
    r = reporter.post("/api/observations/", json.dumps(body), content_type="application/json")
    assert r.status_code == 201
    url = "/api/data/fai.csv?region=140921&start=2024-01"
    assert lines(reporter.get(url)) == ["\ufeff" + HEADER]
    assert lines(login(client, "unit_140981").get(url)) == ["\ufeff" + HEADER]
    assert lines(login(client, "leader").get(url)) == ["\ufeff" + HEADER]
    reporter = login(client, "reporter_140921")
    reporter.post("/api/periods/140921/2024-03/submit/", "{}", content_type="application/json")
    reviewer = login(client)
    reviewer.post("/api/periods/140921/2024-03/approve/", "{}", content_type="application/json")
    rows = lines(login(client, "unit_140981").get(url))
    assert rows[1:] == [f"{DF},M,140921,fai,2024-03,7.1,亿元,A,Y,N,,N"]


def test_export_uses_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    login(client)
    with django_assert_max_num_queries(5):
        r = client.get("/api/data/fai.csv?region=140921,140922")
    assert len(lines(r)) == 45


def test_time_period_examples_hold():
    import doctest

    from citystat.api import sdmx

    assert doctest.testmod(sdmx).failed == 0
