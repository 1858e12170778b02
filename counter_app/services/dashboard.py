"""The supervisor's dashboard: today's intake, what is due or late, results waiting, the period's trends."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from counter_app.core.messages import msg
from counter_app.core.codes import CodeError, DEFAULT_LANE_WIDTH, parse_code
from counter_app.core.dossier import CHANNELS, Status
from counter_app.core.stats import Resolution, classify_resolution
from counter_app.core.timeutil import VN_TZ, parse_iso
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.storage import dashboard as queries
from counter_app.storage import settings
from counter_app.storage.settings import DeviceSettings

DASHBOARD_ROLES = ("supervisor", "admin")
LIST_LIMIT = 200  # rows shown per list; the tile says how many there are in all
PERIODS = (7, 30, 90)  # days the charts cover, ending today
WEEKLY_FROM_DAYS = 32  # longer periods are charted per week (Monday first)
UNCOLLECTED_DAYS_RANGE = (1, 365)
_SETTINGS_KEY = "dashboard"

Bucket = Literal["day", "week"]


@dataclass(frozen=True)
class DashboardSettings:
    """The dashboard's own choices, kept in the counter's store (not in F9's Preferences)."""

    uncollected_days: int = 5  # a result waiting longer than this is listed as not collected


@dataclass(frozen=True)
class Listed:
    """A line of a list: the dossier and, when it is overdue, by how many working hours."""

    code: str
    procedure_name: str
    applicant_name: str
    status: Status
    appointment_at: datetime | None
    resolved_at: datetime | None
    late_hours: float = 0.0


@dataclass(frozen=True)
class DossierList:
    total: int  # how many there are; `items` holds at most LIST_LIMIT of them
    items: tuple[Listed, ...]


@dataclass(frozen=True)
class CounterIntake:
    """Today's receipts of one counter (by its code lane) and clerk ("" when not recorded)."""

    counter_no: int | None  # None: a code outside every counter lane
    clerk: str
    count: int


@dataclass(frozen=True)
class PeriodPoint:
    """One bar of the charts: a day (or a week from `start`)."""

    start: date
    intake: int
    early: int
    on_time: int
    late: int


@dataclass(frozen=True)
class Dashboard:
    as_of: datetime
    period_from: date
    period_to: date
    bucket: Bucket
    by_channel: dict[str, int]  # direct / online / postal, every channel present
    by_counter: tuple[CounterIntake, ...]
    due_today: DossierList
    next_working_day: date
    due_next: DossierList
    overdue: DossierList
    uncollected_days: int
    uncollected: DossierList
    received_in_period: int
    digitized_in_period: int
    points: tuple[PeriodPoint, ...]
    day_hours: float  # a working day's length, to say "2 ngày 3 giờ" from late_hours

    @property
    def intake_today(self) -> int:
        return sum(self.by_channel.values())

    @property
    def digitization_rate(self) -> float | None:
        """Share of the period's received dossiers with a scan attached; None with none received."""
        if not self.received_in_period:
            return None
        return self.digitized_in_period / self.received_in_period


def check_role(role: str) -> None:
    """Only a supervisor or an administrator sees the unit's figures."""
    if role not in DASHBOARD_ROLES:
        raise ServiceError("role", "forbidden", msg("dashboard.forbidden"))


def load_settings(ctx: ServiceContext) -> DashboardSettings:
    with ctx.store.reading() as session:
        text = settings.get(session, _SETTINGS_KEY)
    if text is None:
        return DashboardSettings()
    data = json.loads(text)
    return DashboardSettings(uncollected_days=int(data.get("uncollected_days", 5)))


def save_settings(ctx: ServiceContext, role: str, choice: DashboardSettings) -> DashboardSettings:
    check_role(role)
    low, high = UNCOLLECTED_DAYS_RANGE
    days = choice.uncollected_days
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ServiceError("uncollected_days", "range",
                           msg("dashboard.days_range", low=low, high=high))
    with ctx.store.transaction() as session:
        settings.put(session, _SETTINGS_KEY, json.dumps({"uncollected_days": days}))
    return choice


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), VN_TZ)


def counter_of(code: str, device: DeviceSettings) -> int | None:
    """The counter that issued a code: this counter for its own lanes, else the counter whose
    lane of the default width holds the number (codes are unique by lane, docs/decisions.md)."""
    try:
        seq = parse_code(code).seq
    except CodeError:
        return None
    if any(seq in lane for lane in device.lanes):
        return device.counter_no
    return (seq - 1) // DEFAULT_LANE_WIDTH + 1


