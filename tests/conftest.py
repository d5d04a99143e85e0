"""Shared fixtures: the deterministic Xinzhou demo is the test dataset (as in `make run`)."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Load the demo once into the test database; each test runs in a rolled-back transaction."""
    from citystat.demo.load import load_demo

    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the project")
    return SHARED


@pytest.fixture
def demo_user(db):  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User

    return User.objects.get(username="reviewer")
