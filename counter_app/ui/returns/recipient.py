"""Who takes the result: the applicant, an authorized person, or the post; errors next to each field."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QStackedWidget, QVBoxLayout, QWidget,
)

from counter_app.core.dossier import AuthorizedPerson, Dossier
from counter_app.core.intake import FieldError
from counter_app.services.returns import Recipient, RecipientKind
from counter_app.ui.messages import message_text

KINDS: tuple[RecipientKind, ...] = ("applicant", "authorized", "post")
ERROR_STYLE = "color: #a8071a;"


class _Field(QWidget):
    """An input with its error line underneath (hidden while there is no error)."""

    sig_submit = Signal()

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(placeholder)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.returnPressed.connect(self.sig_submit)
        self.edit.textEdited.connect(lambda _t: self.set_error(""))

    def text(self) -> str:
        return self.edit.text()

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class RecipientPanel(QGroupBox):
    """The radio choice, the fields of the chosen kind, and the confirm button."""

    sig_confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Trả kết quả"))
        self._dossier: Dossier | None = None
        self.radios = {
            "applicant": QRadioButton(self.tr("&Người nộp hồ sơ nhận"), self),
            "authorized": QRadioButton(self.tr("Người được ủy &quyền nhận thay"), self),
            "post": QRadioButton(self.tr("Gửi qua &bưu chính"), self),
        }
        self.group = QButtonGroup(self)
        radio_row = QHBoxLayout()
        for n, kind in enumerate(KINDS):
            self.group.addButton(self.radios[kind], n)
            radio_row.addWidget(self.radios[kind])
        radio_row.addStretch(1)

        self.applicant_info = QLabel(self)
        self.applicant_info.setTextFormat(Qt.TextFormat.PlainText)
        self.applicant_info.setWordWrap(True)
        self.applicant_id = _Field("applicant_id", self.tr("Số CCCD/CMND người nhận xuất trình"))
        self.auth_name = _Field("auth_name", self.tr("Họ và tên người được ủy quyền"))
        self.auth_id = _Field("auth_id", self.tr("Số CCCD/CMND của người được ủy quyền"))
        self.auth_doc = _Field("auth_doc", self.tr("Ví dụ: Giấy ủy quyền số 12/UQ ngày 17/11/2025"))
        self.waybill = _Field("waybill", self.tr("Ví dụ: EC123456789VN"))
        self.post_address = QLabel(self)
        self.post_address.setTextFormat(Qt.TextFormat.PlainText)
        self.post_address.setWordWrap(True)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._page(
            [(None, self.applicant_info),
             (self.tr("Đối chiếu giấy tờ (không bắt buộc):"), self.applicant_id)]))
        self.pages.addWidget(self._page(
            [(self.tr("Họ và tên (*):"), self.auth_name),
             (self.tr("Số định danh (*):"), self.auth_id),
             (self.tr("Giấy ủy quyền (*):"), self.auth_doc)]))
        self.pages.addWidget(self._page(
            [(self.tr("Mã vận đơn (*):"), self.waybill), (self.tr("Địa chỉ nhận:"),
                                                         self.post_address)]))

        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.confirm = QPushButton(self.tr("Xác nhận đã trả kết quả  (Ctrl+Enter)"), self)
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(False)
        self.confirm.setMinimumHeight(36)
        self.confirm.setStyleSheet("font-weight: bold;")

        layout = QVBoxLayout(self)
        layout.addLayout(radio_row)
        layout.addWidget(self.pages)
        layout.addWidget(self.general_error)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

        self.group.idToggled.connect(self._on_group_id_toggled)
        self.confirm.clicked.connect(self.sig_confirm)
        for f in self._fields():
            f.sig_submit.connect(self.sig_confirm)

    def _page(self, rows: list[tuple[str | None, QWidget]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 6, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, widget in rows:
            if caption is None:
                form.addRow(widget)
            else:
                form.addRow(caption, widget)
        return page

    def _fields(self) -> tuple[_Field, ...]:
        return (self.applicant_id, self.auth_name, self.auth_id, self.auth_doc, self.waybill)

    # ------------------------------------------------------------------ state
    def start(self, d: Dossier) -> None:
        """A fresh form for this dossier; the post is preselected if it was chosen at intake."""
        self._dossier = d
        for f in self._fields():
            f.edit.clear()
            f.set_error("")
        self.set_general_error("")
        a = d.applicant
        self.applicant_info.setText(
            self.tr("Trả cho %s, số định danh %s.") % (a.full_name, a.id_number or "—"))
        self.post_address.setText(d.return_address or self.tr("(chưa ghi địa chỉ nhận)"))
        self.set_kind("post" if d.return_method == "post" else "applicant")
        self.set_busy(False)

    def kind(self) -> RecipientKind:
        return KINDS[max(self.group.checkedId(), 0)]

    def set_kind(self, kind: RecipientKind) -> None:
        self.radios[kind].setChecked(True)
        self.pages.setCurrentIndex(KINDS.index(kind))

    def focus_first(self) -> None:
        first = {"applicant": self.applicant_id, "authorized": self.auth_name,
                 "post": self.waybill}[self.kind()]
        first.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def recipient(self) -> Recipient:
        kind = self.kind()
        if kind == "authorized":
            return Recipient("authorized", authorized=AuthorizedPerson(
                self.auth_name.text(), self.auth_id.text(), self.auth_doc.text()))
        if kind == "post":
            return Recipient("post", waybill=self.waybill.text())
        return Recipient("applicant", id_number=self.applicant_id.text())

    def set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy)
        self.confirm.setText(self.tr("Đang lưu…") if busy
                             else self.tr("Xác nhận đã trả kết quả  (Ctrl+Enter)"))

    def set_general_error(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(bool(message))

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Put each message next to its field; focus the first field in error."""
        kind = self.kind()
        targets = {"recipient.full_name": self.auth_name, "recipient.document": self.auth_doc,
                   "recipient.waybill": self.waybill,
                   "recipient.id_number": self.auth_id if kind == "authorized"
                   else self.applicant_id}
        first: _Field | None = None
        general = []
        for e in errors:
            target = targets.get(e.field)
            if target is None:
                general.append(message_text(e.msg))
                continue
            target.set_error(message_text(e.msg))
            first = first or target
        self.set_general_error("\n".join(general))
        if first is not None:
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            first.edit.selectAll()

    # ------------------------------------------------------------------ slots
    def _on_group_id_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.pages.setCurrentIndex(button_id)
            self.set_general_error("")
            if self.isVisible():
                self.focus_first()
