"""Turning a paste or an upload into the text to read, or a clear Chinese refusal.

Decoding, HTML stripping and mojibake detection are the extractor's
(:func:`citystat.textfacts.read_document`); this module adds the web limits, .docx and
Chinese messages. Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from typing import Final

from citystat.textfacts import InputError, read_document

MAX_UPLOAD_BYTES: Final = 5 * 1024 * 1024
MAX_TEXT_CHARS: Final = 200_000
EXTENSIONS: Final = {".txt": "txt", ".docx": "docx", ".html": "html", ".htm": "html"}

_NOTES_ZH: Final = {
    "HTML": "网页:已去除标签,脚本和样式未执行并已删除",
    "traditional": "繁体字:按简体识别,原文与位置保持不变",
}


class RefusedInputError(ValueError):
    """Input that is not stored; the message is one Chinese line saying what and how to fix."""


@dataclass
class ReadText:
    text: str
    source_type: str
    encoding: str
    upload_sha256: str = ""
    notes: list[str] = field(default_factory=list)


def _chinese(error: InputError, where: str) -> str:
    detail = str(error)
    if detail.startswith("file too large"):
        return f"{where}过大,上限为 {MAX_UPLOAD_BYTES // 1024 // 1024} MB,请拆分后再提交"
    if detail.startswith("binary data"):
        return f"{where}是二进制数据,不是文本;请上传 .txt、.docx 或 .html 文件,或直接粘贴文字"
    if detail.startswith("empty text"):
        return f"{where}没有文字内容,请粘贴或上传含有数据的文本"
    if detail.startswith("cannot decode"):
        return f"{where}的编码无法识别,请另存为 UTF-8 或 GBK(GB18030)编码后再上传"
    if "mojibake" in detail:
        return (
            f"{where}疑似乱码(编码错误:{detail.split(': ', 1)[-1]}),请用正确的编码重新保存后再提交"
        )
    return f"{where}无法读取:{detail}"


def _notes(raw: list[str]) -> list[str]:
    return [
        next((zh for key, zh in _NOTES_ZH.items() if note.startswith(key)), note) for note in raw
    ]


def _checked(text: str, where: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise RefusedInputError(
            f"{where}过长:{len(text):,} 字,上限为 {MAX_TEXT_CHARS:,} 字,请拆分后分批提交"
        )
    return text


def read_paste(text: str) -> ReadText:
    """Pasted text (browsers send CRLF; read as LF); HTML pasted as source is stripped."""
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise RefusedInputError("粘贴的文本为空,请粘贴含有数据的文字")
    _checked(text, "粘贴的文本")
    try:
        doc = read_document(text.encode("utf-8"))
    except InputError as exc:
        raise RefusedInputError(_chinese(exc, "粘贴的文本")) from exc
    return ReadText(_checked(doc.text, "粘贴的文本"), "paste", "utf-8", notes=_notes(doc.notes))


def _docx_text(data: bytes) -> str:
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise RefusedInputError(
            "上传的 .docx 文件无法打开(不是有效的 Word 文档),请用 Word 另存为 .docx 后再上传"
        ) from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def read_upload(name: str, data: bytes) -> ReadText:
    """An uploaded .txt, .docx or .html file."""
    where = f"上传的文件「{name}」"
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    source_type = EXTENSIONS.get(suffix)
    if source_type is None:
        raise RefusedInputError(
            f"不支持的文件类型「{suffix or name}」,请上传 .txt、.docx 或 .html 文件"
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise RefusedInputError(
            f"{where}过大:{len(data) / 1024 / 1024:.1f} MB,上限为 "
            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB,请拆分后再上传"
        )
    digest = hashlib.sha256(data).hexdigest()
    raw = data
    if source_type == "docx":
        text = _docx_text(data)
        if not text.strip():
            raise RefusedInputError(f"{where}没有文字内容")
        raw = text.encode("utf-8")
    try:
        doc = read_document(raw)
    except InputError as exc:
        raise RefusedInputError(_chinese(exc, where)) from exc
    encoding = "docx" if source_type == "docx" else doc.encoding
    return ReadText(_checked(doc.text, where), source_type, encoding, digest, _notes(doc.notes))
