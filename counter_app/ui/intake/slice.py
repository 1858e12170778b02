"""The intake slice (tiếp nhận): the clerk's form for one citizen and its three outcomes."""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QWidget

from counter_app.core.dossier import Status
from counter_app.core.identity import CccdCard
from counter_app.core.intake import IntakeDraft, IntakeError, draft_errors
from counter_app.services import intake, preferences
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.services.intake import IntakeResult
from counter_app.services.preferences import Preferences
from counter_app.ui.intake import draft_codec as codec
from counter_app.ui.intake.applicant_form import ApplicantForm
from counter_app.ui.intake.background import DraftAutosave, DuplicateWatch, guarded
from counter_app.ui.intake.duplicates import duplicate_warning
from counter_app.ui.intake.common import Banner, button
from counter_app.ui.intake.components_table import ComponentsPanel
from counter_app.ui.intake.error_routing import ErrorRouter
from counter_app.ui.intake.layout import apply_tab_order, arrange, focus_chain
from counter_app.ui.intake.options_panel import OptionsPanel
from counter_app.ui.intake.outcome_dialogs import RefusalDialog, SupplementDialog
from counter_app.ui.intake.procedure_fields import ProcedureFieldsPanel
from counter_app.ui.intake.procedure_picker import ProcedurePicker
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text, message_text

log = logging.getLogger(__name__)


