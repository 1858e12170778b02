"""The citizen's rating screen: keyboard only, Esc skips, refusals shown, offered after a return."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.core.dossier import Status
from counter_app.core.rating import CRITERIA, OVERALL_LABELS, SCORE_LABELS
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, rating, returns
from counter_app.storage import outbox
from counter_app.ui.rating import RatingDialog, citizen_screen, open_rating_dialog
from counter_app.ui.rating.texts import criterion_texts, overall_labels, score_labels
from counter_app.ui.returns import ReturnsSlice
from tests.back_office import report_progress
from tests.services.helpers import draft
from tests.ui.conftest import SCREENS, type_text, wait_idle

ANSWERS = [2, 2, 1, 2, 0, 1, 2, 2, 1, 2, 2]
DIGITS = {0: Qt.Key.Key_0, 1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4,
          5: Qt.Key.Key_5}


def _ready(ctx, clock) -> str:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.RESULT_READY, datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    return code


def _returned(ctx, clock) -> str:
    code = _ready(ctx, clock)
    returns.return_result(ctx, code, returns.Recipient("applicant"))
    return code


def _shot(widget, name: str) -> None:
    folder = SCREENS / "rating"
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _key(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


@pytest.fixture
def host(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _open(qtbot, host, ctx, tasks, code) -> RatingDialog:
    dialog = open_rating_dialog(host, ctx, tasks, code)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _events(ctx, code):
    with ctx.store.reading() as s:
        return outbox.for_dossier(s, code)


def test_a_citizen_rates_with_the_keyboard_only(qtbot, ctx, clock, tasks, host):
    code = _returned(ctx, clock)
    dialog = _open(qtbot, host, ctx, tasks, code)
    assert "1 / 11" in dialog.step.text()
    assert dialog.question.text() == CRITERIA[0].text
    _shot(dialog, "rating_criterion_vi")
    _key(qtbot, Qt.Key.Key_0)  # a slip of the finger on criterion 1 …
    assert "2 / 11" in dialog.step.text()
    _key(qtbot, Qt.Key.Key_Backspace)  # … taken back
    assert "1 / 11" in dialog.step.text()
    _key(qtbot, Qt.Key.Key_9)  # not a score: nothing happens
    _key(qtbot, Qt.Key.Key_5)
    assert "1 / 11" in dialog.step.text()
    for score in ANSWERS:
        _key(qtbot, DIGITS[score])
    assert dialog.stack.currentWidget() is dialog.overall_page
    _shot(dialog, "rating_overall_vi")
    assert rating.rating_of(ctx, code) is None  # nothing stored before the last answer
    with qtbot.waitSignal(dialog.sig_rated, timeout=5000):
        _key(qtbot, Qt.Key.Key_4)
    wait_idle(qtbot, tasks)
    assert dialog.stack.currentWidget() is dialog.thanks_page and dialog.thanks_page.isVisible()
    _shot(dialog, "rating_thanks_vi")
    stored = rating.rating_of(ctx, code)
    assert stored.rating.criteria == tuple(ANSWERS) and stored.rating.overall == 4
    assert _events(ctx, code)[-1].payload["criteria"] == ANSWERS
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        _key(qtbot, Qt.Key.Key_Return)  # closes the thanks page at once


def test_escape_skips_at_any_moment(qtbot, ctx, clock, tasks, host):
    code = _returned(ctx, clock)
    dialog = _open(qtbot, host, ctx, tasks, code)
    _key(qtbot, Qt.Key.Key_2)
    _key(qtbot, Qt.Key.Key_1)
    with qtbot.waitSignals([dialog.sig_skipped, dialog.finished], timeout=5000):
        _key(qtbot, Qt.Key.Key_Escape)
    wait_idle(qtbot, tasks)
    stored = rating.rating_of(ctx, code)
    assert stored.rating.skipped
    assert _events(ctx, code)[-1].payload["skipped"] is True


def test_a_refusal_is_shown_and_nothing_is_sent_twice(qtbot, ctx, clock, tasks, host):
    code = _returned(ctx, clock)
    rating.record(ctx, code, [1] * 11, 3)  # rated already (at another counter window)
    before = _events(ctx, code)
    dialog = _open(qtbot, host, ctx, tasks, code)
    for score in ANSWERS:
        _key(qtbot, DIGITS[score])
    _key(qtbot, Qt.Key.Key_5)
    wait_idle(qtbot, tasks)
    assert dialog.error.isVisible()
    assert "mỗi hồ sơ chỉ đánh giá một lần" in dialog.error.text()
    assert "Đóng" in dialog.skip_button.text()
    _shot(dialog, "rating_refused_vi")
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        _key(qtbot, Qt.Key.Key_Escape)  # closes without recording a skip
    wait_idle(qtbot, tasks)
    assert _events(ctx, code) == before
    assert rating.rating_of(ctx, code).rating.overall == 3


def test_the_returns_slice_offers_the_rating_after_a_hand_back(qtbot, ctx, clock, tasks):
    code = _ready(ctx, clock)
    w = ReturnsSlice(ctx, tasks)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.focus_first()
    type_text(qtbot, w.code_edit, code)
    qtbot.keyClick(w.code_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    qtbot.keyClick(w.recipient.applicant_id.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.rating_dialog is not None and w.rating_dialog.isVisible())
    dialog = w.rating_dialog
    assert dialog.code == code
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.sig_skipped, timeout=5000):
        _key(qtbot, Qt.Key.Key_Escape)
    wait_idle(qtbot, tasks)
    # Back to the clerk: the code field waits for the next citizen's slip.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.code_edit)
    assert rating.rating_of(ctx, code).rating.skipped


def test_a_postal_return_offers_no_rating(qtbot, ctx, clock, tasks):
    code = _ready(ctx, clock)
    w = ReturnsSlice(ctx, tasks)
    qtbot.addWidget(w)
    w.show()
    w.open_code(code)
    wait_idle(qtbot, tasks)
    w.recipient.set_kind("post")
    w.recipient.waybill.edit.setText("EC123456789VN")
    with qtbot.waitSignal(w.sig_dossier_saved, timeout=5000):
        w._on_recipient_confirm()
    wait_idle(qtbot, tasks)
    assert w.rating_dialog is None


def test_the_screen_shows_the_cores_words():
    assert [criterion_texts()[c.code] for c in CRITERIA] == [c.text for c in CRITERIA]
    assert score_labels() == dict(SCORE_LABELS)
    assert overall_labels() == dict(OVERALL_LABELS)


def test_the_citizens_monitor_is_another_screen_when_there_is_one():
    clerk, citizen = SimpleNamespace(name="clerk"), SimpleNamespace(name="citizen")
    assert citizen_screen(clerk, [clerk, citizen]) is citizen
    assert citizen_screen(clerk, [clerk]) is None


def test_the_screen_in_english(qtbot, ctx, clock, tasks, host, english):
    from tests.ui.test_translation import VIETNAMESE

    code = _returned(ctx, clock)
    dialog = _open(qtbot, host, ctx, tasks, code)
    shown = [dialog.question.text(), dialog.step.text(), dialog.skip_button.text(),
             *(b.text() for b in dialog.score_buttons.values())]
    assert not any(VIETNAMESE.search(t) for t in shown), shown
    assert dialog.score_buttons[2].text().startswith("Very satisfied")
    _shot(dialog, "rating_criterion_en")
    for score in ANSWERS:
        _key(qtbot, DIGITS[score])
    assert "Very dissatisfied" in dialog.overall_buttons[1].text()
    _shot(dialog, "rating_overall_en")
