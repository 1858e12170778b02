"""Synthetic dossier rows for the seeder: procedures, times, statuses, codes and outbox events."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from counter_app.core.calendar import WorkCalendar
from counter_app.core.codes import format_code
from counter_app.core.deadlines import appointment_at, resume_appointment
from counter_app.core.dossier import (
    AuthorizedPerson, Channel, Component, Dossier, FeePayment, ReturnMethod, Status,
    check_transition, to_payload,
)
from counter_app.core.fees import total_vnd, uses_pages
from counter_app.core.procedures import Catalog, Procedure
from counter_app.core.text import fold
from counter_app.core.timeutil import VN_TZ
from counter_app.tools.fake_people import PeopleFaker, pick

# The row shapes of counter_app.storage.dossiers._fill and outbox.append.
DOSSIER_COLUMNS = (
    "id", "code", "procedure_code", "procedure_name", "field", "receiving_unit",
    "resolving_unit", "channel", "status", "applicant_name", "applicant_name_folded",
    "applicant_id_number", "applicant_phone", "sets", "received_at", "appointment_at",
    "return_method", "fee_vnd", "fee_payment", "rescheduled", "resolved_at", "returned_at",
    "created_at", "updated_at", "body",
)
OUTBOX_COLUMNS = ("seq", "event_id", "dossier_code", "type", "occurred_at", "device_id", "clerk",
                  "payload", "state", "attempts", "last_error")

# Share of a commune desk's traffic, in percent. Chứng thực is about half (certified copies
# and signatures above all), then civil status, residence, land, business households …
# A procedure of the catalog not listed here gets a small share; codes not in it are skipped.
PROCEDURE_WEIGHTS: dict[str, float] = {
    "2.000815": 24, "2.000908": 8, "2.000884": 9, "2.000942": 1.5, "2.001035": 3,
    "2.000913": 0.5, "2.001019": 0.6, "2.001008": 1.0,
    "1.001193": 5, "1.000894": 1.8, "1.000656": 1.2, "1.001022": 0.2, "1.004873": 3.5,
    "2.000635": 3, "1.004884": 0.3, "1.004859": 0.8, "1.004837": 0.1, "2.001263": 0.05,
    "1.004222": 2.5, "1.004194": 3, "1.002755": 0.8, "1.010038": 0.7, "1.003197": 0.8,
    "1.010041": 3,
    "1.013831": 3.5, "1.013978": 1.2, "1.013992": 1.2, "1.013225": 1.2,
    "1.001612": 1.6, "2.000720": 1.0, "1.001570": 0.4, "2.001610": 0.3,
    "3.000333": 1.5, "3.000347": 1.5, "1.014199": 0.1,
    "1.001776": 1.5, "1.001699": 0.4, "3.000182": 0.6, "2.001827": 0.15,
}
OTHER_WEIGHT = 0.2

REFUSED_SHARE = 0.012     # refused at the counter (Mẫu 03): never received
LATE_SHARE = 0.03         # resolved after the appointment
WITHDRAWN_SHARE = 0.015
STOPPED_SHARE = 0.01
UNCOLLECTED_SHARE = 0.015  # results nobody came back for (stay 9)
SUPPLEMENT_SHARE = 0.08   # of multi-day dossiers: the back office asks for a supplement

_REFUSAL_REASONS = (
    "Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.",
    "Giấy tờ xuất trình không phải bản chính hoặc đã bị tẩy xóa, sửa chữa.",
    "Bản chính giấy tờ đã hết hiệu lực.",
    "Người yêu cầu không xuất trình được giấy tờ tùy thân.",
)


@dataclass
class Chunk:
    """Rows for consecutive days, ready for executemany."""

    dossiers: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    sequences: list[tuple[str, str, int]] = field(default_factory=list)


class OfficeTime:
    """Office time as a number of seconds counted over working days only ("working seconds").

    Adding working seconds skips nights, lunch, weekends and holidays in one division, which is
    what resolution and hand-back times need (appointments themselves come from
    core.deadlines.appointment_at).
    """

    def __init__(self, calendar: WorkCalendar, first: date, last: date) -> None:
        self.periods = [(s.hour * 3600 + s.minute * 60, e.hour * 3600 + e.minute * 60)
                        for s, e in calendar.office_hours]
        self.day = sum(e - s for s, e in self.periods)
        self.days: list[date] = []
        d = first
        while d <= last:
            if calendar.is_working_day(d):
                self.days.append(d)
            d += timedelta(days=1)
        self.index = {d: i for i, d in enumerate(self.days)}

    def to_ws(self, dt: datetime) -> int | None:
        i = self.index.get(dt.date())
        if i is None:
            return None
        t = dt.hour * 3600 + dt.minute * 60 + dt.second
        offset = 0
        for s, e in self.periods:
            if t >= e:
                offset += e - s
            else:
                if t > s:
                    offset += t - s
                break
        return i * self.day + offset

    def from_ws(self, ws: int) -> datetime:
        i, offset = divmod(int(ws), self.day)
        for s, e in self.periods:
            if offset < e - s:
                t = s + offset
                break
            offset -= e - s
        return datetime.combine(self.days[i], time(t // 3600, t // 60 % 60, t % 60), VN_TZ)


@dataclass(frozen=True)
class _Kind:
    """What the generator needs of one procedure, worked out once."""

    proc: Procedure
    required: tuple[Component, ...]
    optional: tuple[Component, ...]
    tiered: bool  # fees per page (certified copies)
    fee: int      # otherwise the sum of the fees for one copy
    same_day: bool


def _kind(proc: Procedure) -> _Kind:
    required, optional = [], []
    for c in proc.components:
        comp = Component(name=c.name, required=c.required, original=c.original,
                         certified=c.certified, photo=c.photo)
        if c.required:
            # A required component is handed in with at least one copy (the intake check).
            required.append(comp if comp.total else replace(comp, original=1))
        else:
            optional.append(comp)
    tiered = uses_pages(proc.fees)
    fee = total_vnd(proc.fees)  # one copy: every fee of the procedure (core.fees)
    return _Kind(proc, tuple(required), tuple(optional), tiered, fee,
                 proc.duration.value == 0 and proc.duration.unit == "working_days")


class RowMaker:
    """Generates chunks of rows; picklable, so worker processes each get a copy."""

    def __init__(self, catalog: Catalog, calendar: WorkCalendar, unit: str, device_id: str,
                 clerk: str, seed: int, *, first_day: date, end: date, last_day: date,
                 now: datetime | None = None) -> None:
        self.calendar = calendar
        self.unit, self.device_id, self.clerk, self.seed = unit, device_id, clerk, seed
        self.kinds = [_kind(p) for p in catalog]
        self.kind_cw = list(accumulate(PROCEDURE_WEIGHTS.get(p.code, OTHER_WEIGHT)
                                       for p in catalog))
        # Appointments and late results run past the last receipt; 400 days cover any duration.
        self.office = OfficeTime(calendar, first_day, end + timedelta(days=400))
        # "Now" for the statuses: the close of office of the end date (or of the working day
        # before it), i.e. the end of that day's office time.
        worked = [d for d in self.office.days if d <= end]
        self.now_ws: int = (self.office.index[worked[-1]] + 1) * self.office.day if worked else 0
        if now is not None and now.date() in self.office.index:  # seeded during office hours
            self.now_ws = min(self.now_ws, self.office.to_ws(now) or 0)
        self.last_day = last_day
        span = [e - s for s, e in self.office.periods]
        self.period_cw = list(accumulate([0.62] + [0.38 / max(len(span) - 1, 1)] * (len(span) - 1)))
        self.folded: dict[str, str] = {}
        self.copies: dict[tuple[tuple[Component, ...], int], tuple[Component, ...]] = {}

    # --- one chunk ----------------------------------------------------------------------

    def chunk(self, index: int, first_id: int, days: list[tuple[date, int]]) -> Chunk:
        rng = random.Random(f"counter-seed/{self.seed}/chunk/{index}")
        people = PeopleFaker(rng)
        out = Chunk()
        next_id = first_id
        for day, count in days:
            base = self.office.index[day] * self.office.day
            # format_code checks the unit and the day once; the rest only differ by the number.
            prefix = format_code(self.unit, day, 1)[:-4]
            # Today's receipts fall in the office time already past, never after "now".
            room = min(self.office.day, max(self.now_ws - base, 1))
            for seq, offset in enumerate(sorted(self._offset(rng) for _ in range(count)), 1):
                if room < self.office.day:
                    offset = offset * room // self.office.day
                received = self.office.from_ws(base + offset)
                self._dossier(rng, people, out, next_id, f"{prefix}{seq:04d}", received,
                              base + offset)
                next_id += 1
            out.sequences.append((self.unit, day.isoformat(), count))
        return out

    def _offset(self, rng: random.Random) -> int:
        """Seconds into the day's office time: mornings are busier, early in each period."""
        i = pick(rng, range(len(self.office.periods)), self.period_cw)
        before = sum(e - s for s, e in self.office.periods[:i])
        s, e = self.office.periods[i]
        return before + int(rng.triangular(0, e - s - 1, (e - s) * 0.3))

    # --- one dossier --------------------------------------------------------------------

    def _dossier(self, rng: random.Random, people: PeopleFaker, out: Chunk, row_id: int,
                 code: str, at: datetime, at_ws: int) -> None:
        kind = pick(rng, self.kinds, self.kind_cw)
        proc = kind.proc
        applicant = people.applicant(at.date())
        components, sets, fee = self._components_and_fee(rng, kind)
        payment: FeePayment = "none"
        if fee:
            u = rng.random()
            payment, fee = ("exempt", 0) if u < 0.03 else ("after", fee) if u < 0.13 \
                else ("before", fee)
        channel: Channel = "postal" if rng.random() < 0.04 else "direct"
        method: ReturnMethod = "post" if channel == "postal" or rng.random() < 0.08 else "counter"
        authorized = None
        if rng.random() < 0.03:
            other = people.applicant(at.date())
            authorized = AuthorizedPerson(
                other.full_name, other.id_number,
                f"Giấy ủy quyền ngày {at - timedelta(days=rng.randint(1, 60)):%d/%m/%Y}")
        details: dict[str, Any] = {}
        received = due = received_due = resolved = returned = None
        if rng.random() < REFUSED_SHARE:
            info = {"reason": rng.choice(_REFUSAL_REASONS), "refused_at": at.isoformat()}
            status, updated, details = Status.REFUSED, at, {"refusal": info}
        else:
            received = at
            received_due = appointment_at(proc.duration, at, self.calendar, proc.same_day_cutoff)
            status, resolved, returned, updated, due = self._progress(rng, kind, method,
                                                                      at_ws, received_due)
        # One Dossier built once (dataclasses.replace is the generator's dearest call).
        d = Dossier(code=code, procedure_code=proc.code, procedure_name=proc.name,
                    field=proc.field, receiving_unit=self.unit,
                    resolving_unit=proc.resolving_agency, channel=channel, applicant=applicant,
                    status=status, components=components, sets=sets, received_at=received,
                    appointment_at=due, return_method=method,
                    return_address=applicant.address if method == "post" else "",
                    fee_vnd=fee, fee_payment=payment, authorized=authorized,
                    resolved_at=resolved, returned_at=returned, details=details)
        self._row(out, row_id, d, at, updated)
        if at.date() == self.last_day:
            initial = d if received is None else replace(
                d, status=Status.RECEIVED, appointment_at=received_due, resolved_at=None,
                returned_at=None)
            self._event(rng, out, row_id, initial, at, details.get("refusal", {}))

    def _components_and_fee(self, rng: random.Random,
                            kind: _Kind) -> tuple[tuple[Component, ...], int, int]:
        comps = kind.required
        if kind.tiered:  # certified copies: k copies of a p-page document, fee per page
            comps += tuple(c for c in kind.optional if c.photo)  # the copies to certify
            copies = min(1 + int(rng.expovariate(0.6)), 20)
            pages = min(1 + int(rng.expovariate(0.7)), 30)
            key = (comps, copies)
            counted = self.copies.get(key)
            if counted is None:
                counted = self.copies[key] = tuple(
                    replace(c, photo=copies) if c.photo else c for c in comps)
            return counted, 1, total_vnd(kind.proc.fees, copies, pages)
        if kind.optional:
            comps += tuple(c for c in kind.optional if rng.random() < 0.5)
        return comps, 2 if rng.random() < 0.05 else 1, kind.fee

    def _progress(self, rng: random.Random, kind: _Kind, method: str, rec: int,
                  due: datetime) -> tuple[Status, datetime | None, datetime | None, datetime,
                                          datetime]:
        """Where the dossier stands at "now": status, resolved_at, returned_at, updated_at and
        the appointment (moved when the back office suspended it for a supplement)."""
        now, day, office = self.now_ws, self.office.day, self.office
        due_ws = office.to_ws(due)
        due_ws = rec + 10 * day if due_ws is None else due_ws
        span = max(due_ws - rec, 600)
        if rng.random() < LATE_SHARE:
            resolved = due_ws + int(rng.uniform(0.05, 1.0 + 0.3 * span / day) * day)
        else:
            resolved = rec + int(span * (0.25 + 0.75 * rng.random() ** 0.6))
        if not kind.same_day and rng.random() < SUPPLEMENT_SHARE:
            # The back office asks for a supplement (status 5): the clock stops until it comes.
            paused = rec + int((resolved - rec) * rng.uniform(0.1, 0.9))
            resumed = paused + int(rng.expovariate(1 / 10) * day) + 600
            if paused <= now < resumed:
                return Status.SUPPLEMENT_REQUIRED, None, None, office.from_ws(paused), due
            if paused <= now and rng.random() < 0.15:  # never brought: processing stopped
                stop = office.from_ws(resumed)
                return Status.STOPPED, stop, None, stop, due
            if paused <= now:
                due = resume_appointment("shift", kind.proc.duration, due, office.from_ws(paused),
                                         office.from_ws(resumed), self.calendar,
                                         kind.proc.same_day_cutoff)
                resolved += resumed - paused
        u = rng.random()
        if u < WITHDRAWN_SHARE + STOPPED_SHARE:
            at = rec + int((resolved - rec) * rng.random())
            if at <= now:
                at_dt = office.from_ws(at)
                if u < WITHDRAWN_SHARE:
                    return Status.WITHDRAWN, None, None, at_dt, due
                # A stop is the resolving body's answer: resolved at the stop (services.progress).
                return Status.STOPPED, at_dt, None, at_dt, due
        if resolved > now:  # still open
            # The day's dossiers go to the resolving bodies in a batch after closing time.
            if now - rec < day and rng.random() < 0.85:
                return Status.RECEIVED, None, None, office.from_ws(rec), due
            v = rng.random()
            status = (Status.PROCESSING if v < 0.75 else Status.SUPPLEMENT_REQUIRED if v < 0.82
                      else Status.AWAITING_PAYMENT if v < 0.92 else Status.RECEIVED)
            return status, None, None, office.from_ws(rec + int((now - rec) * rng.random())), due
        resolved_at = office.from_ws(resolved)
        if rng.random() < UNCOLLECTED_SHARE:
            return Status.RESULT_READY, resolved_at, None, resolved_at, due
        if method == "post":
            delay = rng.uniform(0.3, 2.0) * day
        elif kind.same_day and rng.random() < 0.8:
            delay = rng.uniform(120, 3 * 3600)
        else:
            delay = 600 + rng.expovariate(1 / 1.5) * day
        returned = resolved + int(delay)
        if returned > now:
            return Status.RESULT_READY, resolved_at, None, resolved_at, due
        returned_at = office.from_ws(returned)
        return Status.RETURNED, resolved_at, returned_at, returned_at, due

    # --- rows ---------------------------------------------------------------------------

    def _fold(self, name: str) -> str:
        # Folding works letter by letter, so a name folds as its words do; the words repeat.
        out = []
        for word in name.split(" "):
            folded = self.folded.get(word)
            if folded is None:
                folded = self.folded[word] = fold(word)
            out.append(folded)
        return " ".join(out)

    def _row(self, out: Chunk, row_id: int, d: Dossier, created: datetime,
             updated: datetime) -> None:
        # Every datetime here is already in VN_TZ with whole seconds, so isoformat() is
        # exactly timeutil.iso() (models.VnDateTime), at a fraction of the cost.
        def iso(value: datetime | None) -> str | None:
            return None if value is None else value.isoformat()

        a = d.applicant
        out.dossiers.append((
            row_id, d.code, d.procedure_code, d.procedure_name, d.field, d.receiving_unit,
            d.resolving_unit, d.channel, int(d.status), a.full_name, self._fold(a.full_name),
            a.id_number, a.phone, d.sets, iso(d.received_at), iso(d.appointment_at),
            d.return_method, d.fee_vnd, d.fee_payment, int(d.rescheduled), iso(d.resolved_at),
            iso(d.returned_at), iso(created), iso(updated), _json(to_payload(d)),
        ))

    def _event(self, rng: random.Random, out: Chunk, row_id: int, d: Dossier, at: datetime,
               extra: dict[str, Any]) -> None:
        """The intake event of a dossier of the last day, not yet sent (older ones were)."""
        body = to_payload(d)
        body.update(extra)
        out.events.append((
            row_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), d.code,
            check_transition(None, d.status, "counter"), at.isoformat(), self.device_id,
            self.clerk, _json(body), "pending", 0, None,
        ))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
