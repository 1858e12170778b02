"""The citizen's consent to be told by SMS or Zalo: chosen with the keyboard, kept in the draft,
sent with the dossier; a channel without a mobile number is refused where the clerk looks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from counter_app.services import queries
from counter_app.storage import outbox
from counter_app.ui.intake.draft_codec import normalize
from tests.services.helpers import CERTIFIED_COPY
from tests.ui.intake.conftest import receive


def _fill_without_phone(s, keys) -> None:
    s.focus_first()
    keys.type("Nguyễn Văn An")
    keys.tab()
    keys.type("038203012345")
    keys.tab()
    keys.type("15032003")
    s.picker.edit.setFocus()
    keys.type(CERTIFIED_COPY)
    keys.enter()


def test_consent_is_chosen_with_the_keyboard_and_sent(make_slice, keys, qtbot, ctx):
    s = make_slice()
    _fill_without_phone(s, keys)
    assert s.options.notify_channel.currentData() == "none"  # no consent unless asked
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert keys.focus() is s.options.notify_channel
    keys.press(Qt.Key.Key_Down)
    assert s.options.notify_channel.currentData() == "sms"
    assert s.form_state()["options"]["notify_channel"] == "sms"  # autosaved with the draft

    keys.ctrl(Qt.Key.Key_Return)  # no phone number: refused, said next to the choice
    error = s.options.findChild(QLabel, "error_notify_channel")
    qtbot.waitUntil(lambda: "di động" in error.text())
    assert keys.focus() is s.options.notify_channel
    with ctx.store.reading() as session:
        assert outbox.pending(session) == []

    s.applicant.phone_edit.setFocus()
    keys.type("0912 345 678")
    code = receive(qtbot, keys, s)
    assert queries.find_by_code(ctx, code).details["notify"] == {"consent": True,
                                                                 "channel": "sms"}
    with ctx.store.reading() as session:
        [event] = outbox.pending(session)
    assert event.payload["notify"] == {"consent": True, "channel": "sms"}
    assert s.options.notify_channel.currentData() == "none"  # the next citizen is asked anew


def test_a_restored_draft_keeps_the_choice(make_slice):
    s = make_slice()
    state = s.form_state()
    state["options"]["notify_channel"] = "zalo"
    s.options.set_state(state["options"])
    assert s.options.notify_channel.currentData() == "zalo"
    state["options"]["notify_channel"] = "fax"  # a draft from elsewhere: no consent assumed
    assert normalize(state)["options"]["notify_channel"] == "none"
