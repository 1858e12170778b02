"""How the dossier came and goes back, its fee, and who hands it in on the applicant's behalf."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget,
)

from counter_app.core.identity import IdentityError, validate_id_number
from counter_app.core.procedures import Fee, Procedure
from counter_app.ui.intake.procedure_picker import duration_text
from counter_app.ui.intake.common import ErrorLabel, FieldErrors, NumberBox, field_box
from counter_app.ui.intake.draft_codec import empty_state
from counter_app.ui.intake.fees import default_fee, format_vnd, is_copy_priced, is_page_priced
from counter_app.ui.messages import error_text

OPTION_ERRORS = ("channel", "sets", "return_method", "return_address", "duration_case", "copies", "pages",
                 "fee_vnd", "fee_payment",
                 "authorized.full_name", "authorized.id_number", "authorized.document", "note",
                 "notify_channel")
MAX_FEE_VND = 100_000_000


class OptionsPanel(FieldErrors, QWidget):
    """Channel, sets, return method (address for post), copies/pages, fee, authorized person."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._procedure: Procedure | None = None
        self._loading = False
        self._fee_manual = False
        self.channel = self._combo("channel", [(self.tr("Trực tiếp"), "direct"),
                                               (self.tr("Bưu chính"), "postal")])
        self.sets = self._spin("sets", 1, 99)
        self.return_method = self._combo("return_method", [
            (self.tr("Tại bộ phận một cửa"), "counter"),
            (self.tr("Qua bưu chính công ích"), "post")])
        self.return_address = self._line("return_address",
                                         self.tr("Địa chỉ nhận kết quả qua bưu chính"))
        # Shown only for a procedure with several statutory times (the first is the usual case).
        self.duration_case = self._combo("duration_case", [])
        self.copies = self._spin("copies", 1, 999)
        self.pages = self._spin("pages", 1, 9999)
        self.fee = self._spin("fee_vnd", 0, MAX_FEE_VND)
        self.fee.setSingleStep(1000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.fee.setSuffix(self.tr(" đồng"))
        self.fee_payment = self._combo("fee_payment", [
            (self.tr("Nộp trước"), "before"), (self.tr("Nộp sau"), "after"),
            (self.tr("Miễn"), "exempt"), (self.tr("Không thu"), "none")])
        self.fee_hint = QLabel(self)
        self.fee_hint.setWordWrap(True)
        self.fee_hint.setStyleSheet("color:#5f6368;")
        self.authorized = QCheckBox(self.tr("Người nộp thay (ủy &quyền)"), self)
        self.authorized.setObjectName("authorized")
        self.authorized.toggled.connect(self._on_authorized_toggled)
        self.auth_name = self._line("authorized_name", self.tr("Họ và tên người nộp thay"))
        self.auth_id = self._line("authorized_id", self.tr("12 số CCCD hoặc 9 số CMND"))
        self.auth_id.editingFinished.connect(self._on_auth_id_edit_finished)
        self.auth_document = self._line("authorized_document",
                                        self.tr("Số, ngày của giấy ủy quyền"))
        self.note = self._line("note", self.tr("không bắt buộc"))
        # The citizen's consent to be told (received, result ready …) and how; central sends.
        self.notify_channel = self._combo("notify_channel", [
            (self.tr("Không nhận thông báo"), "none"),
            (self.tr("SMS (công dân đồng ý nhận tin)"), "sms"),
            (self.tr("Zalo ZNS (công dân đồng ý nhận tin)"), "zalo")])
        self._errors = {key: ErrorLabel(self) for key in OPTION_ERRORS}
        for key, label in self._errors.items():
            label.setObjectName("error_" + key.replace(".", "_"))
        self._build_layout()
        self.return_method.currentIndexChanged.connect(self._on_return_method_changed)
        self.copies.valueChanged.connect(self._on_pages_changed)
        self.pages.valueChanged.connect(self._on_pages_changed)
        self.fee.valueChanged.connect(self._on_fee_changed)
        self.set_state(empty_state()["options"])

    # ---------------------------------------------------------------- building
    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._on_any_changed)
        return combo

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = NumberBox(low, high, self)
        spin.setObjectName(name)
        spin.valueChanged.connect(self._on_any_changed)
        return spin

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_any_changed)
        return edit

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        e = self._errors

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text, self)
            lab.setBuddy(buddy)
            return lab

        grid.addWidget(label(self.tr("&Kênh tiếp nhận"), self.channel), 0, 0)
        grid.addWidget(field_box(self.channel, e["channel"], self), 0, 1)
        grid.addWidget(label(self.tr("Số &bộ hồ sơ"), self.sets), 0, 2)
        grid.addWidget(field_box(self.sets, e["sets"], self), 0, 3)
        grid.addWidget(label(self.tr("T&rả kết quả"), self.return_method), 1, 0)
        grid.addWidget(field_box(self.return_method, e["return_method"], self), 1, 1)
        self._case_label = label(self.tr("Thời hạn giải quyết"), self.duration_case)
        self._case_box = field_box(self.duration_case, e["duration_case"], self)
        grid.addWidget(self._case_label, 1, 2)
        grid.addWidget(self._case_box, 1, 3)
        self._address_label = label(self.tr("Địa chỉ &nhận"), self.return_address)
        self._address_box = field_box(self.return_address, e["return_address"], self)
        grid.addWidget(self._address_label, 2, 0)
        grid.addWidget(self._address_box, 2, 1, 1, 3)
        self._copies_label = label(self.tr("Số bản &chứng thực"), self.copies)
        self._pages_label = label(self.tr("Số trang &mỗi bản"), self.pages)
        grid.addWidget(self._copies_label, 3, 0)
        self._copies_box = field_box(self.copies, e["copies"], self)
        self._pages_box = field_box(self.pages, e["pages"], self)
        grid.addWidget(self._copies_box, 3, 1)
        grid.addWidget(self._pages_label, 3, 2)
        grid.addWidget(self._pages_box, 3, 3)
        grid.addWidget(label(self.tr("Phí, &lệ phí"), self.fee), 4, 0)
        grid.addWidget(field_box(self.fee, e["fee_vnd"], self), 4, 1)
        grid.addWidget(label(self.tr("Hình thức nộp"), self.fee_payment), 4, 2)
        grid.addWidget(field_box(self.fee_payment, e["fee_payment"], self), 4, 3)
        grid.addWidget(self.fee_hint, 5, 1, 1, 3)
        grid.addWidget(self.authorized, 6, 0, 1, 4)
        self._auth_rows = [
            (label(self.tr("Họ tên người nộp thay"), self.auth_name),
             field_box(self.auth_name, e["authorized.full_name"], self)),
            (label(self.tr("Số CCCD/CMND"), self.auth_id),
             field_box(self.auth_id, e["authorized.id_number"], self)),
            (label(self.tr("Giấy ủy quyền"), self.auth_document),
             field_box(self.auth_document, e["authorized.document"], self)),
        ]
        for i, (lab, box) in enumerate(self._auth_rows):
            grid.addWidget(lab, 7 + i, 0)
            grid.addWidget(box, 7 + i, 1, 1, 3)
        grid.addWidget(label(self.tr("Gh&i chú"), self.note), 10, 0)
        grid.addWidget(field_box(self.note, e["note"], self), 10, 1, 1, 3)
        grid.addWidget(label(self.tr("Báo tin SMS/&Zalo"), self.notify_channel), 11, 0)
        grid.addWidget(field_box(self.notify_channel, e["notify_channel"], self), 11, 1, 1, 3)
        # The label column keeps its width when the copies row hides: the fields don't jump.
        grid.setColumnMinimumWidth(0, self._copies_label.sizeHint().width())

    # ------------------------------------------------------------------ public
    def focus_chain(self) -> list[QWidget]:
        return [self.channel, self.sets, self.return_method, self.duration_case,
                self.return_address, self.copies,
                self.pages, self.fee, self.fee_payment, self.authorized, self.auth_name,
                self.auth_id, self.auth_document, self.note, self.notify_channel]

    def first_quantity(self) -> QWidget | None:
        """Where the clerk types after choosing a copy- or page-priced procedure (the count)."""
        return self.copies if self.copies.isVisibleTo(self) else None

    def set_procedure(self, procedure: Procedure | None) -> None:
        """A newly chosen procedure brings its default fee and its payment."""
        self._procedure = procedure
        self._fee_manual = False
        self._show_fee_fields()
        self._loading = True
        try:
            self._fill_cases(procedure)
            self.copies.setValue(1)
            self.pages.setValue(1)
            self._apply_default_fee()
        finally:
            self._loading = False
        self.sig_changed.emit()

    def _fill_cases(self, procedure: Procedure | None) -> None:
        """The procedure's statutory-time cases, the usual one first and chosen."""
        self.duration_case.clear()
        cases = procedure.duration_cases if procedure is not None else ()
        for case in cases:
            self.duration_case.addItem(f"{case.name}: {duration_text(case.duration)}", case.key)
        for w in (self._case_label, self._case_box):
            w.setVisible(bool(cases))

    def state(self) -> dict[str, Any]:
        return {
            "channel": self.channel.currentData(), "sets": self.sets.value(),
            "return_method": self.return_method.currentData(),
            "return_address": self.return_address.text(), "copies": self.copies.value(),
            "duration_case": self.duration_case.currentData() or "",
            "pages": self.pages.value(), "fee_vnd": self.fee.value(),
            "fee_manual": self._fee_manual, "fee_payment": self.fee_payment.currentData(),
            "authorized": self.authorized.isChecked(), "authorized_name": self.auth_name.text(),
            "authorized_id": self.auth_id.text(), "authorized_document": self.auth_document.text(),
            "note": self.note.text(), "notify_channel": self.notify_channel.currentData(),
        }

    def set_state(self, state: dict[str, Any], procedure: Procedure | None = None) -> None:
        self._loading = True
        try:
            self._procedure = procedure
            self._fill_cases(procedure)
            self.duration_case.setCurrentIndex(
                max(self.duration_case.findData(state.get("duration_case", "")), 0))
            for combo, key in ((self.channel, "channel"), (self.return_method, "return_method"),
                               (self.fee_payment, "fee_payment"),
                               (self.notify_channel, "notify_channel")):
                combo.setCurrentIndex(max(combo.findData(state[key]), 0))
            for spin, key in ((self.sets, "sets"), (self.copies, "copies"),
                              (self.pages, "pages"), (self.fee, "fee_vnd")):
                spin.setValue(int(state[key]))
            for edit, key in ((self.return_address, "return_address"),
                              (self.auth_name, "authorized_name"),
                              (self.auth_id, "authorized_id"),
                              (self.auth_document, "authorized_document"), (self.note, "note")):
                edit.setText(str(state[key]))
            self.authorized.setChecked(bool(state["authorized"]))
            self._fee_manual = bool(state["fee_manual"])
        finally:
            self._loading = False
        self._show_fee_fields()
        self._on_return_method_changed()
        self._on_authorized_toggled(self.authorized.isChecked())
        self.clear_errors()

    def add_note(self, line: str) -> None:
        """Append to the note unless it already says so (the old CMND number after a scan)."""
        text = self.note.text().strip()
        if line not in text:
            self.note.setText(f"{text}; {line}" if text else line)

    def prefill_return_address(self, address: str) -> None:
        if not self.return_address.text().strip():
            self.return_address.setText(address)

    def widget_for(self, key: str) -> QWidget | None:
        return {"channel": self.channel, "sets": self.sets, "return_method": self.return_method,
                "return_address": self.return_address, "duration_case": self.duration_case,
                "copies": self.copies,
                "pages": self.pages, "fee_vnd": self.fee,
                "fee_payment": self.fee_payment, "authorized.full_name": self.auth_name,
                "authorized.id_number": self.auth_id, "authorized.document": self.auth_document,
                "note": self.note, "notify_channel": self.notify_channel}.get(key)

    # ------------------------------------------------------------------ slots
    def _on_any_changed(self, *_args: object) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _on_return_method_changed(self, *_args: object) -> None:
        post = self.return_method.currentData() == "post"
        self._address_label.setVisible(post)
        self._address_box.setVisible(post)
        if not post:
            self._errors["return_address"].show_message("")

    def _on_authorized_toggled(self, on: bool) -> None:
        for lab, box in self._auth_rows:
            lab.setVisible(on)
            box.setVisible(on)
        if not on:
            for key in ("authorized.full_name", "authorized.id_number", "authorized.document"):
                self._errors[key].show_message("")
        self._on_any_changed()

    def _on_auth_id_edit_finished(self) -> None:
        message = ""
        if self.auth_id.text().strip():
            try:
                validate_id_number(self.auth_id.text())
            except IdentityError as exc:
                message = error_text(exc)
        self._errors["authorized.id_number"].show_message(message)

    def _on_pages_changed(self, *_args: object) -> None:
        if not self._loading and not self._fee_manual:
            self._apply_default_fee()

    def _on_fee_changed(self, *_args: object) -> None:
        if not self._loading:
            self._fee_manual = True

    # ---------------------------------------------------------------- helpers
    def _show_fee_fields(self) -> None:
        proc = self._procedure
        paged = proc is not None and is_page_priced(proc)
        counted = proc is not None and is_copy_priced(proc)
        for w in (self._copies_label, self._copies_box):
            w.setVisible(counted)
        for w in (self._pages_label, self._pages_box):
            w.setVisible(paged)
        if counted and not paged:
            per = next((f.per for f in proc.fees if f.basis == "per_copy" and f.per), "")
            self._copies_label.setText(self.tr("Số lượng cần &cấp ({per})").format(
                per=per or self.tr("bản")))
        else:
            self._copies_label.setText(self.tr("Số bản &chứng thực"))
        fees = proc.fees if proc is not None else ()
        lines = [self._fee_line(f) for f in fees]
        if self._procedure is not None and not fees:
            lines = [self.tr("Thủ tục này không thu phí, lệ phí.")]
        self.fee_hint.setText("\n".join(lines))
        self.fee_hint.setVisible(bool(lines))

    def _fee_line(self, fee: Fee) -> str:
        """"Phí chứng thực bản sao: 2.000 đồng/trang; từ trang thứ 3: 1.000 đồng; tối đa …"."""
        per = fee.per or self.tr("hồ sơ")
        text = self.tr("{name}: {amount} đồng/{per}").format(
            name=fee.name, amount=format_vnd(fee.amount_vnd), per=per)
        for tier in fee.tiers:
            text += self.tr("; từ {per} thứ {n}: {amount} đồng").format(
                per=per, n=tier.from_unit, amount=format_vnd(tier.amount_vnd))
        if fee.max_per_copy_vnd is not None:
            text += self.tr("; tối đa {amount} đồng/bản").format(
                amount=format_vnd(fee.max_per_copy_vnd))
        return text

    def _apply_default_fee(self) -> None:
        if self._procedure is None:
            return
        was_loading, self._loading = self._loading, True
        try:
            amount = default_fee(self._procedure, self.copies.value(), self.pages.value())
            self.fee.setValue(amount)
            if was_loading:  # a fresh procedure: how the fee is paid follows whether there is one
                self.fee_payment.setCurrentIndex(
                    self.fee_payment.findData("before" if amount else "none"))
        finally:
            self._loading = was_loading
        self.sig_changed.emit()
