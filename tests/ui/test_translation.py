"""English is selectable: the shipped translation covers the whole UI and the window uses it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET


from counter_app.paths import resources_dir
from counter_app.services import auth
from counter_app.services.preferences import Preferences
from counter_app.ui.main_window import MainWindow
from tests.ui.conftest import screenshot

TS = resources_dir() / "translations" / "counter_app_en.ts"
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def test_every_message_is_translated_with_its_placeholders():
    root = ET.parse(TS).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 200
    for m in messages:
        source, tr = m.findtext("source"), m.find("translation")
        assert tr is not None and tr.get("type") is None and tr.text, source
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", tr.text)), source


def test_main_window_in_english(qtbot, ctx, tasks, clock, english):
    clerk = auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    window = MainWindow(ctx, tasks, Preferences(language="en"), clerk)
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert all("(F" in t and not VIETNAMESE.search(t) for t in tabs), tabs
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus and not any(VIETNAMESE.search(t) for t in menus), menus
    screenshot(window, "main_intake_english")
    window.close()


def _lrelease():
    import shutil
    import sys
    from pathlib import Path

    found = Path(sys.executable).with_name("pyside6-lrelease")
    return found if found.exists() else shutil.which("pyside6-lrelease")
