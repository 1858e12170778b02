"""The intake's duplicate warning: the person's open dossiers and those filed today, same procedure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.services.queries import Duplicates


def duplicate_warning(found: object) -> str:
    """The banner's text ("" when there is nothing to warn about); the clerk may still receive."""
    if not isinstance(found, Duplicates):
        return ""
    lines = []
    if found.open_codes:
        lines.append(QCoreApplication.translate(
            "IntakeSlice",
            "Lưu ý: người nộp đang có hồ sơ chưa giải quyết xong cho cùng thủ tục: {codes}."
        ).format(codes=", ".join(found.open_codes)))
    if found.today:
        filed = ", ".join(QCoreApplication.translate("IntakeSlice", "{code} lúc {time}").format(
            code=code, time=at.strftime("%H:%M")) for code, at in found.today)
        lines.append(QCoreApplication.translate(
            "IntakeSlice",
            "Lưu ý: hôm nay người nộp đã nộp hồ sơ cùng thủ tục tại đơn vị: {filed}. "
            "Kiểm tra để tránh tiếp nhận trùng; vẫn có thể tiếp nhận tiếp."
        ).format(filed=filed))
    return "\n".join(lines)
