"""The procedure picker: folded words or a code, favourites pinned, most used next, keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counter_app.core.text import fold
from counter_app.services import intake
from counter_app.services.preferences import Preferences
from counter_app.ui.intake.procedure_search import ProcedureIndex
from tests.services.helpers import CERTIFIED_COPY, draft
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import type_into

SIGNATURE = "2.000884"  # Chứng thực chữ ký
BIRTH = "1.001193"  # Đăng ký khai sinh


def _names(ctx, codes):
    return [ctx.catalog.by_code(c).name for c in codes]


def test_folded_words_find_certification_procedures_first(make_slice, qtbot, ctx):
    s = make_slice(Preferences())
    type_into(qtbot, s.picker.edit, "chung thuc")
    codes = s.picker.visible_codes()
    names = _names(ctx, codes)
    starting = [n for n in names if fold(n).startswith("chung thuc")]
    assert len(starting) == 6
    assert names[:6] == starting  # "Chứng thực …" procedures head the list
    # Other names with both words come after, e.g. "… chứng nhận … an toàn thực phẩm".
    assert "2.001827" in codes[6:]
    assert CERTIFIED_COPY in codes[:6]


def test_diacritics_and_case_do_not_matter(ctx):
    index = ProcedureIndex(ctx.catalog)
    plain = [p.code for p in index.search("chung thuc ban sao")]
    marked = [p.code for p in index.search("Chứng Thực bản SAO")]
    assert plain == marked and plain[0] == CERTIFIED_COPY
    assert [p.code for p in index.search("2.0008")][0] == CERTIFIED_COPY
    assert index.search("dang ky khai sinh")[0].code == BIRTH
    assert [p.code for p in index.search("sao y")] == [CERTIFIED_COPY]  # by keyword
    assert index.search("khong co thu tuc nay") == []


def test_favourites_pinned_first(make_slice, qtbot):
    s = make_slice(Preferences(favourites=(BIRTH, SIGNATURE)))
    s.picker.edit.setFocus()
    qtbot.waitUntil(s.picker.popup.isVisible)
    assert s.picker.visible_codes()[:2] == [BIRTH, SIGNATURE]
    assert s.picker.popup.item(0).text().startswith("★ ")
    type_into(qtbot, s.picker.edit, "chung thuc")
    assert s.picker.visible_codes()[0] == SIGNATURE  # the favourite among the best matches


def test_most_used_come_next(make_slice, ctx, qtbot):
    for _ in range(2):
        intake.receive_dossier(ctx, draft(ctx, code=BIRTH))
    intake.receive_dossier(ctx, draft(ctx))
    s = make_slice(Preferences(favourites=(SIGNATURE,)))  # usage is counted in the background
    s.picker.edit.setFocus()
    qtbot.waitUntil(s.picker.popup.isVisible)
    assert s.picker.visible_codes()[:3] == [SIGNATURE, BIRTH, CERTIFIED_COPY]


def test_up_down_enter_and_escape(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice(Preferences())
    type_into(qtbot, s.picker.edit, "chung thuc")
    popup = s.picker.popup
    assert popup.isVisible() and popup.currentRow() == 0
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Up)
    second = s.picker.visible_codes()[1]
    assert popup.currentRow() == 1
    keys.press(Qt.Key.Key_Escape)  # closes the list, keeps the focus, chooses nothing
    assert not popup.isVisible() and s.picker.code() == ""
    assert keys.focus() is s.picker.edit
    keys.press(Qt.Key.Key_Down)  # opens it again
    assert popup.isVisible()
    keys.press(Qt.Key.Key_Down)
    keys.enter()
    assert s.picker.code() == second and not popup.isVisible()
    assert s.picker.edit.text().startswith(f"{second} · ")
    assert s.components.model.rowCount() == len(ctx.catalog.by_code(second).components)
    assert "Lĩnh vực: Chứng thực" in s.picker.info.text()
    # Typing over a choice filters again; Esc puts the choice back.
    s.picker.edit.setFocus()
    s.picker.edit.selectAll()
    keys.type("khai sinh")
    assert popup.isVisible() and s.picker.visible_codes()[0] == BIRTH
    keys.press(Qt.Key.Key_Escape)
    assert s.picker.code() == second and s.picker.edit.text().startswith(second)
    wait_idle(qtbot, tasks)


def test_no_match_says_so(make_slice, qtbot):
    s = make_slice(Preferences())
    type_into(qtbot, s.picker.edit, "xyz khong co")
    assert s.picker.visible_codes() == []
    assert s.picker.popup.item(0).text() == "Không tìm thấy thủ tục phù hợp."
