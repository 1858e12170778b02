"""The citizen's rating screen: one criterion at a time with big 0/1/2 buttons (or digit keys),
then the overall level 1–5, a thanks page; "Bỏ qua" (Esc) skips at any moment."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from counter_app.core.rating import CRITERIA, CRITERIA_COUNT, OVERALL_LEVELS, SCORES
from counter_app.services import rating
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.ui.messages import error_text
from counter_app.ui.rating.texts import criterion_texts, overall_labels, score_labels
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner

THANKS_MS = 5000  # the thanks page closes by itself after this long
# Final refusals: trying again cannot help, so the screen only offers to close.
_FINAL_RULES = frozenset({"already_rated", "not_returned", "not_found"})
_SCORE_COLOURS = {0: "#cf1322", 1: "#d48806", 2: "#389e0d"}
_OVERALL_COLOURS = {1: "#a8071a", 2: "#cf1322", 3: "#8c8c8c", 4: "#52c41a", 5: "#237804"}
_BIG = "font-weight: bold; padding: 14px;"
_BACK = "font-size: 14pt; padding: 6px 18px;"


def _big_button(text: str, colour: str, parent: QWidget, size: int = 22) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(110)
    button.setStyleSheet(f"QPushButton {{ {_BIG} font-size: {size}pt; color: white; "
                         f"background: {colour}; border-radius: 10px; }} "
                         f"QPushButton:focus {{ border: 5px solid #1d39c4; }} "
                         f"QPushButton:disabled {{ background: #d9d9d9; color: #8c8c8c; }}")
    return button


def citizen_screen(current: QScreen | None, screens: Sequence[QScreen]) -> QScreen | None:
    """A screen other than the clerk's, if the PC has one (the citizen's monitor)."""
    others = [s for s in screens if s is not current]
    return others[0] if others else None


class RatingDialog(QDialog):
    """Answers stay on screen until stored; a refusal is shown and nothing is lost or sent twice."""

    sig_rated = Signal(str)
    sig_skipped = Signal(str)
    sig_message = Signal(str)  # for the clerk's status bar

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.code = code
        self.scores: list[int | None] = [None] * CRITERIA_COUNT
        self.overall: int | None = None
        self.index = 0
        self._saving = False
        self._final = False  # refused for good, or stored: Esc closes without a skip
        self.setWindowTitle(self.tr("Đánh giá sự hài lòng – hồ sơ %s") % code)
        self._build()
        self._keys()
        self._show_criterion(0)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.title = QLabel(self.tr("Ông/bà vui lòng đánh giá việc giải quyết hồ sơ %s")
                            % self.code, self)
        self.title.setStyleSheet("font-size: 18pt; color: #1d39c4;")
        self.title.setWordWrap(True)
        self.stack = QStackedWidget(self)

        self.criterion_page = QWidget(self)
        self.step = QLabel(self.criterion_page)
        self.step.setStyleSheet("font-size: 16pt; color: #595959;")
        self.question = QLabel(self.criterion_page)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.question.setMinimumHeight(160)
        labels = score_labels()
        self.score_buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        for score in SCORES:
            button = _big_button(f"{labels[score]}\n({score})", _SCORE_COLOURS[score],
                                 self.criterion_page)
            button.clicked.connect(lambda _=False, s=score: self.choose_score(s))
            self.score_buttons[score] = button
            row.addWidget(button)
        self.back_button = QPushButton(self.tr("← Câu trước  (Backspace)"), self.criterion_page)
        self.back_button.setStyleSheet(_BACK)
        self.back_button.clicked.connect(self.back)
        page = QVBoxLayout(self.criterion_page)
        page.addWidget(self.step)
        page.addWidget(self.question, 1)
        page.addLayout(row)
        page.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.criterion_page)

        self.overall_page = QWidget(self)
        ask = QLabel(self.tr("Nhìn chung, ông/bà hài lòng với việc giải quyết hồ sơ ở mức nào?"),
                     self.overall_page)
        ask.setWordWrap(True)
        ask.setStyleSheet("font-size: 26pt; font-weight: bold;")
        grid = QGridLayout()
        names = overall_labels()
        self.overall_buttons: dict[int, QPushButton] = {}
        for column, level in enumerate(OVERALL_LEVELS):
            # Five across a 1366-pixel screen: a smaller type than the three scores.
            button = _big_button(f"{level}\n{names[level]}", _OVERALL_COLOURS[level],
                                 self.overall_page, size=16)
            button.clicked.connect(lambda _=False, v=level: self.choose_overall(v))
            self.overall_buttons[level] = button
            grid.addWidget(button, 0, column)
            grid.setColumnStretch(column, 1)
        # Same width for every level: no level looks more important than another.
        widest = max(b.sizeHint().width() for b in self.overall_buttons.values())
        for button in self.overall_buttons.values():
            button.setMinimumWidth(widest)
        self.overall_back = QPushButton(self.tr("← Câu trước  (Backspace)"), self.overall_page)
        self.overall_back.setStyleSheet(_BACK)
        self.overall_back.clicked.connect(self.back)
        page = QVBoxLayout(self.overall_page)
        page.addWidget(ask, 1)
        page.addLayout(grid)
        page.addWidget(self.overall_back, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.overall_page)

        self.thanks_page = QLabel(self.tr("Xin cảm ơn ông/bà đã đánh giá!\n"
                                          "Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn."), self)
        self.thanks_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_page.setWordWrap(True)
        self.thanks_page.setStyleSheet("font-size: 30pt; font-weight: bold; color: #237804;")
        self.stack.addWidget(self.thanks_page)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("font-size: 16pt; color: #a8071a; font-weight: bold;")
        self.error.setVisible(False)
        self.skip_button = QPushButton(self.tr("Bỏ qua  (Esc)"), self)
        self.skip_button.setStyleSheet("font-size: 16pt; padding: 8px 24px;")
        self.skip_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WindowShortcut
        digits = self.tr("Phím số: chấm điểm tiêu chí (0, 1, 2) hoặc chọn mức hài lòng chung (1–5)")
        for digit in range(6):
            for keys in (str(digit), f"Num+{digit}"):
                add_shortcut(self, keys, lambda d=digit: self._on_digit(d), digits, context)
        for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
            add_shortcut(self, QKeySequence(key), self.back, self.tr("Quay lại câu trước"), context)

    # ------------------------------------------------------------------ steps
    def _show_criterion(self, index: int) -> None:
        self.index = index
        criterion = CRITERIA[index]
        self.step.setText(self.tr("Tiêu chí %s / %s") % (index + 1, CRITERIA_COUNT))
        self.question.setText(criterion_texts()[criterion.code])
        chosen = self.scores[index]
        self.back_button.setEnabled(index > 0)
        self.stack.setCurrentWidget(self.criterion_page)
        self.score_buttons[chosen if chosen is not None else 2].setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _show_overall(self) -> None:
        self.index = CRITERIA_COUNT
        self.stack.setCurrentWidget(self.overall_page)
        self.overall_buttons[self.overall or 4].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_digit(self, digit: int) -> None:
        if self._saving or self._final:
            return
        page = self.stack.currentWidget()
        if page is self.criterion_page and digit in SCORES:
            self.choose_score(digit)
        elif page is self.overall_page and digit in OVERALL_LEVELS:
            self.choose_overall(digit)

    def choose_score(self, score: int) -> None:
        if self._saving or self._final or self.stack.currentWidget() is not self.criterion_page:
            return
        self.scores[self.index] = score
        if self.index + 1 < CRITERIA_COUNT:
            self._show_criterion(self.index + 1)
        else:
            self._show_overall()

    def back(self) -> None:
        if self._saving or self._final:
            return
        if self.stack.currentWidget() is self.overall_page:
            self._show_criterion(CRITERIA_COUNT - 1)
        elif self.stack.currentWidget() is self.criterion_page and self.index > 0:
            self._show_criterion(self.index - 1)

    def choose_overall(self, level: int) -> None:
        """The last answer: store the whole rating (on the writer thread)."""
        if self._saving or self._final or self.stack.currentWidget() is not self.overall_page:
            return
        self.overall = level
        self._set_saving(True)
        self._tasks.run(rating.record, self._ctx, self.code, list(self.scores), level, write=True,
                        on_done=self._on_rated, on_error=self._on_error)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Esc or "Bỏ qua": record the skip; once the rating is stored or refused, just close."""
        if self._saving:
            return
        if self._final:
            super().reject()
            return
        self._set_saving(True)
        self._tasks.run(rating.skip, self._ctx, self.code, write=True,
                        on_done=self._on_skipped, on_error=self._on_error)

    def accept(self) -> None:
        if self._final and not self._saving:
            super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.stack.currentWidget() is self.thanks_page and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.accept()
            return
        super().keyPressEvent(event)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in [*self.score_buttons.values(), *self.overall_buttons.values(),
                       self.back_button, self.overall_back, self.skip_button]:
            button.setEnabled(not saving and not self._final)
        if saving:
            self.error.setVisible(False)
        else:
            self.skip_button.setEnabled(True)

    def _on_rated(self, _result: object) -> None:
        self._final = True
        self._set_saving(False)
        self.skip_button.setText(self.tr("Đóng  (Esc)"))
        self.stack.setCurrentWidget(self.thanks_page)
        self.thanks_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_rated.emit(self.code)
        self.sig_message.emit(self.tr("Đã ghi nhận đánh giá của công dân cho hồ sơ %s.") % self.code)
        QTimer.singleShot(THANKS_MS, self, self.accept)

    def _on_skipped(self, _result: object) -> None:
        self._final = True
        self._set_saving(False)
        self.sig_skipped.emit(self.code)
        self.sig_message.emit(self.tr("Công dân bỏ qua đánh giá hồ sơ %s.") % self.code)
        super().reject()

    def _on_error(self, exc: BaseException) -> None:
        message = error_text(exc)
        if isinstance(exc, ServiceError) and exc.rule in _FINAL_RULES:
            self._final = True
            self.skip_button.setText(self.tr("Đóng  (Esc)"))
        self._set_saving(False)
        self.error.setText(self.tr("Chưa lưu được đánh giá: %s") % message)
        self.error.setVisible(True)
        self.sig_message.emit(self.error.text())
        if not self._final and self.stack.currentWidget() is self.overall_page:
            # The answers are kept: choosing the level again tries again.
            self.overall_buttons[self.overall or 4].setFocus(Qt.FocusReason.OtherFocusReason)


def open_rating_dialog(parent: QWidget, ctx: ServiceContext, tasks: TaskRunner,
                       code: str) -> RatingDialog:
    """Offer the rating after a hand-back: full screen on the citizen's monitor if there is one,
    otherwise a large window the clerk turns toward the citizen. Gone when closed."""
    dialog = RatingDialog(ctx, tasks, code, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    screen = citizen_screen(parent.screen(), QGuiApplication.screens())
    if screen is not None:
        dialog.setScreen(screen)
        dialog.setGeometry(screen.geometry())
        dialog.showFullScreen()
    else:
        area = parent.screen().availableGeometry()
        dialog.resize(int(area.width() * 0.9), int(area.height() * 0.85))
        dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
