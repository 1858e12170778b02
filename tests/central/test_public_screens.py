"""The public pages as a phone shows them: headless Chromium (Debian's package) at 390×844 against
a real `python -m central serve`; the PNGs are kept under artifacts/screens/public/ to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from central.app import create_app
from tests.central.helpers import Clock, build_world
from tests.central.public_data import READY_KEY, RECEIVED_KEY, publish
from tests.central.server import Server

OUT = Path(__file__).resolve().parents[2] / "artifacts" / "screens" / "public"
PHONE = (390, 844)
BRAND = (0xA3, 0x14, 0x1B)  # the header's colour: only there if the style sheet loaded under the CSP
READY_BG = (0xE6, 0xF4, 0xEA)
ERROR_BG = (0xFD, 0xEC, 0xEA)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: installer/sysdeps.sh installs it")
        pytest.skip("chromium is not installed (installer/sysdeps.sh installs it)")
    return found


def _screenshot(browser: str, url: str, out: Path, profile: Path) -> Image.Image:
    args = [browser, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            f"--user-data-dir={profile}", f"--screenshot={out}",
            f"--window-size={PHONE[0]},{PHONE[1]}", url]
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # Chromium's sandbox refuses to run as root
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and out.is_file(), done.stderr[-2000:]
    return Image.open(out).convert("RGB")


def _share(image: Image.Image, colour: tuple[int, int, int]) -> float:
    """The part of the picture painted in `colour`."""
    pixels = np.asarray(image)
    return float(np.all(pixels == colour, axis=-1).mean())


def test_public_pages_at_phone_size(tmp_path: Path, clock: Clock) -> None:
    browser = _chromium()
    db_url = f"sqlite:///{tmp_path / 'central.db'}"
    app = create_app(db_url, storage=tmp_path / "files", clock=clock)
    with TestClient(app) as client:
        published = publish(build_world(client, app.state.central.engine, clock))
    OUT.mkdir(parents=True, exist_ok=True)
    pages = {
        "dossier-received": f"/tra-cuu/{published.received}?key={RECEIVED_KEY}",
        "dossier-ready": f"/tra-cuu/{published.ready}?key={READY_KEY}",
        "lookup-form": f"/tra-cuu/{published.unkeyed}",
        "not-found": f"/tra-cuu/{published.received}?key=WRONGKEY",
        "procedure": "/thu-tuc/2.000815",
        "procedure-index": "/thu-tuc",
    }
    with Server(db_url, tmp_path) as server:
        shots = {name: _screenshot(browser, server.url + path, OUT / f"{name}.png",
                                   tmp_path / "profile") for name, path in pages.items()}
    for name, image in shots.items():
        assert image.size == PHONE, name
        assert image.getpixel((5, 5)) == BRAND, name  # styled, header on top
        assert _share(image, (255, 255, 255)) < 0.9, name  # text was painted
    assert _share(shots["dossier-ready"], READY_BG) > 0.01  # the "result ready" box stands out
    assert _share(shots["dossier-received"], READY_BG) == 0
    assert _share(shots["not-found"], ERROR_BG) > 0.005
