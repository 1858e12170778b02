"""Realistic scanned pages made in the tests: bundled-font text, rotated, noised, stamped, signed, blank"""

from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from counter_app.paths import resources_dir

A4_MM = (210, 297)
WORDS = ("Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc đơn đề nghị chứng thực "
         "bản sao giấy khai sinh căn cước công dân hộ khẩu thường trú xã phường tỉnh thành phố "
         "ngày tháng năm người nộp hồ sơ thủ tục hành chính tiếp nhận trả kết quả").split()


def _font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans.ttf"), px)


def blank_canvas(dpi: int = 200, mode: str = "L") -> Image.Image:
    size = (round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi))
    return Image.new(mode, size, 255 if mode == "L" else (255, 255, 255))


def text_page(dpi: int = 200, mode: str = "L", seed: int = 1, lines: int = 38) -> Image.Image:
    """A typed A4 letter: a heading and justified-looking lines of Vietnamese words."""
    rng = random.Random(seed)
    page = blank_canvas(dpi, mode)
    draw = ImageDraw.Draw(page)
    ink = 20 if mode == "L" else (20, 20, 20)
    margin = round(20 / 25.4 * dpi)
    size = round(dpi * 11 / 72)  # 11 pt
    font, head = _font(size), _font(round(size * 1.4))
    draw.text((margin, margin), "ĐƠN ĐỀ NGHỊ CHỨNG THỰC", font=head, fill=ink)
    y = margin + round(size * 3)
    for _ in range(lines):
        words = " ".join(rng.choice(WORDS) for _ in range(13))
        draw.text((margin, y), words, font=font, fill=ink)
        y += round(size * 1.6)
        if y > page.height - margin:
            break
    return page


def add_noise(page: Image.Image, seed: int = 2, sigma: float = 6.0, specks: int = 40) -> Image.Image:
    """Scanner noise: grain over the page and a few specks of dust."""
    rng = np.random.default_rng(seed)
    a = np.asarray(page).astype(np.int16)
    a = a + rng.normal(0, sigma, a.shape).astype(np.int16)
    h, w = a.shape[:2]
    for _ in range(specks):
        y, x = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        s = int(rng.integers(1, 3))
        a[y:y + s, x:x + s] = 40
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), page.mode)


def rotated(page: Image.Image, degrees: float) -> Image.Image:
    """A page fed `degrees` off (counter-clockwise), as a feeder delivers it."""
    fill = 255 if page.mode == "L" else (255, 255, 255)
    return page.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def with_stamp(page: Image.Image) -> Image.Image:
    """A red round seal (two rings and a star) at the bottom right, over part of the text."""
    page = page.convert("RGB")
    draw = ImageDraw.Draw(page)
    dpi = page.width / (A4_MM[0] / 25.4)
    r = round(18 / 25.4 * dpi)
    cx, cy = page.width - round(50 / 25.4 * dpi), page.height - round(60 / 25.4 * dpi)
    red = (200, 30, 35)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 12))
    draw.ellipse((cx - r * 0.75, cy - r * 0.75, cx + r * 0.75, cy + r * 0.75), outline=red, width=2)
    star = [(cx + r * 0.4 * math.cos(math.radians(90 + 72 * k * 2)),
             cy - r * 0.4 * math.sin(math.radians(90 + 72 * k * 2))) for k in range(5)]
    draw.polygon(star, fill=red)
    return page


def signature_only(dpi: int = 200, seed: int = 3) -> Image.Image:
    """A page blank but for one hand signature (a few pen strokes) near the bottom."""
    page = blank_canvas(dpi)
    draw = ImageDraw.Draw(page)
    rng = random.Random(seed)
    x0, y0 = page.width * 0.6, page.height * 0.8
    points = [(x0 + i * dpi * 0.05, y0 + math.sin(i * 0.9) * dpi * 0.12 + rng.uniform(-5, 5))
              for i in range(28)]
    draw.line(points, fill=30, width=max(2, dpi // 80), joint="curve")
    return page


def photo_page(dpi: int = 200, seed: int = 4) -> Image.Image:
    """A page with a portrait-like photo (smooth gradients and texture) and a caption."""
    page = text_page(dpi, seed=seed, lines=8)
    rng = np.random.default_rng(seed)
    w, h = round(90 / 25.4 * dpi), round(120 / 25.4 * dpi)
    yy, xx = np.mgrid[0:h, 0:w]
    photo = 128 + 60 * np.sin(xx / 37.0) * np.cos(yy / 53.0) + rng.normal(0, 12, (h, w))
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    page.paste(Image.fromarray(photo), (round(page.width * 0.25), round(page.height * 0.4)))
    return page


def jpeg_bytes(page: Image.Image, dpi: int = 200, quality: int = 90) -> bytes:
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return out.getvalue()
