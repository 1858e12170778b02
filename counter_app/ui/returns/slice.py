"""Returning results (trả kết quả): open a dossier by its slip's code, check who takes it, record it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from counter_app.core.codes import CodeError
from counter_app.core.dossier import Dossier, Status
from counter_app.core.intake import IntakeError
from counter_app.services import queries, returns
from counter_app.services.context import ServiceContext
from counter_app.ui.returns.card import DossierCard, ProgressPanel
from counter_app.ui.returns.ready_list import ReadyList
from counter_app.ui.returns.recipient import RecipientPanel
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text

ERROR_STYLE = "color: #a8071a; font-weight: bold;"
OK_STYLE = "color: #135200; font-weight: bold;"


class ReturnsSlice(QWidget):
    """Code field; the ready list, or a dossier's card with the hand-back form (status 9) or its
    progress so far."""

    sig_dossier_saved = Signal(str)
    sig_message = Signal(str)
    offer_rating = True  # after a hand-back in person, the citizen's satisfaction rating
    rating_dialog = None  # the rating screen last offered (the tests look at it)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._dossier: Dossier | None = None
        self._generation = 0  # a newer scan wins over a lookup still on its way
        self._saving = False
        self._build()
        self.code_edit.returnPressed.connect(self._on_code_edit_return)
        self.open_button.clicked.connect(self._on_code_edit_return)
        self.recipient.sig_confirm.connect(self._on_recipient_confirm)
        self.ready.sig_open_code.connect(self.open_code)
        add_shortcut(self.code_edit, QKeySequence(Qt.Key.Key_Down), self.ready.enter,
                     self.tr("Từ ô mã hồ sơ: xuống danh sách hồ sơ chờ trả"),
                     Qt.ShortcutContext.WidgetShortcut)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            add_shortcut(self, keys, self._on_recipient_confirm,
                         self.tr("Xác nhận trả kết quả cho người nhận"))
        add_shortcut(self, QKeySequence(Qt.Key.Key_Escape), self.clear,
                     self.tr("Bỏ hồ sơ đang mở, quét hoặc gõ mã khác"))
        add_shortcut(self, "F6", lambda: self._on_card_scan_requested(
            self._dossier.code if self._dossier is not None else ""),
            self.tr("Quét, số hóa thành phần của hồ sơ đang mở"))
        self.clear()

    def _build(self) -> None:
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setPlaceholderText(self.tr("Quét mã vạch trên phiếu hẹn hoặc gõ mã hồ sơ"))
        self.code_edit.setMinimumWidth(360)
        self.code_edit.setStyleSheet("font-size: 13pt;")
        label = QLabel(self.tr("&Mã hồ sơ:"), self)
        label.setBuddy(self.code_edit)
        self.open_button = QPushButton(self.tr("Mở hồ sơ  (Enter)"), self)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.code_edit, 1)
        top.addWidget(self.open_button)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.card = DossierCard(self)
        self.card.sig_scan_requested.connect(self._on_card_scan_requested)
        self.recipient = RecipientPanel(self)
        self.progress = ProgressPanel(self)
        side = QVBoxLayout()
        side.addWidget(self.recipient)
        side.addWidget(self.progress)
        self.body = QWidget(self)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.card, 3)
        body.addLayout(side, 2)

        self.hint = QLabel(self.tr(
            "Quét mã vạch trên phiếu hẹn trả kết quả hoặc gõ mã hồ sơ rồi nhấn Enter: mã đầy đủ, "
            "ngày và số (ví dụ 251117-0006) hoặc chỉ số của hồ sơ nhận hôm nay. "
            "↓ chọn trong danh sách chờ trả. Nhấn Esc để xóa và tiếp công dân khác."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #595959;")

        self.ready = ReadyList(self._ctx, self._tasks, self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.ready, 1)
        layout.addWidget(self.body, 1)

    def _on_card_scan_requested(self, code: str) -> None:
        """F6 or the card's button: scan (số hóa) the components of the dossier on the card."""
        if not code:
            return
        from counter_app.ui.scanning.dialog import open_scan_dialog
        dialog = open_scan_dialog(self, self._ctx, self._tasks, code)
        dialog.panel.sig_attached.connect(lambda done: self._lookup(done, True))

    # ------------------------------------------------------------------ interface
    @property
    def dossier(self) -> Dossier | None:
        return self._dossier

    def focus_first(self) -> None:
        self.code_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_edit.selectAll()

    def open_code(self, code: str) -> None:
        """Look the dossier up in the background and show it (the slip's barcode, a search row)."""
        code = "".join(code.split())  # scanners may add CR/LF or spaces; a code has none
        if not code:
            return
        self.code_edit.setText(code)
        self._set_message(self.tr("Đang tìm hồ sơ %s…") % code, "")
        self._lookup(code, keep_message=False)

    def _lookup(self, code: str, keep_message: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._tasks.run(queries.lookup_code, self._ctx, code,
                        on_done=lambda found: self._on_lookup_done(generation, found, keep_message),
                        on_error=lambda exc: self._on_lookup_error(generation, exc))

    def set_context(self, ctx: ServiceContext) -> None:
        """A new snapshot (enrollment or a sync changed the device or reference data)."""
        self._ctx = ctx
        self.ready.set_context(ctx)

    def refresh(self) -> None:
        """Reload the ready list (a result became ready, or one was handed back)."""
        self.ready.refresh()

    def fill_identity(self, id_number: str, full_name: str = "") -> bool:
        """A CCCD read by the scanner while a ready dossier is open: fill the recipient's fields.

        The main window calls this when the wedge recognises a CCCD QR here; False when there
        is no hand-back form to fill (the scan is then the window's to handle).
        """
        if self._dossier is None or not self.recipient.isVisible():
            return False
        r = self.recipient
        if r.kind() == "authorized":
            r.auth_id.edit.setText(id_number.strip())
            if full_name.strip():
                r.auth_name.edit.setText(full_name.strip())
            r.auth_doc.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            r.set_kind("applicant")
            r.applicant_id.edit.setText(id_number.strip())
            r.applicant_id.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear(self) -> None:
        """Forget the card (Esc) and wait for the next citizen's slip."""
        self._generation += 1
        self._dossier = None
        self._show_list()
        self.recipient.confirm.setEnabled(False)
        self._set_message("", "")
        self.code_edit.clear()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ showing
    def _show(self, d: Dossier) -> None:
        self._dossier = d
        now = self._ctx.now()
        self.card.show_dossier(d, now)
        ready = d.status is Status.RESULT_READY
        self.recipient.setVisible(ready)
        self.progress.setVisible(not ready)
        if ready:
            self.recipient.start(d)
        else:
            self.recipient.confirm.setEnabled(False)
            self.progress.show_dossier(d, now)
        self.hint.setVisible(False)
        self.ready.setVisible(False)
        self.body.setVisible(True)
        if ready:
            self.recipient.focus_first()
        else:
            self.focus_first()

    def _show_list(self) -> None:
        self.body.setVisible(False)
        self.hint.setVisible(True)
        self.ready.setVisible(True)
        self.ready.refresh()

    def _set_message(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ slots
    def _on_code_edit_return(self) -> None:
        self.open_code(self.code_edit.text())

    def _on_lookup_done(self, generation: int, found: queries.CodeLookup,
                        keep_message: bool = False) -> None:
        if generation != self._generation:
            return
        d = found.dossier
        if d is None:
            self._dossier = None
            self._show_list()
            text = self.tr("Không tìm thấy hồ sơ có mã %s. Hãy kiểm tra lại mã trên phiếu hẹn.") \
                % found.code
            self._set_message(text, ERROR_STYLE)
            self.sig_message.emit(text)
            self.focus_first()
            return
        self.code_edit.setText(d.code)
        if not keep_message:
            self._set_message("", "")
            # Replaces whatever the status bar said before (a "not found" of a mistyped code).
            self.sig_message.emit(self.tr("Đã mở hồ sơ %s.") % d.code)
        self._show(d)

    def _on_lookup_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, CodeError):  # not a form of a dossier code: say which forms are
            self._set_message(error_text(exc), ERROR_STYLE)
            self.sig_message.emit(error_text(exc))
            self.focus_first()
            return
        text = self.tr("Không mở được hồ sơ: %s") % error_text(exc)
        self._set_message(text, ERROR_STYLE)
        self.sig_message.emit(text)

    def _on_recipient_confirm(self) -> None:
        d = self._dossier
        if d is None or self._saving or d.status is not Status.RESULT_READY \
                or not self.recipient.isVisible() or not self.recipient.confirm.isEnabled():
            return
        self._saving = True
        self.recipient.set_busy(True)
        self.recipient.set_general_error("")
        generation, who = self._generation, self.recipient.kind()
        self._tasks.run(returns.return_result, self._ctx, d.code, self.recipient.recipient(),
                        write=True, on_done=lambda done: self._on_return_done(generation, who, done),
                        on_error=lambda exc: self._on_return_error(generation, exc))

    def _on_return_done(self, generation: int, who: str, d: Dossier) -> None:
        self._saving = False
        current = generation == self._generation  # not if the clerk has already moved on
        if current:
            self._show(d)
        text = {
            "applicant": self.tr("Đã trả kết quả hồ sơ %s cho người nộp hồ sơ."),
            "authorized": self.tr("Đã trả kết quả hồ sơ %s cho người được ủy quyền."),
            "post": self.tr("Đã ghi nhận gửi kết quả hồ sơ %s qua bưu chính."),
        }[who] % d.code
        self.ready.refresh()  # it is no longer waiting
        if current:
            self._generation += 1
            self.code_edit.clear()
            self.focus_first()  # the next citizen's slip
            self._set_message(text, OK_STYLE)
        self.sig_message.emit(text)
        self.sig_dossier_saved.emit(d.code)
        if who != "post" and self.offer_rating:  # the citizen is at the counter: ask them
            self._offer_rating(d.code)

    def _offer_rating(self, code: str) -> None:
        from counter_app.ui.rating import open_rating_dialog
        self.rating_dialog = open_rating_dialog(self, self._ctx, self._tasks, code)
        self.rating_dialog.sig_message.connect(self.sig_message)
        self.rating_dialog.finished.connect(self._on_rating_dialog_finished)

    def _on_rating_dialog_finished(self, _result: int) -> None:
        self.window().activateWindow()  # back to the clerk: the next citizen's slip
        self.focus_first()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._dossier is None:
            self.ready.refresh()  # results became ready while the clerk was elsewhere

    def _on_return_error(self, generation: int, exc: BaseException) -> None:
        self._saving = False
        self.recipient.set_busy(False)
        if generation != self._generation:  # another dossier is on screen: say it, touch nothing
            self.sig_message.emit(self.tr("Không lưu được việc trả kết quả: %s") % error_text(exc))
            return
        if isinstance(exc, IntakeError):
            self.recipient.show_errors(exc.errors)
            self.sig_message.emit(self.tr("Chưa lưu: hãy sửa các ô báo lỗi."))
            return
        message = error_text(exc)
        text = self.tr("Không lưu được việc trả kết quả: %s") % message
        self._set_message(text, ERROR_STYLE)
        self.sig_message.emit(text)
        if self._dossier is not None:  # someone else may have changed it: show it as it is now
            self._lookup(self._dossier.code, keep_message=True)
