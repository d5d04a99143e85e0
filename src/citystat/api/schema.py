"""OpenAPI 3.1 description of the observations API (served at /api/openapi.json)."""

from __future__ import annotations

from typing import Any

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
        "status": {"enum": ["draft", "submitted", "approved", "returned"]},
        "source": {"type": "string"},
        "note": {"type": "string"},
        "updated_at": {"type": "string", "format": "date-time"},
    },
}
_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "problems": {"type": "array"}},
}


def _resp(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"description": description}
    if schema:
        body["content"] = {"application/json": {"schema": schema}}
    return body


_COMMON = {"401": _resp("未登录", _ERROR), "403": _resp("无权限", _ERROR)}

SCHEMA: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "citystat observations API",
        "version": "1",
        "description": "Session authentication (sign in at /login/); POST requests need the X-CSRFToken header.",
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
                ],
                "responses": {
                    "200": _resp(
                        "up to 1000 figures",
                        {
                            "type": "object",
                            "properties": {
                                "count": {"type": "integer"},
                                "truncated": {"type": "boolean"},
                                "results": {"type": "array", "items": _OBS},
                            },
                        },
                    ),
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
                    "200": _resp("the figure", _OBS),
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
    },
}
