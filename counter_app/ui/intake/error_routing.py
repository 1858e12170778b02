"""Puts each FieldError under its field (dotted names like applicant.phone) and focuses the first."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from counter_app.ui.intake.applicant_form import ApplicantForm
from counter_app.ui.intake.components_table import ComponentsPanel
from counter_app.ui.intake.options_panel import OptionsPanel
from counter_app.ui.intake.procedure_fields import PREFIX as FIELDS_PREFIX
from counter_app.ui.intake.procedure_fields import ProcedureFieldsPanel
from counter_app.ui.intake.procedure_picker import ProcedurePicker


def _panel_key(field: str) -> str:
    # "components[1].photo" is shown under the checklist, like "components".
    return "components" if field.startswith("components") else field


class ErrorRouter:
    """Knows which panel shows which field's message; the slice only hands it the errors."""

    def __init__(self, applicant: ApplicantForm, picker: ProcedurePicker,
                 fields: ProcedureFieldsPanel, components: ComponentsPanel,
                 options: OptionsPanel, order: Callable[[], Sequence[QWidget]]) -> None:
        self._applicant = applicant
        self._picker = picker
        self._fields = fields
        self._components = components
        self._options = options
        self._order = order  # the form's fields as the clerk meets them (they change)

    def clear(self) -> None:
        self._applicant.clear_errors()
        self._picker.error.show_message("")
        self._fields.clear_errors()
        self._components.error.show_message("")
        self._options.clear_errors()

    def show(self, errors: Iterable[tuple[str, str]]) -> list[str]:
        """Show (field, message) pairs; focus the first bad field; return what has no field."""
        grouped: dict[str, list[str]] = {}
        for field, message in errors:
            messages = grouped.setdefault(_panel_key(field), [])
            if message not in messages:
                messages.append(message)
        leftover: list[str] = []
        targets: list[QWidget] = []
        for field, messages in grouped.items():
            widget = self._place(field, "\n".join(messages))
            if widget is None:
                leftover.extend(messages)
            else:
                targets.append(widget)
        if targets:
            order = list(self._order())
            first = min(targets, key=lambda w: order.index(w) if w in order else len(order))
            if first is self._picker.edit:
                self._picker.focus_for_error()
            else:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        return leftover

    def _place(self, field: str, text: str) -> QWidget | None:
        if field.startswith("applicant."):
            key = field.split(".", 1)[1]
            if self._applicant.set_error(key, text):
                return self._applicant.widget_for(key)
            return None
        if field.startswith(FIELDS_PREFIX):
            return self._fields.widget_for(field) if self._fields.set_error(field, text) else None
        if field == "procedure_code":
            self._picker.error.show_message(text)
            return self._picker.edit
        if field == "components":
            self._components.error.show_message(text)
            return self._components.view
        if self._options.set_error(field, text):
            return self._options.widget_for(field)
        return None
