import pytest
from django.test import Client


def _client(username: str) -> Client:
    from citystat.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


@pytest.fixture
def leader(db: None) -> Client:
    return _client("leader")


@pytest.fixture
def admin_client(db: None) -> Client:
    return _client("admin")


@pytest.fixture
def reporter(db: None) -> Client:
    return _client("reporter_140921")
