"""403 / 404 / 500 in the site's layout and the interface language, with the way back.

The 500 page must not fail in turn: it renders the layout without the per-user shell
(menu, 待办 — they read the database, which may be what failed) and falls back to plain
HTML if even that cannot be rendered.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.translation import gettext as _


def _back(request: HttpRequest) -> str | None:
    """The page the user came from, when it is on this site and is not this page."""
    referer: str = request.META.get("HTTP_REFERER", "")
    parts = urlsplit(referer)
    if not referer or parts.netloc != request.get_host() or parts.path == request.path:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _page(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    context = {"status": status, "title": title, "message": message, "back": _back(request)}
    body = loader.render_to_string("errors/error.html", context, request=request)
    return HttpResponse(body, status=status)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    reason = str(exception or "").strip()
    if not reason or reason.isascii():
        reason = _("您的角色无权打开这个页面。如需使用,请联系系统管理员分配权限。")
    return _page(request, 403, _("无权访问"), reason)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(
        request,
        404,
        _("页面不存在"),
        _("没有找到这个页面:地址可能有误,或者它指向的指标、地区或记录已不存在。"),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    title = _("系统出错")
    message = _("处理请求时出错,已记录在服务器日志中。请稍后重试;如一再出现,请联系系统管理员。")
    body: str
    try:
        body = loader.render_to_string(
            "errors/error.html",
            {"status": 500, "title": title, "message": message, "back": None, "bare": True},
        )
    except Exception:  # the error page must not raise
        body = f"<!doctype html><meta charset=utf-8><title>{title}</title><h1>{title}</h1><p>{message}</p><p><a href='/'>返回首页</a></p>"
    return HttpResponse(body, status=500)
