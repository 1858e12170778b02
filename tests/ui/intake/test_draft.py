"""A half-typed intake survives the program going away: autosaved, restored at the next start."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from counter_app.services import drafts
from counter_app.ui.intake import IntakeSlice
from tests.services.helpers import CERTIFIED_COPY
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS


def test_half_typed_intake_is_restored(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice(owned=False)
    s.focus_first()
    keys.type("Trần Thị Bích Ngọc")
    keys.tab()
    keys.type("001304012345")
    keys.tab()
    keys.type("02/09/2004")
    keys.tab()
    keys.tab()  # past gender
    keys.tab()  # past address
    keys.type("0987 654 321")
    s.picker.edit.setFocus()
    keys.type("2.000815")
    keys.enter()
    keys.type("3")  # copies
    keys.enter()
    with qtbot.waitSignal(s.sig_draft_saved, timeout=5000):
        keys.type("4")  # pages: the last change, saved ~300 ms after it
    typed = s.form_state()
    qtbot.waitUntil(lambda: drafts.load_draft(ctx, "intake") == typed, timeout=5000)

    # The program goes away (a crash or a power cut: nothing more is saved)...
    s.close()
    s.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(s))
    wait_idle(qtbot, tasks)

    # ...and the next start brings the intake back.
    again = IntakeSlice(ctx, tasks, COUNTER_PREFS)
    qtbot.addWidget(again)
    messages = []
    again.sig_message.connect(messages.append)
    with qtbot.waitSignal(again.sig_draft_restored, timeout=5000) as restored:
        again.restore_draft()
    assert restored.args == [True]
    a = again.applicant
    assert a.name_edit.text() == "Trần Thị Bích Ngọc"
    assert a.id_edit.text() == "001304012345"
    assert a.birth_edit.text() == "02/09/2004"
    assert a.phone_edit.text() == "0987 654 321"
    assert again.picker.code() == CERTIFIED_COPY
    assert again.options.copies.value() == 3 and again.options.pages.value() == 4
    assert again.options.fee.value() == 3 * (2 * 2000 + 2 * 1000)
    assert again.components.state() == typed["components"]
    assert again.form_state() == typed
    assert messages == ["Đã khôi phục hồ sơ đang nhập dở."]
    wait_idle(qtbot, tasks)


def test_nothing_to_restore_on_a_clean_start(make_slice, qtbot):
    s = make_slice()
    with qtbot.waitSignal(s.sig_draft_restored, timeout=5000) as restored:
        s.restore_draft()
    assert restored.args == [False]
    assert s.applicant.name_edit.text() == ""


def test_clearing_the_form_drops_the_draft(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    s.focus_first()
    with qtbot.waitSignal(s.sig_draft_saved, timeout=5000):
        keys.type("Lê Văn Bình")
    assert drafts.load_draft(ctx, "intake")["applicant"]["full_name"] == "Lê Văn Bình"
    s.clear_button.click()
    wait_idle(qtbot, tasks)
    assert drafts.load_draft(ctx, "intake") is None
    assert keys.focus() is s.applicant.name_edit
    keys.press(Qt.Key.Key_A)  # typing again starts a new draft
    qtbot.waitSignal(s.sig_draft_saved, timeout=5000).wait()
    assert drafts.load_draft(ctx, "intake")["applicant"]["full_name"] == "a"
