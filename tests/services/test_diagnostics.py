"""The diagnostics zip: what the IT officer needs, and no ID number or phone of any dossier."""

from __future__ import annotations

import json
import logging
import random
import re
import zipfile
from dataclasses import replace
from datetime import date

from sqlalchemy import select, update

from counter_app.config import load, logs
from counter_app.services import diagnostics, intake
from counter_app.storage.models import DossierRow, OutboxRow
from counter_app.tools.fake_people import PeopleFaker
from tests.services.helpers import AN, draft


def _seed(ctx, count: int = 12) -> list[tuple[str, str]]:
    """Dossiers of different people; returns every (ID number, phone) the store holds."""
    people = PeopleFaker(random.Random(7))
    for i in range(count):
        gender = "Nữ" if i % 2 else "Nam"
        birth = date(1960 + i, 3, 1 + i)
        applicant = replace(AN, full_name=people.full_name(gender, birth.year), gender=gender,
                            birth_date=birth, id_number=people.cccd(birth, gender),
                            phone=people.mobile() if i % 3 else "+84 912 345 6" + f"{i:02d}"[-2:])
        intake.receive_dossier(ctx, draft(ctx, applicant=applicant))
    with ctx.store.reading() as session:
        return [(r.applicant_id_number, r.applicant_phone)
                for r in session.scalars(select(DossierRow))]


def _bundle(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name).decode("utf-8") for name in z.namelist()}


def _phone_in(phone: str, text: str) -> bool:
    """The number after its 0 / +84, in any spacing (0912 345 678, +84912345678 …)."""
    national = re.sub(r"\D", "", phone)[-9:]
    return re.search(r"[ .\-]?".join(national), text) is not None


def test_the_zip_holds_logs_versions_settings_and_sync_state_but_no_personal_data(
        ctx, tmp_path):
    held = _seed(ctx)
    assert len(held) == 12
    data = ctx.store.path.parent  # the log is beside the store (no log.dir)
    config = load([], {"COUNTER_APP_ENROLLMENT_CODE": "K7Q2-PX9M-SECRET"},
                  {"data.dir": ("--data", str(data))}, cwd=tmp_path, default_data_dir=data,
                  install_dir=tmp_path / "app")
    ctx = replace(ctx, config=config)
    # A log written before the filter existed (an older version), and one through it.
    first_id, first_phone = held[0]
    (data / "counter-app.log.1").write_text(
        f"2025-11-16 WARNING old: tìm {first_id} gọi {first_phone}\n", encoding="utf-8")
    handler = logs.install(data, "INFO")
    try:
        logging.getLogger("counter_app.test").warning("người nộp %s, %s", *held[1])
    finally:
        logs.uninstall(handler)
    # The service refused an event with a reason that repeats the applicant's number.
    with ctx.store.transaction() as session:
        session.execute(update(OutboxRow).where(OutboxRow.seq == 1).values(
            state="rejected", attempts=3, last_error=f"Số định danh {held[0][0]} không hợp lệ"))
    steps: list[tuple[int, int]] = []

    made = diagnostics.collect(ctx, tmp_path / "out" / "chan-doan.zip",
                               ui_versions={"qt": "6.11.0", "pyside6": "6.11.0"},
                               progress=lambda done, total: steps.append((done, total)))

    files = _bundle(made)
    assert set(files) == {"README.txt", "versions.json", "config.txt", "sync.json",
                          "logs/counter-app.log", "logs/counter-app.log.1"}
    everything = "\n".join(files.values())
    for id_number, phone in held:
        assert id_number and id_number not in everything
        assert phone and not _phone_in(phone, everything)
    assert "K7Q2" not in everything and "SECRET" not in everything
    # ... while what support needs is there.
    versions = json.loads(files["versions.json"])
    assert versions["qt"] == "6.11.0" and versions["store_revision"] == versions["schema_head"]
    assert versions["sqlite"] and versions["python"]
    sync = json.loads(files["sync.json"])
    assert sync["outbox_by_state"] == {"pending": 11, "rejected": 1}
    assert sync["errors"][0]["events"] == 1 and "không hợp lệ" in sync["errors"][0]["error"]
    assert sync["unit_code"] == ctx.device.unit_code and sync["enrolled"] is False
    assert "enrollment.code" in files["config.txt"] and "********" in files["config.txt"]
    assert f"tìm {first_id[:4]}******{first_id[-2:]}" in files["logs/counter-app.log.1"]
    assert "người nộp" in files["logs/counter-app.log"]
    assert steps[-1] == (6, 6) and [d for d, _ in steps] == list(range(1, 7))
    assert [p.name for p in made.parent.iterdir()] == ["chan-doan.zip"]  # no part file left


def test_a_zip_that_cannot_be_finished_leaves_nothing_half_written(ctx, tmp_path, monkeypatch):
    def broken(_ctx):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(diagnostics, "sync_state", broken)
    out = tmp_path / "out"
    try:
        diagnostics.collect(ctx, out / "x.zip")
    except OSError:
        pass
    else:
        raise AssertionError("the failure was swallowed")
    assert list(out.iterdir()) == []
