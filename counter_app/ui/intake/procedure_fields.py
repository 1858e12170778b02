"""The procedure's own fields (the catalog's `fields`: the child of a birth, both parties …) as a form."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from counter_app.core.datetext import DateTextError, format_date, parse_date_text
from counter_app.core.procedure_fields import FieldSpec
from counter_app.core.procedures import Procedure
from counter_app.ui.intake.common import ErrorLabel, FieldErrors, field_box
from counter_app.ui.messages import message_text

PREFIX = "procedure_fields."
COLUMNS = 2  # fields side by side: a birth registration's six fit in three rows


class ProcedureFieldsPanel(FieldErrors, QGroupBox):
    """One editor per field the chosen procedure declares; hidden when it declares none.

    Values are kept by key while the form lives, so choosing another procedure and coming
    back loses nothing the clerk typed; the draft stores them all.
    """

    sig_changed = Signal()
    sig_rebuilt = Signal()  # the editors changed (the tab order must follow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thông tin riêng của thủ tục"), parent)
        self.setObjectName("procedure_fields")
        self._specs: tuple[FieldSpec, ...] = ()
        self._values: dict[str, str] = {}
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, ErrorLabel] = {}
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self.hide()

    # ------------------------------------------------------------------ public
    def set_procedure(self, procedure: Procedure | None) -> None:
        """Show the editors of `procedure`'s fields, filled with what was typed for those keys."""
        self._remember()
        self._specs = procedure.fields if procedure is not None else ()
        self._rebuild()

    def state(self) -> dict[str, str]:
        self._remember()
        return {k: v for k, v in self._values.items() if v.strip()}

    def set_state(self, values: Mapping[str, Any]) -> None:
        self._values = {k: v for k, v in values.items() if isinstance(v, str)}
        self._fill()
        self.clear_errors()

    def focus_chain(self) -> list[QWidget]:
        return [self._editors[s.key] for s in self._specs]

    def first_editor(self) -> QWidget | None:
        return self._editors[self._specs[0].key] if self._specs else None

    def widget_for(self, key: str) -> QWidget | None:
        """The editor of "procedure_fields.<key>" (or of the bare key)."""
        return self._editors.get(key.removeprefix(PREFIX))

    def set_error(self, key: str, message: str) -> bool:
        return super().set_error(key.removeprefix(PREFIX), message)

    # --------------------------------------------------------------- building
    def _rebuild(self) -> None:
        while self._grid.count():  # labels and field boxes (each owns its editor and error)
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._editors, self._errors = {}, {}
        for i, spec in enumerate(self._specs):
            editor = self._editor(spec)
            error = ErrorLabel(self)
            error.setObjectName(f"error_procedure_fields_{spec.key}")
            self._editors[spec.key], self._errors[spec.key] = editor, error
            label = QLabel(spec.label + (" *" if spec.required else ""), self)
            label.setWordWrap(True)
            label.setBuddy(editor)
            if spec.note:
                label.setToolTip(spec.note)
                editor.setToolTip(spec.note)
            row, col = divmod(i, COLUMNS)
            box = field_box(editor, error, self)
            # The label sits above its field: long labels keep the field wide.
            self._grid.addWidget(label, 2 * row, col)
            self._grid.addWidget(box, 2 * row + 1, col)
            # Shown now, not by the layout's queued call: the next key (Tab) must find them.
            label.show()
            box.show()
        for col in range(COLUMNS):
            self._grid.setColumnStretch(col, 1)
        self._fill()
        self.setVisible(bool(self._specs))
        self.sig_rebuilt.emit()

    def _editor(self, spec: FieldSpec) -> QWidget:
        if spec.type == "gender":
            combo = QComboBox(self)
            for text, value in (("—", ""), (self.tr("Nam"), "Nam"), (self.tr("Nữ"), "Nữ")):
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._on_editor_changed)
            combo.setObjectName(spec.key)
            return combo
        edit = QLineEdit(self)
        edit.setObjectName(spec.key)
        if spec.type == "date":
            edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
            edit.setMaxLength(10)
            edit.editingFinished.connect(self._date_checker(spec, edit))
        elif spec.type == "id_number":
            edit.setPlaceholderText(self.tr("12 số CCCD hoặc 9 số CMND"))
            edit.setMaxLength(20)
        edit.textChanged.connect(self._on_editor_changed)
        edit.textEdited.connect(lambda _t, k=spec.key: self._errors[k].show_message(""))
        return edit

    def _date_checker(self, spec: FieldSpec, edit: QLineEdit) -> Callable[[], None]:
        def check() -> None:
            message = ""
            try:
                value = parse_date_text(edit.text())
            except DateTextError as exc:
                message = message_text(exc.message_for(spec.label))
            else:
                if value is not None and edit.text() != format_date(value):
                    edit.setText(format_date(value))
            self._errors[spec.key].show_message(message)
        return check

    # ------------------------------------------------------------------ values
    def _remember(self) -> None:
        for key, editor in self._editors.items():
            self._values[key] = _value_of(editor)

    def _fill(self) -> None:
        for key, editor in self._editors.items():
            value = self._values.get(key, "")
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QLineEdit):
                editor.setText(value)
                editor.setCursorPosition(0)
            editor.blockSignals(False)

    def _on_editor_changed(self, *_args: object) -> None:
        self._remember()
        self.sig_changed.emit()


def _value_of(editor: QWidget) -> str:
    if isinstance(editor, QComboBox):
        return str(editor.currentData() or "")
    if isinstance(editor, QLineEdit):
        return editor.text()
    return ""
