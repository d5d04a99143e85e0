"""Builders for real files and a fingerprint of the stored figures."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import openpyxl

from citystat.observations.models import Observation, Revision

TITLE = "定襄县主要经济指标完成情况(2024年1-2月)"
HEADER = ["指标代码", "指标名称", "计量单位", "本期值(2024年1-2月)", "同比增长(%)"]


def xlsx(
    rows: Iterable[Sequence[Any]],
    *,
    title: str | None = TITLE,
    sheet: str = "数据",
    merges: Iterable[str] = (),
) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
    for r in rows:
        ws.append(list(r))
    for m in merges:
        ws.merge_cells(m)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def fingerprint() -> tuple[int, int, str]:
    """Counts of observations and revisions plus a checksum of every stored value."""
    h = hashlib.sha256()
    for row in Observation.objects.order_by("pk").values_list(
        "pk", "value", "growth_reported", "status", "note"
    ):
        h.update(repr(row).encode())
    for row in Revision.objects.order_by("pk").values_list("pk", "new_value", "new_status"):
        h.update(repr(row).encode())
    return Observation.objects.count(), Revision.objects.count(), h.hexdigest()
