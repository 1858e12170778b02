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
