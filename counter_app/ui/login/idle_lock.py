"""Locks the screen after an idle time; the form underneath is kept and comes back on unlock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counter_app.services import auth
from counter_app.services.auth import Clerk
from counter_app.services.context import ServiceContext
from counter_app.ui.login.messages import login_error_text
from counter_app.ui.tasks import TaskRunner

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Application event filter: any input restarts a single-shot timer; its timeout is idleness."""

    sig_idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sig_idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * 60_000)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT:
            self._timer.start()
        return False


class LockOverlay(QFrame):
    """Covers the window's content; only the clerk's password (or another login) opens it."""

    sig_unlocked = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self.clerk: Clerk | None = None
        self.setObjectName("lockOverlay")
        # Opaque: a locked screen must not show the citizen's data behind it.
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockOverlay { background: rgb(30, 40, 60); }"
                           "QLabel { color: white; font-size: 16px; }")
        self.title = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setFixedWidth(300)
        self.password.returnPressed.connect(self._on_password_return_pressed)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #ffb4b4;")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        button = QPushButton(self.tr("Mở khóa"))
        button.setFixedWidth(300)
        button.clicked.connect(self._on_password_return_pressed)
        box = QVBoxLayout(self)
        box.addStretch(1)
        for w in (self.title, self.password, button):
            box.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        # Full width, centred text: an aligned item would not get the height its wrapped lines need.
        box.addWidget(self.error)
        box.addStretch(2)
        self.hide()

    def lock(self, clerk: Clerk) -> None:
        self.clerk = clerk
        self.title.setText(self.tr("Màn hình đã khóa. {name}, nhập mật khẩu để tiếp tục.")
                           .format(name=clerk.full_name))
        self.error.clear()
        self.password.clear()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.password.setFocus()

    def _on_password_return_pressed(self) -> None:
        if self.clerk is None or not self.password.text():
            return
        self._tasks.run(auth.login, self._ctx.store, self.clerk.username, self.password.text(),
                        self._ctx.now(), on_done=self._on_unlock_done,
                        on_error=self._on_unlock_error, write=True)

    def _on_unlock_done(self, _clerk: Clerk) -> None:
        self.hide()
        self.sig_unlocked.emit()

    def _on_unlock_error(self, exc: BaseException) -> None:
        self.password.clear()
        self.error.setText(login_error_text(exc, password_only=True))
