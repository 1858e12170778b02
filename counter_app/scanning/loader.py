"""Images from bytes, refused before decoding when too large or when truncated: nothing half-read goes on."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageFile, ImageOps, ImageSequence

from counter_app.scanning.model import NOT_A_SCAN, TOO_LARGE, UNREADABLE, ScanError

# An A3 page at 600 dpi is 70 million pixels; nothing a counter scans is larger.
MAX_PIXELS = 80_000_000
MAX_PAGES = 500


def check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ScanError(TOO_LARGE, f"{width}×{height}")


def _opened(data: bytes) -> Image.Image:
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated page must fail, never come out half grey
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ScanError(TOO_LARGE, str(exc)) from None
    except (OSError, ValueError, SyntaxError) as exc:  # Pillow's UnidentifiedImageError is OSError
        raise ScanError(UNREADABLE, str(exc)) from None
    check_size(*image.size)  # from the header, before a single pixel is decoded
    return image


def _decoded(frame: Image.Image) -> Image.Image:
    check_size(*frame.size)
    try:
        frame.load()
        page = ImageOps.exif_transpose(frame)  # the camera's or scanner's own orientation tag
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ScanError(UNREADABLE, str(exc)) from None
    if page.mode not in ("1", "L", "RGB"):
        page = page.convert("RGBA" if "A" in page.getbands() else "RGB")
        if page.mode == "RGBA":
            white = Image.new("RGB", page.size, (255, 255, 255))
            white.paste(page, mask=page.getchannel("A"))
            page = white
    page.info.setdefault("dpi", frame.info.get("dpi", (200, 200)))
    return page


def load_images(data: bytes) -> list[Image.Image]:
    """Every page of a JPEG, PNG, (multi-page) TIFF or scanned PDF, fully decoded.

    Raises ScanError (too_large, unreadable, not_a_scan) and returns nothing then: a file is
    taken whole or not at all.
    """
    if data[:5] == b"%PDF-":
        return _pdf_images(data)
    image = _opened(data)
    pages: list[Image.Image] = []
    for frame in ImageSequence.Iterator(image):
        if len(pages) >= MAX_PAGES:
            raise ScanError(TOO_LARGE, f"> {MAX_PAGES} pages")
        page = _decoded(frame)
        if page is frame:
            page = frame.copy()
            page.info["dpi"] = frame.info.get("dpi", (200, 200))
        pages.append(page)
    return pages


def _pdf_images(data: bytes) -> list[Image.Image]:
    """A scanner's PDF: one image per page. A PDF of text or drawings is not a scan."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError) as exc:
        raise ScanError(UNREADABLE, str(exc)) from None
    pages: list[Image.Image] = []
    with pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise ScanError(TOO_LARGE, f"> {MAX_PAGES} pages")
        for page in pdf.pages:
            images = list(page.get_images().values()) if hasattr(page, "get_images") \
                else list(page.images.values())
            if len(images) != 1 or not isinstance(images[0], pikepdf.Stream):
                raise ScanError(NOT_A_SCAN, f"{len(images)} images on a page")
            pdf_image = pikepdf.PdfImage(images[0])
            check_size(pdf_image.width, pdf_image.height)
            try:
                image = pdf_image.as_pil_image()
            except (pikepdf.PdfError, OSError, ValueError, NotImplementedError) as exc:
                raise ScanError(UNREADABLE, str(exc)) from None
            width_pt = float(page.mediabox[2]) - float(page.mediabox[0])
            dpi = round(image.width * 72 / width_pt) if width_pt > 0 else 200
            page_image = _decoded(image)
            page_image.info["dpi"] = (dpi, dpi)
            pages.append(page_image)
    if not pages:
        raise ScanError(NOT_A_SCAN, "no pages")
    return pages


def dpi_of(image: Image.Image, default: int = 200) -> int:
    raw = image.info.get("dpi", (default, default))
    try:
        value = int(round(float(raw[0])))
    except (TypeError, ValueError, IndexError):
        return default
    return value if 50 <= value <= 1200 else default
