"""A wrong configuration at start: the clerk who opened the app by its icon sees why, in Vietnamese."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

import counter_app.__main__ as cli


def test_a_wrong_configuration_is_shown_in_a_message_box_when_there_is_a_display(
        qtbot, tmp_path, monkeypatch, capsys):
    conf = tmp_path / "config.toml"
    conf.write_text('[printing]\nslip_layout = "A3"\n', encoding="utf-8")
    monkeypatch.setattr(cli, "config_files", lambda: [conf])
    monkeypatch.setattr(cli, "_display_present", lambda: True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append((title, text))))
    assert cli.main(["--data", str(tmp_path / "d")]) == 2
    [(title, text)] = shown
    assert title == "Bộ phận một cửa"
    assert f"{conf}: [printing.slip_layout] phải là một trong a4_two_copies, a5, thermal80" in text
    assert "không khởi động" in text
    assert text.strip() in capsys.readouterr().err  # the same words on stderr
    assert not (tmp_path / "d").exists()


def test_without_a_display_only_stderr_says_it(qtbot, tmp_path, monkeypatch, capsys):
    conf = tmp_path / "config.toml"
    conf.write_text('[log]\nlevel = "LOUD"\n', encoding="utf-8")
    monkeypatch.setattr(cli, "config_files", lambda: [conf])
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda *a: (_ for _ in ()).throw(AssertionError("no box without a display"))))
    assert cli.main(["--data", str(tmp_path / "d")]) == 2
    assert "[log.level]" in capsys.readouterr().err


def test_the_window_starts_in_the_configured_language_logs_where_configured_and_takes_the_slip_defaults(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    import counter_app.app as app_module
    from counter_app.config import load
    from counter_app.services import preferences
    from counter_app.ui.login.dialog import LoginDialog

    config = load([], {"COUNTER_APP_UI_LANGUAGE": "en", "COUNTER_APP_LOG_DIR": str(tmp_path / "logs"),
                       "COUNTER_APP_PRINTING_SLIP_LAYOUT": "thermal80"},
                  {"data.dir": ("--data", str(tmp_path / "d"))}, cwd=tmp_path,
                  default_data_dir=tmp_path / "d", install_dir=tmp_path / "app")
    seen: list[str] = []
    opened: list[object] = []

    def login_exec(self: LoginDialog) -> int:
        seen.append(self.windowTitle())  # the first paint, before the store is open
        qtbot.waitUntil(lambda: self.ready, timeout=20_000)
        return 0

    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    real_load = preferences.load
    monkeypatch.setattr(preferences, "load",
                        lambda ctx, defaults=None: opened.append(real_load(ctx, defaults)) or opened[-1])
    app = QApplication.instance()
    try:
        assert app_module.run_gui(config.data_dir, demo=True, config=config) == 0
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    assert seen == ["Sign in — One-stop desk"]
    assert (tmp_path / "logs" / "counter-app.log").is_file()
    assert not (tmp_path / "d" / "counter-app.log").exists()
    [prefs] = opened
    assert prefs.slip_layout == "thermal80" and prefs.language == "en"
