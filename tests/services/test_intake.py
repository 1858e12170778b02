"""Receiving, refusing and asking for a supplement at the counter, as the clerk and the centre see it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text

from counter_app.core.dossier import Applicant, Status
from counter_app.core.intake import IntakeError
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries
from counter_app.services.errors import UnknownProcedureError
from counter_app.storage import outbox
from tests.services.helpers import AN, CERTIFIED_COPY, draft


def _counts(ctx) -> tuple[int, int, int]:
    with ctx.store.reading() as s:
        d = s.execute(text("SELECT count(*) FROM dossiers")).scalar()
        o = s.execute(text("SELECT count(*) FROM outbox")).scalar()
        q = s.execute(text("SELECT coalesce(sum(last_issued), 0) FROM code_sequences")).scalar()
    return d, o, q


def test_receive_stores_dossier_code_appointment_and_event(ctx, clock):
    result = intake.receive_dossier(ctx, draft(ctx))
    assert result.code == "000.00.06.H56-251117-0001"
    assert result.status is Status.RECEIVED
    # Certified copy: same-day procedure, received 09:00 before the 15:00 cut-off → today 17:00.
    assert result.appointment_at == datetime(2025, 11, 17, 17, 0, tzinfo=VN_TZ)
    stored = queries.find_by_code(ctx, result.code)
    assert stored is not None and stored.applicant.phone == "0912345678"
    assert stored.receiving_unit == "000.00.06.H56"
    with ctx.store.reading() as s:
        events = outbox.pending(s)
    assert [(e.type, e.dossier_code) for e in events] == [("dossier.received", result.code)]
    payload = events[0].payload
    assert payload["applicant"]["full_name"] == "Nguyễn Văn An"
    assert payload["appointment_at"] == "2025-11-17T17:00:00+07:00"
    assert events[0].to_wire()["clerk"] == "clerk01"


def test_codes_follow_each_other_and_restart_next_day(ctx, clock):
    first = intake.receive_dossier(ctx, draft(ctx)).code
    second = intake.receive_dossier(ctx, draft(ctx)).code
    clock.set(2025, 11, 18, 8, 0)
    third = intake.receive_dossier(ctx, draft(ctx)).code
    assert (first[-4:], second[-4:]) == ("0001", "0002")
    assert third == "000.00.06.H56-251118-0001"


def test_after_cutoff_certified_copy_is_due_next_working_day(ctx, clock):
    clock.set(2025, 11, 21, 15, 30)  # Friday after 15:00
    result = intake.receive_dossier(ctx, draft(ctx))
    assert result.appointment_at == datetime(2025, 11, 24, 17, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize("field, applicant", [
    ("applicant.id_number", replace(AN, id_number="038003012345")),  # century digit says 1900s
    ("applicant.id_number", replace(AN, id_number="12345")),
    ("applicant.phone", replace(AN, phone="0123")),
    ("applicant.email", replace(AN, email="an@")),
    ("applicant.full_name", replace(AN, full_name="   ")),
])
def test_bad_applicant_is_refused_naming_the_field_and_nothing_is_written(ctx, field, applicant):
    with pytest.raises(IntakeError) as err:
        intake.receive_dossier(ctx, draft(ctx, applicant=applicant))
    assert field in err.value.fields()
    assert all(e.message for e in err.value.errors)
    assert _counts(ctx) == (0, 0, 0)
    # The sequence did not move: the next good dossier still gets number 0001.
    assert intake.receive_dossier(ctx, draft(ctx)).code.endswith("-0001")


def test_missing_required_component_blocks_receipt(ctx):
    with pytest.raises(IntakeError) as err:
        intake.receive_dossier(ctx, draft(ctx, components=()))
    assert "components" in err.value.fields()
    assert _counts(ctx) == (0, 0, 0)


def test_postal_return_needs_an_address(ctx):
    with pytest.raises(IntakeError) as err:
        intake.receive_dossier(ctx, draft(ctx, return_method="post"))
    assert "return_address" in err.value.fields()


def test_unknown_procedure(ctx):
    with pytest.raises(UnknownProcedureError) as err:
        intake.receive_dossier(ctx, draft(ctx, code=CERTIFIED_COPY, procedure_code="9.999999"))
    assert err.value.field == "procedure_code"


def test_nfd_input_is_stored_nfc(ctx):
    import unicodedata
    nfd = replace(AN, full_name=unicodedata.normalize("NFD", "Trần Thị Đào"))
    code = intake.receive_dossier(ctx, draft(ctx, applicant=nfd)).code
    assert queries.find_by_code(ctx, code).applicant.full_name == "Trần Thị Đào"
    assert [r.code for r in queries.search(ctx, "tran thi dao")] == [code]


def test_refusal_needs_a_reason(ctx):
    with pytest.raises(IntakeError) as err:
        intake.refuse_dossier(ctx, draft(ctx), reason="  ")
    assert err.value.fields() == {"reason"}
    assert _counts(ctx) == (0, 0, 0)
    result = intake.refuse_dossier(ctx, draft(ctx), reason="Không thuộc thẩm quyền tiếp nhận")
    assert result.status is Status.REFUSED
    with ctx.store.reading() as s:
        (event,) = outbox.pending(s)
    assert event.type == "dossier.refused"
    assert event.payload["reason"] == "Không thuộc thẩm quyền tiếp nhận"


def test_supplement_request_then_supplement_brought_receives_it(ctx, clock):
    asked = intake.request_supplement(
        ctx, draft(ctx, components=()), [intake.MissingItem("Bản chính giấy tờ", "mang theo")],
        reason="Thiếu bản chính để đối chiếu")
    assert asked.status is Status.SUPPLEMENT_REQUIRED and asked.appointment_at is None
    clock.set(2025, 11, 18, 10, 0)
    got = intake.receive_supplement(ctx, asked.code)
    assert got.status is Status.RECEIVED
    assert got.received_at == datetime(2025, 11, 18, 10, 0, tzinfo=VN_TZ)
    assert got.appointment_at == datetime(2025, 11, 18, 17, 0, tzinfo=VN_TZ)
    with ctx.store.reading() as s:
        types = [e.type for e in outbox.for_dossier(s, asked.code)]
    assert types == ["dossier.supplement_requested", "dossier.received"]


def test_open_dossier_of_same_person_and_procedure_is_reported(ctx):
    first = intake.receive_dossier(ctx, draft(ctx))
    assert first.open_duplicates == ()
    second = intake.receive_dossier(ctx, draft(ctx))
    assert second.open_duplicates == (first.code,)
    other = Applicant(full_name="Lê Thị Bình", id_number="001305012345")
    assert intake.receive_dossier(ctx, draft(ctx, applicant=other)).open_duplicates == ()


def test_event_payload_round_trips_as_json(ctx):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    with ctx.store.reading() as s:
        raw = s.execute(text("SELECT payload FROM outbox")).scalar()
    assert json.loads(raw)["procedure_code"] == CERTIFIED_COPY
    assert code


def test_fee_counts_and_charges_are_stored_and_sent(ctx):
    # 2 certified copies of 3 pages: 2 × (2 × 2.000 + 1.000) = 10.000 đ, and what it was for.
    result = intake.receive_dossier(ctx, draft(ctx, copies=2, pages=3, fee_vnd=10_000,
                                               fee_payment="before"))
    stored = queries.find_by_code(ctx, result.code)
    detail = stored.details["fee_detail"]
    assert (detail["copies"], detail["pages"]) == (2, 3)
    assert [(line["name"], line["amount_vnd"]) for line in detail["lines"]] == [
        ("Phí chứng thực bản sao", 10_000)]
    with ctx.store.reading() as s:
        [event] = outbox.pending(s)
    assert event.payload["fee_detail"] == detail


def test_procedure_fields_are_stored_and_sent(ctx):
    birth = "1.001193"
    typed = {"child_full_name": " Nguyễn  Thị Bình ", "child_birth_date": "01/11/2025",
             "child_gender": "Nữ", "child_birth_place": "Trạm y tế xã Quảng Phú",
             "mother_full_name": "Lê Thị Hoa"}
    result = intake.receive_dossier(ctx, draft(ctx, code=birth, procedure_fields=typed))
    fields = queries.find_by_code(ctx, result.code).details["procedure_fields"]
    assert fields == {"child_full_name": "Nguyễn Thị Bình", "child_birth_date": "2025-11-01",
                      "child_gender": "Nữ", "child_birth_place": "Trạm y tế xã Quảng Phú",
                      "mother_full_name": "Lê Thị Hoa"}
    with ctx.store.reading() as s:
        [event] = outbox.pending(s)
    assert event.payload["procedure_fields"] == fields
    with pytest.raises(IntakeError) as caught:  # the child is required for a birth
        intake.receive_dossier(ctx, draft(ctx, code=birth, procedure_fields={}))
    assert "procedure_fields.child_full_name" in caught.value.fields()


def test_same_day_filings_of_the_same_procedure_are_found(ctx, clock):
    first = intake.receive_dossier(ctx, draft(ctx))
    intake.refuse_dossier(ctx, draft(ctx, code="2.000884"), "Không đủ giấy tờ")  # another one
    clock.set(2025, 11, 17, 14, 30)
    found = queries.duplicates(ctx, AN.id_number, CERTIFIED_COPY)
    assert found.today == ((first.code, datetime(2025, 11, 17, 9, 0, tzinfo=VN_TZ)),)
    assert found.open_codes == (first.code,)
    clock.set(2025, 11, 18, 8, 0)  # the next day it is no longer "today"
    assert queries.duplicates(ctx, AN.id_number, CERTIFIED_COPY).today == ()
    assert queries.duplicates(ctx, "", CERTIFIED_COPY) == queries.Duplicates()
# --- statutory-time cases (issue 14) ------------------------------------------------------

RESIDENCE_CONFIRMATION = "1.010041"


def test_the_clerk_picks_the_statutory_time_case_and_it_is_kept(ctx) -> None:
    from counter_app.printing import SlipData

    usual = intake.receive_dossier(ctx, draft(ctx, RESIDENCE_CONFIRMATION))
    # Monday 09:00 + ½ working day (3.75 h): 2.5 h before lunch, 1.25 h after.
    assert usual.appointment_at == datetime(2025, 11, 17, 14, 45, tzinfo=VN_TZ)
    assert usual.dossier.details["duration_case"] == "csdl"
    verify = intake.receive_dossier(ctx, draft(ctx, RESIDENCE_CONFIRMATION,
                                               duration_case="xac_minh"))
    assert verify.appointment_at == datetime(2025, 11, 20, 9, 0, tzinfo=VN_TZ)
    stored = queries.find_by_code(ctx, verify.code)
    assert stored is not None and stored.details["duration_case"] == "xac_minh"
    slip = SlipData.from_dossier(stored, ctx.procedure(RESIDENCE_CONFIRMATION), "Lan", "01", 1)
    assert slip.duration_text == "03 ngày làm việc (Phải xác minh thông tin)"
    with ctx.store.reading() as s:  # the central system is told the case too
        (event,) = outbox.for_dossier(s, verify.code)
    assert event.payload["duration_case"] == "xac_minh"


def test_an_unknown_case_is_refused_and_nothing_is_stored(ctx) -> None:
    with pytest.raises(IntakeError) as err:
        intake.receive_dossier(ctx, draft(ctx, RESIDENCE_CONFIRMATION, duration_case="4h"))
    assert err.value.fields() == {"duration_case"}
    assert "Phải xác minh thông tin" in str(err.value)
    with pytest.raises(IntakeError):
        intake.receive_dossier(ctx, draft(ctx, duration_case="xac_minh"))  # no cases at all
    assert queries.search(ctx, "") == []
def test_each_dossier_gets_a_lookup_key_that_the_slips_qr_carries(ctx, tmp_path):
    import re

    from counter_app.printing import SlipData, render_form01
    from tests.printing.pdfcheck import decode, rasterize
    from tests.printing.samples import CONFIG

    first = intake.receive_dossier(ctx, draft(ctx))
    second = intake.receive_dossier(ctx, draft(ctx))
    with ctx.store.reading() as s:
        keys = [e.payload["lookup_key"] for e in outbox.pending(s)]  # central learns it
    assert all(re.fullmatch(r"[A-HJ-NP-Z2-9]{8}", k) for k in keys) and keys[0] != keys[1]
    stored = queries.find_by_code(ctx, first.code)
    assert stored is not None and stored.details["lookup_key"] == keys[0]
    slip = SlipData.from_dossier(stored, ctx.procedure(stored.procedure_code), "Lê Thị Hoa",
                                 "01/2025", 1)
    pdf = render_form01(slip, CONFIG, "a5")
    found = decode(rasterize(pdf, tmp_path, 300)[0])
    url = CONFIG.lookup_url(first.code) + f"?key={keys[0]}"
    assert ("QR-Code", url) in found
    assert second.code != first.code


def test_the_citizens_consent_to_be_told_is_stored_and_sent(ctx):
    told = intake.receive_dossier(ctx, draft(ctx, notify_channel="zalo"))
    silent = intake.receive_dossier(ctx, draft(ctx))
    with ctx.store.reading() as s:
        sent = {e.dossier_code: e.payload["notify"] for e in outbox.pending(s)}
    assert sent == {told.code: {"consent": True, "channel": "zalo"},
                    silent.code: {"consent": False, "channel": "none"}}
    assert queries.find_by_code(ctx, told.code).details["notify"]["channel"] == "zalo"


@pytest.mark.parametrize("phone, what", [("", "chưa có số điện thoại"),
                                         ("024 3825 1234", "số máy bàn")])
def test_messages_need_a_mobile_number_and_nothing_is_stored_without(ctx, phone, what):
    before = _counts(ctx)
    with pytest.raises(IntakeError) as caught:
        intake.receive_dossier(ctx, draft(ctx, applicant=replace(AN, phone=phone),
                                          notify_channel="sms"))
    [error] = caught.value.errors
    assert error.field == "notify_channel" and what in error.message and "SMS" in error.message
    assert _counts(ctx) == before
