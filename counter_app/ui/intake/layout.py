"""Where the slice's parts sit: two columns that fit 1366×768, banners on top, buttons below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from counter_app.ui.intake.slice import IntakeSlice




def _group(s: IntakeSlice, title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title, s)
    QVBoxLayout(box).addWidget(content)
    return box


def _keys_help(s: IntakeSlice) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "IntakeSlice", "Quét mã QR trên thẻ CCCD để điền người nộp. Enter: sang ô tiếp theo · "
        "Ctrl+Enter: tiếp nhận · Ctrl+B: yêu cầu bổ sung · Ctrl+R: từ chối · "
        "Ctrl+N: xóa trắng biểu mẫu · "
        "trong danh sách thủ tục: ↑ ↓ để chọn, Enter để lấy, Esc để đóng."), s)
    label.setObjectName("keys_help")
    label.setWordWrap(True)
    label.setStyleSheet("color:#5f6368;")
    return label


def focus_chain(s: IntakeSlice) -> list[QWidget]:
    """The form's fields in the order the clerk meets them (name → … → buttons)."""
    return [*s.applicant.focus_chain(), s.picker.edit, *s.proc_fields.focus_chain(),
            s.components.view, *s.options.focus_chain(), s.supplement_button, s.refuse_button,
            s.receive_button, s.clear_button]


def apply_tab_order(s: IntakeSlice) -> None:
    """Tab follows focus_chain (again after the procedure's own fields change)."""
    chain = focus_chain(s)
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


def arrange(s: IntakeSlice) -> None:
    """Lay the slice out and set the tab order."""
    left = QVBoxLayout()
    left.addWidget(_group(s, QCoreApplication.translate("IntakeSlice", "Người nộp hồ sơ"), s.applicant))
    left.addWidget(_group(s, QCoreApplication.translate("IntakeSlice", "&Thủ tục hành chính"), s.picker))
    left.addWidget(s.proc_fields)
    left.addStretch(1)
    left.addWidget(_keys_help(s))
    right = QVBoxLayout()
    components = QCoreApplication.translate("IntakeSlice", "Thành &phần hồ sơ")
    options = QCoreApplication.translate("IntakeSlice", "Tiếp nhận, trả kết quả và phí")
    right.addWidget(_group(s, components, s.components), 1)
    right.addWidget(_group(s, options, s.options))
    columns = QHBoxLayout()
    columns.addLayout(left, 5)
    columns.addLayout(right, 6)
    buttons = QHBoxLayout()
    buttons.addWidget(s.clear_button)
    buttons.addStretch(1)
    buttons.addWidget(s.busy_label)
    buttons.addWidget(s.busy_bar)
    for push in (s.supplement_button, s.refuse_button, s.receive_button):
        buttons.addWidget(push)
    root = QVBoxLayout(s)
    root.setContentsMargins(10, 8, 10, 8)
    root.setSpacing(6)
    for banner in (s.result_banner, s.duplicate_banner, s.error_banner):
        root.addWidget(banner)
    root.addLayout(columns, 1)
    root.addLayout(buttons)
    apply_tab_order(s)
