"""OpenAPI 3.1 description of the API (served at /api/openapi.json).

``tests/api/test_schema.py`` fails when a route in ``api/urls.py`` is not described here
or a described path does not resolve.
"""

from __future__ import annotations

from typing import Any

from citystat.api.params import MAX_LIST
from citystat.api.reads import MEASURES
from citystat.api.sdmx import HEADER, SDMX_CSV_TYPE, STRUCTURE_ID
from citystat.indicators.models import Indicator
from citystat.observations.models import Status
from citystat.regions.models import Region

_OBS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "indicator": {"type": "string"},
        "indicator_name": {"type": "string"},
        "unit": {"type": "string"},
        "region": {"type": "string"},
        "region_name": {"type": "string"},
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "period": {"type": "string", "example": "2024-02"},
        "value": {
            "type": ["string", "null"],
            "description": "decimal as text, in the indicator's unit",
        },
        "growth_reported": {"type": ["string", "null"]},
        "status": {"enum": Status.values},
        "source": {"type": "string"},
        "is_synthetic": {"type": "boolean", "description": "示例数据 (synthetic), not published"},
        "source_url": {"type": "string"},
        "note": {"type": "string"},
        "updated_at": {"type": "string", "format": "date-time"},
    },
}
_OBS_DETAIL = {
    "type": "object",
    "properties": {
        **_OBS["properties"],
        "causes": {
            "type": "array",
            "description": "原因说明 of this figure: entered at intake or review, and follow-up answers",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "unit": {"type": "string", "description": "the unit that explained"},
                    "stage": {"enum": ["intake", "review", "followup"]},
                },
            },
        },
    },
}
_ERROR = {
    "type": "object",
    "properties": {
        "error": {"type": "string"},
        "problems": {"type": "array"},
        "param": {"type": "string", "description": "the query parameter at fault"},
        "invalid": {"type": "array", "items": {"type": "string"}},
        "allowed": {"type": "array", "items": {"type": "string"}},
        "valid_codes": {"type": "string", "description": "where the valid codes are listed"},
    },
}


def _resp(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"description": description}
    if schema:
        body["content"] = {"application/json": {"schema": schema}}
    return body


_COMMON = {"401": _resp("未登录", _ERROR), "403": _resp("无权限", _ERROR)}

_PAGING: list[dict[str, Any]] = [
    {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIST, "default": MAX_LIST},
    },
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
]


def _page(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "count": {"type": "integer", "description": "rows on this page"},
            "truncated": {"type": "boolean", "description": "more rows follow"},
            "offset": {"type": "integer"},
            "next": {
                "type": ["string", "null"],
                "format": "uri",
                "description": "the next page; null on the last",
            },
            "results": {"type": "array", "items": item},
        },
    }


def _query(*specs: tuple[str, dict[str, Any], str]) -> list[dict[str, Any]]:
    return [
        {"name": n, "in": "query", "schema": schema, "description": text}
        for n, schema, text in specs
    ]


def _list_get(summary: str, params: list[dict[str, Any]], item: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": params + _PAGING,
            "responses": {
                "200": _resp("one page", _page(item)),
                "400": _resp("invalid parameter: unknown name, bad number or unknown code", _ERROR),
                **_COMMON,
            },
        }
    }


_STR = {"type": "string"}
_INT = {"type": "integer"}
_NUM_OR_NULL = {"type": ["number", "null"]}
_DEC_OR_NULL = {"type": ["string", "null"], "description": "decimal as text"}
_CODES = {"type": "string", "description": "one code or several, comma-separated"}

