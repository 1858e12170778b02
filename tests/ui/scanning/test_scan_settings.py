"""F9 keeps the counter's scanning choices; the panel watches the scan-to-folder share they name."""

from __future__ import annotations

from pathlib import Path

from counter_app.scanning.model import ScanSettings
from counter_app.services import scans
from counter_app.ui.scanning.panel import ScanPanel
from counter_app.ui.settings.slice import SettingsSlice
from tests.scanning import pages as P
from tests.ui.conftest import type_text, wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS


def test_f9_keeps_network_scanners_folder_and_defaults(qtbot, ctx, tasks, tmp_path: Path) -> None:
    w = SettingsSlice(ctx, tasks, COUNTER_PREFS)
    qtbot.addWidget(w)
    wait_idle(qtbot, tasks)
    box = w.scan_box
    box.addresses.clear()
    type_text(qtbot, box.addresses, "http://127.0.0.1:8080, http://127.0.0.2/")
    box.folder.setText(str(tmp_path))
    box.resolution.setCurrentIndex(box.resolution.findData(300))
    box.duplex.setChecked(True)
    w.save_button.click()
    wait_idle(qtbot, tasks)
    saved = scans.load_choices(ctx)
    assert saved.escl_addresses == ("http://127.0.0.1:8080", "http://127.0.0.2")
    assert saved.watch_folder == str(tmp_path)
    assert (saved.settings.resolution, saved.settings.duplex) == (300, True)


def test_f9_refuses_an_address_that_is_not_http_and_keeps_the_old_choices(qtbot, ctx, tasks) -> None:
    scans.save_choices(ctx, scans.ScanChoices(settings=ScanSettings(resolution=150)))
    w = SettingsSlice(ctx, tasks, COUNTER_PREFS)
    qtbot.addWidget(w)
    wait_idle(qtbot, tasks)
    assert w.scan_box.resolution.currentData() == 150  # loaded back
    type_text(qtbot, w.scan_box.addresses, "192.168.1.50")
    w.save_button.click()
    wait_idle(qtbot, tasks)
    assert "http://" in w.scan_box.error.text()
    assert scans.load_choices(ctx).escl_addresses == ()


def test_the_panel_imports_what_the_scanner_saves_into_the_watched_folder(
        qtbot, ctx, tasks, tmp_path: Path) -> None:
    (tmp_path / "earlier.jpg").write_bytes(P.jpeg_bytes(P.text_page(lines=3)))
    panel = ScanPanel(ctx, tasks, scanners=lambda _a: [])
    qtbot.addWidget(panel)
    wait_idle(qtbot, tasks)
    panel.watch_folder(str(tmp_path), debounce=0.2)
    assert str(tmp_path) in panel.watching.text()
    (tmp_path / "scan0001.jpg").write_bytes(P.jpeg_bytes(P.text_page(seed=4, lines=8)))
    qtbot.waitUntil(lambda: panel.pages.count() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: not panel.bridge.running, timeout=15_000)
    assert panel.pages.count() == 1, "the file already there was someone else's batch"
    panel.shutdown()
