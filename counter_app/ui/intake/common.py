"""Small widgets the intake panels share: an error line under a field, a coloured banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

ERROR_COLOUR = "#b3261e"

_BANNER_STYLES = {
    "success": "background:#e6f4ea; border:1px solid #34a853; color:#0d652d;",
    "warning": "background:#fff4ce; border:1px solid #e0a800; color:#5c4400;",
    "error": "background:#fdecea; border:1px solid #d93025; color:#a50e0e;",
    "info": "background:#e8f0fe; border:1px solid #4285f4; color:#174ea6;",
}


class ErrorLabel(QLabel):
    """A red sentence under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color:{ERROR_COLOUR};")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def field_box(editor: QWidget, error: ErrorLabel, parent: QWidget | None = None) -> QWidget:
    """The editor with its error line right under it (one cell of a form)."""
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(1)
    lay.addWidget(editor)
    lay.addWidget(error)
    return box


def button(parent: QWidget, text: str, name: str) -> QPushButton:
    """A push button that Enter presses when it has the focus (keyboard-first)."""
    push = QPushButton(text, parent)
    push.setObjectName(name)
    push.setAutoDefault(True)
    return push


class FieldErrors:
    """Mixin of a form whose fields each have an ErrorLabel under them, in `self._errors`."""

    _errors: dict[str, ErrorLabel]

    def set_error(self, key: str, message: str) -> bool:
        label = self._errors.get(key)
        if label is None:
            return False
        label.show_message(message)
        return True

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.show_message("")


class NumberBox(QSpinBox):
    """A count field: arriving by keyboard (or being sent to) selects it, so a digit replaces it."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()


class Banner(QLabel):
    """A strip at the top of the slice: the outcome, a duplicate warning, an error."""

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._large = large
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        size = "font-size:13pt; font-weight:bold;" if self._large else ""
        self.setStyleSheet(f"QLabel {{ {_BANNER_STYLES[kind]} {size} border-radius:4px;"
                           " padding:6px 10px; }")
        self.setProperty("kind", kind)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.setProperty("kind", "")
        self.hide()