_REGION = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "example": "990521"},
        "name": _STR,
        "short_name": _STR,
        "level": {"enum": Region.Level.values},
        "kind": {"enum": Region.Kind.values},
        "kind_label": _STR,
        "parent": {"type": ["string", "null"]},
        "is_county": {"type": "boolean", "description": "ranked in county league tables"},
        "centroid": {
            "type": ["object", "null"],
            "properties": {"longitude": {"type": "number"}, "latitude": {"type": "number"}},
        },
    },
}
_INDICATOR = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "example": "invest"},
        "name": _STR,
        "unit": _STR,
        "dimension": _STR,
        "dimension_name": _STR,
        "kind": {"enum": Indicator.Kind.values},
        "frequency": {"enum": Indicator.Frequency.values},
        "cumulative": {"type": "boolean", "description": "values are year-to-date (1–m月)"},
        "combined_jan_feb": {"type": "boolean", "description": "1–2月 published together"},
        "additive": {"type": "boolean"},
        "polarity": {"enum": Indicator.Polarity.values},
        "growth_method": {"enum": Indicator.GrowthMethod.values},
        "target_kind": {"enum": Indicator.TargetKind.values},
        "decimals": _INT,
        "growth_decimals": _INT,
        "parent": {"type": ["string", "null"], "description": "parent for 拉动 / 贡献率"},
        "progress_basis": _STR,
        "source_unit": _STR,
        "lead_unit": {
            "type": "string",
            "description": "牵头单位 at city level (not the data source)",
        },
        "is_key": {"type": "boolean"},
        "description": _STR,
    },
}
_FIGURE = {
    "type": "object",
    "description": "measures are unrounded; round with the indicator's decimals",
    "properties": {
        "indicator": _STR,
        "indicator_name": _STR,
        "unit": _STR,
        "region": _STR,
        "region_name": _STR,
        "year": _INT,
        "month": _INT,
        "period": {"type": "string", "example": "2023-11"},
        "period_label": {"type": "string", "example": "2023年1-11月"},
        "cumulative": {"type": "boolean"},
        **{
            m: ({"type": ["integer", "null"]} if m in {"rank", "rank_change"} else _NUM_OR_NULL)
            | {"description": text}
            for m, text in MEASURES.items()
            if m != "light"
        },
        "light": {"enum": ["", "red", "yellow", "green"], "description": MEASURES["light"]},
        "growth_source": {
            "type": "string",
            "description": "where growth comes from: reported or derived (empty: none)",
        },
        "is_synthetic": {
            "type": "boolean",
            "description": "示例数据: rests on a synthetic observation (this period or its base)",
        },
        "computed_at": {"type": "string", "format": "date-time"},
    },
}
_TARGET = {
    "type": "object",
    "properties": {
        "indicator": _STR,
        "indicator_name": _STR,
        "unit": _STR,
        "target_kind": {"enum": Indicator.TargetKind.values},
        "region": _STR,
        "region_name": _STR,
        "year": _INT,
        "version": _INT,
        "target_value": _DEC_OR_NULL,
        "target_growth": _DEC_OR_NULL,
        "reason": _STR,
        "is_synthetic": {"type": "boolean"},
        "set_at": {"type": "string", "format": "date-time"},
    },
}
_YEAR = {"type": "integer", "minimum": 1900, "maximum": 2100}
_MONTH = {"type": "integer", "minimum": 1, "maximum": 12}
_YM = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$", "example": "2023-01"}

