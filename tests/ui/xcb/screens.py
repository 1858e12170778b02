"""Screenshots of every screen from a real xcb run (Xvfb, 1366×768), in Vietnamese and English.

    .venv/bin/python -m tests.ui.xcb.screens [--out artifacts/screens/xcb]

The real app (`python -m counter_app --demo`) on a fresh demo store, driven by keys through
xdotool as in the smoke test; each screen is the X root window saved as a PNG, so dialogs,
popups and the lock screen are captured as a clerk sees them. Not a test: it pauses for paint.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from tests.ui.xcb.display import ROOT, XDisplay, read_store, seed_demo, start_app, wait_until

TITLES = {  # window titles to wait for, per language
    "vi": {"login": "Đăng nhập", "main": "Quầy 1", "preview": "Xem trước khi in",
           "shortcuts": "Phím tắt"},
    "en": {"login": "Sign in", "main": "Counter 1", "preview": "Print preview",
           "shortcuts": "Keyboard shortcuts"},
}
DOSSIER = (("Nguyễn Văn An", "Tab"), ("038203012345", "Tab"), ("15032003", "Tab"), ("", "Tab"),
           ("Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa", "Tab"), ("0912345678", "Tab"),
           ("an.nguyen@example.vn", "Tab"), ("chung thuc ban sao", "Return"))
PAINT = 0.8  # seconds for a screen to settle before it is captured


def capture(lang: str, out: Path, work: Path) -> list[Path]:
    titles = TITLES[lang]
    data = work / lang
    seed_demo(data, dossiers=300, language=lang)
    saved: list[Path] = []
    with XDisplay() as x:
        app = start_app(x, data)

        def shot(name: str) -> None:
            time.sleep(PAINT)
            saved.append(x.grab(out / lang / f"{len(saved) + 1:02d}_{name}.png"))

        try:
            x.wait_window(titles["login"], app)
            shot("login")
            x.type("demo1234")
            x.key("Return")
            x.wait_window(titles["main"], app)
            x.key("F2")
            for text, then in DOSSIER:
                x.type(text)
                x.key(then)
            shot("F2_intake_filled")
            x.key("ctrl+Return")
            wait_until(lambda: read_store(data, "SELECT 1 FROM prints"), 60, "the print")
            shot("F2_intake_received_not_printed")
            x.key("ctrl+shift+p")
            x.wait_window(titles["preview"], app)
            shot("print_preview")
            x.key("Escape")
            x.wait_window(titles["main"], app)
            for key, name in (("F3", "F3_returns"), ("F4", "F4_search"), ("F9", "F9_settings"),
                              ("F10", "F10_sync")):
                x.key(key)
                shot(name)
            x.key("F1")
            x.wait_window(titles["shortcuts"], app)
            shot("F1_shortcuts")
            x.key("Escape")
            x.wait_window(titles["main"], app)
            x.key("F2")
            x.key("ctrl+l")
            shot("lock")
            x.type("demo1234")
            x.key("Return")
            time.sleep(PAINT)
            x.key("ctrl+q")
            app.wait(timeout=60)
        finally:
            if app.poll() is None:
                app.kill()
            app.wait()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "screens" / "xcb")
    parser.add_argument("--lang", choices=sorted(TITLES), action="append")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="screens-") as work:
        for lang in args.lang or ["vi", "en"]:
            for path in capture(lang, args.out, Path(work)):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
