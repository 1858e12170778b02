"""The scan panel: from SANE's test device into a component, live, without freezing the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from counter_app.scanning.model import ScanSettings
from counter_app.scanning.sane_backend import SaneScanner
from counter_app.services import intake
from counter_app.services.context import ServiceContext
from counter_app.storage.models import AttachmentRow
from counter_app.ui.scanning.panel import ScanPanel
from tests.scanning import pages as P
from tests.services.helpers import draft
from tests.ui.conftest import screenshot, wait_idle

NORMAL = {"read-return-value": "Default"}


class JamAfter(SaneScanner):
    """The test device jamming once `pages` pages are out, as a real feeder does mid-stack."""

    def __init__(self, pages: int) -> None:
        super().__init__(options=NORMAL)
        self.pages = pages

    def scan(self, device_id: str, settings: ScanSettings):  # type: ignore[no-untyped-def]
        for n, image in enumerate(super().scan(device_id, settings), 1):
            if n == self.pages:
                self.set_option("read-return-value", "SANE_STATUS_JAMMED")
            yield image


@pytest.fixture
def panel(qtbot, ctx: ServiceContext, tasks, sane_test_device: str):  # type: ignore[no-untyped-def]
    code = intake.receive_dossier(ctx, draft(ctx)).code
    made: list[SaneScanner] = []

    def scanners(_addresses):  # type: ignore[no-untyped-def]
        made.append(panel_scanner[0])
        return [panel_scanner[0]]

    panel_scanner: list[SaneScanner] = [SaneScanner(options=NORMAL)]
    widget = ScanPanel(ctx, tasks, scanners=scanners)
    widget.scanner_slot = panel_scanner  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.set_dossier(code)
    qtbot.waitUntil(lambda: widget.target is not None and widget.device.count() > 0, timeout=20_000)
    wait_idle(qtbot, tasks)
    yield widget
    widget.shutdown()


def _scan(qtbot, panel: ScanPanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.bridge.sig_done, timeout=120_000):
        qtbot.keyClick(panel.pages, Qt.Key.Key_F6)
        assert panel.bridge.running, "F6 starts the scan"
        assert not panel.scan_button.isEnabled() and panel.cancel_button.isEnabled()


def test_scanning_from_the_test_device_into_a_component(qtbot, panel: ScanPanel, tasks,
                                                        ctx: ServiceContext) -> None:
    panel.source.setCurrentIndex(panel.source.findData("adf"))
    seen: list[int] = []
    panel.bridge.sig_page.connect(lambda _p: seen.append(panel.pages.count()))
    _scan(qtbot, panel)

    assert panel.pages.count() == 10
    assert seen == list(range(1, 11)), "thumbnails appear one by one as pages arrive"
    assert "KB" in panel.size_label.text() and panel.size_label.text().startswith("10 ")
    screenshot(panel, "scan_panel_thumbnails")

    # reorder with the keyboard, rotate, delete one: what is attached is what is shown
    panel.pages.setCurrentRow(9)
    first_before = panel.pages.pages()[9]
    qtbot.keyClick(panel.pages, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert panel.pages.pages()[8] is first_before
    qtbot.keyClick(panel.pages, Qt.Key.Key_R)
    assert (panel.pages.pages()[8].width, panel.pages.pages()[8].height) == (
        first_before.height, first_before.width)
    assert panel.pages.selected_rows() == [8]
    qtbot.keyClick(panel.pages, Qt.Key.Key_Delete)
    assert panel.pages.count() == 9

    # rescan one page (Shift+F6): the device's next page takes its place, the rest stay
    panel.pages.setCurrentRow(2)
    before = panel.pages.pages()
    with qtbot.waitSignal(panel.bridge.sig_done, timeout=60_000):
        qtbot.keyClick(panel.pages, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    after = panel.pages.pages()
    assert len(after) == 9 and after[2] is not before[2]
    assert after[:2] == before[:2] and after[3:] == before[3:]

    component = panel.target.components[1]  # type: ignore[union-attr]
    panel.component.setCurrentIndex(panel.component.findData(component))
    with qtbot.waitSignal(panel.sig_attached, timeout=30_000):
        qtbot.keyClick(panel.pages, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, tasks)
    with ctx.store.reading() as session:
        rows = session.scalars(select(AttachmentRow)).all()
    assert [(r.component, r.pages) for r in rows] == [(component, 9)]
    assert panel.pages.count() == 0
    assert panel.component.itemText(1).startswith("✓ "), "the component shows as digitized"


def test_a_jam_shows_a_message_and_keeps_the_pages(qtbot, panel: ScanPanel, tasks) -> None:
    panel.scanner_slot[0] = JamAfter(4)  # type: ignore[attr-defined]
    panel.find_devices()
    wait_idle(qtbot, tasks, timeout=20_000)  # the jamming device is listed (the old list is stale)
    assert panel.device.count() > 0
    panel.source.setCurrentIndex(panel.source.findData("adf"))
    _scan(qtbot, panel)
    assert panel.pages.count() == 4
    assert "Kẹt giấy" in panel.message.text() and "4 trang" in panel.message.text()
    assert panel.scan_button.isEnabled() and panel.attach_button.isEnabled()


def test_blank_pages_are_flagged_not_removed_and_bad_files_refused(
        qtbot, panel: ScanPanel, tmp_path: Path) -> None:
    good = tmp_path / "a.jpg"
    good.write_bytes(P.jpeg_bytes(P.add_noise(P.blank_canvas())))
    cut = tmp_path / "b.jpg"
    cut.write_bytes(P.jpeg_bytes(P.text_page())[:15_000])
    with qtbot.waitSignal(panel.bridge.sig_done, timeout=60_000):
        panel.import_files([str(good), str(cut)])
    assert panel.pages.count() == 1 and panel.pages.blank_rows() == [0]
    assert "trắng" in panel.pages.item(0).text()
    assert "hỏng" in panel.message.text()


def test_the_window_stays_responsive_while_scanning_and_stop_keeps_the_pages(
        qtbot, panel: ScanPanel, tasks) -> None:
    import time

    from PySide6.QtCore import QTimer

    # a slow feeder: the device takes its time over every buffer of every page
    panel.scanner_slot[0] = SaneScanner(options={**NORMAL, "read-delay": True,  # type: ignore[attr-defined]
                                                 "read-delay-duration": 5000})
    panel.find_devices()
    wait_idle(qtbot, tasks, timeout=20_000)  # the slow device is listed (the old list is stale)
    assert panel.device.count() > 0
    panel.source.setCurrentIndex(panel.source.findData("adf"))
    ticks: list[float] = []
    timer = QTimer(panel)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(panel.bridge.sig_page, timeout=60_000):
        qtbot.keyClick(panel.pages, Qt.Key.Key_F6)
    with qtbot.waitSignal(panel.bridge.sig_done, timeout=60_000):
        qtbot.keyClick(panel.pages, Qt.Key.Key_Escape)  # Esc stops the batch
    timer.stop()
    assert 1 <= panel.pages.count() < 10, "stopped early, the pages already scanned kept"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 5 and max(gaps) < 1.0, "the GUI thread never waited on the scanner"
