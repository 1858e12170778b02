"""A store of ~300 dossiers over six working days, in every status the work queues care about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import shutil
from pathlib import Path

import pytest

from counter_app.core.dossier import Applicant, Dossier, Status
from counter_app.core.timeutil import VN_TZ
from counter_app.paths import resources_dir
from counter_app.services import intake, queries, returns
from counter_app.services.context import ServiceContext
from counter_app.services.setup import open_counter
from tests.back_office import report_progress
from tests.conftest import FakeClock
from tests.services.helpers import draft

PEOPLE = [
    Applicant("Nguyễn Thị Đào", "038185012346", date(1985, 4, 2), "Nữ", phone="0987654321"),
    Applicant("Trần Văn Bình", "001090012347", date(1990, 1, 1), "Nam", phone="0912000111"),
    Applicant("Lê Hoàng Nam", "038201004567", date(2001, 5, 5), "Nam", phone="0903123456"),
    Applicant("Phạm Thị Hương", "038178000123", date(1978, 7, 7), "Nữ", phone="0976555444"),
    Applicant("Đặng Quốc Việt", "036065000789", date(1965, 3, 3), "Nam", phone="0868111222"),
    Applicant("Võ Thị Ngọc Ánh", "038303001111", date(2003, 9, 9), "Nữ", phone="0888999000"),
    Applicant("Hoàng Đức Anh", "038099002222", date(1999, 2, 2), "Nam", phone="0707333444"),
    Applicant("Bùi Thị Thu", "038192003333", date(1992, 12, 12), "Nữ", phone="0833777666"),
]
# Same-day certified copy, 3 and 7 working days, 4 working hours, 2 working days.
PROCEDURES = ["2.000815", "1.004873", "1.004222", "1.010041", "2.001035"]
DAYS = [date(2025, 11, d) for d in (10, 11, 12, 13, 14, 17)]
PER_DAY = 50
NOW = datetime(2025, 11, 17, 15, 30, tzinfo=VN_TZ)  # Monday afternoon: some are late by now


@dataclass
class Seeded:
    codes: list[str]  # in the order received (ids increase)
    dossiers: dict[str, Dossier]

    def newest_first(self, keep) -> list[str]:
        return [c for c in reversed(self.codes) if keep(self.dossiers[c])]


def _at(day: date, minutes: int) -> datetime:
    return datetime(day.year, day.month, day.day, 7, 45, tzinfo=VN_TZ) + timedelta(minutes=minutes)


def seed(ctx, clock) -> Seeded:
    codes: list[str] = []
    n = 0
    for day in DAYS:
        for i in range(PER_DAY):
            received = _at(day, 8 * i)
            clock.now = received
            d = draft(ctx, code=PROCEDURES[n % len(PROCEDURES)], applicant=PEOPLE[n % len(PEOPLE)])
            code = intake.receive_dossier(ctx, d).code
            later = received + timedelta(minutes=45)
            clock.now = later
            step = n % 7
            if step in (0, 1, 2, 3):
                target = (Status.PROCESSING, Status.RESULT_READY, Status.SUPPLEMENT_REQUIRED,
                          Status.AWAITING_PAYMENT)[step]
                report_progress(ctx, code, target, later)
            elif step == 4 and day < NOW.date():
                report_progress(ctx, code, Status.RESULT_READY, later)
                returns.return_result(ctx, code, returns.Recipient("applicant"))
            codes.append(code)
            n += 1
    clock.now = NOW
    return Seeded(codes, {c: queries.find_by_code(ctx, c) for c in codes})


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory) -> tuple[Path, Seeded]:
    """Seed once (300 receipts with durable commits take seconds), copy the store per test."""
    clock = FakeClock(NOW)
    data = tmp_path_factory.mktemp("seeded") / "data"
    context = open_counter(data, resources_dir(), clerk="clerk01", demo=True, clock=clock)
    try:
        seeded = seed(context, clock)
    finally:
        context.store.close()
    return data, seeded


@pytest.fixture
def ctx(tmp_path: Path, clock, seeded_store) -> ServiceContext:
    """The shared `ctx`, but holding a copy of the seeded store; the clock reads NOW."""
    source, _ = seeded_store
    shutil.copytree(source, tmp_path / "data")
    clock.now = NOW
    context = open_counter(tmp_path / "data", resources_dir(), clerk="clerk01", demo=True,
                           clock=clock)
    yield context
    context.store.close()


@pytest.fixture
def seeded(ctx, seeded_store) -> Seeded:
    return seeded_store[1]
