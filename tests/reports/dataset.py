"""A constructed data set with hand-computed Biểu 06 figures, built through the real services.

November 2025 (no holiday; office 07:30–11:30, 13:30–17:00) is the period. Each dossier is
received, progressed by the back office (recorded as the change feed would), returned or
withdrawn at the counter, with the services' clock set to each moment. The same builder runs
against a live central service too (the back office working there, the counters syncing):
tests/sync/test_reports_agreement.py compares the two reports dossier by dossier.

Appointments, by hand: a certified copy (2.000815) received before 15:00 is due at 17:00 the
same day; 3 working days (1.004873, 1.001612) from Monday 09:00 is Thursday 09:00; 10 working
days (1.013831) from Monday 20 October 09:00 is Monday 3 November 09:00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from counter_app.core.codes import lane_for_counter
from counter_app.core.dossier import DossierEvent, Status, to_payload
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, returns
from counter_app.services.context import ServiceContext
from counter_app.services.intake import MissingItem
from counter_app.services.returns import Recipient
from counter_app.storage import dossiers, outbox
from tests.back_office import report_progress
from tests.conftest import FakeClock
from tests.services.helpers import draft

DATE_FROM = date(2025, 11, 1)
DATE_TO = date(2025, 11, 30)
NOW = datetime(2025, 12, 10, 9, 0, tzinfo=VN_TZ)  # the report is made after the period

COPY = "2.000815"         # Chứng thực, same day (cut-off 15:00)
CIVIL = "1.004873"        # Hộ tịch, 3 working days
LAND = "1.013831"         # Đất đai, 10 working days
BUSINESS = "1.001612"     # Thành lập và hoạt động của hộ kinh doanh, 3 working days

CERT = "Chứng thực"
HT = "Hộ tịch"
DD = "Đất đai"
HKD = "Thành lập và hoạt động của hộ kinh doanh"


def t(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=VN_TZ)


# The appointment each dossier must get (checked by the tests: the hand computation holds).
APPOINTMENTS: dict[str, datetime] = {
    "carried_late": t(3, 9),
    "early": t(6, 9),
    "on_time": t(3, 17),
    "after_hour": t(6, 10),
    "extended": t(18, 9),        # moved from 13/11 09:00 by the extension (Mẫu 04)
    "withdrawn": t(17, 9),
    "suspended": t(20, 9),
    "overdue": t(27, 9),
    "postal": t(7, 9),
    "stopped": t(10, 9),
    "other_counter": t(4, 17),
}

# Biểu 06, this counter's figures for November 2025, by hand (the unit adds other_counter).
EXPECTED_COUNTER: dict[str, dict[str, int]] = {
    CERT: dict(received_online=1, received_direct=1, resolved_on_time=2),
    HT: dict(received_direct=5, resolved_early=2, resolved_on_time=1, resolved_late=1,
             in_progress_overdue=1, withdrawn=1),
    DD: dict(received_direct=1, carried_over=1, resolved_late=1, in_progress_within=1),
    HKD: dict(received_direct=2, resolved_early=1, in_progress_within=1),
}
# (row, figure) → the dossiers it counts.
EXPECTED_CELLS: dict[tuple[str, str], set[str]] = {
    (HT, "resolved_early"): {"early", "stopped"},
    (HT, "resolved_late"): {"after_hour"},
    (HT, "withdrawn"): {"withdrawn"},
    (HT, "in_progress_overdue"): {"overdue"},
    (DD, "carried_over"): {"carried_late"},
    (HKD, "resolved_early"): {"extended"},
    (HKD, "in_progress_within"): {"suspended"},
    (CERT, "received_online"): {"online"},
    ("Tổng cộng", "resolved_late"): {"after_hour", "carried_late"},
    ("Tổng cộng", "in_progress_within"): {"within", "suspended"},
    ("Tổng cộng", "resolved_on_time"): {"on_time", "online", "postal"},
    ("Tổng cộng", "received_total"): {"carried_late", "early", "on_time", "after_hour",
                                      "extended", "suspended", "overdue", "within", "online",
                                      "postal", "stopped"},
}


class BackOffice(Protocol):
    """Where the back office's steps happen: at the counter as the change feed would bring
    them (the default), or at a live central service whose feed then brings them."""

    def __call__(self, code: str, status: Status, at: datetime, *,
                 appointment_at: datetime | None = None, note: str = "",
                 extension: bool = False) -> None: ...


def build(ctx: ServiceContext, clock: FakeClock, *, other: ServiceContext | None = None,
          back_office: BackOffice | None = None) -> dict[str, str]:
    """Store the data set; return each scenario's dossier code by name.

    `other` is counter 2 of the unit (default: a second lane of the same store, so the
    counter's unit report sees its dossier); `back_office` where the back office works.
    """
    codes: dict[str, str] = {}

    def local_back_office(code: str, status: Status, at: datetime, *,
                          appointment_at: datetime | None = None, note: str = "",
                          extension: bool = False) -> None:
        report_progress(ctx, code, status, at, appointment_at=appointment_at, note=note,
                        extension=extension)

    progress: BackOffice = back_office or local_back_office

    def receive(name: str, procedure: str, at: datetime, on: ServiceContext = ctx,
                **changes: object) -> str:
        clock.now = at
        codes[name] = intake.receive_dossier(on, draft(on, procedure, **changes)).code
        return codes[name]

    def ready(name: str, at: datetime) -> None:
        clock.now = at
        progress(codes[name], Status.RESULT_READY, at)

    def hand_back(name: str, at: datetime) -> None:
        clock.now = at
        returns.return_result(ctx, codes[name], Recipient("applicant"))

    # Received before the period, due 3/11 09:00, resolved inside it a day late.
    receive("carried_late", LAND, t(20, 9, month=10))
    # Received and resolved before the period: not in November's report at all.
    receive("closed_before", COPY, t(28, 9, month=10))
    ready("closed_before", t(28, 14, month=10))
    hand_back("closed_before", t(28, 15, month=10))

    receive("early", CIVIL, t(3, 9))
    receive("on_time", COPY, t(3, 9, 30))
    receive("after_hour", CIVIL, t(3, 10))
    ready("on_time", t(3, 16))
    hand_back("on_time", t(3, 16, 30))
    ready("carried_late", t(4, 10))
    receive("postal", CIVIL, t(4, 9), channel="postal", return_method="post",
            return_address="Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa")
    # Counter 2 of the same unit (another lane): the unit's figures only.
    other = other or replace(ctx, device=replace(ctx.device, counter_no=2,
                                                 lanes=(lane_for_counter(2),)))
    receive("other_counter", COPY, t(4, 10), on=other)
    ready("other_counter", t(4, 15))
    receive("stopped", CIVIL, t(5, 9))
    clock.now = t(5, 10)
    intake.refuse_dossier(ctx, draft(ctx, COPY), "Giấy tờ xuất trình không phải bản chính.")
    intake.request_supplement(ctx, draft(ctx, CIVIL), [MissingItem("Tờ khai")],
                              "Thiếu tờ khai theo mẫu.")
    ready("early", t(5, 10))
    ready("after_hour", t(6, 15))  # the appointment's date, after its hour: late
    ready("postal", t(7, 8))
    clock.now = t(7, 10)
    progress(codes["stopped"], Status.STOPPED, t(7, 10), note="Dừng theo yêu cầu.")

    # Extended once (Mẫu 04) before its first appointment, 13/11 09:00, to 18/11 09:00;
    # resolved on 17/11: early against the moved appointment (late against the first).
    receive("extended", BUSINESS, t(10, 9))
    clock.now = t(12, 14)
    progress(codes["extended"], Status.PROCESSING, t(12, 14),
                    appointment_at=APPOINTMENTS["extended"], extension=True,
                    note="Cần xác minh thêm.")
    receive("withdrawn", CIVIL, t(12, 9))
    clock.now = t(14, 10)
    returns.withdraw(ctx, codes["withdrawn"], "Công dân xin rút hồ sơ.")
    ready("extended", t(17, 10))

    # Due 20/11 09:00, suspended on 19/11 for a supplement that never came: in progress
    # within the deadline at the end of the period (and after it), never late.
    receive("suspended", BUSINESS, t(17, 9))
    clock.now = t(19, 10)
    progress(codes["suspended"], Status.SUPPLEMENT_REQUIRED, t(19, 10),
                    note="Bổ sung giấy tờ.")
    # Due 27/11 09:00, still being processed on 30/11: overdue.
    receive("overdue", CIVIL, t(24, 9))
    clock.now = t(24, 17)
    progress(codes["overdue"], Status.PROCESSING, t(24, 17))
    # Due in December: within the deadline.
    receive("within", LAND, t(28, 9))
    # Received after the period: not counted.
    receive("after_period", COPY, t(1, 9, month=12))

    # An online dossier the portal handed over, received on 5/11 (the counter's intake
    # does not take the online channel: stored here with the event a receipt queues),
    # resolved the same morning.
    clock.now = t(5, 8)
    with ctx.store.transaction() as session:
        base = dossiers.get(session, codes["on_time"])
        assert base is not None
        online = replace(base, code=f"{ctx.device.unit_code}-251105-0499", channel="online",
                         status=Status.RECEIVED, received_at=t(5, 8), appointment_at=t(5, 17),
                         resolved_at=None, returned_at=None)
        dossiers.insert(session, online, t(5, 8))
        outbox.append(session, DossierEvent("dossier.received", online.code, t(5, 8),
                                            to_payload(online)),
                      device_id=ctx.device.device_id, clerk=ctx.clerk)
    codes["online"] = online.code
    ready("online", t(5, 11))
    clock.now = NOW
    return codes
