"""The login dialog: clerk name and password, checked off the GUI thread against the local verifier."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from counter_app.services import sync_setup
from counter_app.services.auth import Clerk
from counter_app.services.sync_setup import OnlineLogin
from counter_app.services.context import ServiceContext
from counter_app.ui.login.messages import login_error_text
from counter_app.ui.tasks import TaskRunner


class LoginDialog(QDialog):
    """Accepts with `clerk` set once the password checks out; shows why when it does not."""

    sig_failed = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self.clerk: Clerk | None = None
        self.offline_reason = ""  # why the password was checked only at this counter
        self.setWindowTitle(self.tr("Đăng nhập — Bộ phận một cửa"))
        self.setMinimumWidth(380)
        unit = QLabel(f"<b>{ctx.device.unit_name}</b><br>"
                      + self.tr("Quầy số {n}").format(n=ctx.device.counter_no))
        unit.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Tên đăng nhập:"), self.username)
        form.addRow(self.tr("&Mật khẩu:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng nhập"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_ok_clicked(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self._show_error(self.tr("Nhập tên đăng nhập và mật khẩu."))
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Đang kiểm tra…"))
        # Online with the provincial system when the PC is enrolled and the link is up; otherwise
        # against the verifier kept at this counter (offline login).
        self._tasks.run(sync_setup.login_online, self._ctx.store, None, name, password,
                        now=self._ctx.clock, on_done=self._on_login_done,
                        on_error=self._on_login_error, write=True)

    def _on_login_done(self, result: OnlineLogin) -> None:
        self.clerk = result.clerk
        self.offline_reason = "" if result.online else result.message
        self.accept()

    def _on_login_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        message = login_error_text(exc)
        self.password.clear()
        self.password.setFocus()
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.sig_failed.emit(message)
