"""How long ago something happened, as a clerk reads it ("vừa xong", "5 phút", "2 giờ 10 phút")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def duration_text(seconds: float) -> str:
    """A duration rounded down to its largest unit: seconds, minutes, hours, days (compact)."""
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("Age", "{n} giây").format(n=s)
    if s < 3600:
        return QCoreApplication.translate("Age", "{n} phút").format(n=s // 60)
    if s < 86400:
        return QCoreApplication.translate("Age", "{h} giờ").format(h=s // 3600)
    return QCoreApplication.translate("Age", "{n} ngày").format(n=s // 86400)


def ago_text(then: datetime | None, now: datetime) -> str:
    """"12 giây trước", "3 phút trước" …; "chưa lần nào" when it never happened."""
    if then is None:
        return QCoreApplication.translate("Age", "chưa lần nào")
    seconds = (now - then).total_seconds()
    if seconds < 10:
        return QCoreApplication.translate("Age", "vừa xong")
    return QCoreApplication.translate("Age", "{duration} trước").format(duration=duration_text(seconds))
