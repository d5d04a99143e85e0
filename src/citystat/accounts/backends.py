"""Authentication rules beyond Django's defaults."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend


class CitystatBackend(ModelBackend):
    """Demo accounts share a published password, so production refuses them."""

    def user_can_authenticate(self, user: Any) -> bool:
        if getattr(user, "is_demo", False) and settings.PRODUCTION:
            return False
        return super().user_can_authenticate(user)
