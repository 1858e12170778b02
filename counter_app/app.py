"""Composition root: reads the configuration, builds the services, hands each widget what it needs.

Start-up paints the login window first and opens the store behind it on the task runner: the
clerk types while it opens. This module therefore imports only Qt and the login slice at the
top; SQLAlchemy, the services and the main window are loaded off the first paint's path.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counter_app.config import Config, logs
from counter_app.paths import resources_dir
from counter_app.ui.errors import ErrorReporter
from counter_app.ui.gc_guard import GuiThreadCollector
from counter_app.ui.login.dialog import LoginDialog
from counter_app.ui.qt_vi import QtVietnamese
from counter_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from counter_app.services.context import ServiceContext
    from counter_app.services.preferences import Preferences

DEMO_LOGIN = ("demo", "demo1234")
log = logging.getLogger(__name__)


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Vietnamese is the source language; English comes from resources/translations/*.qm.

    Qt's own texts (OK, Cancel, Close, Yes, No …) come from Qt's qtbase_<lang>.qm; Qt ships
    none for Vietnamese, so QtVietnamese supplies them.
    """
    kept: list[QTranslator] = []
    if language == "vi":
        vi = QtVietnamese(app)
        app.installTranslator(vi)
        kept.append(vi)
        return kept
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"counter_app_{language}.qm")):
        app.installTranslator(ours)
        kept.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        kept.append(qt)
    return kept


def open_desk(data: Path, demo: bool,
              config: Config | None = None) -> tuple[ServiceContext, Preferences]:
    """On the task runner's writer: the store (migrated), the demo account, the preferences
    (the configuration's defaults where the counter chose nothing yet)."""
    from counter_app.services import preferences
    from counter_app.services.setup import ensure_demo_clerk, open_counter

    if config is not None:  # a counter the installer configured enrolls itself on its first start
        from counter_app.services.provisioning import provision
        provision(data, config)
    ctx = open_counter(data, resources_dir(), demo=demo)
    try:
        if config is not None:
            ctx = replace(ctx, config=config)
        if demo:
            ensure_demo_clerk(ctx, *DEMO_LOGIN)
        return ctx, preferences.load(ctx, preferences.configured_defaults(ctx))
    except BaseException:
        ctx.store.close()
        raise


def _failure_text(exc: BaseException) -> str:
    from counter_app.services.errors import ServiceError
    from counter_app.storage.db import StoreError

    if isinstance(exc, (ServiceError, StoreError)):
        return str(exc)  # already says why and what to do
    log.error("the store could not be opened", exc_info=exc)
    return QCoreApplication.translate(
        "Startup", "Không mở được dữ liệu của quầy: {e}").format(e=exc)


class Startup(QObject):
    """The login window, painted first, and the store opening behind it on the task runner."""

    def __init__(self, app: QApplication, data: Path, *, demo: bool = False,
                 config: Config | None = None) -> None:
        super().__init__(app)
        self.app, self.data, self.config = app, data, config
        self.tasks = TaskRunner(app)
        self.login = LoginDialog(None, self.tasks, username=DEMO_LOGIN[0] if demo else "")
        self.opened: tuple[ServiceContext, Preferences] | None = None
        self.failure = ""  # why the store could not be opened
        self.log_handler: logging.Handler | None = None
        self._demo = demo
        self._opening: Future[Any] | None = None
        self._translators: list[QTranslator] = []

    def start(self) -> None:
        # The first paint is in the configured language (the counter's choice lives in the store).
        self._translators = install_translator(
            self.app, self.config.text("ui.language") if self.config else "vi")
        self.login.show()
        self.app.processEvents()  # the first paint, before the opening competes for the CPU
        self._opening = self.tasks.run(open_desk, self.data, self._demo, self.config, write=True,
                                       on_done=self._on_opened, on_error=self._on_open_failed)

    def _on_opened(self, opened: tuple[ServiceContext, Preferences]) -> None:
        self.opened = opened
        ctx, prefs = opened
        first = self.config.text("ui.language") if self.config else "vi"
        if prefs.language != first:  # the dialog retranslates itself
            for translator in self._translators:
                self.app.removeTranslator(translator)
            self._translators = install_translator(self.app, prefs.language)
        self.log_handler = _log_to(self.data, self.config)
        self.login.set_context(ctx)

    def _on_open_failed(self, exc: BaseException) -> None:
        self.failure = _failure_text(exc)
        QMessageBox.critical(self.login, "Bộ phận một cửa", self.failure)
        self.login.reject()

    def close(self) -> None:
        """Finish the queued writes, then close the store, also one opened after the login
        window was closed (its result then never reached `_on_opened`)."""
        self.tasks.shutdown()
        opening = self._opening
        if opening is not None and not opening.cancelled() and opening.exception() is None:
            opening.result()[0].store.close()
        if self.log_handler is not None:
            logs.uninstall(self.log_handler)


def run_gui(data: Path, *, demo: bool = False, argv: list[str] | None = None,
            config: Config | None = None) -> int:
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication(argv if argv is not None else sys.argv))
    app.setApplicationName("counter-app")
    app.setApplicationDisplayName("Bộ phận một cửa")
    reporter = ErrorReporter(app).install()  # no exception in a slot goes unseen
    collector = GuiThreadCollector(app)  # Qt objects in cycles are freed on this thread only
    startup = Startup(app, data, demo=demo, config=config)
    try:
        startup.start()
        login = startup.login
        accepted = login.exec() == QDialog.DialogCode.Accepted and login.clerk is not None
        if startup.failure:
            return 2
        if not accepted or startup.opened is None or login.clerk is None:
            return 0
        from counter_app.ui.main_window import MainWindow

        ctx, prefs = startup.opened
        ctx = replace(ctx, clerk=login.clerk.username)  # a new snapshot: contexts are frozen
        window = MainWindow(ctx, startup.tasks, prefs, login.clerk)
        window.show()
        if login.offline_reason:
            window.status.showMessage(login.offline_reason, 10000)
        window.intake.restore_draft()  # read off the GUI thread; the slice says when it is back
        window.intake.focus_first()
        window.start_sync()
        return int(app.exec())
    finally:
        startup.close()
        reporter.uninstall()
        collector.stop()


def _log_to(data: Path, config: Config | None) -> logging.Handler:
    """The rotating log file, personal data masked (log.* of the configuration; else in `data`)."""
    if config is None:
        return logs.install(data, "WARNING")
    return logs.install(config.log_dir, config.text("log.level"),
                        config.integer("log.max_kb") or 1024, config.integer("log.backups") or 5)


def show_startup_error(message: str) -> None:
    """Why the app refuses to start (a wrong configuration), for a clerk who started it by icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translator(app, "vi")
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "Bộ phận một cửa"), message)
