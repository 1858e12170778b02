"""Smoke test on the real display path: `python -m counter_app --demo` on Qt's xcb platform under
Xvfb, driven by keys as a clerk would: log in, receive a dossier, preview its slip, quit.

Every other UI test runs offscreen; this one would have caught a missing xcb library, a crash
that only a real window system shows, and shortcuts that do not reach the window.
"""

from __future__ import annotations

import subprocess
import sys

from tests.ui.xcb.display import ROOT, read_store, seed_demo, start_app, wait_until

NAME, ID_NUMBER = "Nguyễn Văn An", "038203012345"


def test_real_app_logs_in_receives_a_dossier_and_quits_cleanly(xdisplay, tmp_path):
    data = tmp_path / "counter"
    seed_demo(data, dossiers=20)
    app = start_app(xdisplay, data)
    try:
        xdisplay.wait_window("Đăng nhập", app)
        xdisplay.type("demo1234")  # the demo counter fills in the user name
        xdisplay.key("Return")
        xdisplay.wait_window("Quầy 1", app)

        # F2 intake, by keyboard only (the name with its diacritics, typed key by key); the
        # gender is filled from the CCCD number, so the clerk only passes over it.
        xdisplay.key("F2")
        for text, then in ((NAME, "Tab"), (ID_NUMBER, "Tab"), ("15032003", "Tab"),
                           ("", "Tab"), ("Thôn 3, xã Quảng Phú", "Tab"),
                           ("0912345678", "Tab"), ("", "Tab"), ("chung thuc ban sao", "Return")):
            if text:
                xdisplay.type(text)
            xdisplay.key(then)
        xdisplay.key("ctrl+Return")
        wait_until(lambda: read_store(data, "SELECT 1 FROM prints"), 60,
                   "the slip's print attempt (Xvfb has no printer: it fails, the PDF is kept)")
        ((code, name),) = read_store(
            data, "SELECT code, applicant_name FROM dossiers WHERE applicant_id_number = ?",
            ID_NUMBER)
        assert name == NAME

        # Ctrl+Shift+P with no printer: a preview, not a crash.
        xdisplay.key("ctrl+shift+p")
        xdisplay.wait_window("Xem trước khi in", app)
        xdisplay.key("Escape")
        xdisplay.wait_window("Quầy 1", app)  # back to the main window, as a window manager does
        xdisplay.key("ctrl+q")
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, f"exit code {app.returncode}\n{err[-3000:]}"
    assert "Traceback" not in err, err[-3000:]
    # The dossier is in the store as the command line sees it.
    found = subprocess.run([sys.executable, "-m", "counter_app", "--data", str(data), "show",
                            code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert found.returncode == 0 and NAME in found.stdout and "2.000815" in found.stdout
