from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from citystat.dashboard.queries import overview


def _period(request: HttpRequest) -> tuple[int | None, int | None]:
    raw = request.GET.get("period", "")
    try:
        year, month = (int(x) for x in raw.split("-"))
    except ValueError:
        return None, None
    return year, month


@login_required
def home(request: HttpRequest) -> HttpResponse:
    year, month = _period(request)
    return render(request, "dashboard/home.html", {"overview": overview(year, month)})
