"""Vietnamese messages (translated) for why a scan or an import stopped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.services.scanners import model


def _texts() -> dict[str, str]:
    return {
        model.JAMMED: QCoreApplication.translate(
            "ScanMessages", "Kẹt giấy trong khay nạp. Gỡ tờ bị kẹt, đặt lại các trang chưa quét "
            "rồi nhấn Quét tiếp."),
        model.NO_DOCS: QCoreApplication.translate(
            "ScanMessages", "Khay nạp giấy trống. Đặt giấy vào khay (mặt cần quét theo hướng dẫn "
            "trên máy) rồi nhấn Quét."),
        model.COVER_OPEN: QCoreApplication.translate(
            "ScanMessages", "Nắp máy quét đang mở. Đóng nắp rồi nhấn Quét tiếp."),
        model.UNPLUGGED: QCoreApplication.translate(
            "ScanMessages", "Mất kết nối với máy quét (cáp USB hoặc mạng). Kiểm tra dây, bật máy "
            "rồi nhấn Quét tiếp."),
        model.BUSY: QCoreApplication.translate(
            "ScanMessages", "Máy quét đang bận với máy tính khác. Chờ một lát rồi nhấn Quét."),
        model.DENIED: QCoreApplication.translate(
            "ScanMessages", "Máy tính không được phép dùng máy quét này. Liên hệ quản trị."),
        model.NOT_FOUND: QCoreApplication.translate(
            "ScanMessages", "Không tìm thấy máy quét đã chọn. Kiểm tra máy đã bật và cắm cáp, "
            "rồi nhấn Tìm máy quét."),
        model.NO_DRIVER: QCoreApplication.translate(
            "ScanMessages", "Máy tính này chưa cài trình điều khiển máy quét."),
        model.TOO_LARGE: QCoreApplication.translate(
            "ScanMessages", "Ảnh quá lớn so với một trang giấy (có thể là tệp độc hại): không "
            "nhận tệp này."),
        model.UNREADABLE: QCoreApplication.translate(
            "ScanMessages", "Tệp bị hỏng hoặc chưa ghi xong, hoặc không phải PDF/JPEG/PNG/TIFF: "
            "không nhận tệp này."),
        model.NOT_A_SCAN: QCoreApplication.translate(
            "ScanMessages", "Tệp PDF này không phải bản quét (không có một ảnh cho mỗi trang): "
            "không nhận tệp này."),
    }


def scan_error_text(error: model.ScanError, pages_kept: int) -> str:
    """What the clerk reads; it always says the pages already scanned are kept."""
    text = _texts().get(error.kind) or QCoreApplication.translate(
        "ScanMessages", "Máy quét báo lỗi: %s") % (error.detail or error.kind)
    if pages_kept:
        text += " " + QCoreApplication.translate(
            "ScanMessages", "Các trang đã quét trước đó vẫn được giữ (%s trang).") % pages_kept
    return text
