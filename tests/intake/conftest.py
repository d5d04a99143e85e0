from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def reporter(db):  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User

    return User.objects.get(username="reporter_140921")


@pytest.fixture
def reviewer(db):  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User

    return User.objects.get(username="reviewer")


from tests.intake.caches import _forget_derived_caches  # noqa: E402, F401
