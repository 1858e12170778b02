"""The shortcut sheet (Help → Phím tắt, F1): every action the clerk can reach from the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phím tắt"))
        rows = [
            ("F2", self.tr("Tiếp nhận hồ sơ")),
            ("F3", self.tr("Trả kết quả")),
            ("F4", self.tr("Tra cứu và hàng đợi")),
            ("F9", self.tr("Cài đặt")),
            ("F1", self.tr("Bảng phím tắt này")),
            ("Ctrl+Enter", self.tr("Tiếp nhận / xác nhận trả kết quả")),
            ("Ctrl+B", self.tr("Yêu cầu bổ sung hồ sơ (Mẫu 02)")),
            ("Ctrl+R", self.tr("Từ chối tiếp nhận (Mẫu 03)")),
            ("F6", self.tr("Quét, số hóa thành phần của hồ sơ vừa lưu / đang mở")),
            ("Alt+1 … Alt+5", self.tr("Bộ lọc nhanh khi tra cứu")),
            ("Ctrl+L", self.tr("Khóa màn hình")),
            ("Ctrl+Q", self.tr("Thoát")),
            ("Enter", self.tr("Sang ô tiếp theo / xác nhận")),
            ("Esc", self.tr("Hủy, đóng hộp thoại")),
            (self.tr("Quét mã"), self.tr("Quét QR CCCD ở bất kỳ đâu: điền thông tin người nộp; "
                                        "quét mã vạch phiếu hẹn: mở hồ sơ để trả kết quả")),
        ]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Phím"), self.tr("Chức năng")])
        for i, (key, what) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(key))
            table.setItem(i, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 480)
