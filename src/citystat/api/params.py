"""Query-string parsing and pagination shared by the API's read endpoints.

Every parameter is checked before any data is read: an unknown parameter, a malformed
number or an unknown code raises :class:`BadParamError`, which ``api_view`` turns into a 400
naming the parameter and, for codes, where the valid ones are listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict

MAX_LIST = 1000
REGIONS_AT = "/api/regions/"
INDICATORS_AT = "/api/indicators/"


class BadParamError(ValueError):
    """A query parameter the API cannot use; ``extra`` goes into the JSON error body."""

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.extra = extra


class Params:
    """The query string of one request, restricted to ``allowed`` names.

    ``limit`` and ``offset`` are always allowed (see :func:`paginate`).
    """

    def __init__(self, request: HttpRequest, allowed: Iterable[str]) -> None:
        self.query: QueryDict = request.GET
        self.allowed = (*allowed, "limit", "offset")
        unknown = sorted(set(self.query) - set(self.allowed))
        if unknown:
            raise BadParamError(
                f"未知参数:{', '.join(unknown)}。可用参数:{', '.join(self.allowed)}。",
                param=unknown[0],
                allowed=list(self.allowed),
            )

    def text(self, name: str) -> str:
        return self.query.get(name, "").strip()

    def integer(self, name: str, lo: int, hi: int) -> int | None:
        raw = self.text(name)
        if not raw:
            return None
        if not raw.isdigit() or not lo <= int(raw) <= hi:
            raise BadParamError(f"参数 {name} 应为 {lo}–{hi} 之间的整数,收到“{raw}”。", param=name)
        return int(raw)

    def choice(self, name: str, choices: Sequence[str]) -> str | None:
        raw = self.text(name)
        if raw and raw not in choices:
            raise BadParamError(
                f"参数 {name} 只能是 {', '.join(choices)},收到“{raw}”。",
                param=name,
                allowed=list(choices),
            )
        return raw or None

    def choices(self, name: str, choices: Sequence[str]) -> list[str] | None:
        """A comma-separated subset of ``choices`` (None when absent)."""
        wanted = self.codes_text(name)
        if wanted is None:
            return None
        bad = [w for w in wanted if w not in choices]
        if bad:
            raise BadParamError(
                f"参数 {name} 的取值无效:{', '.join(bad)}。可用取值:{', '.join(choices)}。",
                param=name,
                invalid=bad,
                allowed=list(choices),
            )
        return wanted

    def narrow(self, qs: QuerySet[Any]) -> QuerySet[Any]:
        """Apply whichever of indicator, region, year and month this endpoint allows."""
        from citystat.indicators.models import Indicator
        from citystat.regions.models import Region

        if "indicator" in self.allowed:
            indicators = self.objects("indicator", Indicator.objects.all(), INDICATORS_AT)
            if indicators is not None:
                qs = qs.filter(indicator__in=indicators)
        if "region" in self.allowed:
            regions = self.objects("region", Region.objects.all(), REGIONS_AT)
            if regions is not None:
                qs = qs.filter(region__in=regions)
        if "year" in self.allowed:
            year = self.integer("year", 1900, 2100)
            if year is not None:
                qs = qs.filter(year=year)
        if "month" in self.allowed:
            month = self.integer("month", 1, 12)
            if month is not None:
                qs = qs.filter(month=month)
        return qs

    def codes_text(self, name: str) -> list[str] | None:
        raw = self.text(name)
        if not raw:
            return None
        return [c.strip() for c in raw.split(",") if c.strip()]

    def objects(self, name: str, queryset: QuerySet[Any], listed_at: str) -> list[Any] | None:
        """Rows of ``queryset`` whose ``code`` is listed in parameter ``name`` (comma-separated).

        Any code that does not exist is a 400 that names it and ``listed_at``.
        """
        codes = self.codes_text(name)
        if codes is None:
            return None
        found = {o.code: o for o in queryset.filter(code__in=codes)}
        missing = [c for c in codes if c not in found]
        if missing:
            raise BadParamError(
                f"未知的{_NOUNS.get(name, name)}代码:{name}={','.join(missing)}。"
                f"有效代码见 GET {listed_at}。",
                param=name,
                invalid=missing,
                valid_codes=listed_at,
            )
        return [found[c] for c in codes]

    def period(self, name: str) -> tuple[int, int] | None:
        """``YYYY-MM`` → (year, month)."""
        raw = self.text(name)
        if not raw:
            return None
        year, sep, month = raw.partition("-")
        if (
            sep
            and len(year) == 4
            and year.isdigit()
            and month.isdigit()
            and len(month) == 2
            and 1 <= int(month) <= 12
        ):
            return int(year), int(month)
        raise BadParamError(f"参数 {name} 应为 YYYY-MM(如 2023-11),收到“{raw}”。", param=name)


_NOUNS = {"region": "区划", "indicator": "指标", "parent": "区划", "dimension": "维度"}


def paginate(
    request: HttpRequest,
    params: Params,
    queryset: QuerySet[Any],
    serialise: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    """One page of ``queryset`` (which must be totally ordered) as the API's list body.

    ``limit`` (1–MAX_LIST, default MAX_LIST) rows from ``offset``; ``truncated`` says more
    rows follow and ``next`` is the absolute URL of the next page (null on the last page).
    One query: one extra row is read to know whether another page exists.
    """
    limit = params.integer("limit", 1, MAX_LIST) or MAX_LIST
    offset = params.integer("offset", 0, 10**9) or 0
    rows = list(queryset[offset : offset + limit + 1])
    more = len(rows) > limit
    next_url = None
    if more:
        query = request.GET.copy()
        query["offset"] = str(offset + limit)
        if "limit" in request.GET:
            query["limit"] = str(limit)
        next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return {
        "count": min(len(rows), limit),
        "truncated": more,
        "offset": offset,
        "next": next_url,
        "results": [serialise(r) for r in rows[:limit]],
    }
