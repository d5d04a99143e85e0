"""Dashboard pages: parse the request, read through ``queries``, render; nothing computed here."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citystat.accounts.permissions import is_admin
from citystat.accounts.requests import AuthenticatedRequest
from citystat.dashboard import cache as version_cache
from citystat.dashboard import exports, queries
from citystat.dashboard.actions import MapLayerError, remove_map_layer, upload_map_layer
from citystat.dashboard.periods import data_version
from citystat.followups.causes import read_causes
from citystat.indicators.models import Indicator
from citystat.observations.models import DerivedFigure
from citystat.regions import maps as region_maps
from citystat.regions.models import MapLayer, Region
from citystat.targets.grid import year_without_targets

View = Callable[..., HttpResponse]
# Derived figures are in the key; this only bounds how late project progress shows.
CACHE_SECONDS = 300
_build_locks: dict[str, threading.Lock] = {}
_build_locks_guard = threading.Lock()


def _build_lock(key: str) -> threading.Lock:
    """One builder per page key: concurrent requests for a cold page wait for it."""
    with _build_locks_guard:
        if len(_build_locks) > 2000:
            _build_locks.clear()
        return _build_locks.setdefault(key, threading.Lock())


def timed(view: View) -> View:
    """Adds a ``Server-Timing`` header (the benchmark reads the server's own time from it)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        start = time.perf_counter()
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()
        response["Server-Timing"] = f"app;dur={(time.perf_counter() - start) * 1000:.1f}"
        return response

    return wrapper


def _period(request: HttpRequest) -> str | None:
    return request.GET.get("period")


def _rendered(
    request: HttpRequest,
    kind: str,
    params: tuple[str | None, ...],
    build: Callable[[], tuple[str, str]],
    *,
    with_layer: bool = False,
) -> HttpResponse:
    """Serve a page body from the cache, building it on a miss.

    The body holds nothing user-specific (the shell around it does), so one rendering
    serves everyone who reads the same interface language (the language is in the key).
    The key carries the data and policy versions, so a recomputation or a policy edit is
    visible at once; the timeout bounds staleness of what is not derived (projects).
    Concurrent requests for the same cold page wait for one build instead of each
    building it (20 clients opening a new month would otherwise build it 20 times).
    Each process keeps the bodies it served lately (``local_get``), under the same key
    and until the shared entry's expiry.
    """
    version = data_version()
    layer = region_maps.active_map_layer_id() if with_layer else None
    key = "dashboard:" + ":".join(
        [
            kind,
            translation.get_language() or "",
            str(version),
            str(layer),
            *(quote(p or "", safe="") for p in params),
        ]
    )
    hit = version_cache.local_get(key)
    if hit is None:
        hit = cache.get(key)
        if hit is None:
            with _build_lock(key):
                hit = cache.get(key)
                if hit is None:
                    with version_cache.building(version):
                        title, body = build()
                    # when the shared entry expires, so that every process's copy ends with it
                    hit = (title, body, time.time() + CACHE_SECONDS)
                    cache.set(key, hit, CACHE_SECONDS)
        if len(hit) == 3:  # (an entry of an older release has no expiry: not kept here)
            left = hit[2] - time.time()
            size = len(hit[0]) + len(hit[1])
            version_cache.local_set(key, hit, time.monotonic() + left, size)
    title, body = hit[0], hit[1]
    if kind == "screen":
        return HttpResponse(body)
    return render(request, "dashboard/page.html", {"title": title, "body": mark_safe(body)})


def _causes(
    f: queries.Frame, region: Region, indicator: Indicator | None = None
) -> list[tuple[Indicator, Any]]:
    """The 原因说明 of a region's figures in the page's period (of one indicator, if given)."""
    names = {i.pk: i for i in f.indicators}
    causes, _answers = read_causes(
        region_ids=[region.pk],
        year=f.period.year,
        month=f.period.month,
        indicator_id=indicator.pk if indicator is not None else None,
    )
    return [(names[c.indicator_id], c) for c in causes if c.indicator_id in names]


def _empty_page() -> tuple[str, str]:
    return _("城市高质量发展监测调度平台"), render_to_string("dashboard/empty.html")


@timed
@login_required
def home(request: HttpRequest) -> HttpResponse:
    period = _period(request)

    def build() -> tuple[str, str]:
        o = queries.overview(period)
        if o is None:
            return _empty_page()
        ranking = queries.score_ranking(o)
        context = {
            "o": o,
            "f": o.frame,
            "radar": o.radar(),
            "top": ranking[:3],
            "bottom": ranking[-3:][::-1] if len(ranking) > 3 else [],
            # read while the cached body is built; set_target drops the page caches
            "no_target_year": year_without_targets(o.frame.periods[0], o.frame.indicators),
        }
        return (
            _("%(city)s监测看板 · %(period)s")
            % {"city": o.frame.city.name, "period": o.frame.period.label},
            render_to_string("dashboard/home_body.html", context),
        )

    return _rendered(request, "home", (period,), build)


@timed
@login_required
def indicator(request: HttpRequest, code: str) -> HttpResponse:
    period, region_code = _period(request), request.GET.get("region")
    raw_page = request.GET.get("page", "1")
    page = int(raw_page) if raw_page.isdigit() and 0 < len(raw_page) < 6 else 1

    def build() -> tuple[str, str]:
        try:
            p = queries.indicator_page(code, period, region_code, page)
        except (Indicator.DoesNotExist, Region.DoesNotExist) as exc:
            raise Http404(_("没有这个指标或地区")) from exc
        except DerivedFigure.DoesNotExist:
            return _empty_page()
        context = {
            "p": p,
            "f": p.frame,
            "map_points": p.map_points(),
            "breakdown": p.breakdown_data(),
            "region_keep": [("region", p.region.code)],
            "map_layer": region_maps.active_map_layer_id(),
            "causes": _causes(p.frame, p.region, p.indicator),
        }
        return (
            f"{p.indicator.name} · {p.region.name} · {p.label}",
            render_to_string("dashboard/indicator_body.html", context),
        )

    return _rendered(
        request, "indicator", (code, period, region_code, str(page)), build, with_layer=True
    )


@timed
@login_required
def region(request: HttpRequest, code: str) -> HttpResponse:
    period = _period(request)
    if Region.objects.filter(level=Region.Level.CITY, code=code).exists():
        return redirect(f"/?period={quote(period)}" if period else "/")

    def build() -> tuple[str, str]:
        try:
            p = queries.county_page(code, period)
        except Region.DoesNotExist as exc:
            raise Http404(_("没有这个地区")) from exc
        except DerivedFigure.DoesNotExist:
            return _empty_page()
        context = {
            "p": p,
            "f": p.frame,
            "radar": p.radar(),
            "causes": _causes(p.frame, p.region),
        }
        return (
            f"{p.region.name} · {p.frame.period.label}",
            render_to_string("dashboard/county_body.html", context),
        )

    return _rendered(request, "county", (code, period), build)


def _interval(request: HttpRequest) -> int:
    """Seconds per 大屏 panel (``?interval=``, 0 stops the rotation)."""
    try:
        return max(0, min(600, int(request.GET.get("interval", "15"))))
    except ValueError:
        return 15


@timed
@login_required
def screen(request: HttpRequest) -> HttpResponse:
    period, interval = _period(request), _interval(request)

    def build() -> tuple[str, str]:
        o = queries.overview(period)  # the map's points: queries.screen_boards
        if o is None:
            return _empty_page()
        context = {
            "o": o,
            "f": o.frame,
            "radar": o.radar(),
            "boards": queries.screen_boards(o),
            "ranking": queries.score_ranking(o),
            "map_layer": region_maps.active_map_layer_id(),
            "slides": range(3),
            "interval": interval,
        }
        return "", render_to_string("dashboard/screen.html", context)

    return _rendered(request, "screen", (period, str(interval)), build, with_layer=True)


EXPORTS = {"overview", "alerts", "league", "breakdown", "county", "scores", "lagging", "projects"}
COUNTY_SHEETS = {
    "county": exports.county_sheet,
    "scores": exports.scores_sheet,
    "lagging": exports.lagging_sheet,
    "projects": exports.projects_sheet,
}


@timed
@login_required
def export(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in EXPORTS:
        raise Http404(_("没有这个表格"))
    period = _period(request)
    try:
        if kind in ("overview", "alerts"):
            o = queries.overview(period, every_unit=True, alert_limit=None)
            if o is None:
                raise Http404(_("暂无数据"))
            sheet = exports.overview_sheet(o) if kind == "overview" else exports.alerts_sheet(o)
        elif kind in ("league", "breakdown"):
            p = queries.indicator_page(
                request.GET.get("indicator", ""), period, request.GET.get("region")
            )
            sheet = exports.league_sheet(p) if kind == "league" else exports.breakdown_sheet(p)
        else:
            c = queries.county_page(request.GET.get("region", ""), period)
            sheet = COUNTY_SHEETS[kind](c)
    except (Indicator.DoesNotExist, Region.DoesNotExist, DerivedFigure.DoesNotExist) as exc:
        raise Http404(_("没有这个指标或地区")) from exc
    response = HttpResponse(
        exports.workbook(sheet),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    filename = f"{sheet.caption}.xlsx".replace(" ", "_")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


@login_required
def boundaries(request: HttpRequest) -> HttpResponse:
    """The active boundary layer as GeoJSON, for ``echarts.registerMap``."""
    data = region_maps.active_map_geojson()
    if data is None:
        raise Http404(_("尚未上传地图边界"))
    response = HttpResponse(data, content_type="application/geo+json; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
def maps(request: AuthenticatedRequest) -> HttpResponse:
    """Administrators upload or remove county boundary layers."""
    if not is_admin(request.user):
        raise PermissionDenied(_("只有系统管理员可以管理地图边界"))
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, _("请选择要上传的 GeoJSON 文件。"))
        else:
            try:
                layer = upload_map_layer(
                    raw=upload.read(),
                    name=request.POST.get("name", ""),
                    user=request.user,
                    filename=upload.name or "",
                )
            except MapLayerError as exc:
                messages.error(request, _("上传失败:%(error)s") % {"error": exc})
            else:
                messages.success(
                    request,
                    _("已启用地图边界“%(name)s”,共%(count)d个区划。")
                    % {"name": layer.name, "count": layer.feature_count},
                )
                return redirect("dashboard:maps")
    return render(request, "dashboard/maps.html", {"layers": list(region_maps.map_layers())})


@require_POST
@login_required
def map_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    if not is_admin(request.user):
        raise PermissionDenied(_("只有系统管理员可以管理地图边界"))
    remove_map_layer(get_object_or_404(MapLayer, pk=pk))
    messages.success(request, _("已删除地图边界;地图改用县城中心点显示。"))
    return redirect("dashboard:maps")
