"""The pure parts: the draft's dict form and its IntakeDraft, and the certified-copy fee."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.core.dossier import AuthorizedPerson
from counter_app.ui.intake import draft_codec as codec
from counter_app.ui.intake.fees import default_fee, format_vnd, is_page_priced
from tests.services.helpers import CERTIFIED_COPY


@pytest.mark.parametrize("typed", ["15/03/2003", "15-3-2003", "15.03.2003", "15032003",
                                   " 15/03/2003 "])
def test_birth_dates_as_clerks_type_them(typed):
    assert codec.parse_birth_date(typed) == date(2003, 3, 15)


@pytest.mark.parametrize("typed", ["31/02/2003", "15/03/03", "2003-03-15", "abc", "1503200"])
def test_not_a_birth_date(typed):
    with pytest.raises(codec.BirthDateError):
        codec.parse_birth_date(typed)


def test_empty_birth_date_is_none():
    assert codec.parse_birth_date("  ") is None


def test_stored_state_is_normalized_and_blank_detected():
    assert codec.is_blank(codec.normalize(None))
    odd = {"applicant": {"full_name": 5, "phone": "0912"}, "procedure": {"code": "2.000815"},
           "components": [{"name": "A", "original": "x", "photo": 2000}, {"name": ""}],
           "options": {"sets": 0, "channel": "online", "fee_vnd": -5, "authorized": 1}}
    state = codec.normalize(odd)
    assert state["applicant"]["full_name"] == "" and state["applicant"]["phone"] == "0912"
    assert state["components"] == [{"name": "A", "required": False, "submitted": False,
                                    "note": "", "original": 0, "certified": 0, "photo": 999}]
    opts = state["options"]
    assert (opts["sets"], opts["channel"], opts["fee_vnd"], opts["authorized"]) == (
        1, "direct", 0, True)
    assert not codec.is_blank(state)


def test_state_to_draft():
    state = codec.empty_state()
    state["applicant"].update(full_name="Nguyễn Văn An", birth_date="15/03/2003", gender="Nam")
    state["procedure"]["code"] = CERTIFIED_COPY
    state["components"] = [
        {"name": "X", "required": True, "submitted": True, "note": "n", "original": 1,
         "certified": 0, "photo": 0},
        {"name": "Y", "required": False, "submitted": False, "note": "", "original": 0,
         "certified": 0, "photo": 1}]
    state["options"].update(return_method="counter", return_address="kept only for post",
                            authorized=True, authorized_name="Lê B", authorized_id="123456789",
                            authorized_document="GUQ 12/2025", fee_vnd=4000,
                            fee_payment="before")
    d = codec.to_draft(state)
    assert d.applicant.birth_date == date(2003, 3, 15)
    assert [c.name for c in d.components] == ["X"] and d.components[0].note == ""
    assert d.return_address == ""
    assert d.authorized == AuthorizedPerson("Lê B", "123456789", "GUQ 12/2025")
    assert (d.fee_vnd, d.fee_payment) == (4000, "before")


def test_certified_copy_fee_by_pages(ctx):
    proc = ctx.catalog.by_code(CERTIFIED_COPY)
    assert is_page_priced(proc)
    assert default_fee(proc, 1, 1) == 2000
    assert default_fee(proc, 1, 2) == 4000
    assert default_fee(proc, 2, 3) == 10_000  # 2 × (2 × 2.000 + 1.000)
    assert default_fee(proc, 1, 500) == 200_000  # capped per copy
    birth = ctx.catalog.by_code("1.001193")
    assert not is_page_priced(birth) and default_fee(birth) == 0
    assert default_fee(ctx.catalog.by_code("2.000884")) == 10_000
    assert format_vnd(1234567) == "1.234.567"
