"""CJK fonts found at run time (fontconfig / matplotlib's font list), never bundled.

PDF and charts need a font *file*. Noto CJK ships as OpenType collections (.ttc with
CFF outlines); fpdf2 reads single OpenType fonts, so the Simplified-Chinese face is
extracted once into a cache folder. Any TrueType CJK font (e.g. fonts-wqy-zenhei) also works.
"""

from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Preference order per role; the first installed face wins.
CANDIDATES: dict[str, tuple[str, ...]] = {
    # TrueType (glyf) faces first: fpdf2 subsets them in a fraction of the time CFF takes.
    "serif": ("AR PL UMing CN", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei"),
    "kai": ("AR PL UKai CN", "AR PL UMing CN", "Noto Serif CJK SC", "WenQuanYi Zen Hei"),
    "sans": ("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback"),
    "chart": ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Droid Sans Fallback"),
}


CACHE_VERSION = 2  # bump when the extraction changes, so stale cached faces are not reused


class FontNotFoundError(RuntimeError):
    pass


@dataclass(frozen=True)
class FontFile:
    family: str
    path: Path  # a single-face .otf/.ttf usable by fpdf2 and matplotlib


def _system_font_files() -> list[str]:
    from matplotlib import font_manager

    files = set(font_manager.findSystemFonts(fontext="ttf")) | set(
        font_manager.findSystemFonts(fontext="otf")
    )
    return sorted(f for f in files if f.lower().endswith((".ttc", ".otc", ".otf", ".ttf")))


@functools.cache
def _faces() -> dict[str, tuple[str, int]]:
    """Full face name → (file, index in collection) for the CJK-capable fonts on the system."""
    from fontTools.ttLib import TTCollection, TTFont

    faces: dict[str, tuple[str, int]] = {}
    for path in _system_font_files():
        low = os.path.basename(path).lower()
        if not any(
            k in low for k in ("cjk", "wqy", "han", "uming", "ukai", "droidsansfallback", "zenhei")
        ):
            continue
        try:
            if low.endswith((".ttc", ".otc")):
                fonts = TTCollection(path, lazy=True).fonts
            else:
                fonts = [TTFont(path, lazy=True)]
        except Exception:  # an unreadable font is simply skipped
            continue
        for index, font in enumerate(fonts):
            name = font["name"]
            family = str(name.getDebugName(1) or "")
            full = str(name.getDebugName(4) or family)
            faces.setdefault(full, (path, index))
            faces.setdefault(family, (path, index))
    return faces


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        tempfile.gettempdir(), f"citystat-{os.getuid()}"
    )
    path = Path(base) / "citystat-fonts"
    path.mkdir(parents=True, exist_ok=True)
    return path


@functools.cache
def font(role: str) -> FontFile:
    """The font file for ``serif`` (仿宋/宋体 substitute), ``kai`` (楷体), ``sans`` (黑体) or ``chart``."""
    faces = _faces()
    for name in CANDIDATES[role]:
        if name not in faces:
            continue
        path, index = faces[name]
        out = cache_dir() / f"{name.replace(' ', '')}.{index}.v{CACHE_VERSION}.otf"
        if not out.exists():
            from fontTools.ttLib import TTCollection, TTFont

            if path.lower().endswith((".ttc", ".otc")):
                face = TTCollection(path).fonts[index]
            else:
                face = TTFont(path)
            # Embedded bitmaps (AR PL fonts) make fpdf2 treat the face as a colour font.
            for table in ("EBLC", "EBDT", "EBSC", "BDF "):
                if table in face:
                    del face[table]
            tmp = out.with_suffix(f".{os.getpid()}.tmp")
            face.save(str(tmp))
            tmp.replace(out)
        return FontFile(name, out)
    raise FontNotFoundError(
        f"找不到中文字体({role})。请安装 fonts-noto-cjk 或 fonts-wqy-zenhei 后重试 / no CJK font for {role}"
    )
