"""Reading printed PDFs back: text, fonts, page sizes, and barcodes decoded from a raster."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DictionaryObject

MM = 72 / 25.4
BASE14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
          "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
          "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}
TOOLS_HINT = ("run `make test`, which installs them (Debian packages poppler-utils and "
              "zbar-tools), or `apt-get install poppler-utils zbar-tools`")


def norm(text: str) -> str:
    """NFC with whitespace runs collapsed to single spaces (line wraps become spaces)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def squash(text: str) -> str:
    """No whitespace at all: for strings a narrow column may wrap anywhere (URLs)."""
    return "".join(unicodedata.normalize("NFC", text).split())


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def pdf_text(pdf: bytes) -> str:
    """All pages' extracted text, normalized with :func:`norm`."""
    return norm("\n".join(page.extract_text() for page in reader(pdf).pages))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]


def fonts(pdf: bytes) -> dict[str, DictionaryObject]:
    """BaseFont name -> font dictionary, over every page's resources."""
    found: dict[str, DictionaryObject] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            found[str(font.get("/BaseFont"))] = font
    return found


def is_embedded(font: DictionaryObject) -> bool:
    """A TrueType program (FontFile2) is embedded, directly or in the descendant font."""
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()


def assert_fonts_embedded(pdf: bytes) -> None:
    found = fonts(pdf)
    assert found, "no fonts at all"
    for name, font in found.items():
        bare = name.lstrip("/").split("+")[-1]
        assert bare not in BASE14, f"base-14 font {name} used (it has no Vietnamese)"
        assert is_embedded(font), f"font {name} is not embedded"
        assert "DejaVu" in name or "LiberationSerif" in name, f"unexpected font {name}"


def require_tools() -> None:
    missing = [t for t in ("pdftoppm", "zbarimg") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: {TOOLS_HINT}", pytrace=False)


def rasterize(pdf: bytes, out_dir: Path, dpi: int, stem: str = "page",
              mono: bool = False, first_page_only: bool = False) -> list[Path]:
    """PNG per page at ``dpi`` (pdftoppm, as a printer driver would rasterize); ``mono``: one
    bit per pixel without anti-aliasing, as a thermal head prints its dots."""
    require_tools()
    out_dir.mkdir(parents=True, exist_ok=True)
    src = out_dir / f"{stem}.pdf"
    src.write_bytes(pdf)
    for old in out_dir.glob(f"{stem}-*.png"):
        old.unlink()
    mode = ["-mono", "-aa", "no", "-aaVector", "no"] if mono else []
    if first_page_only:
        mode += ["-l", "1"]
    subprocess.run(["pdftoppm", "-r", str(dpi), *mode, "-png", str(src), str(out_dir / stem)],
                   check=True, capture_output=True)
    return sorted(out_dir.glob(f"{stem}-*.png"))


def decode(png: Path) -> set[tuple[str, str]]:
    """(symbology, text) of every Code 128 and QR symbol zbar finds in the image."""
    require_tools()
    proc = subprocess.run(
        ["zbarimg", "-q", "-Sdisable", "-Scode128.enable", "-Sqrcode.enable", str(png)],
        capture_output=True, text=True)
    # Exit status 4 means "no symbol found"; that is an answer, not an error.
    assert proc.returncode in (0, 4), proc.stderr
    out: set[tuple[str, str]] = set()
    for line in proc.stdout.splitlines():
        kind, _, data = line.partition(":")
        out.add((kind, data))
    return out


def blurred(png: Path, sigma: float) -> Path:
    """The raster after a grey Gaussian blur of ``sigma`` pixels (a worn printer's spread
    toner, a phone camera slightly out of focus), saved beside it."""
    from PIL import Image, ImageFilter

    out = png.with_name(f"{png.stem}-blur{sigma:g}.png")
    with Image.open(png) as image:
        image.convert("L").filter(ImageFilter.GaussianBlur(sigma)).save(out)
    return out


def decode_oriented(png: Path) -> set[tuple[str, str, str]]:
    """(symbology, text, orientation) of every symbol zbar finds; orientation "UP" is a
    Code 128 whose bars stand across the page's width, read left to right."""
    import xml.etree.ElementTree as ET

    require_tools()
    proc = subprocess.run(
        ["zbarimg", "-q", "--xml", "-Sdisable", "-Scode128.enable", "-Sqrcode.enable",
         str(png)], capture_output=True, text=True)
    assert proc.returncode in (0, 4), proc.stderr
    if not proc.stdout.strip():
        return set()
    ns = {"z": "http://zbar.sourceforge.net/2008/barcode"}
    return {(sym.get("type", ""), sym.findtext("z:data", "", ns), sym.get("orientation", ""))
            for sym in ET.fromstring(proc.stdout).iter(f"{{{ns['z']}}}symbol")}


def decode_pdf(pdf: bytes, out_dir: Path, dpi: int) -> list[set[tuple[str, str]]]:
    return [decode(p) for p in rasterize(pdf, out_dir, dpi)]


def text_positions(pdf: bytes, page: int = 0) -> list[tuple[float, str]]:
    """(y from the page's bottom, text) of each text run on a page."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            runs.append((cm[5] + tm[5], text))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return runs


def text_runs(pdf: bytes, page: int = 0) -> list[tuple[float, float, float, str, str, float]]:
    """(x, y, width, text, font, size) of each text run on a page, in points from the page's
    bottom-left corner; ``font`` is the embedded face's name without its subset prefix."""
    from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

    known = set(getRegisteredFontNames())
    runs: list[tuple[float, float, float, str, str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip() or not isinstance(font, dict):
            return
        name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        name = name if name in known else f"{name}-Regular"  # Liberation's PostScript names
        scale = tm[0] * cm[0] or 1.0
        points = size * scale
        x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
        text = text.strip()
        runs.append((x, y, stringWidth(text, name, points), text, name, points))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return runs
