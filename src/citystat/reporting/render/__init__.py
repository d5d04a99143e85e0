"""Renderers: the only code in ``citystat.reporting`` that writes files."""

from __future__ import annotations

from pathlib import Path

from citystat.reporting.model import Document

FORMATS = ("docx", "pdf", "html")
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


def render(doc: Document, fmt: str, path: Path, *, link_base: str = "") -> Path:
    """Write ``doc`` to ``path`` as docx, pdf or html; return the path."""
    if fmt == "docx":
        from citystat.reporting.render.docx import render_docx

        render_docx(doc, path)
    elif fmt == "pdf":
        from citystat.reporting.render.pdf import render_pdf

        render_pdf(doc, path)
    elif fmt == "html":
        from citystat.reporting.render.html import render_html

        path.write_text(render_html(doc, link_base=link_base), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return path
