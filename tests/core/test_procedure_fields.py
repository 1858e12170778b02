"""A procedure's own fields: typed values checked by kind, required only when receiving."""

from __future__ import annotations

from datetime import date

from counter_app.core.procedure_fields import FieldSpec, clean_values

TODAY = date(2025, 11, 17)
BIRTH = (FieldSpec("child_full_name", "Họ tên người được khai sinh", required=True),
         FieldSpec("child_birth_date", "Ngày sinh của trẻ", "date", required=True),
         FieldSpec("child_gender", "Giới tính của trẻ", "gender", required=True),
         FieldSpec("father_full_name", "Họ tên người cha"),
         FieldSpec("father_id_number", "Số định danh của cha", "id_number"))


def test_values_are_cleaned_for_storage():
    values, problems = clean_values(BIRTH, {
        "child_full_name": "  Nguyễn   Thị Bình ", "child_birth_date": "01112025",
        "child_gender": "nu", "father_id_number": "038 203 012 345", "other_key": "dropped"},
        TODAY, require=True)
    assert problems == []
    assert values == {"child_full_name": "Nguyễn Thị Bình", "child_birth_date": "2025-11-01",
                      "child_gender": "Nữ", "father_id_number": "038203012345"}


def test_every_problem_is_named_by_its_key():
    _, problems = clean_values(BIRTH, {"child_birth_date": "31/11/2025", "child_gender": "x",
                                       "father_id_number": "12345"}, TODAY, require=True)
    by_key = {p.key: p for p in problems}
    assert by_key["child_full_name"].message == "Chưa nhập họ tên người được khai sinh."
    assert by_key["child_birth_date"].message == (
        "Ngày 31/11/2025 không có thật: tháng 11/2025 chỉ có 30 ngày.")
    assert by_key["child_gender"].rule == "gender_unknown"
    assert by_key["father_id_number"].message.startswith("Số định danh của cha: số giấy tờ")
    assert "father_full_name" not in by_key  # optional


def test_dates_in_the_future_and_required_only_when_receiving():
    _, problems = clean_values(BIRTH, {"child_birth_date": "18/11/2025"}, TODAY, require=False)
    assert [(p.key, p.message) for p in problems] == [
        ("child_birth_date", "Ngày sinh của trẻ không được sau ngày hôm nay.")]
