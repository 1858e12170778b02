"""Biểu số 06 as a ReportTable: the columns of RULES.md with stable keys, a row per field, the total."""

from __future__ import annotations

from counter_app.core.report_table import Cell, Column, ReportTable
from counter_app.core.stats import Form06Report, Form06Row

TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
RECEIVED = "Số hồ sơ nhận giải quyết"
RESOLVED = "Số hồ sơ đã giải quyết"
IN_PROGRESS = "Số hồ sơ đang giải quyết"

# The key of each figure column is the figure's name in core.stats (and in the sync API).
COLUMNS: tuple[Column, ...] = (
    Column("field", "Lĩnh vực giải quyết", "text", width=32),
    Column("received_total", "Tổng số", "int", RECEIVED, 9),
    Column("received_online", "Trực tuyến", "int", RECEIVED, 9),
    Column("received_direct", "Trực tiếp, bưu chính công ích", "int", RECEIVED, 11),
    Column("carried_over", "Từ kỳ trước chuyển sang", "int", RECEIVED, 10),
    Column("resolved_total", "Tổng số", "int", RESOLVED, 9),
    Column("resolved_early", "Trước hạn", "int", RESOLVED, 9),
    Column("resolved_on_time", "Đúng hạn", "int", RESOLVED, 9),
    Column("resolved_late", "Quá hạn", "int", RESOLVED, 9),
    Column("in_progress_total", "Tổng số", "int", IN_PROGRESS, 9),
    Column("in_progress_within", "Trong hạn", "int", IN_PROGRESS, 9),
    Column("in_progress_overdue", "Quá hạn", "int", IN_PROGRESS, 9),
    Column("withdrawn", "Hồ sơ công dân rút (báo cáo riêng)", "int", width=12),
)
FIGURE_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS[1:])


def _cells(row: Form06Row) -> tuple[Cell, ...]:
    return (row.field, *(int(getattr(row, key)) for key in FIGURE_KEYS))


def form06_table(report: Form06Report, *, title_block: tuple[str, ...] = (),
                 subtitle: tuple[str, ...] = (), meta: dict[str, str] | None = None
                 ) -> ReportTable:
    """The report as a table: a row keyed by each field's name, and the total row."""
    return ReportTable(
        title=TITLE, columns=COLUMNS, rows=tuple(_cells(r) for r in report.rows),
        row_keys=tuple(r.field for r in report.rows), total=_cells(report.total),
        title_block=("Biểu số 06", *title_block), subtitle=subtitle,
        notes=("Số hồ sơ nhận giải quyết = số hồ sơ đã giải quyết + số hồ sơ đang giải quyết; "
               "hồ sơ công dân rút được báo cáo riêng, không tính vào số nhận giải quyết.",),
        landscape=True, meta={"report": "form06", **(meta or {})})
