"""The work queues at a glance: each quick filter shows how many it holds (counted in the
background, refreshed after a save), and the ID number tells namesakes apart."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from counter_app.services import intake
from counter_app.ui.search import SearchSlice
from tests.services.helpers import draft
from tests.ui.conftest import wait_idle
from tests.ui.search.test_queues import EXPECTED


@pytest.fixture
def search(qtbot, ctx, tasks):
    w = SearchSlice(ctx, tasks, page_size=50)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_idle(qtbot, tasks)
    return w


def shown_count(button) -> int:
    match = re.search(r": ([\d.]+)\s", button.text())
    assert match, button.text()
    return int(match.group(1).replace(".", ""))


def test_each_quick_filter_shows_its_count(qtbot, tasks, seeded, search):
    for key, keep in EXPECTED.items():
        if key == "all":
            continue
        assert shown_count(search._filters[key]) == len(seeded.newest_first(keep)), key
    assert "(Alt+3)" in search._filters["ready"].text()


def test_counts_follow_a_save(qtbot, ctx, tasks, seeded, search):
    before = shown_count(search._filters["received_today"])
    intake.receive_dossier(ctx, draft(ctx))
    search.refresh()  # what the main window does after a save or a sync with changes
    wait_idle(qtbot, tasks)
    assert shown_count(search._filters["received_today"]) == before + 1


def test_namesakes_are_told_apart_by_their_id_number(qtbot, ctx, tasks, seeded, search):
    model = search.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = headers.index("Số định danh")
    assert headers[col - 1] == "Người nộp"
    for row in range(model.rowCount()):
        code = model.row_at(row).code
        assert model.data(model.index(row, col)) == seeded.dossiers[code].applicant.id_number
    assert search.view.columnWidth(col) >= search.view.fontMetrics().horizontalAdvance(
        "038185012346")
