"""Mẫu 07 (Sổ theo dõi hồ sơ) as a ReportTable: the printed book's columns, one row per dossier."""

from __future__ import annotations

from counter_app.core.report_table import Cell, Column, ReportTable
from counter_app.printing.data import TrackingBookData, TrackingRow
from counter_app.printing.fmt import short_datetime, vn_date
from counter_app.printing.form07_tracking_book import RETURN_GROUP, TITLE

COLUMNS: tuple[Column, ...] = (
    Column("seq", "STT", "int", width=5),
    Column("code", "Mã hồ sơ", "text", width=28),
    Column("procedure_name", "Tên thủ tục hành chính", "text", width=36),
    Column("sets", "Số lượng hồ sơ (bộ)", "int", width=8),
    Column("applicant_name", "Tên cá nhân, tổ chức", "text", width=24),
    Column("address", "Địa chỉ, số điện thoại", "text", width=34),
    Column("received_at", "Nhận hồ sơ", "text", width=16),
    Column("appointment_at", "Hẹn trả kết quả", "text", width=16),
    Column("resolved_at", "Nhận kết quả từ cơ quan giải quyết", "text", width=16),
    Column("returned_at", "Ngày, giờ", "text", RETURN_GROUP, 16),
    Column("returned_to", "Người nhận", "text", RETURN_GROUP, 20),
    Column("note", "Ghi chú", "text", width=20),
)


def _cells(r: TrackingRow) -> tuple[Cell, ...]:
    contact = r.address + (f"; ĐT: {r.phone}" if r.phone else "")
    return (r.seq, r.code, r.procedure_name, r.sets, r.applicant_name, contact,
            short_datetime(r.received_at), short_datetime(r.appointment_at),
            short_datetime(r.resolved_at), short_datetime(r.returned_at), r.returned_to, r.note)


def tracking_table(data: TrackingBookData, *, title_block: tuple[str, ...] = ()) -> ReportTable:
    """The book's rows keyed by dossier code (a row opens its dossier)."""
    period = f"Từ ngày {vn_date(data.date_from)} đến ngày {vn_date(data.date_to)}"
    return ReportTable(
        title=TITLE, columns=COLUMNS, rows=tuple(_cells(r) for r in data.rows),
        row_keys=tuple(r.code for r in data.rows), title_block=("Mẫu số 07", *title_block),
        subtitle=(period,), landscape=True, meta={"report": "form07"})
