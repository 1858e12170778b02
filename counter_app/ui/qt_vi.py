"""Qt's own texts in Vietnamese (PySide6 ships no qtbase_vi.qm): dialog buttons, edit menus, file dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (Qt's context, Qt's English source) → Vietnamese. Mnemonics kept where Qt has them, chosen so
# the items shown together never share a letter (&Có / &Không / Có cho &tất cả / Khô&ng cho …).
QT_VIETNAMESE: dict[tuple[str, str], str] = {
    ("QPlatformTheme", "OK"): "Đồng ý",
    ("QPlatformTheme", "Save"): "Lưu",
    ("QPlatformTheme", "Save All"): "Lưu tất cả",
    ("QPlatformTheme", "Open"): "Mở",
    ("QPlatformTheme", "&Yes"): "&Có",
    ("QPlatformTheme", "Yes to &All"): "Có cho &tất cả",
    ("QPlatformTheme", "&No"): "&Không",
    ("QPlatformTheme", "N&o to All"): "Khô&ng cho tất cả",
    ("QPlatformTheme", "Abort"): "Hủy bỏ",
    ("QPlatformTheme", "Retry"): "Thử lại",
    ("QPlatformTheme", "Ignore"): "Bỏ qua",
    ("QPlatformTheme", "Close"): "Đóng",
    ("QPlatformTheme", "Cancel"): "Hủy",
    ("QPlatformTheme", "Discard"): "Không lưu",
    ("QPlatformTheme", "Help"): "Trợ giúp",
    ("QPlatformTheme", "Apply"): "Áp dụng",
    ("QPlatformTheme", "Reset"): "Đặt lại",
    ("QPlatformTheme", "Restore Defaults"): "Khôi phục mặc định",
    ("QMessageBox", "Show Details..."): "Xem chi tiết…",
    ("QMessageBox", "Hide Details..."): "Ẩn chi tiết…",
    ("QLineEdit", "&Undo"): "&Hoàn tác",
    ("QLineEdit", "&Redo"): "&Làm lại",
    ("QLineEdit", "Cu&t"): "Cắ&t",
    ("QLineEdit", "&Copy"): "&Sao chép",
    ("QLineEdit", "&Paste"): "&Dán",
    ("QLineEdit", "Delete"): "Xóa",
    ("QLineEdit", "Select All"): "Chọn tất cả",
    ("QWidgetTextControl", "&Undo"): "&Hoàn tác",
    ("QWidgetTextControl", "&Redo"): "&Làm lại",
    ("QWidgetTextControl", "Cu&t"): "Cắ&t",
    ("QWidgetTextControl", "&Copy"): "&Sao chép",
    ("QWidgetTextControl", "&Paste"): "&Dán",
    ("QWidgetTextControl", "Delete"): "Xóa",
    ("QWidgetTextControl", "Select All"): "Chọn tất cả",
    ("QFileDialog", "&Look in:"): "Thư &mục:",
    ("QFileDialog", "File &name:"): "Tên &tệp:",
    ("QFileDialog", "Files of &type:"): "&Kiểu tệp:",
    ("QFileDialog", "&Save"): "&Lưu",
    ("QFileDialog", "&Open"): "&Mở",
    ("QFileDialog", "All Files (*)"): "Mọi tệp (*)",
    ("QFileDialog", "Back"): "Quay lại",
    ("QFileDialog", "Forward"): "Tiếp",
    ("QFileDialog", "Parent Directory"): "Thư mục cha",
    ("QFileDialog", "Create New Folder"): "Tạo thư mục mới",
    ("QFileDialog", "&New Folder"): "Thư mục &mới",
    ("QFileDialog", "&Delete"): "&Xóa",
    ("QFileDialog", "&Rename"): "Đổi &tên",
    ("QFileDialog", "Show &hidden files"): "Hiện tệp ẩ&n",
    ("QFileDialog", "Detail View"): "Xem chi tiết",
    ("QFileDialog", "List View"): "Xem danh sách",
    ("QFileSystemModel", "Name"): "Tên",
    ("QFileSystemModel", "Size"): "Dung lượng",
    ("QFileSystemModel", "Type"): "Kiểu",
    ("QFileSystemModel", "Date Modified"): "Ngày sửa",
    ("QFileSystemModel", "Computer"): "Máy tính",
}


class QtVietnamese(QTranslator):
    """Answers only for the Qt texts above; every other text falls through to the next translator."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        # None (a null QString) lets Qt ask the next translator; "" would blank the text.
        return QT_VIETNAMESE.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False
