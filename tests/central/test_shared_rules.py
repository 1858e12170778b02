"""The counter and the central service answer alike: one folding, one overdue rule (issue 15: 4)."""

from __future__ import annotations

import unicodedata
from datetime import date
from urllib.parse import quote

import pytest
from alembic import command
from sqlalchemy import update

from central.db import _alembic_config, migrate
from central.dossier_rules import search_key
from central.models import DossierRow
from counter_app.core.dossier import Status, is_overdue
from counter_app.core.stats import StatRecord, form06
from counter_app.core.text import fold
from tests.central.helpers import World, vn

# Names as they arrive: decomposed (NFD), with marks outside U+0300–036F (U+1DC4, U+20D7,
# U+FE20), đ/Đ, capitals, Hangul (decomposed by NFD, recomposed in a key).
TRICKY = [
    unicodedata.normalize("NFD", "Nguyễn Thị Ánh"),
    "ĐẶNG VĂN ĐỨC",
    unicodedata.normalize("NFD", "ĐOÀN Thị Ửng"),
    "Lê\u1dc4 Văn\u20d7 Tú\ufe20",
    "Kim 민준",
    "İbrahim Straße",
]


@pytest.mark.parametrize("name", TRICKY)
def test_central_search_key_is_the_counters_fold(name: str) -> None:
    key = search_key("000.00.06.H56-251103-0001", {"applicant": {"full_name": name}})
    assert key == fold(f"000.00.06.H56-251103-0001 {name}")
    assert fold(name) in key


def test_central_search_finds_a_name_typed_as_the_counter_folds_it(world: World) -> None:
    a = world.a
    codes = {}
    for name in TRICKY:
        code = a.next_code(vn(2025, 11, 3, 9))
        codes[name] = code
        event = a.received(code, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17), name=name)
        assert [r["status"] for r in world.post_events(a, [event])] == ["applied"]
    for name, code in codes.items():
        # The clerk types the name composed, without marks or in capitals: each finds it.
        for typed in (unicodedata.normalize("NFC", name), fold(name), fold(name).upper()):
            found = world.client.get(f"/api/v1/dossiers?q={quote(typed)}",
                                     headers=world.auth("clerk_a")).json()
            assert code in [d["code"] for d in found["dossiers"]], (name, typed)


# --- a suspended dossier is never overdue ------------------------------------------------

def test_suspended_is_never_overdue_for_the_counter() -> None:
    appointment = vn(2025, 11, 5, 17)
    late = vn(2025, 11, 20, 9)
    assert is_overdue(Status.PROCESSING, appointment, late)
    assert not is_overdue(Status.SUPPLEMENT_REQUIRED, appointment, late)


def test_suspended_is_never_overdue_in_form06() -> None:
    record = StatRecord(field="Hộ tịch", channel="direct", received_at=vn(2025, 11, 3, 9),
                        appointment_at=vn(2025, 11, 5, 17))
    suspended = StatRecord(**{**record.__dict__, "suspended": True})
    late = form06([record], date(2025, 11, 1), date(2025, 11, 30)).total
    paused = form06([suspended], date(2025, 11, 1), date(2025, 11, 30)).total
    assert (late.in_progress_overdue, late.in_progress_within) == (1, 0)
    assert (paused.in_progress_overdue, paused.in_progress_within) == (0, 1)


def _report(world: World, date_from: str, date_to: str) -> dict[str, int]:
    response = world.client.get(f"/api/v1/reports/form06?from={date_from}&to={date_to}",
                                headers=world.auth("supervisor_a"))
    assert response.status_code == 200, response.text
    total: dict[str, int] = response.json()["total"]
    return total


def test_suspended_is_never_overdue_in_the_central_report(world: World) -> None:
    a = world.a
    # Suspended before its appointment, and suspended only after its appointment had passed
    # (the back office asked late): while the clock is stopped neither is overdue.
    early = a.next_code(vn(2025, 11, 3, 9))
    late = a.next_code(vn(2025, 11, 3, 9))
    events = [a.received(code, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17)) for code in (early, late)]
    assert {r["status"] for r in world.post_events(a, events)} == {"applied"}
    for code, paused in ((early, vn(2025, 11, 4, 9)), (late, vn(2025, 11, 10, 9))):
        assert world.progress(code, 4, vn(2025, 11, 3, 10)).status_code == 200
        assert world.progress(code, 5, paused).status_code == 200
    november = _report(world, "2025-11-01", "2025-11-30")
    assert (november["in_progress_overdue"], november["in_progress_within"]) == (0, 2)
    # Judged at 7 November, before the late one was paused: that one was overdue then.
    first_week = _report(world, "2025-11-01", "2025-11-07")
    assert (first_week["in_progress_overdue"], first_week["in_progress_within"]) == (1, 1)


def _old_central_key(text: str) -> str:
    """The key central.dossier_rules.fast_fold stored before migration 0003."""
    bare = unicodedata.normalize("NFD", text.casefold())
    bare = bare.translate(dict.fromkeys(range(0x0300, 0x0370))).replace("đ", "d")
    return " ".join(bare.split())


def test_migration_refolds_keys_stored_by_the_old_folding(world: World) -> None:
    a = world.a
    name = "Lê\u1dc4 Văn\u20d7 Tú\ufe20"
    code = a.next_code(vn(2025, 11, 3, 9))
    event = a.received(code, vn(2025, 11, 3, 9), vn(2025, 11, 5, 17), name=name)
    assert [r["status"] for r in world.post_events(a, [event])] == ["applied"]
    with world.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
        stale = search_key(code, {"applicant": {"full_name": name}}).replace(
            fold(name), _old_central_key(name))
        conn.execute(update(DossierRow).where(DossierRow.code == code).values(search=stale))

    def found() -> list[str]:
        listing = world.client.get(f"/api/v1/dossiers?q={quote('le van tu')}",
                                   headers=world.auth("clerk_a")).json()
        return [d["code"] for d in listing["dossiers"]]

    assert found() == []  # the old key hides the dossier from the new folding's query
    migrate(world.engine)
    assert found() == [code]
