"""Checking what the clerk typed: normalized when right, every broken rule named when wrong."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, time

import pytest

from counter_app.core.deadlines import Duration
from counter_app.core.dossier import Applicant, AuthorizedPerson, Component
from counter_app.core.intake import (
    IntakeDraft, IntakeError, clean_draft, draft_errors, require_reason,
)
from counter_app.core.procedure_fields import FieldSpec
from counter_app.core.procedures import ComponentSpec, Procedure

PROC = Procedure(
    code="2.000815", name="Chứng thực bản sao từ bản chính", field="Chứng thực",
    level="commune", duration=Duration(0, "working_days"), same_day_cutoff=time(15, 0),
    components=(ComponentSpec("Bản chính giấy tờ, văn bản", True, original=1),
                ComponentSpec("Bản sao cần chứng thực", False, photo=1)),
    fees=(), resolving_agency="UBND cấp xã")
TODAY = date(2025, 11, 17)
AN = Applicant(full_name="  Nguyễn   Văn An ", id_number=" 038203012345 ",
               birth_date=date(2003, 3, 15), gender="Nam", phone="+84 912.345.678")
COMPLETE = (Component("Bản chính giấy tờ, văn bản", original=1),)


def test_clean_draft_normalizes():
    nfd = unicodedata.normalize("NFD", AN.full_name)
    out = clean_draft(IntakeDraft("2.000815", Applicant(**{**AN.__dict__, "full_name": nfd}),
                                  COMPLETE), PROC, TODAY)
    assert out.applicant.full_name == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", out.applicant.full_name)
    assert out.applicant.id_number == "038203012345"
    assert out.applicant.phone == "0912345678"


def test_all_broken_rules_are_reported_together():
    bad = IntakeDraft("2.000815", Applicant(full_name="", id_number="038203012345",
                                            birth_date=date(2030, 1, 1)),
                      (Component("Bản chính giấy tờ, văn bản", original=-1),), sets=0,
                      return_method="post", fee_vnd=-5)
    with pytest.raises(IntakeError) as err:
        clean_draft(bad, PROC, TODAY)
    assert {"applicant.full_name", "applicant.birth_date", "components[0].original", "sets",
            "return_address", "fee_vnd"} <= err.value.fields()


def test_id_consistent_with_birth_date_and_gender():
    with pytest.raises(IntakeError) as err:  # 4th digit 2 = male born 2000s; she is female
        clean_draft(IntakeDraft("2.000815", Applicant("Lê Thị Hoa", "038203012345",
                                                      date(2003, 3, 15), "Nữ"), COMPLETE),
                    PROC, TODAY)
    assert err.value.fields() == {"applicant.id_number"}


def test_organization_may_apply_without_personal_id():
    org = Applicant(full_name="Trần Văn Bình", organization="Công ty TNHH Minh Phát")
    assert clean_draft(IntakeDraft("2.000815", org, COMPLETE), PROC, TODAY).applicant.organization
    with pytest.raises(IntakeError) as err:
        clean_draft(IntakeDraft("2.000815", Applicant("Trần Văn Bình"), COMPLETE), PROC, TODAY)
    assert err.value.fields() == {"applicant.id_number"}


def test_missing_required_component_only_when_receiving():
    draft = IntakeDraft("2.000815", AN, ())
    with pytest.raises(IntakeError) as err:
        clean_draft(draft, PROC, TODAY)
    assert "Bản chính giấy tờ" in str(err.value)
    assert clean_draft(draft, PROC, TODAY, require_complete=False).components == ()


def test_authorized_person_needs_id_and_document():
    draft = IntakeDraft("2.000815", AN, COMPLETE,
                        authorized=AuthorizedPerson("Phạm Văn Cường", "12", " "))
    with pytest.raises(IntakeError) as err:
        clean_draft(draft, PROC, TODAY)
    assert err.value.fields() == {"authorized.id_number", "authorized.document"}


def test_online_is_not_a_counter_channel():
    with pytest.raises(IntakeError) as err:
        clean_draft(IntakeDraft("2.000815", AN, COMPLETE, channel="online"), PROC, TODAY)
    assert err.value.fields() == {"channel"}


def test_reason_required():
    with pytest.raises(IntakeError):
        require_reason(" \n ")
    assert require_reason("  Hồ sơ   không hợp lệ ") == "Hồ sơ không hợp lệ"


def test_draft_errors_report_everything_even_without_a_procedure():
    # The form checks before a save: no procedure chosen must not hide the other rules.
    bad = IntakeDraft("", Applicant(full_name="Nguyễn Văn An", id_number="038203012345",
                                    phone="0912 345"))
    errors = draft_errors(bad, None, TODAY)
    assert [e.field for e in errors] == ["procedure_code", "applicant.phone"]
    assert errors[0].message == "Chưa chọn thủ tục hành chính."
    assert draft_errors(IntakeDraft("2.000815", AN, COMPLETE), PROC, TODAY) == ()


def test_procedure_fields_are_checked_and_kept_cleaned():
    birth = replace(PROC, code="1.001193", components=(), fields=(
        FieldSpec("child_full_name", "Họ tên người được khai sinh", required=True),
        FieldSpec("child_birth_date", "Ngày sinh của trẻ", "date", required=True)))
    typed = IntakeDraft("1.001193", AN, procedure_fields={"child_birth_date": "30/02/2025"})
    with pytest.raises(IntakeError) as caught:
        clean_draft(typed, birth, TODAY)
    assert [(e.field, e.rule) for e in caught.value.errors] == [
        ("procedure_fields.child_full_name", "required"),
        ("procedure_fields.child_birth_date", "no_such_date")]
    refused = clean_draft(typed.__class__("1.001193", AN, procedure_fields={
        "child_birth_date": "01/11/2025"}), birth, TODAY, require_complete=False)
    assert refused.procedure_fields == {"child_birth_date": "2025-11-01"}  # not required there


@pytest.mark.parametrize(("copies", "pages", "field"), [(0, 1, "copies"), (1, 10_000, "pages")])
def test_fee_counts_are_in_range(copies, pages, field):
    errors = draft_errors(IntakeDraft("2.000815", AN, COMPLETE, copies=copies, pages=pages),
                          PROC, TODAY)
    assert [e.field for e in errors] == [field]
