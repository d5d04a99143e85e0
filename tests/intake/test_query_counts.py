"""Intake pages read with a fixed number of queries, whatever the number of indicators."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("username", "url", "limit"),
    [
        ("reporter_140921", "/intake/", 12),
        ("reporter_140921", "/intake/entry/140921/2023-11/", 12),
        ("reviewer", "/intake/review/140921/2023-11/", 20),
        ("reviewer", "/intake/board/?year=2023", 12),
        ("reporter_140921", "/intake/audit/user/reporter_140921/", 12),
    ],
)
def test_page_query_counts(
    client, django_user_model, django_assert_max_num_queries, username, url, limit
):
    client.force_login(django_user_model.objects.get(username=username))
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200
