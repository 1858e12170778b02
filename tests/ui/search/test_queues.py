"""The work-queue queries: each quick filter and query shape, paged by keyset, match the services' data."""

from __future__ import annotations

import pytest

from counter_app.core.dossier import Status
from counter_app.core.text import fold
from counter_app.services.queries import search_page
from tests.ui.search.conftest import NOW, PEOPLE

OPEN_NOT_SUSPENDED = {Status.RECEIVED, Status.PROCESSING, Status.AWAITING_PAYMENT}

# What each quick filter means, written from the rules rather than from the query.
EXPECTED = {
    "all": lambda d: True,
    "received_today": lambda d: d.received_at is not None and d.received_at.date() == NOW.date(),
    "due_today": lambda d: (d.status in OPEN_NOT_SUSPENDED | {Status.RESULT_READY}
                            and d.appointment_at.date() == NOW.date()),
    "ready": lambda d: d.status is Status.RESULT_READY,
    # A suspended dossier (5) is never late for the time its clock is stopped.
    "overdue": lambda d: d.status in OPEN_NOT_SUSPENDED and d.appointment_at < NOW,
    "supplement": lambda d: d.status is Status.SUPPLEMENT_REQUIRED,
}


def _all_pages(ctx, quick, query, limit=37):
    out, after = [], None
    while True:
        rows = search_page(ctx, quick, query, after, limit, NOW)
        out += [r.code for r in rows]
        if len(rows) < limit:
            return out
        after = rows[-1].id


def _name_matches(query: str):
    tokens = fold(query).split()
    return lambda d: all(any(w.startswith(t) for w in fold(d.applicant.full_name).split())
                         for t in tokens)


@pytest.mark.parametrize("quick", list(EXPECTED))
def test_each_quick_filter_pages_to_exactly_its_dossiers(ctx, seeded, quick):
    expected = seeded.newest_first(EXPECTED[quick])
    assert expected  # the seed has some of each
    assert _all_pages(ctx, quick, "") == expected


def test_the_seed_has_suspended_dossiers_past_their_appointment(seeded):
    late_suspended = seeded.newest_first(
        lambda d: d.status is Status.SUPPLEMENT_REQUIRED and d.appointment_at < NOW)
    assert late_suspended  # so the overdue filter's exclusion of status 5 is really tested


@pytest.mark.parametrize("query,keep", [
    ("nguyen thi dao", _name_matches("nguyen thi dao")),
    ("HOÀNG", _name_matches("hoang")),
    ("ngu da", _name_matches("ngu da")),
    ("000.00.06.H56-251114", lambda d: d.code.startswith("000.00.06.H56-251114")),
    ("000.00.06.H56-25111", lambda d: d.code.startswith("000.00.06.H56-25111")),
    (PEOPLE[2].id_number, lambda d: d.applicant.id_number == PEOPLE[2].id_number),
    ("0987 654 321", lambda d: d.applicant.phone == "0987654321"),
    ("+84 903 123 456", lambda d: d.applicant.phone == "0903123456"),
])
def test_text_search_by_shape(ctx, seeded, query, keep):
    expected = seeded.newest_first(keep)
    assert expected
    assert _all_pages(ctx, "all", query) == expected


@pytest.mark.parametrize("quick", ["ready", "overdue", "received_today"])
@pytest.mark.parametrize("query", ["hoang", "000.00.06.H56-2511", PEOPLE[0].id_number])
def test_filter_and_text_combine(ctx, seeded, quick, query):
    by_text = {"hoang": _name_matches("hoang"),
               "000.00.06.H56-2511": lambda d: d.code.startswith("000.00.06.H56-2511"),
               PEOPLE[0].id_number: lambda d: d.applicant.id_number == PEOPLE[0].id_number}[query]
    expected = seeded.newest_first(lambda d: EXPECTED[quick](d) and by_text(d))
    assert _all_pages(ctx, quick, query, limit=5) == expected


def test_nothing_matches(ctx, seeded):
    assert search_page(ctx, "all", "xyz", None, 50, NOW) == []
    assert search_page(ctx, "all", "999.99-", None, 50, NOW) == []
    assert search_page(ctx, "all", "-", None, 50, NOW) == []
    for nasty in ['"', "AND", "an*", "NEAR(", "^", "()"]:
        search_page(ctx, "ready", nasty, None, 50, NOW)  # must not raise
