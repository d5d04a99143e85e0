"""The JSON API's observation endpoints and the plumbing every endpoint shares.

Same permission rules as the pages. Read endpoints for the catalogue, derived figures and
targets are in ``reads.py``; the SDMX-CSV export is in ``sdmx.py``.

Session authentication (sign in at /login/); writes need the CSRF token in the
``X-CSRFToken`` header, as any Django form post does.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from citystat.accounts.permissions import can_read_drafts
from citystat.accounts.requests import AuthenticatedRequest
from citystat.api.http import api_view, json_error, plain_number
from citystat.api.params import BadParamError, Params, paginate
from citystat.api.schema import SCHEMA
from citystat.followups.causes import read_causes
from citystat.importers.harmonise import Row
from citystat.importers.numbers import NotANumberError, parse_number
from citystat.indicators.models import Indicator
from citystat.intake import actions, queries
from citystat.nul import NUL, nul_message, shown
from citystat.observations.models import Observation, Source, Status
from citystat.regions.models import Region
from citystat.stats.periods import parse_month_or_none


def serialise(o: Observation) -> dict[str, Any]:
    return {
        "id": o.pk,
        "indicator": o.indicator.code,
        "indicator_name": o.indicator.name,
        "unit": o.indicator.unit,
        "region": o.region.code,
        "region_name": o.region.name,
        "year": o.year,
        "month": o.month,
        "period": o.period,
        "value": plain_number(o.value),
        "growth_reported": plain_number(o.growth_reported),
        "status": o.status,
        "source": o.source,
        "is_synthetic": o.is_synthetic,
        "source_url": o.source_url,
        "note": o.note,
        "updated_at": o.updated_at.isoformat(),
    }


MAX_JSON_DEPTH = 20  # the API's bodies are flat objects; deeper nesting is refused


def _body(request: HttpRequest) -> dict[str, Any]:
    try:
        data = json.loads(request.body or b"{}")
    except RecursionError as exc:
        raise BadParamError(
            f"请求体 JSON 嵌套过深(超过 {MAX_JSON_DEPTH} 层)。", param="body"
        ) from exc
    except ValueError as exc:
        raise BadParamError("请求体不是有效的 JSON。", param="body") from exc
    if not isinstance(data, dict):
        raise BadParamError("请求体应为 JSON 对象。", param="body")
    _check_json(data)
    return data


def _check_json(data: dict[str, Any]) -> None:
    """No nesting beyond MAX_JSON_DEPTH and no NUL character in any key or text (walked
    without recursion); the error names the top-level field."""
    stack: list[tuple[str, object, int]] = [(str(k), v, 1) for k, v in data.items()]
    for key in data:
        if NUL in key:
            raise BadParamError(nul_message(shown(key)), param=key)
    while stack:
        field, value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise BadParamError(
                f"请求体字段 {field} 嵌套过深(超过 {MAX_JSON_DEPTH} 层)。", param=field
            )
        if isinstance(value, str) and NUL in value:
            raise BadParamError(nul_message(field), param=field)
        if isinstance(value, dict):
            stack.extend((field, k, depth + 1) for k in value)
            stack.extend((field, v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((field, v, depth + 1) for v in value)


@require_GET
@api_view
def observation_list(request: AuthenticatedRequest) -> HttpResponse:
    params = Params(request, ("region", "indicator", "year", "month", "status"))
    qs = params.narrow(queries.visible_observations(request.user))
    status = params.choice("status", Status.values)
    if status is not None:
        qs = qs.filter(status=status)
    qs = qs.order_by("year", "month", "region__code", "indicator__code")
    return JsonResponse(paginate(request, params, qs, serialise))


@require_GET
@api_view
def observation_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    o = Observation.objects.select_related("indicator", "region").filter(pk=pk).first()
    if o is None:
        return json_error(404, "数据不存在。")
    if o.status != Status.APPROVED and not can_read_drafts(request.user, o.region):
        raise PermissionDenied("无权查看该单位未审核的数据。")
    causes, _answers = read_causes(
        region_ids=[o.region_id], year=o.year, month=o.month, indicator_id=o.indicator_id
    )
    return JsonResponse(
        {
            **serialise(o),
            "causes": [{"text": c.text, "unit": c.unit, "stage": c.stage} for c in causes],
        }
    )


def _body_int(data: dict[str, Any], name: str, lo: int, hi: int) -> int:
    raw = data.get(name)
    if isinstance(raw, bool) or not isinstance(raw, int | str) or not str(raw).strip().isdigit():
        raise BadParamError(f"字段 {name} 须为 {lo}–{hi} 之间的整数,收到 {raw!r}。", param=name)
    number = int(str(raw).strip())
    if not lo <= number <= hi:
        raise BadParamError(f"字段 {name} 须为 {lo}–{hi} 之间的整数,收到 {number}。", param=name)
    return number


def _body_number(data: dict[str, Any], name: str) -> Decimal | None:
    try:
        return parse_number(data.get(name))
    except NotANumberError as exc:
        raise BadParamError(
            f"字段 {name} 须为数字(最多 14 位整数)或 null,收到 {data.get(name)!r}。", param=name
        ) from exc


@require_POST
@api_view
def observation_create(request: AuthenticatedRequest) -> HttpResponse:
    """Create or change a draft figure: {region, indicator, year, month, value, growth_reported}."""
    data = _body(request)  # a malformed body is a BadParamError: 400 naming the field
    region = Region.objects.filter(code=str(data.get("region", ""))).first()
    indicator = Indicator.objects.filter(code=str(data.get("indicator", ""))).first()
    if region is None or indicator is None:
        return json_error(400, "region 或 indicator 代码不存在。")
    year = _body_int(data, "year", 1900, 2100)
    month = _body_int(data, "month", 1, 12)
    value = _body_number(data, "value")
    growth = _body_number(data, "growth_reported")
    row = Row(
        sheet="",
        row=1,
        region=region.code,
        indicator=indicator.code,
        value=value,
        growth=growth,
        note=str(data.get("note", ""))[:300],
        columns={"value": "value", "growth": "growth_reported"},
    )
    result = actions.save_entry(
        user=request.user,
        region=region,
        year=year,
        month=month,
        rows=[row],
        explanation=str(data.get("explanation", "")),
        reason=str(data.get("reason", "")),
        source=Source.API,
    )
    problems = [
        {"severity": p.severity, "message": p.message, "field": p.field or p.column, "code": p.code}
        for p in result.problems
    ]
    if result.errors:
        return json_error(400, "数据未通过校验,未写入。", problems=problems)
    o = (
        Observation.objects.select_related("indicator", "region")
        .filter(indicator=indicator, region=region, year=year, month=month)
        .first()
    )
    if o is None:
        return json_error(400, "没有可写入的数值。", problems=problems)
    return JsonResponse({"observation": serialise(o), "problems": problems}, status=201)


@require_http_methods(["POST"])
@api_view
def period_action(
    request: AuthenticatedRequest, unit: str, period: str, action: str
) -> HttpResponse:
    """submit (reporter), approve / return (reviewer) every figure of a unit-month."""
    region = Region.objects.filter(code=unit).first()
    parsed = parse_month_or_none(period)
    if region is None or parsed is None:
        return json_error(404, "单位或期别无效。")
    data = _body(request)  # a malformed body is a BadParamError: 400 naming the field
    year, month = parsed
    user = request.user
    if action == "submit":
        n = actions.submit_period(
            user=user,
            region=region,
            year=year,
            month=month,
            explanation=str(data.get("explanation", "")),
        )
    elif action == "approve":
        n = actions.approve_period(user=user, region=region, year=year, month=month)
    elif action == "return":
        n = actions.return_period(
            user=user, region=region, year=year, month=month, reason=str(data.get("reason", ""))
        )
    else:
        return json_error(404, "未知操作。")
    return JsonResponse({"action": action, "count": n})


@require_GET
def openapi(request: HttpRequest) -> HttpResponse:
    return JsonResponse(SCHEMA)


def observations(request: HttpRequest) -> HttpResponse:
    """GET lists, POST creates a draft."""
    if request.method == "POST":
        return observation_create(request)
    return observation_list(request)
