"""Hand-made ReportTables for the export and report-screen tests (Biểu 06's shape, every kind)."""

from __future__ import annotations

from datetime import date

from counter_app.core.report_table import Column, ReportTable

RECEIVED = "Số hồ sơ nhận giải quyết"
RESOLVED = "Số hồ sơ đã giải quyết"
OPEN = "Số hồ sơ đang giải quyết"

COLUMNS = (
    Column("field", "Lĩnh vực", "text", width=28),
    Column("online", "Trực tuyến", "int", RECEIVED, 10),
    Column("direct", "Trực tiếp, bưu chính", "int", RECEIVED, 11),
    Column("carried", "Kỳ trước chuyển qua", "int", RECEIVED, 10),
    Column("early", "Trước hạn", "int", RESOLVED, 9),
    Column("on_time", "Đúng hạn", "int", RESOLVED, 9),
    Column("late", "Quá hạn", "int", RESOLVED, 9),
    Column("within", "Trong hạn", "int", OPEN, 9),
    Column("overdue", "Quá hạn", "int", OPEN, 9),
    Column("share", "Tỷ lệ đúng hạn", "percent", width=9),
    Column("hours", "Thời gian TB (giờ)", "decimal", width=9),
    Column("since", "Ngày đầu tiên", "date", width=11),
)
ROWS = (
    ("Đất đai", 1234, 56, 7, 800, 400, 20, 70, 7, 0.9836, 12.5, date(2026, 1, 2)),
    ("Hộ tịch", 0, 2345678, 0, 2345000, 600, 0, 78, 0, 1.0, 0.75, date(2026, 1, 5)),
    ("Chứng thực", 3, 0, 0, 1, 1, 0, 1, 0, 0.6667, None, None),
)
TOTAL = ("Tổng cộng", 1237, 2345734, 7, 2345801, 1001, 20, 149, 7, 0.9999, 6.625, None)


def form06_table(rows: tuple[tuple, ...] = ROWS, landscape: bool = True) -> ReportTable:
    return ReportTable(
        title="BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ",
        columns=COLUMNS,
        rows=rows,
        row_keys=tuple(f"field:{r[0]}" for r in rows),
        total=TOTAL,
        title_block=("UBND TỈNH THANH HÓA", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Biểu số 06"),
        subtitle=("Từ ngày 01/01/2026 đến ngày 31/01/2026",),
        notes=("Hồ sơ công dân rút: 3 (không tính vào số nhận).",),
        landscape=landscape,
    )


def many_rows(n: int) -> ReportTable:
    """``n`` rows, enough to run onto several pages."""
    rows = tuple((f"Lĩnh vực số {i}", i, 2 * i, 0, i, i, 0, i, 0, 0.5, 1.0, date(2026, 2, 1))
                 for i in range(1, n + 1))
    return form06_table(rows)


def narrow() -> ReportTable:
    """Two ungrouped columns: no group header row, portrait."""
    return ReportTable(title="SỐ HỒ SƠ THEO THỦ TỤC",
                       columns=(Column("procedure", "Thủ tục", "text", width=40),
                                Column("count", "Số hồ sơ", "int", width=10)),
                       rows=(("Chứng thực bản sao từ bản chính", 12000),
                             ("Đăng ký khai sinh", 7)),
                       row_keys=("2.000815", "1.001193"), total=("Tổng cộng", 12007),
                       title_block=("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",))


def dossier_list() -> ReportTable:
    """What a drill-down returns: the dossiers behind one figure."""
    return ReportTable(
        title="Hộ tịch – Trực tiếp, bưu chính",
        columns=(Column("code", "Mã hồ sơ", width=26), Column("applicant", "Người nộp", width=22),
                 Column("procedure", "Thủ tục", width=30), Column("received", "Tiếp nhận", "date"),
                 Column("appointment", "Hẹn trả", "date"), Column("status", "Trạng thái")),
        rows=(("000.00.06.H56-260105-0001", "Nguyễn Thị Lan", "Đăng ký khai sinh",
               date(2026, 1, 5), date(2026, 1, 6), "Đã trả kết quả"),
              ("000.00.06.H56-260106-0002", "Trần Văn Bình", "Đăng ký kết hôn",
               date(2026, 1, 6), date(2026, 1, 9), "Đang giải quyết")),
        row_keys=("000.00.06.H56-260105-0001", "000.00.06.H56-260106-0002"))
