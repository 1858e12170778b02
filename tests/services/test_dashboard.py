"""The supervisor's dashboard figures on a week counted by hand (tests/services/dashboard_data.py)."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.core.dossier import Status
from counter_app.services import dashboard
from counter_app.services.dashboard import CounterIntake, DashboardSettings
from counter_app.services.errors import ServiceError
from counter_app.storage import outbox
from tests.services.dashboard_data import NOW, at, build_week


@pytest.fixture
def week(ctx, clock):
    return build_week(ctx, clock)


def test_todays_intake_by_channel_counter_and_clerk(ctx, week):
    d = dashboard.load(ctx, "supervisor", 7)
    assert d.as_of == NOW
    assert d.by_channel == {"direct": 1, "online": 0, "postal": 1}
    assert d.intake_today == 2
    assert d.by_counter == (CounterIntake(1, "clerk01", 1), CounterIntake(1, "lan", 1))


def test_each_clerks_receipts_still_count_once_the_outbox_has_sent_them(ctx, week):
    with ctx.store.transaction() as s:
        outbox.acknowledge(s, [e.event_id for e in outbox.pending(s)])  # the sync sent them
    d = dashboard.load(ctx, "supervisor", 7)
    assert d.by_counter == (CounterIntake(1, "clerk01", 1), CounterIntake(1, "lan", 1))


def test_due_today_next_working_day_and_overdue_with_how_late(ctx, week):
    d = dashboard.load(ctx, "supervisor", 7)
    assert d.due_today.total == 2
    assert [i.code for i in d.due_today.items] == [week["E"], week["F"]]
    assert d.next_working_day == date(2025, 11, 20)
    assert (d.due_next.total, [i.code for i in d.due_next.items]) == (1, [week["G"]])
    # D was due Tue 17:00; Wed 07:30–10:00 is 2.5 working hours. I (suspended) is not late.
    assert d.overdue.total == 1
    assert [(i.code, i.late_hours) for i in d.overdue.items] == [(week["D"], 2.5)]


def test_results_not_collected_for_more_than_n_days(ctx, week):
    d = dashboard.load(ctx, "supervisor", 7)
    assert d.uncollected_days == 5
    assert (d.uncollected.total, [i.code for i in d.uncollected.items]) == (1, [week["H"]])
    d = dashboard.load(ctx, "supervisor", 7, DashboardSettings(uncollected_days=1))
    # Ready before Tue 10:00: H (11/11), A (Mon 16:00), B (Tue 09:00); C (today) is not.
    assert [i.code for i in d.uncollected.items] == [week["H"], week["A"], week["B"]]
    assert all(i.status is Status.RESULT_READY for i in d.uncollected.items)


def test_digitization_daily_intake_and_timeliness_over_the_period(ctx, week):
    d = dashboard.load(ctx, "supervisor", 7)
    assert (d.period_from, d.period_to, d.bucket) == (date(2025, 11, 13), date(2025, 11, 19), "day")
    assert (d.received_in_period, d.digitized_in_period) == (8, 1)  # H is before the period
    assert d.digitization_rate == pytest.approx(1 / 8)
    got = {p.start: (p.intake, p.early, p.on_time, p.late) for p in d.points}
    assert got == {date(2025, 11, 13): (0, 0, 0, 0), date(2025, 11, 14): (0, 0, 0, 0),
                   date(2025, 11, 15): (0, 0, 0, 0), date(2025, 11, 16): (0, 0, 0, 0),
                   date(2025, 11, 17): (5, 0, 1, 0), date(2025, 11, 18): (1, 0, 0, 1),
                   date(2025, 11, 19): (2, 1, 0, 0)}


def test_a_long_period_is_charted_per_week(ctx, week):
    d = dashboard.load(ctx, "supervisor", 90)
    assert d.bucket == "week"
    assert d.period_from == date(2025, 8, 22)
    by_start = {p.start: (p.intake, p.early, p.on_time, p.late) for p in d.points}
    # H: received Mon 10/11, due 17:00, ready Tue 11/11 10:00: late, in that week.
    assert by_start[date(2025, 11, 10)] == (1, 0, 0, 1)
    assert by_start[date(2025, 11, 17)] == (8, 1, 1, 1)
    assert d.points[0].start == date(2025, 8, 22)  # the first week starts with the period
    assert len(d.points) == 14 and sum(p.intake for p in d.points) == 9


def _plans(ctx) -> dict[str, str]:
    bounds = (at(19, 0).isoformat(), at(20, 0).isoformat())
    sql = {
        "intake": ("SELECT channel FROM dossiers WHERE received_at >= ? AND received_at < ?", bounds),
        "due": ("SELECT count(*) FROM dossiers WHERE status IN (2, 4, 6) AND appointment_at >= ? "
                "AND appointment_at < ?", bounds),
        "overdue": ("SELECT count(*) FROM dossiers WHERE status IN (2, 4, 6) "
                    "AND appointment_at < ?", bounds[:1]),
        "uncollected": ("SELECT count(*) FROM dossiers WHERE status = 9 AND resolved_at < ?",
                        bounds[:1]),
    }
    with ctx.store.reading() as s:
        conn = s.connection().connection.driver_connection
        return {k: " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + q, a))
                for k, (q, a) in sql.items()}


def test_the_day_and_status_queries_walk_an_index(ctx, week):
    for name, plan in _plans(ctx).items():
        assert "USING" in plan and "INDEX" in plan, f"{name}: {plan}"


def test_a_clerk_may_not_read_the_dashboard(ctx, week):
    with pytest.raises(ServiceError) as err:
        dashboard.load(ctx, "clerk", 7)
    assert err.value.rule == "forbidden" and "giám sát" in err.value.message


def test_n_days_is_kept_and_a_wrong_value_is_refused_without_change(ctx):
    assert dashboard.load_settings(ctx) == DashboardSettings(5)
    dashboard.save_settings(ctx, "supervisor", DashboardSettings(9))
    assert dashboard.load_settings(ctx) == DashboardSettings(9)
    for wrong in (0, 366, -1):
        with pytest.raises(ServiceError) as err:
            dashboard.save_settings(ctx, "admin", DashboardSettings(wrong))
        assert err.value.field == "uncollected_days" and "từ 1 đến 365" in err.value.message
    with pytest.raises(ServiceError):
        dashboard.save_settings(ctx, "clerk", DashboardSettings(3))
    assert dashboard.load_settings(ctx) == DashboardSettings(9)
    with pytest.raises(ServiceError) as err:
        dashboard.load(ctx, "admin", 45)
    assert err.value.field == "period_days"
