"""Charts drawn with matplotlib (Agg) in a CJK font found at run time.

The picture carries no title: the caption under it (图N　title（单位）) and the 资料来源
line are set as text by each renderer.
"""

from __future__ import annotations

import io
import threading
from typing import Any

from citystat.reporting.model import Chart
from citystat.reporting.render.fonts import font
from citystat.stats import display

_LOCK = threading.Lock()  # pyplot state is global; reports may render in a background thread


def _setup() -> str:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import font_manager

    f = font("chart")
    font_manager.fontManager.addfont(str(f.path))
    name = font_manager.FontProperties(fname=str(f.path)).get_name()
    matplotlib.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "none"
    return name


def _barh(ax: Any, chart: Chart) -> None:
    """Horizontal bars, first category on top (indicator names are long)."""
    values = [v if v is not None else 0.0 for v in chart.values]
    ys = list(range(len(values)))[::-1]
    ax.barh(ys, values, color=["#c0392b" if v < 0 else "#2e6da4" for v in values], height=0.6)
    ax.set_yticks(ys)
    ax.set_yticklabels(chart.categories, fontsize=8)
    ax.set_xlabel(chart.unit, fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.axvline(0, color="#555555", linewidth=0.6)
    span = max([*values, 0.0]) - min([*values, 0.0]) or 1.0
    for y, v in zip(ys, values, strict=True):
        ax.text(
            v + (0.01 if v >= 0 else -0.01) * span,
            y,
            display(v, 1),
            va="center",
            ha="left" if v >= 0 else "right",
            fontsize=7,
        )
    # Room for the value labels beyond the longest bars (a −13.8 label must not run into
    # the category names).
    lo, hi = min([*values, 0.0]), max([*values, 0.0])
    ax.set_xlim(lo - (0.12 * span if lo < 0 else 0.0), hi + 0.12 * span)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def draw(chart: Chart, fmt: str = "png", *, dpi: int = 150) -> bytes:
    """The chart as PNG (docx, pdf) or SVG (html) bytes."""
    with _LOCK:
        _setup()
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6.3, 3.3))
        try:
            if chart.kind == "barh":
                _barh(ax, chart)
                fig.tight_layout()
                buf = io.BytesIO()
                fig.savefig(buf, format=fmt, dpi=dpi)
                return buf.getvalue()
            values = [v if v is not None else 0.0 for v in chart.values]
            colours = ["#c0392b" if v < 0 else "#2e6da4" for v in values]
            ax.bar(range(len(values)), values, color=colours, width=0.62)
            ax.set_xticks(range(len(values)))
            ax.set_xticklabels(chart.categories, rotation=40, ha="right", fontsize=8)
            ax.set_ylabel(chart.unit, fontsize=8)
            ax.tick_params(axis="y", labelsize=8)
            ax.axhline(0, color="#555555", linewidth=0.6)
            if chart.reference is not None:
                ax.axhline(chart.reference, color="#e67e22", linewidth=1.0, linestyle="--")
                ax.text(
                    len(values) - 0.5,
                    chart.reference,
                    f"{chart.reference_label} {display(chart.reference, 1)}",
                    color="#e67e22",
                    fontsize=8,
                    ha="right",
                    va="bottom",
                )
            for k, v in enumerate(values):
                ax.text(
                    k, v, display(v, 1), ha="center", va="bottom" if v >= 0 else "top", fontsize=7
                )
            lo, hi = min([*values, 0.0]), max([*values, 0.0])
            margin = 0.1 * ((hi - lo) or 1.0)
            ax.set_ylim(lo - (margin if lo < 0 else 0.0), hi + margin)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            fig.tight_layout()
            buf = io.BytesIO()
            fig.savefig(buf, format=fmt, dpi=dpi)
            return buf.getvalue()
        finally:
            plt.close(fig)
