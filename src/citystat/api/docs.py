"""/api/: the OpenAPI document as a page people read, rendered on the server.

No viewer script: the page is plain HTML in the site's layout (it works offline, under a
strict Content-Security-Policy, and on a phone), built from the same ``SCHEMA`` that
``/api/openapi.json`` serves, so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Field:
    name: str
    type: str
    notes: str
    depth: int


@dataclass
class Operation:
    method: str
    path: str
    summary: str
    description: str
    parameters: list[dict[str, Any]]
    body: list[Field] = field(default_factory=list)
    responses: list[tuple[str, str, list[Field]]] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"{self.method}-" + "".join(c if c.isalnum() else "-" for c in self.path).strip("-")


def type_words(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "")
    text = " | ".join(kind) if isinstance(kind, list) else str(kind)
    if kind == "array" and isinstance(schema.get("items"), dict):
        text = f"array of {type_words(schema['items'])}"
    if schema.get("format"):
        text += f" ({schema['format']})"
    return text or "object"


def notes(schema: dict[str, Any]) -> str:
    parts = [str(schema["description"])] if schema.get("description") else []
    if "enum" in schema:
        parts.append("one of: " + ", ".join(str(v) for v in schema["enum"]))
    for key, word in (("minimum", "≥"), ("maximum", "≤")):
        if key in schema:
            parts.append(f"{word} {schema[key]}")
    for key in ("default", "example"):
        if key in schema:
            parts.append(f"{key}: {schema[key]}")
    return "; ".join(parts)


def fields(schema: dict[str, Any], prefix: str = "", depth: int = 0) -> list[Field]:
    """Properties of an object schema (and of the items of arrays), flattened with dots."""
    out: list[Field] = []
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return fields(schema["items"], prefix + "[]", depth)
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        full = f"{prefix}.{name}" if prefix else name
        text = notes(sub)
        if name in required:
            text = ("required; " + text) if text else "required"
        out.append(Field(full, type_words(sub), text, depth))
        if depth < 3:
            out += fields(sub, full, depth + 1)
    return out


def operations(schema: dict[str, Any]) -> list[Operation]:
    out = []
    for path, ops in schema.get("paths", {}).items():
        for method in METHODS:
            op = ops.get(method)
            if not op:
                continue
            body = (op.get("requestBody", {}).get("content", {}).get("application/json", {})).get(
                "schema", {}
            )
            responses = []
            for status, resp in op.get("responses", {}).items():
                content = resp.get("content", {})
                kind, media = next(iter(content.items()), ("", {}))
                media = media if isinstance(media, dict) else {}
                responses.append(
                    (
                        f"{status} {resp.get('description', '')}".strip(),
                        kind,
                        fields(media.get("schema", {})),
                    )
                )
            out.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    parameters=[
                        {
                            **p,
                            "type": type_words(p.get("schema", {})),
                            "notes": notes(
                                p.get("schema", {})
                                | (
                                    {"description": p["description"]}
                                    if p.get("description")
                                    else {}
                                )
                            ),
                        }
                        for p in op.get("parameters", [])
                    ],
                    body=fields(body),
                    responses=responses,
                )
            )
    return out


@login_required
def page(request: HttpRequest) -> HttpResponse:
    from citystat.api.schema import SCHEMA

    return render(
        request, "api/docs.html", {"info": SCHEMA.get("info", {}), "ops": operations(SCHEMA)}
    )
