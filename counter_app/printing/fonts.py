"""The bundled DejaVu Sans family, registered with reportlab once, on first use."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
# reportlab name -> file in the fonts folder. Vietnamese needs the Latin Extended Additional
# block (U+1EA0–U+1EF9), which reportlab's built-in base-14 fonts lack.
_FILES: dict[str, str] = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered: dict[str, Path] = {}


class FontsMissingError(FileNotFoundError):
    """The bundled fonts are not where the configuration says."""


@dataclass(frozen=True)
class FontSet:
    """Names of the registered faces, for styles and canvas calls."""

    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"


FONTS = FontSet()


def register_fonts(fonts_dir: Path) -> FontSet:
    """Register the family from ``fonts_dir`` (once per process; later calls are free).

    Faces are registered under fixed names, so the first folder wins: a process prints with
    one set of fonts.
    """
    if FAMILY in _registered:
        return FONTS
    with _lock:
        if FAMILY in _registered:
            return FONTS
        missing = [f for f in _FILES.values() if not (fonts_dir / f).is_file()]
        if missing:
            raise FontsMissingError(
                f"Không tìm thấy phông chữ {', '.join(missing)} trong {fonts_dir}"
                " (resources/fonts của bộ cài đặt).")
        # Binary (Flate only) streams: ASCII85 makes files a quarter larger and costs a few
        # milliseconds per slip for nothing a printer needs. Process-wide, like fonts.
        rl_config.useA85 = 0
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir / file)))
        # <b> and <i> in paragraphs pick the matching face.
        addMapping(FAMILY, 0, 0, FONTS.regular)
        addMapping(FAMILY, 1, 0, FONTS.bold)
        addMapping(FAMILY, 0, 1, FONTS.italic)
        addMapping(FAMILY, 1, 1, FONTS.bold_italic)
        pdfmetrics.registerFontFamily(FAMILY, normal=FONTS.regular, bold=FONTS.bold,
                                      italic=FONTS.italic, boldItalic=FONTS.bold_italic)
        for name in _FILES:
            _registered[name] = fonts_dir
        _registered[FAMILY] = fonts_dir
    return FONTS
