"""Malformed requests answer 400 naming the parameter, never a 500.

A NUL character cannot be stored or even compared by PostgreSQL ("A string literal cannot
contain NUL"); no code, name or number of the platform contains one. This middleware looks
at the path, every query parameter and every form field before any view runs, and answers
400 with the name of the first parameter that holds one (JSON under /api/, a Chinese page
elsewhere). JSON bodies are checked where they are read (``api.views._body``); the rule
and its sentence are ``citystat.nul``'s.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.html import escape

from citystat.nul import NUL, first_with_nul, nul_message


def bad_request(request: HttpRequest, param: str, message: str) -> HttpResponse:
    """400 naming ``param``: JSON for the API, a small Chinese page for everything else."""
    if request.path.startswith("/api/"):
        return HttpResponse(
            json.dumps({"error": message, "param": param}, ensure_ascii=False),
            status=400,
            content_type="application/json; charset=utf-8",
        )
    body = (
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请求有误</title>'
        f"<h1>请求有误(400)</h1><p>{escape(message)}</p>"
        '<p><a href="/">返回首页</a></p></html>'
    )
    return HttpResponse(body, status=400, content_type="text/html; charset=utf-8")


class MalformedRequestMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if NUL in request.path_info:
            return bad_request(request, "path", nul_message("path(网址路径)"))
        param = first_with_nul(request.GET.lists())
        if param is None and request.method == "POST" and _is_form(request):
            param = first_with_nul(request.POST.lists())
        if param is not None:
            return bad_request(request, param, nul_message(param))
        return self.get_response(request)


def _is_form(request: HttpRequest) -> bool:
    kind = request.content_type or ""
    return kind in {"application/x-www-form-urlencoded", "multipart/form-data"}
