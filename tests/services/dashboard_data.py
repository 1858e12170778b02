"""A week of a counter's work with every dashboard figure counted by hand (service and UI tests).

Today is Wednesday 19 November 2025, 10:00. Certified copies (same day, cut-off 15:00) are due
at 17:00 the day they are received; the back office moves some appointments.

| dossier | received        | by    | what happened                                 | as of Wed 10:00 |
|---------|-----------------|-------|-----------------------------------------------|-----------------|
| H       | Mon 10/11 09:00 | clerk | ready Tue 11/11 10:00, never collected        | not collected 8 days |
| A       | Mon 17 09:00    | clerk | ready Mon 17 16:00 (appointment 17:00)        | on time (17th) |
| B       | Mon 17 09:05    | clerk | ready Tue 18 09:00 (appointment Mon 17:00)    | late (18th) |
| C       | Mon 17 09:10    | clerk | appointment → Fri 21 17:00; ready Wed 09:00   | early (19th) |
| G       | Mon 17 09:15    | clerk | processing, appointment → Thu 20 10:00        | due next working day |
| I       | Mon 17 09:20    | clerk | supplement asked Mon 10:00 (clock stopped)    | neither due nor late |
| D       | Tue 18 14:00    | clerk | still received, appointment Tue 17:00         | overdue 2.5 working h |
| E       | Wed 19 09:30    | clerk | scanned (số hóa), appointment Wed 17:00       | due today |
| F       | Wed 19 09:40    | lan   | by post, appointment Wed 17:00                | due today |
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from counter_app.core.dossier import Status
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake
from counter_app.services.attachments import attach_scan
from counter_app.services.context import ServiceContext
from tests.back_office import report_progress
from tests.services.helpers import draft


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=VN_TZ)


NOW = at(19, 10)


def build_week(ctx: ServiceContext, clock) -> dict[str, str]:
    """Receive and move the dossiers of the table above; return their codes by letter."""
    codes: dict[str, str] = {}

    def receive(letter: str, when: datetime, who: ServiceContext = ctx, **changes) -> str:
        clock.now = when
        codes[letter] = intake.receive_dossier(who, draft(who, **changes)).code
        return codes[letter]

    receive("H", at(10, 9))
    clock.now = at(11, 10)
    report_progress(ctx, codes["H"], Status.RESULT_READY, at(11, 10))
    for letter, minute in (("A", 0), ("B", 5), ("C", 10), ("G", 15), ("I", 20)):
        receive(letter, at(17, 9, minute))
    clock.now = at(17, 16)
    report_progress(ctx, codes["A"], Status.RESULT_READY, at(17, 16))
    report_progress(ctx, codes["C"], Status.PROCESSING, at(17, 10), appointment_at=at(21, 17))
    report_progress(ctx, codes["G"], Status.PROCESSING, at(17, 10), appointment_at=at(20, 10))
    report_progress(ctx, codes["I"], Status.SUPPLEMENT_REQUIRED, at(17, 10))
    receive("D", at(18, 14))
    clock.now = at(18, 9)
    report_progress(ctx, codes["B"], Status.RESULT_READY, at(18, 9))
    receive("E", at(19, 9, 30))
    attach_scan(ctx, codes["E"], "Bản chính giấy tờ", b"%PDF-1.4 scan of E", 1)
    receive("F", at(19, 9, 40), dataclasses.replace(ctx, clerk="lan"), channel="postal")
    clock.now = at(19, 9)
    report_progress(ctx, codes["C"], Status.RESULT_READY, at(19, 9))
    clock.now = NOW
    return codes
