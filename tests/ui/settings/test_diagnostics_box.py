"""F9 → "Thu thập chẩn đoán": the clerk picks where to save; the zip is made in the background."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from counter_app.services import intake
from counter_app.services.preferences import Preferences
from counter_app.ui.settings.slice import SettingsSlice
from tests.services.helpers import AN, draft
from tests.ui.conftest import wait_idle


def _slice(qtbot, ctx, tasks) -> SettingsSlice:
    page = SettingsSlice(ctx, tasks, Preferences())
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_zip_is_saved_where_the_clerk_chose_without_personal_data(
        qtbot, ctx, tasks, tmp_path, monkeypatch):
    intake.receive_dossier(ctx, draft(ctx))
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "usb" / "gui-cho-IT"), filters  # typed without .zip

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page = _slice(qtbot, ctx, tasks)
    box = page.diagnostics
    messages: list[str] = []
    page.sig_message.connect(messages.append)
    box.button.setFocus()
    with qtbot.waitSignal(box.sig_done, timeout=20_000) as done:
        qtbot.keyClick(box.button, Qt.Key.Key_Space)  # keyboard-first: Tab to it, Space
        assert not box.button.isEnabled() and box.progress.isVisible()
    wait_idle(qtbot, tasks)
    made = tmp_path / "usb" / "gui-cho-IT.zip"
    assert done.args == [str(made)] and made.is_file()
    assert asked[0].endswith(".zip") and "chan-doan" in asked[0]
    assert box.button.isEnabled() and not box.progress.isVisible()
    assert str(made) in box.result.text() and messages == [box.result.text()]
    with zipfile.ZipFile(made) as z:
        text = "".join(z.read(n).decode("utf-8") for n in z.namelist())
        assert "versions.json" in z.namelist() and "sync.json" in z.namelist()
    assert '"qt":' in text
    assert AN.id_number not in text and "345 678" not in text and "345678" not in text


def test_a_cancelled_save_dialog_does_nothing(qtbot, ctx, tasks, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    page = _slice(qtbot, ctx, tasks)
    wait_idle(qtbot, tasks)  # the scanner list the page asks for
    page.diagnostics.button.click()
    assert tasks.active == 0 and page.diagnostics.result.text() == ""


def test_a_folder_that_cannot_be_written_says_so_and_the_button_comes_back(
        qtbot, ctx, tasks, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(blocker / "x.zip"), "")))
    page = _slice(qtbot, ctx, tasks)
    with qtbot.waitSignal(page.diagnostics.sig_done, timeout=20_000) as done:
        page.diagnostics.button.click()
    assert done.args == [""]
    assert "Không lưu được gói chẩn đoán" in page.diagnostics.result.text()
    assert page.diagnostics.button.isEnabled()
