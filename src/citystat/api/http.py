"""What every API view shares: JSON errors, the login/permission wrapper, numbers as text.

Below ``views``, ``reads`` and ``sdmx`` so that none of them imports another's helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse

from citystat.api.params import BadParamError
from citystat.intake.queries import plain
from citystat.observations.actions import WorkflowError

View = Callable[..., HttpResponse]


def json_error(status: int, message: str, **extra: Any) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def api_view(view: View) -> View:
    """JSON 401/403 instead of redirects to the login page; bad query parameters are 400s.

    The view runs only for a signed-in user, so it takes an ``AuthenticatedRequest``.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return json_error(401, "未登录。请先在 /login/ 登录。")
        try:
            return view(request, *args, **kwargs)
        except BadParamError as exc:
            return json_error(400, str(exc), **exc.extra)
        except PermissionDenied as exc:
            return json_error(403, str(exc) or "无权访问。")
        except WorkflowError as exc:
            return json_error(409, str(exc))

    return wrapper


def plain_number(x: Decimal | None) -> str | None:
    return None if x is None else plain(x)
