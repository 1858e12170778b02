"""Vietnamese messages (translated) for why a scan or an import stopped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.scanning import model


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScanMessages", text)


def scan_error_text(error: model.ScanError, pages_kept: int) -> str:
    """What the clerk reads; it always says the pages already scanned are kept."""
    texts = {
        model.JAMMED: _tr("Kẹt giấy trong khay nạp. Gỡ tờ bị kẹt, đặt lại các trang chưa quét rồi "
                          "nhấn Quét tiếp."),
        model.NO_DOCS: _tr("Khay nạp giấy trống. Đặt giấy vào khay (mặt cần quét theo hướng dẫn "
                           "trên máy) rồi nhấn Quét."),
        model.COVER_OPEN: _tr("Nắp máy quét đang mở. Đóng nắp rồi nhấn Quét tiếp."),
        model.UNPLUGGED: _tr("Mất kết nối với máy quét (cáp USB hoặc mạng). Kiểm tra dây, bật máy "
                             "rồi nhấn Quét tiếp."),
        model.BUSY: _tr("Máy quét đang bận với máy tính khác. Chờ một lát rồi nhấn Quét."),
        model.DENIED: _tr("Máy tính không được phép dùng máy quét này. Liên hệ quản trị."),
        model.NOT_FOUND: _tr("Không tìm thấy máy quét đã chọn. Kiểm tra máy đã bật và cắm cáp, "
                             "rồi nhấn Tìm máy quét."),
        model.NO_DRIVER: _tr("Máy tính này chưa cài trình điều khiển máy quét."),
        model.TOO_LARGE: _tr("Ảnh quá lớn so với một trang giấy (có thể là tệp độc hại): không "
                             "nhận tệp này."),
        model.UNREADABLE: _tr("Tệp bị hỏng hoặc chưa ghi xong, hoặc không phải PDF/JPEG/PNG/TIFF: "
                              "không nhận tệp này."),
        model.NOT_A_SCAN: _tr("Tệp PDF này không phải bản quét (không có một ảnh cho mỗi trang): "
                              "không nhận tệp này."),
    }
    text = texts.get(error.kind, _tr("Máy quét báo lỗi: %s") % (error.detail or error.kind))
    if pages_kept:
        text += " " + _tr("Các trang đã quét trước đó vẫn được giữ (%s trang).") % pages_kept
    return text
