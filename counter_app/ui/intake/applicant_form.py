"""The applicant's fields, checked as each one is left, with the validators' Vietnamese messages."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget,
)

from counter_app.core.identity import (
    CccdCard, IdentityError, decode_cccd, normalize_phone, validate_cccd, validate_email,
    validate_id_number,
)
from counter_app.ui.intake.common import ErrorLabel, FieldErrors, field_box
from counter_app.ui.intake.draft_codec import (
    APPLICANT_KEYS, BirthDateError, format_birth_date, parse_birth_date,
)
from counter_app.ui.messages import error_text

GENDERS = ("", "Nam", "Nữ")  # stored values; "" = not given


class ApplicantForm(FieldErrors, QWidget):
    """Name, ID number, birth date, gender, address, phone, email; an error line under each."""

    sig_changed = Signal()
    sig_id_checked = Signal(str)  # the ID number once it passes its checks ("" when not)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.name_edit = self._line("full_name", self.tr("Họ và tên như trên giấy tờ tùy thân"))
        self.id_edit = self._line("id_number", self.tr("12 số CCCD hoặc 9 số CMND"))
        self.id_edit.setMaxLength(20)
        self.birth_edit = self._line("birth_date", self.tr("ngày/tháng/năm"))
        self.birth_edit.setMaxLength(10)
        self.gender_combo = QComboBox(self)
        self.gender_combo.setObjectName("gender")
        for value, text in zip(GENDERS, ("—", self.tr("Nam"), self.tr("Nữ"))):
            self.gender_combo.addItem(text, value)
        self.address_edit = self._line(
            "address", self.tr("Số nhà, thôn/tổ dân phố, xã/phường, tỉnh/thành phố"))
        self.phone_edit = self._line("phone", self.tr("ví dụ 0912 345 678"))
        self.email_edit = self._line("email", self.tr("không bắt buộc"))
        self._edits: dict[str, QLineEdit] = {
            "full_name": self.name_edit, "id_number": self.id_edit, "birth_date": self.birth_edit,
            "address": self.address_edit, "phone": self.phone_edit, "email": self.email_edit}
        self._errors = {key: ErrorLabel(self) for key in APPLICANT_KEYS}
        for key, label in self._errors.items():
            label.setObjectName(f"error_applicant_{key}")
        self._build_layout()
        self.id_edit.editingFinished.connect(self.check_id)
        self.birth_edit.editingFinished.connect(self._on_birth_edit_finished)
        self.phone_edit.editingFinished.connect(self.check_phone)
        self.email_edit.editingFinished.connect(self.check_email)
        self.gender_combo.currentIndexChanged.connect(self._on_gender_changed)

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.sig_changed)
        # A field being corrected loses its old complaint at once.
        edit.textEdited.connect(lambda _t, k=key: self._errors[k].show_message(""))
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, key: str, widget: QWidget | None = None) -> None:
            label = QLabel(text, self)
            label.setBuddy(self._edits[key])
            form.addRow(label, widget or field_box(self._edits[key], self._errors[key], self))

        row(self.tr("&Họ và tên"), "full_name")
        row(self.tr("Số định &danh (CCCD/CMND)"), "id_number")
        birth_row = QWidget(self)
        line = QHBoxLayout(birth_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field_box(self.birth_edit, self._errors["birth_date"], self), 3)
        gender_label = QLabel(self.tr("&Giới tính"), self)
        gender_label.setBuddy(self.gender_combo)
        line.addWidget(gender_label)
        line.addWidget(field_box(self.gender_combo, self._errors["gender"], self), 2)
        row(self.tr("Ngày &sinh"), "birth_date", birth_row)
        row(self.tr("Đị&a chỉ"), "address")
        row(self.tr("Điện th&oại"), "phone")
        row(self.tr("&Email"), "email")

    # ------------------------------------------------------------------ public
    def focus_chain(self) -> list[QWidget]:
        return [self.name_edit, self.id_edit, self.birth_edit, self.gender_combo,
                self.address_edit, self.phone_edit, self.email_edit]

    def state(self) -> dict[str, Any]:
        out = {key: edit.text() for key, edit in self._edits.items()}
        out["gender"] = self.gender_combo.currentData() or ""
        return out

    def set_state(self, state: dict[str, Any]) -> None:
        for key, edit in self._edits.items():
            edit.setText(str(state.get(key, "")))
            edit.setCursorPosition(0)
        index = self.gender_combo.findData(state.get("gender", ""))
        self.gender_combo.setCurrentIndex(max(index, 0))
        self.clear_errors()

    def clear(self) -> None:
        self.set_state({})

    def fill_from_card(self, card: CccdCard) -> None:
        """What the CCCD's QR code says replaces the identity fields; phone and email stay."""
        self.set_state({**self.state(), "full_name": card.full_name, "id_number": card.id_number,
                        "birth_date": format_birth_date(card.birth_date), "gender": card.gender,
                        "address": card.address})
        self.check_all()

    def check_all(self) -> None:
        self._on_birth_edit_finished()
        self.check_phone()
        self.check_email()

    def widget_for(self, key: str) -> QWidget:
        return self.gender_combo if key == "gender" else self._edits[key]

    # --------------------------------------------------------------- checking
    def birth_date(self) -> date | None:
        """The birth date if it reads as one, else None (its error line says why)."""
        try:
            return parse_birth_date(self.birth_edit.text())
        except BirthDateError:
            return None

    def check_id(self) -> None:
        text = self.id_edit.text().strip()
        if self._gender_from_cccd(text):
            return  # choosing the gender checks the number again (_on_gender_changed)
        message, checked = "", ""
        if text:
            try:
                if len("".join(text.split())) == 12:
                    checked = validate_cccd(text, self.birth_date(),
                                            self.gender_combo.currentData() or None)
                else:
                    checked = validate_id_number(text)
            except IdentityError as exc:
                message = error_text(exc)
        self._errors["id_number"].show_message(message)
        self.sig_id_checked.emit(checked)

    def _gender_from_cccd(self, text: str) -> bool:
        """A CCCD's 4th digit tells the gender (even Nam, odd Nữ): fill it if none is chosen."""
        if self.gender_combo.currentData() or len("".join(text.split())) != 12:
            return False
        try:
            gender = decode_cccd(text).gender
        except IdentityError:
            return False  # check_id says what is wrong with the number
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(gender), 0))
        return True

    def birth_date_message(self, error: BirthDateError) -> str:
        """The clerk's sentence for a birth date that is no date: bad form, or no such day."""
        if error.rule == "format":
            return self.tr("Ngày sinh không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, "
                           "ví dụ 15/03/2003.")
        typed = f"{error.day:02d}/{error.month:02d}/{error.year:04d}"
        if not error.days_in_month:
            return self.tr("Ngày {date} không có thật: tháng chỉ từ 1 đến 12.").format(date=typed)
        return self.tr("Ngày {date} không có thật: tháng {month}/{year} chỉ có {days} ngày."
                       ).format(date=typed, month=error.month, year=error.year,
                                days=error.days_in_month)

    def check_phone(self) -> None:
        self._check(self.phone_edit, "phone", normalize_phone)

    def check_email(self) -> None:
        self._check(self.email_edit, "email", validate_email)

    def _check(self, edit: QLineEdit, key: str, validator: Callable[[str], str]) -> None:
        message = ""
        if edit.text().strip():
            try:
                validator(edit.text())
            except IdentityError as exc:
                message = error_text(exc)
        self._errors[key].show_message(message)

    def _on_birth_edit_finished(self) -> None:
        message = ""
        try:
            born = parse_birth_date(self.birth_edit.text())
        except BirthDateError as exc:
            born = None
            message = self.birth_date_message(exc)
        if born is not None:
            if born > self._today():
                message = self.tr("Ngày sinh không được sau ngày hôm nay.")
            if self.birth_edit.text() != format_birth_date(born):
                self.birth_edit.setText(format_birth_date(born))
        self._errors["birth_date"].show_message(message)
        if self.id_edit.text().strip():
            self.check_id()

    def _on_gender_changed(self, _index: int) -> None:
        self.sig_changed.emit()
        if self.id_edit.text().strip():
            self.check_id()
