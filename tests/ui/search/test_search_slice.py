"""The search slice: quick filters by keyboard, debounced search, lazy pages, late rows in red."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from counter_app.core.dossier import Status
from counter_app.ui.search import SearchSlice
from counter_app.services.queries import search_page
from counter_app.ui.search.model import DossierTableModel
from tests.ui.conftest import screenshot, type_text, wait_idle

from tests.ui.search.test_queues import EXPECTED, _name_matches

RED = QColor("#a8071a")
STATUS = DossierTableModel.COLUMNS.index("status")
ALT = Qt.KeyboardModifier.AltModifier
FILTER_KEYS = {"received_today": Qt.Key.Key_1, "due_today": Qt.Key.Key_2, "ready": Qt.Key.Key_3,
               "overdue": Qt.Key.Key_4, "supplement": Qt.Key.Key_5}


@pytest.fixture
def search(qtbot, ctx, tasks):
    w = SearchSlice(ctx, tasks, page_size=50)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    wait_idle(qtbot, tasks)
    w.focus_first()
    return w


def _load_all(qtbot, tasks, model) -> list[str]:
    wait_idle(qtbot, tasks)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle(qtbot, tasks)
    return model.codes()


def test_each_quick_filter_by_its_shortcut(qtbot, tasks, seeded, search):
    for quick, key in FILTER_KEYS.items():
        qtbot.keyClick(search.search_box, key, ALT)
        assert search.current_filter() == quick
        assert _load_all(qtbot, tasks, search.model) == seeded.newest_first(EXPECTED[quick]), quick
        assert str(search.model.rowCount()) in search.count_label.text()
    # The same shortcut again takes the filter off: every dossier, newest first.
    qtbot.keyClick(search.search_box, Qt.Key.Key_5, ALT)
    assert search.current_filter() == "all"
    assert _load_all(qtbot, tasks, search.model) == list(reversed(seeded.codes))


def test_typing_searches_once_after_a_pause(qtbot, tasks, seeded, search):
    before = search.model.generation
    type_text(qtbot, search.search_box, "nguyen thi dao")
    assert search.model.generation == before  # nothing yet: the clerk may still be typing
    qtbot.waitUntil(lambda: search.model.generation == before + 1, timeout=2000)
    wait_idle(qtbot, tasks)
    assert search.model.generation == before + 1  # one search for fourteen keystrokes
    assert search.model.codes() == seeded.newest_first(_name_matches("nguyen thi dao"))


def test_text_search_combines_with_the_filter(qtbot, tasks, seeded, search):
    qtbot.keyClick(search.search_box, Qt.Key.Key_3, ALT)  # ready
    type_text(qtbot, search.search_box, "Hoàng")
    qtbot.keyClick(search.search_box, Qt.Key.Key_Return)  # Enter: search now
    expected = seeded.newest_first(
        lambda d: d.status is Status.RESULT_READY and _name_matches("hoang")(d))
    assert expected and _load_all(qtbot, tasks, search.model) == expected
    search.search_box.clear()
    type_text(qtbot, search.search_box, "0707 333 444")
    qtbot.keyClick(search.search_box, Qt.Key.Key_Return)
    expected = seeded.newest_first(
        lambda d: d.status is Status.RESULT_READY and d.applicant.phone == "0707333444")
    assert expected and _load_all(qtbot, tasks, search.model) == expected


def test_enter_on_a_row_opens_it(qtbot, tasks, seeded, search):
    type_text(qtbot, search.search_box, seeded.codes[10])
    qtbot.keyClick(search.search_box, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert search.model.codes() == [seeded.codes[10]]
    qtbot.keyClick(search.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is search.view
    with qtbot.waitSignal(search.sig_open_code, timeout=2000) as opened:
        qtbot.keyClick(search.view, Qt.Key.Key_Return)
    assert opened.args == [seeded.codes[10]]


def test_pages_load_lazily_and_scrolling_fetches_more(qtbot, tasks, seeded, search):
    model = search.model
    assert model.rowCount() == 50 and model.has_more
    assert model.codes() == list(reversed(seeded.codes))[:50]
    assert "50" in search.count_label.text()
    model.fetchMore(QModelIndex())
    wait_idle(qtbot, tasks)
    assert model.rowCount() == 100
    search.view.scrollToBottom()  # the view asks for the next page when it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() == 150 and not model.loading, timeout=5000)
    while model.has_more:
        n = model.rowCount()
        search.view.scrollToBottom()
        qtbot.waitUntil(lambda: not model.loading and model.rowCount() >= n, timeout=5000)
        if model.rowCount() == n:
            break
    assert model.codes() == list(reversed(seeded.codes))
    assert not model.canFetchMore(QModelIndex())


def test_a_stale_page_is_dropped(qtbot, ctx, tasks, seeded):
    release = threading.Event()

    def fetch(quick, query, after, limit, now):
        if query == "slow":
            release.wait(5)
            query = "nguyen"
        return search_page(ctx, quick, query, after, limit, now)

    model = DossierTableModel(tasks, fetch, ctx.now, page_size=50)
    model.reset("all", "slow")
    model.reset("all", "tran")
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    release.set()
    wait_idle(qtbot, tasks)
    assert model.codes() == seeded.newest_first(_name_matches("tran"))


def test_overdue_rows_are_red(qtbot, tasks, seeded, search):
    model = search.model
    _load_all(qtbot, tasks, model)
    late = {c for c in seeded.newest_first(EXPECTED["overdue"])}
    for row, code in enumerate(model.codes()):
        fg = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
        bg = model.data(model.index(row, STATUS), Qt.ItemDataRole.BackgroundRole)
        if code in late:
            assert fg.color() == RED and bg is not None, code
            assert "quá hạn" in model.data(model.index(row, STATUS))
        else:
            assert fg is None or fg.color() != RED, code
            assert bg is None, code
    search.view.scrollToTop()
    screenshot(search, "search_all")
    qtbot.keyClick(search.search_box, Qt.Key.Key_4, ALT)
    _load_all(qtbot, tasks, search.model)
    search.view.scrollToTop()
    screenshot(search, "search_overdue")