def _by_counter(rows: list[tuple[str, str, str]], device: DeviceSettings) -> tuple[CounterIntake, ...]:
    counts = Counter((counter_of(code, device), clerk) for _channel, code, clerk in rows)
    ordered = sorted(counts.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or 0, kv[0][1]))
    return tuple(CounterIntake(counter, clerk, n) for (counter, clerk), n in ordered)


def _bucket_start(day: date, bucket: Bucket) -> date:
    return day - timedelta(days=day.weekday()) if bucket == "week" else day


def _points(first: date, last: date, bucket: Bucket, intake: dict[str, int],
            resolved: list[tuple[str, str, str, int]]) -> tuple[PeriodPoint, ...]:
    starts: list[date] = []
    day = first
    while day <= last:
        start = _bucket_start(day, bucket)
        if not starts or starts[-1] != start:
            starts.append(start)
        day += timedelta(days=1)
    received: Counter[date] = Counter()
    for iso_day, n in intake.items():
        received[_bucket_start(date.fromisoformat(iso_day), bucket)] += n
    judged: dict[date, Counter[Resolution]] = {s: Counter() for s in starts}
    for resolved_day, appointment, resolved_at, n in resolved:
        verdict = classify_resolution(parse_iso(appointment), parse_iso(resolved_at))
        judged[_bucket_start(date.fromisoformat(resolved_day), bucket)][verdict] += n
    # A week cut by the period's first day is labelled by that day: it holds only the period's.
    return tuple(PeriodPoint(max(s, first), received[s], judged[s]["early"], judged[s]["on_time"],
                             judged[s]["late"]) for s in starts)


def _listed(ctx: ServiceContext, rows: list[queries.ListedDossier], now: datetime | None = None
            ) -> tuple[Listed, ...]:
    out = []
    for r in rows:
        late = 0.0
        if now is not None and r.appointment_at is not None:
            late = ctx.calendar.working_hours_between(r.appointment_at, now)
        out.append(Listed(r.code, r.procedure_name, r.applicant_name, r.status, r.appointment_at,
                          r.resolved_at, late))
    return tuple(out)


def load(ctx: ServiceContext, role: str, period_days: int = 30,
         choice: DashboardSettings | None = None) -> Dashboard:
    """Every figure of the dashboard as of now, for the `period_days` days ending today.

    One read transaction, so the tiles, lists and charts agree with each other.
    """
    check_role(role)
    if period_days not in PERIODS:
        raise ServiceError("period_days", "choice", msg("dashboard.period"))
    choice = choice or load_settings(ctx)
    now = ctx.now()
    today = now.date()
    tomorrow = _midnight(today + timedelta(days=1))
    next_day = ctx.calendar.next_working_day(today)
    first = today - timedelta(days=period_days - 1)
    bucket: Bucket = "week" if period_days >= WEEKLY_FROM_DAYS else "day"
    start = _midnight(first)
    with ctx.store.reading() as session:
        intake = queries.intake_rows(session, _midnight(today), tomorrow)
        due_today = queries.due_between(session, _midnight(today), tomorrow, LIST_LIMIT)
        due_next = queries.due_between(session, _midnight(next_day),
                                       _midnight(next_day + timedelta(days=1)), LIST_LIMIT)
        late = queries.overdue(session, now, LIST_LIMIT)
        waiting = queries.uncollected(session, now - timedelta(days=choice.uncollected_days),
                                      LIST_LIMIT)
        received, scanned = queries.digitization(session, start, tomorrow)
        daily = queries.daily_intake(session, start, tomorrow)
        resolved = queries.resolutions(session, start, tomorrow)
    channels = Counter(channel for channel, _code, _clerk in intake)
    return Dashboard(
        as_of=now, period_from=first, period_to=today, bucket=bucket,
        by_channel={c: channels.get(c, 0) for c in (*CHANNELS, *sorted(set(channels) - set(CHANNELS)))},
        by_counter=_by_counter(intake, ctx.device),
        due_today=DossierList(due_today[0], _listed(ctx, due_today[1])),
        next_working_day=next_day,
        due_next=DossierList(due_next[0], _listed(ctx, due_next[1])),
        overdue=DossierList(late[0], _listed(ctx, late[1], now)),
        uncollected_days=choice.uncollected_days,
        uncollected=DossierList(waiting[0], _listed(ctx, waiting[1])),
        received_in_period=received, digitized_in_period=scanned,
        points=_points(first, today, bucket, daily, resolved),
        day_hours=ctx.calendar.day_length_hours,
    )
