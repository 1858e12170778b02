"""The UI's message templates are the catalogue's, one for one, and every code the code raises
has a template: a new message cannot reach the clerk untranslated or as a KeyError."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counter_app.core.dossier import Status, TransitionError, check_transition

from counter_app.core.messages import CATALOG, msg
from counter_app.ui import messages as ui_messages

PACKAGE = Path(ui_messages.__file__).resolve().parents[1]
USED = re.compile(r"""\bmsg\(\s*(f?)["']([^"']+)["']""")


def test_the_ui_holds_each_catalogue_template_as_its_source_text(qapp):
    ui = ui_messages._templates()  # no translator installed: the source texts themselves
    assert ui == dict(CATALOG)


def test_every_code_raised_in_the_code_has_a_template():
    seen = 0
    for path in PACKAGE.rglob("*.py"):
        for is_f, code in USED.findall(path.read_text(encoding="utf-8")):
            seen += 1
            if is_f:  # msg(f"status.{n}"): some template starts with the fixed part
                prefix = code.split("{", 1)[0]
                assert any(c.startswith(prefix) for c in CATALOG), (path, code)
            else:
                assert code in CATALOG, (path, code)
    assert seen > 150


def test_a_nested_message_is_said_in_one_language(qapp):
    with pytest.raises(TransitionError) as caught:
        check_transition(Status.RETURNED, Status.RETURNED, "counter")
    error = caught.value
    english = {CATALOG["transition.terminal"]: "Closed ({current}) → {target}",
               CATALOG["status.named"]: "{number}: {label}",
               CATALOG["status.10"]: "Result returned"}
    text = ui_messages.render(error.msg, lambda code: english.get(CATALOG[code], CATALOG[code]))
    assert text == "Closed (10: Result returned) → 10: Result returned"
    assert str(error) == ("Hồ sơ đã kết thúc (10 – Đã trả kết quả); "
                          "không thể chuyển sang 10 – Đã trả kết quả.")
    assert ui_messages.error_text(error) == str(error)  # Vietnamese UI: the same words


def test_a_clause_continues_a_sentence_and_a_label_starts_one():
    inner = msg("phone.empty")
    assert msg("labelled", label="Điện thoại của cha", problem=inner.as_clause()).text == (
        "Điện thoại của cha: chưa nhập số điện thoại.")
    assert msg("intake.too_long", label=msg("label.note"), limit=5).text == (
        "Ghi chú dài quá 5 ký tự.")
