"""The two outcomes that need words: a supplement request (Mẫu 02) and a refusal (Mẫu 03)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from counter_app.services.intake import MissingItem
from counter_app.ui.intake.common import ErrorLabel


def _text_box(parent: QWidget, name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class _ReasonDialog(QDialog):
    """A dialog whose OK stays disabled, with the reason shown, while the reason is empty."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        cancel = self.buttons.addButton(self.tr("Hủy (Esc)"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_ctrl_enter)
        self.reason = _text_box(self, "reason", "", 3)
        self.reason_error = ErrorLabel(self)
        self.reason_error.setObjectName("reason_error")
        self.reason.textChanged.connect(self._update_ok)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.reason_text():
            super().accept()
        else:
            self._update_ok()

    def _on_ctrl_enter(self) -> None:
        self.accept()

    def _update_ok(self) -> None:
        ok = bool(self.reason_text())
        self.ok_button.setEnabled(ok)
        self.reason_error.show_message("" if ok else self._empty_message())

    def _empty_message(self) -> str:
        return self.tr("Phải ghi rõ lý do.")


class RefusalDialog(_ReasonDialog):
    """Mẫu 03: the specific reason is required."""

    def __init__(self, applicant: str, procedure: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Từ chối tiếp nhận hồ sơ (Mẫu 03)"),
                         self.tr("Từ chối tiếp nhận (Ctrl+Enter)"))
        self.reason.setPlaceholderText(self.tr("Ví dụ: Thủ tục không thuộc thẩm quyền giải quyết "
                                               "của cơ quan; hướng dẫn công dân nộp tại …"))
        intro = QLabel(self.tr("Người nộp: {applicant}\nThủ tục: {procedure}").format(
            applicant=applicant or "—", procedure=procedure or "—"), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Lý do từ chối"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        form.addRow("", self.reason_error)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        QWidget.setTabOrder(self.reason, self.ok_button)
        self._update_ok()
        self.reason.setFocus()

    def _empty_message(self) -> str:
        return self.tr("Phải ghi rõ lý do từ chối tiếp nhận hồ sơ.")


class SupplementDialog(_ReasonDialog):
    """Mẫu 02: what is missing (one item a line), the reason, and the guidance — given once."""

    def __init__(self, applicant: str, procedure: str, missing: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"),
                         self.tr("Lưu phiếu yêu cầu bổ sung (Ctrl+Enter)"))
        intro = QLabel(self.tr("Người nộp: {applicant}\nThủ tục: {procedure}").format(
            applicant=applicant or "—", procedure=procedure or "—"), self)
        intro.setWordWrap(True)
        self.items = _text_box(self, "missing_items",
                               self.tr("Mỗi dòng một giấy tờ cần bổ sung hoặc sửa đổi"), 5)
        self.items.setPlainText("\n".join(missing))
        if missing:
            self.reason.setPlainText(self.tr("Hồ sơ chưa đủ thành phần theo quy định."))
        self.reason.setPlaceholderText(self.tr("Lý do phải bổ sung, hoàn thiện hồ sơ"))
        self.guidance = _text_box(self, "guidance",
                                  self.tr("Hướng dẫn cụ thể để người nộp bổ sung một lần, đầy đủ"),
                                  3)
        form = QFormLayout()
        for text, box in ((self.tr("&Giấy tờ cần bổ sung"), self.items),
                          (self.tr("&Lý do"), self.reason),
                          (self.tr("&Hướng dẫn"), self.guidance)):
            label = QLabel(text, self)
            label.setBuddy(box)
            form.addRow(label, box)
            if box is self.reason:
                form.addRow("", self.reason_error)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        for first, second in ((self.items, self.reason), (self.reason, self.guidance),
                              (self.guidance, self.ok_button)):
            QWidget.setTabOrder(first, second)
        self._update_ok()
        self.items.setFocus()
        self.items.moveCursor(self.items.textCursor().MoveOperation.End)

    def missing_items(self) -> list[MissingItem]:
        return [MissingItem(line.strip()) for line in self.items.toPlainText().splitlines()
                if line.strip()]

    def guidance_text(self) -> str:
        return self.guidance.toPlainText().strip()

    def _empty_message(self) -> str:
        return self.tr("Phải ghi rõ lý do yêu cầu bổ sung hồ sơ.")

