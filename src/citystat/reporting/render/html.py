"""Standalone HTML: each traced number carries its provenance on hover and links to its indicator."""

from __future__ import annotations

import html
from urllib.parse import quote

from citystat.reporting.model import (
    Chart,
    Document,
    Fig,
    Label,
    Paragraph,
    Run,
    Section,
    TableBlock,
)
from citystat.reporting.render.charts import draw
from citystat.reporting.render.layout import (
    Numbering,
    chart_caption,
    source_line,
    table_caption,
)

CSS = """
.synthetic-mark{position:sticky;top:0;background:#fff4f2;color:#b42318;border:1px solid #b42318;
text-align:center;font-size:.8em;padding:.2em;z-index:1}
@media print{.synthetic-mark{position:fixed;top:0;left:0;right:0}}
body{font-family:"FangSong","仿宋","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;
max-width:46em;margin:2em auto;padding:0 1.5em;line-height:1.9;font-size:17px;color:#222}
h1{font-family:"FZXiaoBiaoSong-B05S","方正小标宋简体","Noto Serif CJK SC",serif;text-align:center;font-size:1.7em;margin:.4em 0}
.subtitle{text-align:center;font-family:"KaiTi","楷体","Noto Serif CJK SC",serif}
h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:1.15em;margin:1.2em 0 .4em}
h3{font-family:"KaiTi","楷体","Noto Serif CJK SC",serif;font-size:1.1em;margin:1em 0 .3em}
p{text-indent:2em;margin:.3em 0;text-align:justify}
.fig{border-bottom:1px dotted #2e6da4;cursor:help}
a.fig{color:inherit;text-decoration:none}
.fig:hover{background:#eaf2fb}
table{border-collapse:collapse;margin:.4em auto 1em;font-size:.82em;line-height:1.5}
th,td{border:1px solid #999;padding:.2em .5em;text-align:center}
td:first-child{text-align:left}
caption{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;padding-bottom:.2em}
.unit{text-align:right;font-size:.8em;color:#555}
figure{margin:1em 0;text-align:center}
figure svg{max-width:100%;height:auto}
.sign{text-align:right;margin-top:2em;padding-right:4em;break-inside:avoid;page-break-inside:avoid}
.masthead{text-align:center;border-bottom:2px solid #e60012;padding-bottom:.4em;margin-bottom:1em}
.masthead .unit-name{color:#e60012;font-family:"FZXiaoBiaoSong-B05S","方正小标宋简体","Noto Serif CJK SC",serif;
font-size:2em;letter-spacing:.15em}
.masthead .number{margin-top:.3em}
figcaption .source{display:block;text-align:left;font-size:.8em;color:#444;margin:.2em 3em 0}
figure,tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.note{font-size:.8em;color:#666;text-indent:0}
"""


def _runs(runs: list[Run], link_base: str) -> str:
    out = []
    for r in runs:
        text = html.escape(r.text)
        if isinstance(r, Fig):
            tip = html.escape(
                "；".join(s.describe() for s in r.sources) + f"（{r.claim}）", quote=True
            )
            src = r.sources[0]
            if r.indicator and link_base and src.table == "derived":
                href = (
                    f"{link_base}{quote(r.indicator)}/?region={quote(r.region)}"
                    f"&amp;period={src.year}-{src.month}"
                )
                out.append(
                    f'<a class="fig" href="{href}" title="{tip}" data-claim="{r.claim}">{text}</a>'
                )
            else:
                out.append(f'<span class="fig" title="{tip}" data-claim="{r.claim}">{text}</span>')
        elif isinstance(r, Label):
            out.append(f'<span class="label">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


def _table(t: TableBlock, link_base: str, number: int) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in t.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_runs(cell, link_base)}</td>" for cell in row) + "</tr>"
        for row in t.rows
    )
    return (
        f'<div class="unit">单位：{html.escape(t.unit)}</div>'
        f"<table><caption>{html.escape(table_caption(t, number))}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _chart(c: Chart, number: int, doc: Document) -> str:
    svg = draw(c, "svg").decode("utf-8")
    svg = svg[svg.index("<svg") :]
    return (
        f"<figure>{svg}<figcaption>{html.escape(chart_caption(c, number))}"
        f'<span class="source">{html.escape(source_line(c, doc))}</span></figcaption></figure>'
    )


def _section(s: Section, level: int, link_base: str, doc: Document, numbering: Numbering) -> str:
    tag = "h2" if level == 1 else "h3"
    parts = [f"<{tag}>{html.escape(s.title)}</{tag}>"]
    for b in s.blocks:
        if isinstance(b, Paragraph):
            body = _runs(b.runs, link_base)
            parts.append(
                f"<p><strong>{body}</strong></p>" if b.style == "lead" else f"<p>{body}</p>"
            )
        elif isinstance(b, TableBlock):
            parts.append(_table(b, link_base, numbering.table(b)))
        else:
            parts.append(_chart(b, numbering.chart(b), doc))
    parts.extend(_section(sub, level + 1, link_base, doc, numbering) for sub in s.subsections)
    return "\n".join(parts)


def render_html(doc: Document, *, link_base: str = "") -> str:
    """The document as one HTML page; ``link_base`` (e.g. ``/indicators/``) enables indicator links."""
    numbering = Numbering(doc)
    body = "\n".join(_section(s, 1, link_base, doc, numbering) for s in doc.sections)
    number = f'<div class="number">{html.escape(doc.number)}</div>' if doc.number else ""
    masthead = (
        f'<header class="masthead"><div class="unit-name">{html.escape(doc.issuer)}</div>'
        f"{number}</header>"
    )
    mark = (
        f'<div class="synthetic-mark" data-synthetic>{html.escape(doc.synthetic_mark)}</div>'
        if doc.synthetic_mark
        else ""
    )
    note = "".join(f'<p class="note data-note">{html.escape(t)}</p>' for t in doc.data_note)
    issued = f'\n<meta name="date" content="{doc.issued.isoformat()}">' if doc.issued else ""
    return f"""<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{html.escape(doc.issuer)}">{issued}
<link rel="icon" href="data:,"><title>{html.escape(doc.title)}</title><style>{CSS}</style></head>
<body>{mark}<article data-kind="{doc.kind}" data-period="{doc.period}" data-region="{doc.region_code}">
{masthead}<h1>{html.escape(doc.title)}</h1><div class="subtitle">{html.escape(doc.subtitle)}</div>
{body}
<div class="sign">{html.escape(doc.issuer)}<br>{html.escape(doc.date_label)}</div>
<p class="note">注：虚线标出的数字均可追溯，鼠标悬停可查看其指标、地区、期别、报送或推算来源及观测记录编号。</p>
{note}
</article></body></html>
"""
