"""Response headers every page gets, and a Chinese 503 page while the database is down."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers

# No inline script anywhere: scripts are static files, data travels in json_script blocks
# (type="application/json", which CSP does not execute). Styles may be inline because
# ECharts sizes its canvases with style attributes.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
RETRY_AFTER_SECONDS = 30


class SecurityHeadersMiddleware:
    """CSP on every response; signed-in pages are private to the browser (never a shared cache)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        # A page that read the session of a browser holding a session cookie is that user's
        # own. (Decided without a query: this also runs while the database is down.)
        session = getattr(request, "session", None)
        if (
            session is not None
            and session.accessed
            and settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ("Cookie",))
        return response


class DatabaseUnavailableMiddleware:
    """An unreachable database answers 503 with a Chinese page that needs no database.

    Listed last in MIDDLEWARE so its process_exception runs first.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if not database_unreachable():
            return None  # a failing query on a working database stays a 500
        return service_unavailable()


def database_unreachable() -> bool:
    from django.db import connection

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (OperationalError, InterfaceError):
        return True
    return False


def service_unavailable() -> HttpResponse:
    body = render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    if settings.DEBUG:
        response["X-Citystat-Reason"] = "database unreachable"
    return response
