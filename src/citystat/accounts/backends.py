"""Authentication rules beyond Django's defaults."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from citystat.accounts import ratelimit
from citystat.accounts.models import User


class CitystatBackend(ModelBackend):
    """Demo accounts share a published password, so production refuses them.

    Sign-in is refused while the account name or the address must still wait after recent
    failures (citystat.accounts.ratelimit); the ValidationError surfaces as the login
    form's error. A try during the wait is not counted.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        if username:
            wait = ratelimit.retry_after(username, ratelimit.client_ip(request))
            if wait:
                raise ValidationError(ratelimit.locked_message(wait), code="locked")
        return super().authenticate(request, username=username, password=password, **kwargs)

    def user_can_authenticate(self, user: User | AnonymousUser | None) -> bool:
        if getattr(user, "is_demo", False) and settings.PRODUCTION:
            return False
        return super().user_can_authenticate(user)
