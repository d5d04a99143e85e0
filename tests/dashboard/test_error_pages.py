"""403 / 404 / 500 in the site's layout, in Chinese, with the way back."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory

pytestmark = pytest.mark.django_db


def _client(username: str) -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def test_403_is_a_page_of_the_site_with_the_reason_and_the_way_back():
    r = _client("reporter_140921").get("/intake/review/", HTTP_REFERER="http://testserver/intake/")
    html = r.content.decode()
    assert r.status_code == 403
    assert '<section class="error-page" data-status="403">' in html
    assert "无权访问" in html and "您没有审核权限。" in html
    assert '<nav class="sections">' in html  # the site's menu
    assert '<a href="/intake/" class="button">返回上一页</a>' in html
    assert '<a href="/" class="button">返回首页</a>' in html


def test_404_is_a_page_of_the_site_and_an_unknown_indicator_too():
    leader = _client("leader")
    for url in ("/nowhere/", "/indicator/nothing/", "/targets/history/gdp/999999/2024/"):
        r = leader.get(url)
        html = r.content.decode()
        assert r.status_code == 404, url
        assert "页面不存在" in html and '<nav class="sections">' in html and "返回首页" in html
    anonymous = Client().get("/nowhere/").content.decode()
    assert "页面不存在" in anonymous and 'href="/login/?next=/nowhere/"' in anonymous


def test_500_renders_the_layout_without_touching_the_user_or_the_database(
    django_assert_num_queries,
):
    from citystat.dashboard.errors import server_error

    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        r = server_error(request)
    html = r.content.decode()
    assert r.status_code == 500
    assert "系统出错" in html and "返回首页" in html and 'class="topbar"' in html


def test_the_api_page_renders_every_operation_of_the_openapi_document():
    from citystat.api.schema import SCHEMA

    admin = _client("admin")
    r = admin.get("/api/")
    html = r.content.decode()
    assert (
        r.status_code == 200 and "接口文档" in html and "<script" not in html.split("</header>")[1]
    )
    n_ops = sum(len([m for m in ops if m in ("get", "post")]) for ops in SCHEMA["paths"].values())
    assert html.count('<section class="panel api-op"') == n_ops == 9
    assert "<code>/api/data/{indicator}.csv</code>" in html
    assert "<code>results[].period</code>" in html and "example: 2024-02" in html
    assert 'href="/api/"' in html  # in the administrator's menu
    assert _client("reporter_140921").get("/api/").status_code == 200