SCHEMA: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "citystat API",
        "version": "1",
        "description": "Session authentication (sign in at /login/); POST requests need the "
        "X-CSRFToken header. Lists are paginated (limit/offset, `next` link). See docs/api.md.",
    },
    "paths": {
        "/api/observations/": {
            "get": {
                "summary": "List figures: approved for everyone, unapproved only for your own units",
                "parameters": [
                    {"name": n, "in": "query", "schema": {"type": t}}
                    for n, t in (
                        ("region", "string"),
                        ("indicator", "string"),
                        ("year", "integer"),
                        ("month", "integer"),
                        ("status", "string"),
                    )
                ]
                + _PAGING,
                "responses": {
                    "200": _resp("one page of figures", _page(_OBS)),
                    "400": _resp("invalid parameter", _ERROR),
                    **_COMMON,
                },
            },
            "post": {
                "summary": "Create or change a draft figure (validated like the web form)",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["region", "indicator", "year", "month"],
                                "properties": {
                                    "region": {"type": "string"},
                                    "indicator": {"type": "string"},
                                    "year": {"type": "integer"},
                                    "month": {"type": "integer"},
                                    "value": {"type": ["number", "string", "null"]},
                                    "growth_reported": {"type": ["number", "string", "null"]},
                                    "note": {"type": "string"},
                                    "reason": {
                                        "type": "string",
                                        "description": "required to change an approved figure",
                                    },
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "201": _resp(
                        "stored as draft",
                        {
                            "type": "object",
                            "properties": {"observation": _OBS, "problems": {"type": "array"}},
                        },
                    ),
                    "400": _resp("validation errors; nothing written", _ERROR),
                    **_COMMON,
                },
            },
        },
        "/api/observations/{id}/": {
            "get": {
                "summary": "One figure",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": _resp("the figure, with its 原因说明", _OBS_DETAIL),
                    "404": _resp("not found", _ERROR),
                    **_COMMON,
                },
            }
        },
        "/api/periods/{unit}/{period}/{action}/": {
            "post": {
                "summary": "submit (reporter; body {explanation}), approve or return (reviewer; body {reason}) a unit-month",
                "parameters": [
                    {"name": "unit", "in": "path", "required": True, "schema": {"type": "string"}},
                    {
                        "name": "period",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "example": "2024-02"},
                    },
                    {
                        "name": "action",
                        "in": "path",
                        "required": True,
                        "schema": {"enum": ["submit", "approve", "return"]},
                    },
                ],
                "responses": {
                    "200": _resp(
                        "how many figures moved",
                        {
                            "type": "object",
                            "properties": {
                                "action": {"type": "string"},
                                "count": {"type": "integer"},
                            },
                        },
                    ),
                    "409": _resp("not allowed in this state", _ERROR),
                    **_COMMON,
                },
            }
        },
        "/api/regions/": _list_get(
            "Regions (GB/T 2260 codes), in the order the pages use",
            _query(
                ("level", {"enum": Region.Level.values}, "区划层级"),
                ("kind", _STR, "区划类型, e.g. county_city"),
                ("parent", _CODES, "上级区划代码"),
            ),
            _REGION,
        ),
        "/api/indicators/": _list_get(
            "The indicator catalogue",
            _query(
                ("dimension", _CODES, "评价维度代码"),
                ("kind", _STR, "flow, stock, rate, ratio, count or index"),
                ("frequency", {"enum": Indicator.Frequency.values}, "频度"),
            ),
            _INDICATOR,
        ),
        "/api/figures/": _list_get(
            "Derived figures of approved data (同比, 拉动, 贡献率, 序时进度, 完成率 …)",
            _query(
                ("indicator", _CODES, "指标代码, see /api/indicators/"),
                ("region", _CODES, "区划代码, see /api/regions/"),
                ("year", _YEAR, "年份"),
                ("month", _MONTH, "月份 (last month covered)"),
                (
                    "measure",
                    {"type": "string", "example": "growth,pull"},
                    "which measures to return, comma-separated: " + ", ".join(MEASURES),
                ),
            ),
            _FIGURE,
        ),
        "/api/targets/": _list_get(
            "Current annual targets (the latest version of each)",
            _query(
                ("year", _YEAR, "年份"),
                ("indicator", _CODES, "指标代码"),
                ("region", _CODES, "区划代码"),
            ),
            _TARGET,
        ),
        "/api/data/{indicator}.csv": {
            "get": {
                "summary": "Approved figures of one indicator as SDMX-CSV 2.0 (UTF-8 with BOM)",
                "description": f"Columns: {','.join(HEADER)}. STRUCTURE_ID is {STRUCTURE_ID}. "
                "TIME_PERIOD is 2023-11 (FREQ=M), 2023-Q3 (Q) or 2023 (A). CUMULATIVE=Y: "
                "OBS_VALUE is year-to-date. See docs/api.md.",
                "parameters": [
                    {"name": "indicator", "in": "path", "required": True, "schema": _STR},
                    *_query(
                        ("region", _CODES, "区划代码; all regions when absent"),
                        ("start", _YM, "first period, YYYY-MM"),
                        ("end", _YM, "last period, YYYY-MM"),
                        ("bom", {"enum": ["0", "1"]}, "0: no byte-order mark"),
                    ),
                ],
                "responses": {
                    "200": {
                        "description": "SDMX-CSV; Content-Disposition names the file",
                        "content": {
                            "text/csv": {"schema": {"type": "string"}},
                            SDMX_CSV_TYPE: {"schema": {"type": "string"}},
                        },
                    },
                    "400": _resp("invalid parameter", _ERROR),
                    "404": _resp("unknown indicator", _ERROR),
                    **_COMMON,
                },
            }
        },
    },
}
