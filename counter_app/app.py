"""Composition root: reads the configuration, builds the services, hands each widget what it needs."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counter_app.paths import resources_dir
from counter_app.services import preferences
from counter_app.services.errors import ServiceError
from counter_app.services.setup import ensure_demo_clerk, open_counter
from counter_app.storage.db import StoreError
from counter_app.ui.errors import ErrorReporter
from counter_app.ui.login.dialog import LoginDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.qt_vi import QtVietnamese
from counter_app.ui.tasks import TaskRunner

DEMO_LOGIN = ("demo", "demo1234")


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


def run_gui(data: Path, *, demo: bool = False, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("counter-app")
    app.setApplicationDisplayName("Bộ phận một cửa")
    try:
        ctx = open_counter(data, resources_dir(), demo=demo)
        if demo:
            ensure_demo_clerk(ctx, *DEMO_LOGIN)
    except (ServiceError, StoreError) as exc:
        QMessageBox.critical(None, "Bộ phận một cửa", str(exc))
        return 2
    prefs = preferences.load(ctx)
    install_translator(app, prefs.language)
    logged = _log_to(data)
    reporter = ErrorReporter(app).install()  # no exception in a slot goes unseen
    tasks = TaskRunner(app)
    try:
        login = LoginDialog(ctx, tasks, username=DEMO_LOGIN[0] if demo else "")
        if login.exec() != QDialog.DialogCode.Accepted or login.clerk is None:
            return 0
        ctx.clerk = login.clerk.username
        window = MainWindow(ctx, tasks, prefs, login.clerk)
        window.show()
        if login.offline_reason:
            window.status.showMessage(login.offline_reason, 10000)
        if window.intake.restore_draft():
            window.status.showMessage(QCoreApplication.translate(
                "MainWindow", "Đã khôi phục hồ sơ đang nhập dở."), 10000)
        window.intake.focus_first()
        window.start_sync()
        return int(app.exec())
    finally:
        tasks.shutdown()
        ctx.store.close()
        reporter.uninstall()
        logging.getLogger().removeHandler(logged)
        logged.close()


def _log_to(data: Path) -> logging.Handler:
    """Warnings and errors go to counter-app.log in the data folder (what support asks for)."""
    handler = logging.FileHandler(data / "counter-app.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.WARNING:
        root.setLevel(logging.WARNING)
    return handler
