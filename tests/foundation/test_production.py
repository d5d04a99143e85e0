import pytest
from django.contrib.auth import authenticate

pytestmark = pytest.mark.django_db


def test_demo_accounts_log_in_locally():
    assert authenticate(username="leader", password="citystat-demo") is not None


def test_demo_accounts_are_refused_in_production(settings):
    settings.PRODUCTION = True
    assert authenticate(username="leader", password="citystat-demo") is None


def test_passwords_are_hashed_with_argon2():
    from citystat.accounts.models import User

    assert User.objects.get(username="leader").password.startswith("argon2")
