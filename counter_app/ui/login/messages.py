"""Words for a refused login, fitted to the screen that asked: the login dialog or the lock screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.core.timeutil import to_vn
from counter_app.services.auth import LOCK_FOR, LoginError
from counter_app.ui.messages import error_text


def login_error_text(exc: BaseException, password_only: bool = False) -> str:
    """The clerk-facing sentence for `exc`; `password_only` on the lock screen (no name asked)."""
    if not isinstance(exc, LoginError):
        return QCoreApplication.translate(
            "LoginMessages", "Không kiểm tra được mật khẩu: {e}").format(e=error_text(exc))
    if exc.rule == "locked":
        if exc.locked_until is None:  # the central service's own words
            return error_text(exc)
        return QCoreApplication.translate(
            "LoginMessages", "Tài khoản đã bị tạm khóa vì nhập sai mật khẩu nhiều lần. "
            "Mở khóa lúc {time}.").format(time=f"{to_vn(exc.locked_until):%H:%M}")
    if password_only:
        text = QCoreApplication.translate("LoginMessages", "Sai mật khẩu.")
    else:
        text = QCoreApplication.translate("LoginMessages", "Sai tên đăng nhập hoặc mật khẩu.")
    if exc.attempts_left == 1:
        minutes = int(LOCK_FOR.total_seconds() // 60)
        text += " " + QCoreApplication.translate(
            "LoginMessages", "Còn 1 lần thử: nhập sai lần nữa, tài khoản sẽ bị tạm khóa "
            "{minutes} phút.").format(minutes=minutes)
    return text
