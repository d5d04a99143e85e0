import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_as_leader() -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="leader"))
    return client


def test_the_first_page_needs_login():
    response = Client().get("/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_the_first_page_lists_the_city_and_its_fourteen_counties(
    client_as_leader, django_assert_max_num_queries
):
    # 13 as in test_pages: the 已报 N/M summary is one query of its own (issue 11).
    with django_assert_max_num_queries(13):
        response = client_as_leader.get("/?period=2023-11")
    html = response.content.decode()
    assert response.status_code == 200
    assert "2023年1-11月" in html
    for name in (
        "忻州市",
        "忻府区",
        "定襄县",
        "五台县",
        "代县",
        "繁峙县",
        "宁武县",
        "静乐县",
        "神池县",
        "五寨县",
        "岢岚县",
        "河曲县",
        "保德县",
        "偏关县",
        "原平市",
    ):
        assert f">{name}</a></th>" in html
    assert "示例数据" in html


def test_growth_is_shown_half_up_with_its_sign(client_as_leader):
    from citystat.observations.models import DerivedFigure

    fig = DerivedFigure.objects.get(
        indicator__code="fai", region__code="140900", year=2023, month=11
    )
    html = client_as_leader.get("/?period=2023-11").content.decode()
    assert fig.growth == pytest.approx(-2.1)
    assert ">-2.1</td>" in html
