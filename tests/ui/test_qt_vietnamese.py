"""Qt's own buttons speak the clerk's language: Vietnamese message boxes and dialogs say Đồng ý, Hủy,
Đóng, Có, Không (PySide6 ships no Vietnamese translation of Qt itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from counter_app.app import install_translator

Button = QMessageBox.StandardButton


@pytest.fixture
def vietnamese(qtbot):
    app = QCoreApplication.instance()
    kept = install_translator(app, "vi")
    yield
    for translator in kept:
        app.removeTranslator(translator)


def test_a_vietnamese_message_box_shows_vietnamese_buttons(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Icon.Question, "Xác nhận", "Trả kết quả cho người nộp?",
                      Button.Yes | Button.No | Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (Button.Yes, Button.No, Button.Ok, Button.Cancel)}
    assert texts == {"&Có", "&Không", "Đồng ý", "Hủy"}


def test_dialog_button_boxes_close_in_vietnamese(qtbot, vietnamese):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Lưu", "Đóng"]


def test_every_other_text_is_left_to_the_other_translators(qtbot, vietnamese):
    assert QCoreApplication.translate("MainWindow", "Tra cứu") == "Tra cứu"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Chọn tất cả"
