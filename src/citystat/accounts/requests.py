"""The request of a signed-in page: ``request.user`` is a citystat ``User``.

Django types ``HttpRequest.user`` as ``User | AnonymousUser``; behind ``login_required``
(or ``api_view``'s 401) it is always a ``User``. Views that sit behind such a check take
an ``AuthenticatedRequest`` instead of an ``HttpRequest``, so that the permission rules
(``accounts/permissions.py``) receive a ``User`` without a cast. At run time Django still
passes its own request object: the class exists for the type checker only.

Code whose signature Django fixes (``ModelAdmin`` methods receive an ``HttpRequest``) asks
``signed_in_user``, which narrows the type where the admin site has already checked the
sign-in.
"""

from __future__ import annotations

from django.http import HttpRequest

from citystat.accounts.models import User


class AuthenticatedRequest(HttpRequest):
    """An ``HttpRequest`` whose user has signed in (the view is behind a sign-in check)."""

    user: User


def signed_in_user(request: HttpRequest) -> User:
    """The user of a request that has passed a sign-in check (the admin site's, say)."""
    user = request.user
    assert user.is_authenticated, "only for requests behind a sign-in check"
    return user
