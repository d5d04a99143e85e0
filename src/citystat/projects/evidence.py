"""Evidence files for task updates: size and type checked by content, stored under a safe name."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024

# extension -> (kind shown to users, content sniffer name)
ALLOWED = {
    "pdf": "PDF",
    "png": "PNG",
    "jpg": "JPEG",
    "jpeg": "JPEG",
    "docx": "Word",
    "xlsx": "Excel",
}


class EvidenceError(ValueError):
    pass


@dataclass(frozen=True)
class Evidence:
    name: str
    ext: str
    kind: str
    size: int


def sniff(head: bytes, data: bytes) -> str | None:
    """The kind a file really is, from its bytes."""
    if head.startswith(b"%PDF-"):
        return "PDF"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return None
        if any(n.startswith("word/") for n in names):
            return "Word"
        if any(n.startswith("xl/") for n in names):
            return "Excel"
        return "ZIP"
    return None


def check_evidence(name: str, data: bytes) -> Evidence:
    """Accept a file only when its content is what its name says; Chinese message otherwise."""
    shown = PurePath(name or "").name[:120]
    ext = shown.rsplit(".", 1)[-1].lower() if "." in shown else ""
    allowed = "、".join(sorted({f".{e}" for e in ALLOWED}))
    if ext not in ALLOWED:
        raise EvidenceError(f"佐证材料“{shown}”的类型不受支持;请上传 {allowed} 文件。")
    size = len(data)
    if size == 0:
        raise EvidenceError(f"佐证材料“{shown}”是空文件,请重新选择。")
    if size > MAX_EVIDENCE_BYTES:
        raise EvidenceError(
            f"佐证材料“{shown}”大小为 {size / 1024 / 1024:.1f} MB,超过 5 MB 上限;请压缩后再上传。"
        )
    expected = ALLOWED[ext]
    actual = sniff(data[:16], data)
    if actual != expected:
        what = f"{actual}文件" if actual else "无法识别的内容"
        raise EvidenceError(
            f"佐证材料“{shown}”的扩展名为 .{ext},但文件内容不是{expected}文件(实际为{what});"
            "请上传与扩展名一致的原始文件。"
        )
    return Evidence(name=shown, ext=ext, kind=expected, size=size)
