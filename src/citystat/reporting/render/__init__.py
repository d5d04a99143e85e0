"""Renderers: the only code in ``citystat.reporting`` that writes files."""

from __future__ import annotations

from pathlib import Path

from citystat.files import atomic_path
from citystat.reporting.model import Document

FORMATS = ("docx", "pdf", "html")
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


def render(doc: Document, fmt: str, path: Path, *, link_base: str = "") -> Path:
    """Write ``doc`` to ``path`` as docx, pdf or html; return the path.

    Written under a temporary name and renamed (``citystat.files``): a kill halfway never
    leaves a truncated document under ``path``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with atomic_path(path) as tmp:
        if fmt == "docx":
            from citystat.reporting.render.docx import render_docx

            render_docx(doc, tmp)
        elif fmt == "pdf":
            from citystat.reporting.render.pdf import render_pdf

            render_pdf(doc, tmp)
        else:
            from citystat.reporting.render.html import render_html

            tmp.write_text(render_html(doc, link_base=link_base), encoding="utf-8")
    return path
