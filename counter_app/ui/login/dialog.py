"""The login dialog: clerk name and password, checked off the GUI thread against the local verifier.

It is the first window the desk paints, before the store is open (the composition root opens it
behind the dialog and hands it over with `set_context`): the clerk types meanwhile, and a login
asked for before the store is open is checked as soon as it is. So this module imports only Qt;
the services are loaded on the task runner's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import message_text

if TYPE_CHECKING:
    from datetime import datetime

    from counter_app.services.auth import Clerk
    from counter_app.services.context import ServiceContext, Store
    from counter_app.services.sync_setup import OnlineLogin


def check_login(store: Store, name: str, password: str,
                now: Callable[[], datetime]) -> OnlineLogin:
    """On the task runner: online with the provincial system when the PC is enrolled and the
    link is up; otherwise against the verifier kept at this counter (offline login)."""
    from counter_app.services import sync_setup

    return sync_setup.login_online(store, None, name, password, now=now)


class LoginDialog(QDialog):
    """Accepts with `clerk` set once the password checks out; shows why when it does not."""

    sig_failed = Signal(str)

    def __init__(self, ctx: ServiceContext | None, tasks: TaskRunner, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self._asked: tuple[str, str] | None = None  # a login asked for before the store opened
        self.clerk: Clerk | None = None
        self.offline_reason = ""  # why the password was checked only at this counter
        self.setMinimumWidth(380)
        self.unit = QLabel()
        self.unit.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self._username_label, self._password_label = QLabel(), QLabel()
        self._username_label.setBuddy(self.username)
        self._password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self._username_label, self.username)
        form.addRow(self._password_label, self.password)
        # Own buttons, not standard ones: a language change would reset a standard one's text.
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._retranslate()
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def ready(self) -> bool:
        """The store is open: a login can be checked."""
        return self._ctx is not None

    def set_context(self, ctx: ServiceContext) -> None:
        """The store is open; a login the clerk already asked for is checked now."""
        self._ctx = ctx
        self._show_unit()
        if self._asked is not None:
            self._check(*self._asked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # The counter's language is known once the store is open: the dialog, already shown in
        # Vietnamese, follows the translator installed then.
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đăng nhập — Bộ phận một cửa"))
        self._username_label.setText(self.tr("&Tên đăng nhập:"))
        self._password_label.setText(self.tr("&Mật khẩu:"))
        self.ok_button.setText(self.tr("Đăng nhập"))
        self.quit_button.setText(self.tr("Thoát"))
        self._show_unit()
        if self._asked is not None:
            self.error.setText(self._opening_text())

    def _show_unit(self) -> None:
        if self._ctx is None:
            self.unit.setText(self.tr("Đang mở dữ liệu của quầy…"))
        else:
            device = self._ctx.device
            self.unit.setText(f"<b>{device.unit_name}</b><br>"
                              + self.tr("Quầy số {n}").format(n=device.counter_no))

    def _opening_text(self) -> str:
        return self.tr("Đang mở dữ liệu của quầy; sẽ đăng nhập ngay khi mở xong…")

    def _on_ok_clicked(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self._show_error(self.tr("Nhập tên đăng nhập và mật khẩu."))
            return
        self.buttons.setEnabled(False)
        if self._ctx is None:
            self._asked = (name, password)
            self.error.setText(self._opening_text())
            return
        self._check(name, password)

    def _check(self, name: str, password: str) -> None:
        assert self._ctx is not None
        self._asked = None
        self.error.setText(self.tr("Đang kiểm tra…"))
        self._tasks.run(check_login, self._ctx.store, name, password, self._ctx.clock,
                        on_done=self._on_login_done, on_error=self._on_login_error, write=True)

    def _on_login_done(self, result: OnlineLogin) -> None:
        self.clerk = result.clerk
        self.offline_reason = "" if result.online or result.note is None else message_text(result.note)
        self.accept()

    def _on_login_error(self, exc: BaseException) -> None:
        from counter_app.ui.login.messages import login_error_text

        self.buttons.setEnabled(True)
        message = login_error_text(exc)
        self.password.clear()
        self.password.setFocus()
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.sig_failed.emit(message)
