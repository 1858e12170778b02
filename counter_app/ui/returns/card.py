"""What the clerk reads about one dossier at hand-back: the card, and the progress of an unready one."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.core.dossier import Component, Dossier, Status
from counter_app.core.dossier import is_overdue
from counter_app.ui.messages import status_text

RED = "#a8071a"
GREEN = "#135200"
GREY = "#595959"


def format_time(value: datetime | None) -> str:
    return "—" if value is None else value.strftime("%H:%M, %d/%m/%Y")


def _value_label(parent: QWidget, name: str, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    # Names and notes are data: never let a "<" in them be read as markup.
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DossierCard(QGroupBox):
    """Code, procedure, applicant, times, status, components and how the result goes back."""

    sig_scan_requested = Signal(str)  # code: scan (số hóa) its components

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Thông tin hồ sơ"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        self.code = _value_label(self, "code")
        self.code.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.procedure = _value_label(self, "procedure")
        self.applicant = _value_label(self, "applicant")
        self.applicant.setStyleSheet("font-weight: bold;")
        self.id_number = _value_label(self, "id_number")
        self.phone = _value_label(self, "phone")
        self.received = _value_label(self, "received")
        self.appointment = _value_label(self, "appointment")
        self.status = _value_label(self, "status", rich=True)
        self.return_method = _value_label(self, "return_method")
        self.components = _value_label(self, "components")
        rows = ((self.tr("Mã hồ sơ:"), self.code), (self.tr("Thủ tục:"), self.procedure),
                (self.tr("Người nộp:"), self.applicant),
                (self.tr("Số định danh:"), self.id_number),
                (self.tr("Điện thoại:"), self.phone), (self.tr("Tiếp nhận lúc:"), self.received),
                (self.tr("Hẹn trả kết quả:"), self.appointment),
                (self.tr("Trạng thái:"), self.status),
                (self.tr("Nhận kết quả:"), self.return_method),
                (self.tr("Thành phần hồ sơ:"), self.components))
        for caption, value in rows:
            form.addRow(caption, value)
        self.scan_button = QPushButton(self.tr("Quét, số hóa thành phần…  (F6)"), self)
        self.scan_button.setObjectName("scan_button")
        self.scan_button.clicked.connect(lambda: self.sig_scan_requested.emit(self.code.text()))
        form.addRow("", self.scan_button)

    def show_dossier(self, d: Dossier, now: datetime) -> None:
        a = d.applicant
        self.code.setText(d.code)
        self.procedure.setText(f"{d.procedure_name} ({d.procedure_code})")
        self.applicant.setText(a.full_name + (f" – {a.organization}" if a.organization else ""))
        self.id_number.setText(a.id_number or self.tr("(không có)"))
        self.phone.setText(a.phone or self.tr("(không có)"))
        self.received.setText(format_time(d.received_at))
        self.appointment.setText(format_time(d.appointment_at))
        late = is_overdue(d.status, d.appointment_at, now)
        color = (RED if late else GREEN if d.status in (Status.RESULT_READY, Status.RETURNED)
                 else "inherit")
        text = f"{int(d.status)} – {status_text(d.status)}"
        if late:
            text = self.tr("%s (quá hạn)") % text
        self.status.setText(f'<span style="color:{color}; font-weight:bold;">{text}</span>')
        self.return_method.setText(self._return_text(d))
        self.components.setText(self._components_text(d.components, d.sets))

    def _return_text(self, d: Dossier) -> str:
        if d.return_method == "post":
            text = self.tr("Gửi qua bưu chính công ích")
            return f"{text}: {d.return_address}" if d.return_address else text
        if d.return_method == "online":
            return self.tr("Trực tuyến, vào tài khoản trên Cổng Dịch vụ công")
        return self.tr("Tại bộ phận một cửa")

    def _components_text(self, components: tuple[Component, ...], sets: int) -> str:
        if not components:
            return self.tr("(không có)")
        lines = []
        for n, c in enumerate(components, start=1):
            counts = [fmt % k for fmt, k in ((self.tr("%d bản chính"), c.original),
                                             (self.tr("%d bản chứng thực"), c.certified),
                                             (self.tr("%d bản photo"), c.photo)) if k]
            line = f"{n}. {c.name}" + (f" ({', '.join(counts)})" if counts else "")
            if c.digitized or c.reused:
                line += " – " + (self.tr("đã số hóa") if c.digitized else self.tr("tái sử dụng"))
            lines.append(line)
        if sets > 1:
            lines.append(self.tr("Số bộ hồ sơ: %d") % sets)
        return "\n".join(lines)


def back_office_report(d: Dossier) -> str:
    """What the resolving body last said; empty when it said nothing yet."""
    report = d.details.get("back_office")
    if isinstance(report, Mapping) and str(report.get("note") or "").strip():
        return str(report["note"]).strip()
    supplement = d.details.get("supplement_request")
    if d.status is Status.SUPPLEMENT_REQUIRED and isinstance(supplement, Mapping):
        items = [str(m.get("name", "")) for m in supplement.get("missing", ()) if m.get("name")]
        reason = str(supplement.get("reason") or "").strip()
        return "; ".join(p for p in (reason, ", ".join(items)) if p)
    return ""


def _span(delta: timedelta) -> tuple[int, int, int]:
    minutes = int(delta.total_seconds() // 60)
    return minutes // (24 * 60), minutes // 60 % 24, minutes % 60


class ProgressPanel(QGroupBox):
    """For a dossier not open to hand back (not ready yet, returned, or ended): where it stands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chưa thể trả kết quả"))
        layout = QVBoxLayout(self)
        self.status = _value_label(self, "progress_status")
        self.status.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.appointment = _value_label(self, "progress_appointment")
        self.deadline = _value_label(self, "progress_deadline", rich=True)
        caption = QLabel(self.tr("Thông tin mới nhất từ cơ quan giải quyết:"), self)
        caption.setStyleSheet("font-weight: bold;")
        self.report = _value_label(self, "progress_report")
        for w in (self.status, self.appointment, self.deadline):
            layout.addWidget(w)
        layout.addSpacing(10)
        layout.addWidget(caption)
        layout.addWidget(self.report)
        layout.addStretch(1)

    def show_dossier(self, d: Dossier, now: datetime) -> None:
        if d.status is Status.RETURNED:
            self.setTitle(self.tr("Đã trả kết quả"))
        elif d.status in (Status.REFUSED, Status.WITHDRAWN, Status.STOPPED):
            self.setTitle(self.tr("Hồ sơ đã kết thúc"))
        else:
            self.setTitle(self.tr("Chưa thể trả kết quả"))
        self.status.setText(self.tr("Trạng thái: %s") % status_text(d.status))
        self.appointment.setText(self.tr("Hẹn trả kết quả: %s") % format_time(d.appointment_at))
        self.deadline.setText(self._deadline_text(d, now))
        self.report.setText(back_office_report(d)
                            or self.tr("Chưa có thông tin từ cơ quan giải quyết."))

    def _deadline_text(self, d: Dossier, now: datetime) -> str:
        if d.status is Status.RETURNED:
            return self._colored(GREEN, self.tr("Kết quả đã được trả lúc %s.")
                                 % format_time(d.returned_at))
        if d.status in (Status.REFUSED, Status.WITHDRAWN, Status.STOPPED):
            return self._colored(GREY, self.tr("Hồ sơ đã kết thúc, không có kết quả để trả."))
        if d.status is Status.SUPPLEMENT_REQUIRED:
            return self._colored(GREY, self.tr(
                "Hồ sơ đang tạm dừng chờ bổ sung: thời gian này không tính là quá hạn."))
        if d.appointment_at is None:
            return self._colored(GREY, self.tr("Hồ sơ chưa có ngày hẹn trả."))
        if is_overdue(d.status, d.appointment_at, now):
            days, hours, minutes = _span(now - d.appointment_at)
            span = (self.tr("%d ngày %d giờ") % (days, hours) if days
                    else self.tr("%d giờ %d phút") % (hours, minutes))
            return self._colored(RED, self.tr("Đã quá hạn hẹn trả %s.") % span, bold=True)
        return self._colored(GREEN, self.tr("Còn trong hạn giải quyết."))

    @staticmethod
    def _colored(color: str, text: str, bold: bool = False) -> str:
        weight = "bold" if bold else "normal"
        return f'<span style="color:{color}; font-weight:{weight};">{text}</span>'
