"""The bundled font families (DejaVu Sans, Liberation Serif), registered with reportlab once."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class FontSet:
    """Names of the registered faces of one family, for styles and canvas calls."""

    family: str = "DejaVuSans"
    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"


# Forms, slips and receipts: a sans face that stays legible small and on thermal paper.
FONTS = FontSet()
# Letters signed and stamped by the head of the unit (Mẫu 04, 05): Decree 30/2020/NĐ-CP asks
# for a serif face such as Times New Roman; Liberation Serif has the same metrics (SIL OFL).
SERIF = FontSet("LiberationSerif", "LiberationSerif-Regular", "LiberationSerif-Bold",
                "LiberationSerif-Italic", "LiberationSerif-BoldItalic")
FAMILIES = (FONTS, SERIF)
FAMILY = FONTS.family

# reportlab name -> file in the fonts folder. Vietnamese needs the Latin Extended Additional
# block (U+1EA0–U+1EF9), which reportlab's built-in base-14 fonts lack; both families have it.
_FILES: dict[str, str] = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "LiberationSerif-Regular": "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered: dict[str, Path] = {}


class FontsMissingError(FileNotFoundError):
    """The bundled fonts are not where the configuration says."""


def register_fonts(fonts_dir: Path) -> FontSet:
    """Register both families from ``fonts_dir`` (once per process; later calls are free).

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
        for fs in FAMILIES:
            # <b> and <i> in paragraphs pick the matching face.
            addMapping(fs.family, 0, 0, fs.regular)
            addMapping(fs.family, 1, 0, fs.bold)
            addMapping(fs.family, 0, 1, fs.italic)
            addMapping(fs.family, 1, 1, fs.bold_italic)
            addMapping(fs.regular, 1, 0, fs.bold)
            addMapping(fs.regular, 0, 1, fs.italic)
            addMapping(fs.regular, 1, 1, fs.bold_italic)
            pdfmetrics.registerFontFamily(fs.family, normal=fs.regular, bold=fs.bold,
                                          italic=fs.italic, boldItalic=fs.bold_italic)
        for name in _FILES:
            _registered[name] = fonts_dir
        _registered[FAMILY] = fonts_dir
    return FONTS
