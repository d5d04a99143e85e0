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

# Preference order per role; the first family installed with a Regular face wins.
CANDIDATES: dict[str, tuple[str, ...]] = {
    # Body text (仿宋/宋体 substitute): a Song/Ming face of regular weight. AR PL UMing only
    # comes as Light, so it is not a body face.
    "serif": ("Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC"),
    "kai": ("AR PL UKai CN", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei"),
    # TrueType (glyf) faces first: fpdf2 subsets them in a fraction of the time CFF takes.
    "sans": ("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback"),
    "chart": ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Droid Sans Fallback"),
}

# Subfamily names of a face of regular weight. Picked by style, never by file order:
# NotoSerifCJK-Bold.ttc sorts before NotoSerifCJK-Regular.ttc and carries the same family.
REGULAR_STYLES = ("regular", "book", "normal", "roman")

CACHE_VERSION = 3  # bump when the extraction changes, so stale cached faces are not reused


class FontNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class FontFile:
    family: str
    path: Path  # a single-face .otf/.ttf usable by fpdf2 and matplotlib
    style: str = "Regular"


@dataclass(frozen=True)
class Face:
    """One face of an installed font file (collections hold several)."""

    family: str
    style: str  # subfamily (name ID 2): Regular, Bold, Light, Book …
    weight: int  # OS/2 usWeightClass
    path: str
    index: int

    @property
    def is_regular(self) -> bool:
        return self.style.lower() in REGULAR_STYLES and 350 <= self.weight <= 500


def _system_font_files() -> list[str]:
    from matplotlib import font_manager

    files = set(font_manager.findSystemFonts(fontext="ttf")) | set(
        font_manager.findSystemFonts(fontext="otf")
    )
    return sorted(f for f in files if f.lower().endswith((".ttc", ".otc", ".otf", ".ttf")))


@functools.cache
def _faces() -> tuple[Face, ...]:
    """Every face of the CJK-capable fonts on the system, with its style and weight."""
    from fontTools.ttLib import TTCollection, TTFont

    faces: list[Face] = []
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
            for index, f in enumerate(fonts):
                name = f["name"]
                family = str(name.getDebugName(16) or name.getDebugName(1) or "")
                style = str(name.getDebugName(17) or name.getDebugName(2) or "Regular")
                weight = int(f["OS/2"].usWeightClass) if "OS/2" in f else 400
                faces.append(Face(family, style, weight, path, index))
        except Exception:  # an unreadable font is simply skipped
            continue
    return tuple(faces)


def regular_face(role: str, faces: tuple[Face, ...] | None = None) -> Face:
    """The Regular face of the first candidate family of ``role`` that has one."""
    faces = _faces() if faces is None else faces
    for family in CANDIDATES[role]:
        for face in faces:
            if face.family == family and face.is_regular:
                return face
    installed = sorted({f"{f.family} {f.style}" for f in faces})
    raise FontNotFoundError(
        f"找不到常规字重（Regular）的中文字体（用途：{ROLE_NAMES[role]}），无法生成文件。"
        f"需要其中之一：{'、'.join(CANDIDATES[role])}；"
        f"已安装的中文字体：{'、'.join(installed) or '无'}。"
        "请安装 fonts-noto-cjk（含 NotoSerifCJK-Regular.ttc、NotoSansCJK-Regular.ttc）后重试"
    )


ROLE_NAMES = {"serif": "正文", "kai": "楷体标题", "sans": "黑体标题", "chart": "图表"}


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        tempfile.gettempdir(), f"citystat-{os.getuid()}"
    )
    path = Path(base) / "citystat-fonts"
    path.mkdir(parents=True, exist_ok=True)
    return path


@functools.cache
def font(role: str) -> FontFile:
    """The Regular font file for ``serif`` (仿宋/宋体 substitute), ``kai`` (楷体), ``sans``
    (黑体) or ``chart``; :class:`FontNotFoundError` (Chinese message) when none is installed."""
    face = regular_face(role)
    out = (
        cache_dir()
        / f"{face.family.replace(' ', '')}-{face.style}.{face.index}.v{CACHE_VERSION}.otf"
    )
    if not out.exists():
        from fontTools.ttLib import TTCollection, TTFont

        if face.path.lower().endswith((".ttc", ".otc")):
            tt = TTCollection(face.path).fonts[face.index]
        else:
            tt = TTFont(face.path)
        # Embedded bitmaps (AR PL fonts) make fpdf2 treat the face as a colour font.
        for table in ("EBLC", "EBDT", "EBSC", "BDF "):
            if table in tt:
                del tt[table]
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        tt.save(str(tmp))
        tmp.replace(out)
    return FontFile(face.family, out, face.style)