class IntakeSlice(QWidget):
    """Applicant and procedure on the left, components and options on the right, outcomes below."""

    sig_dossier_saved = Signal(str)  # code, after receive / supplement request / refusal
    sig_slip_ready = Signal(object)  # IntakeResult after Receive: print the slip (Mẫu 01)
    sig_notice_ready = Signal(object)  # IntakeResult of a Mẫu 02 or Mẫu 03, for printing
    sig_message = Signal(str)  # a short status-bar message
    sig_draft_saved = Signal()  # the autosaved draft reached the disk
    sig_draft_restored = Signal(bool)  # the saved draft was read: whether one was brought back

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._prefs = ctx, tasks, prefs
        self._usage: dict[str, int] = {}
        self._saving = False
        self._checked_id = ""
        self._dialog: QDialog | None = None
        self._outcome: tuple[str, str, str] | None = None  # code, banner kind, text
        self._autosave = DraftAutosave(ctx, tasks, self.form_state, self)
        self._duplicates = DuplicateWatch(ctx, tasks, self)
        self.result_banner = Banner(self, large=True)
        self.result_banner.setObjectName("result_banner")
        self.duplicate_banner = Banner(self)
        self.duplicate_banner.setObjectName("duplicate_banner")
        self.error_banner = Banner(self)
        self.error_banner.setObjectName("error_banner")
        self.applicant = ApplicantForm(lambda: self._ctx.now().date(), self)
        self.picker = ProcedurePicker(ctx.catalog, self)
        self.proc_fields = ProcedureFieldsPanel(self)
        self.components = ComponentsPanel(self)
        self.options = OptionsPanel(self)
        self.supplement_button = button(self, self.tr("Yêu cầu bổ sung (Ctrl+B)"), "supplement")
        self.refuse_button = button(self, self.tr("Từ chối (Ctrl+R)"), "refuse")
        self.receive_button = button(self, self.tr("Tiếp nhận (Ctrl+Enter)"), "receive")
        self.receive_button.setDefault(True)
        self.clear_button = button(self, self.tr("Xóa trắng biểu mẫu (Ctrl+N)"), "clear_form")
        self.clear_action = QAction(self.tr("Xóa trắng biểu mẫu"), self)
        self.clear_action.setObjectName("clear_form_action")
        self.clear_action.setShortcut(QKeySequence("Ctrl+N"))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.clear_action)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_label = QLabel(self)
        arrange(self)
        self._errors = ErrorRouter(self.applicant, self.picker, self.proc_fields, self.components,
                                   self.options, lambda: focus_chain(self))
        self._set_saving(False)
        self._connect()
        self._apply_order()
        tasks.run(preferences.usage_counts, ctx, on_done=guarded(self, self._on_usage_loaded))

    def _connect(self) -> None:
        receive = self.tr("Tiếp nhận hồ sơ và in phiếu hẹn (Mẫu 01)")
        for keys, slot, what in (
                ("Ctrl+Return", self._on_receive, receive), ("Ctrl+Enter", self._on_receive, receive),
                ("Ctrl+B", self._on_supplement, self.tr("Yêu cầu bổ sung hồ sơ (Mẫu 02)")),
                ("Ctrl+R", self._on_refuse, self.tr("Từ chối tiếp nhận (Mẫu 03)")),
                ("F6", self._on_scan_requested,
                 self.tr("Quét, số hóa thành phần của hồ sơ vừa lưu"))):
            add_shortcut(self, keys, slot, what)
        self.receive_button.clicked.connect(self._on_receive)
        self.supplement_button.clicked.connect(self._on_supplement)
        self.refuse_button.clicked.connect(self._on_refuse)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.clear_action.triggered.connect(self._on_clear_clicked)
        self.proc_fields.sig_rebuilt.connect(lambda: apply_tab_order(self))
        for changed in (self.applicant.sig_changed, self.picker.sig_changed,
                        self.proc_fields.sig_changed, self.components.sig_changed,
                        self.options.sig_changed):
            changed.connect(self._autosave.schedule)
        self._autosave.sig_saved.connect(self.sig_draft_saved)
        self._autosave.sig_failed.connect(self._on_autosave_failed)
        self._duplicates.sig_found.connect(self._on_duplicates_found)
        self.applicant.sig_id_checked.connect(self._on_applicant_id_checked)
        self.picker.sig_picked.connect(self._on_picker_picked)
        self.options.return_method.currentIndexChanged.connect(self._on_return_method_changed)

    # ------------------------------------------------------------ public API
    def fill_from_cccd(self, card: CccdCard) -> None:
        """A scanned CCCD fills the applicant; the next keys pick the procedure."""
        self.applicant.fill_from_card(card)
        if card.old_id_number:
            self.options.add_note(self.tr("Số CMND cũ: {number}").format(
                number=card.old_id_number))
        self.sig_message.emit(self.tr("Đã điền thông tin người nộp từ mã QR của thẻ CCCD."))
        if self.picker.code():
            self._focus_after_pick()
        else:
            self.picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.picker.open_popup()

    def focus_first(self) -> None:
        self.applicant.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.applicant.name_edit.selectAll()

    def restore_draft(self) -> None:
        """Bring back the intake a crash interrupted, once its read (task runner) answers.

        `sig_draft_restored(True)` when there was one. The GUI thread does not wait for it.
        """
        self._autosave.load(self._on_draft_loaded)

    def _on_draft_loaded(self, state: dict[str, Any] | None) -> None:
        if state is not None and not codec.is_blank(self.form_state()):
            log.warning("the clerk typed before the saved draft was read: keeping the typing")
            state = None
        if state is not None:
            self._apply_state(state)
            self.sig_message.emit(self.tr("Đã khôi phục hồ sơ đang nhập dở."))
        self.sig_draft_restored.emit(state is not None)

    def set_context(self, ctx: ServiceContext) -> None:
        """A new snapshot (enrollment or a sync changed the device or reference data)."""
        self._ctx = ctx
        self.picker.set_catalog(ctx.catalog)
        self._apply_order()

    def set_preferences(self, prefs: Preferences) -> None:
        """The settings slice changed the favourites: re-order the procedure list."""
        self._prefs = prefs
        self._apply_order()

    def flush_draft(self) -> None:
        """Save a pending draft now (the window is closing)."""
        self._autosave.flush()

    def form_state(self) -> dict[str, Any]:
        """What the form holds, as the draft stores it."""
        return {"version": codec.VERSION, "applicant": self.applicant.state(),
                "procedure": self.picker.state(), "components": self.components.state(),
                "options": self.options.state(), "fields": self.proc_fields.state()}

    # ---------------------------------------------------------------- outcomes
    def _on_receive(self) -> None:
        draft = self._prepare_draft(require_complete=True)
        if draft is not None:
            self._save(self.tr("Đang tiếp nhận hồ sơ…"), intake.receive_dossier, draft,
                       on_done=self._on_saved)

    def _on_supplement(self) -> None:
        if self._prepare_draft(require_complete=False) is None:
            return
        self._open_dialog(SupplementDialog(self.applicant.name_edit.text(),
                                           self.picker.edit.text(),
                                           self.components.missing_required(), self))

    def _on_refuse(self) -> None:
        if self._prepare_draft(require_complete=False) is None:
            return
        self._open_dialog(RefusalDialog(self.applicant.name_edit.text(),
                                        self.picker.edit.text(), self))

    def _open_dialog(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.setObjectName("outcome_dialog")
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        accepted = result == QDialog.DialogCode.Accepted
        draft = self._prepare_draft(require_complete=False) if accepted else None
        if draft is None:
            return
        if isinstance(dialog, SupplementDialog):
            self._save(self.tr("Đang lưu phiếu yêu cầu bổ sung…"), intake.request_supplement,
                       draft, dialog.missing_items(), dialog.reason_text(),
                       dialog.guidance_text(), on_done=self._on_saved)
        elif isinstance(dialog, RefusalDialog):
            self._save(self.tr("Đang lưu phiếu từ chối…"), intake.refuse_dossier, draft,
                       dialog.reason_text(), on_done=self._on_saved)

    def _prepare_draft(self, *, require_complete: bool) -> IntakeDraft | None:
        """The draft to submit, or None when it breaks a rule: then every broken rule is shown
        under its field at once, and the first of those fields (in form order) has the focus."""
        if self._saving or self._dialog is not None:
            return None
        self.components.view.commit_open_editor()
        state = self.form_state()
        draft = codec.to_draft(state, lenient=True)
        pairs: list[tuple[str, str]] = []
        born = codec.birth_date_error(state)
        if born is not None:
            pairs.append(("applicant.birth_date", self.applicant.birth_date_message(born)))
        for e in draft_errors(draft, self.picker.procedure(), self._ctx.now().date(),
                              require_complete=require_complete):
            message = message_text(e.msg)
            if e.field == "procedure_code" and e.rule == "required":
                message = self.tr("Chưa chọn thủ tục hành chính.")
            pairs.append((e.field, message))
        self._errors.clear()
        self.error_banner.clear_message()
        if not pairs:
            return draft
        leftover = self._errors.show(pairs)
        if leftover:
            self.error_banner.show_message("error", "\n".join(leftover))
        self.sig_message.emit(self.tr("Hồ sơ chưa lưu được: xem các dòng báo lỗi màu đỏ."))
        return None

    def _save(self, busy_text: str, fn: Callable[..., IntakeResult], *args: Any,
              on_done: Callable[[IntakeResult], None]) -> None:
        self._set_saving(True, busy_text)
        self._tasks.run(fn, self._ctx, *args, write=True, on_done=guarded(self, on_done),
                        on_error=guarded(self, self._on_save_failed))

    def _on_saved(self, result: IntakeResult) -> None:
        """The outcome is stored: say so on top, hand it to printing, clear for the next one."""
        self._set_saving(False)
        if result.status == Status.RECEIVED:
            due = result.appointment_at.strftime("%H:%M %d/%m/%Y") if result.appointment_at else "—"
            kind, text = "success", self.tr("Đã tiếp nhận hồ sơ {code} · Hẹn trả {appointment}")
            text = text.format(code=result.code, appointment=due)
        elif result.status == Status.REFUSED:
            kind, text = "info", self.tr("Đã lưu phiếu từ chối tiếp nhận hồ sơ {code} (Mẫu 03).")
            text = text.format(code=result.code)
        else:
            kind, text = "info", self.tr("Đã lưu phiếu yêu cầu bổ sung hồ sơ {code} (Mẫu 02).")
            text = text.format(code=result.code)
        self.result_banner.show_message(kind, text)
        self._outcome = (result.code, kind, text)
        self.sig_message.emit(text)
        self._reset_for_next()
        if result.status == Status.RECEIVED:
            self.sig_slip_ready.emit(result)
        else:
            self.sig_notice_ready.emit(result)
        self.sig_dossier_saved.emit(result.code)

    def _on_scan_requested(self) -> None:
        """F6: scan (số hóa) the components of the dossier just saved."""
        if self._outcome is None:
            self.sig_message.emit(self.tr("Lưu hồ sơ trước, rồi nhấn F6 để quét các thành phần."))
            return
        from counter_app.ui.scanning.dialog import open_scan_dialog
        open_scan_dialog(self, self._ctx, self._tasks, self._outcome[0])

    def show_print_outcome(self, code: str, why: str) -> None:
        """The outcome banner of `code` says whether its form reached the printer, and if not,
        why and the keys that print, preview or save it."""
        if self._outcome is None or self._outcome[0] != code:
            return  # the banner already shows a later dossier
        _code, kind, text = self._outcome
        if not why:
            self.result_banner.show_message(kind, text + " · " + self.tr("Đã in phiếu."))
            return
        self.result_banner.show_message("warning", "\n".join((
            text, self.tr("CHƯA IN được phiếu: {why}").format(why=why),
            self.tr("Ctrl+P: in lại · Ctrl+Shift+P: xem trước khi in · "
                    "Ctrl+Shift+S: lưu phiếu thành PDF"))))

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, IntakeError):
            pairs = [(e.field, message_text(e.msg)) for e in exc.errors]
        elif isinstance(exc, ServiceError):
            pairs = [(exc.field, error_text(exc))]
        else:
            log.error("saving the intake failed", exc_info=exc)
            pairs = [("", self.tr("Không lưu được hồ sơ: {error}").format(error=error_text(exc)))]
        leftover = self._errors.show(pairs)
        if leftover:
            self.error_banner.show_message("error", "\n".join(leftover))
        self.sig_message.emit(self.tr("Hồ sơ chưa lưu được: xem các dòng báo lỗi màu đỏ."))

    def _set_saving(self, on: bool, text: str = "") -> None:
        self._saving = on
        for push in (self.receive_button, self.supplement_button, self.refuse_button,
                     self.clear_button):
            push.setEnabled(not on)
        self.busy_bar.setVisible(on)
        self.busy_label.setText(text)
        self.busy_label.setVisible(on)

    # ------------------------------------------------------------ form events
    def _on_picker_picked(self, code: str) -> None:
        proc = self._ctx.catalog.get(code)
        self.proc_fields.set_procedure(proc)
        self.components.set_procedure(proc)
        self.options.set_procedure(proc)
        self._check_duplicates()
        self._focus_after_pick()

    def _focus_after_pick(self) -> None:
        target = self.proc_fields.first_editor() or self.options.first_quantity()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)  # selects the value: typing replaces
        else:
            self.components.focus_first_count()

    def _on_applicant_id_checked(self, id_number: str) -> None:
        self._checked_id = id_number
        self._check_duplicates()

    def _on_return_method_changed(self, _index: int) -> None:
        if self.options.return_method.currentData() == "post":
            self.options.prefill_return_address(self.applicant.address_edit.text())

    def _on_clear_clicked(self) -> None:
        self._reset_for_next()
        self.sig_message.emit(self.tr("Đã xóa trắng biểu mẫu."))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter that no field used moves on, like Tab: the clerk's hands stay on the keys.
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    # --------------------------------------------------------- duplicates, order
    def _check_duplicates(self) -> None:
        self._duplicates.check(self._checked_id, self.picker.code())

    def _on_duplicates_found(self, found: object) -> None:
        text = duplicate_warning(found)
        if text:
            self.duplicate_banner.show_message("warning", text)
        else:
            self.duplicate_banner.clear_message()

    def _apply_order(self) -> None:
        codes = preferences.ordered_procedures(self._ctx, self._prefs, self._usage)
        self.picker.set_order(codes, set(self._prefs.favourites))

    def _on_usage_loaded(self, usage: dict[str, int]) -> None:
        self._usage = usage
        self._apply_order()

    # ------------------------------------------------------------------ drafts
    def _on_autosave_failed(self) -> None:
        self.sig_message.emit(self.tr("Không tự lưu được bản nháp của hồ sơ đang nhập."))

    def _apply_state(self, state: dict[str, Any]) -> None:
        self._autosave.suspended = True
        try:
            self.applicant.set_state(state["applicant"])
            self.picker.set_state(state["procedure"])
            proc = self.picker.procedure()
            self.proc_fields.set_procedure(proc)
            self.proc_fields.set_state(state["fields"])
            self.components.set_state(state["components"] if proc is not None else [])
            self.options.set_state(state["options"], proc)
            self._errors.clear()
        finally:
            self._autosave.suspended = False
        self.applicant.check_all()
        self._check_duplicates()

    def _reset_for_next(self) -> None:
        """A clean form for the next citizen; the draft of the last one is dropped."""
        self._apply_state(codec.empty_state())
        self._checked_id = ""
        self._check_duplicates()
        self._autosave.discard()
        self.focus_first()
