"""`counter-app` with a configuration: refused with the reason, `config show` and `config check`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests

import counter_app.__main__ as cli


@pytest.fixture
def files(tmp_path, monkeypatch):
    """The machine-wide and per-user files of this test (none exists until written)."""
    found = [tmp_path / "etc/config.toml", tmp_path / "home/config.toml"]
    monkeypatch.setattr(cli, "config_files", lambda: list(found))
    monkeypatch.setattr(cli, "default_data_dir", lambda: tmp_path / "default-data")
    for name in [n for n in os.environ if n.startswith("COUNTER_APP_") and n != "COUNTER_APP_RESOURCES"]:
        monkeypatch.delenv(name)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    for f in found:
        f.parent.mkdir(parents=True)
    return found


def test_a_wrong_setting_stops_the_app_before_it_touches_anything(files, tmp_path, capsys):
    files[0].write_text('[central]\nurl = "http://dvc.tinh.gov.vn"\n', encoding="utf-8")
    assert cli.main(["--demo", "status"]) == 2
    err = capsys.readouterr().err
    assert f"{files[0]}: [central.url]" in err and "https://" in err
    assert not (tmp_path / "default-data").exists()  # no store made, no demo seeded


def test_config_show_prints_origins_and_masks_the_enrollment_code(files, tmp_path, capsys,
                                                                   monkeypatch):
    files[0].write_text('[enrollment]\ncode = "K7Q2-PX9M"\n[log]\nlevel = "WARNING"\n',
                        encoding="utf-8")
    files[1].write_text('[log]\nlevel = "ERROR"\n', encoding="utf-8")
    monkeypatch.setenv("COUNTER_APP_UI_LANGUAGE", "en")
    assert cli.main(["--data", str(tmp_path / "d"), "config", "show"]) == 0
    out = capsys.readouterr().out
    lines = {li.split(" =")[0]: li for li in out.splitlines() if " = " in li}
    assert "K7Q2" not in out and "********" in lines["enrollment.code"]
    assert lines["log.level"].endswith(f"# {files[1]}") and '"ERROR"' in lines["log.level"]
    assert lines["ui.language"].endswith("# biến môi trường COUNTER_APP_UI_LANGUAGE")
    assert lines["data.dir"].endswith("# tham số --data")
    assert lines["log.backups"].endswith("# mặc định")


def test_config_check_validates_one_file(files, tmp_path, capsys):
    good = tmp_path / "good.toml"
    good.write_text('[central]\nurl = "https://dvc.tinh.gov.vn"\n', encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('[log]\nbackups = "5"\n', encoding="utf-8")
    assert cli.main(["config", "check", str(good)]) == 0
    assert "hợp lệ" in capsys.readouterr().out
    assert cli.main(["config", "check", str(bad)]) == 2
    assert f"{bad}: [log.backups] phải là một số nguyên" in capsys.readouterr().err
    assert cli.main(["config", "check", str(tmp_path / "none.toml")]) == 2


def test_the_provinces_ca_bundle_is_what_requests_checks_the_central_service_with(
        files, tmp_path, monkeypatch):
    bundle = files[0].parent / "tinh.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    files[0].write_text('[central]\nca_bundle = "tinh.pem"\n', encoding="utf-8")
    monkeypatch.setattr(cli, "_run_command", lambda args, config: 0)
    assert cli.main(["status"]) == 0
    settings = requests.Session().merge_environment_settings(
        "https://dvc.tinh.gov.vn/api/v1/health", {}, None, None, None)
    assert settings["verify"] == str(bundle)


def test_commands_write_the_log_where_the_configuration_says(files, tmp_path, monkeypatch):
    files[1].write_text(f'[log]\ndir = "{tmp_path / "logs"}"\nlevel = "INFO"\n', encoding="utf-8")

    def command(args, config):
        import logging
        logging.getLogger("counter_app.test").info("gọi 0912345678")
        return 0

    monkeypatch.setattr(cli, "_run_command", command)
    assert cli.main(["--data", str(tmp_path / "d"), "status"]) == 0
    text = (tmp_path / "logs" / "counter-app.log").read_text(encoding="utf-8")
    assert "091*****78" in text and "0912345678" not in text


def test_enroll_takes_the_address_and_code_from_the_configuration(files, tmp_path, monkeypatch,
                                                                   capsys):
    files[0].write_text('[central]\nurl = "https://dvc.tinh.gov.vn"\n[enrollment]\ncode = "K7Q2"\n'
                        '[counter]\nnumber = 3\n', encoding="utf-8")
    seen: list[tuple[str, str, str]] = []

    def fake_enroll(store, url, code, name):
        seen.append((url, code, name))
        from counter_app.core.messages import msg
        from counter_app.services.errors import ServiceError
        raise ServiceError("enrollment_code", "invalid", msg("text", text="Mã đăng ký không đúng."))

    import counter_app.services.sync_setup as sync_setup
    monkeypatch.setattr(sync_setup, "enroll_counter", fake_enroll)
    assert cli.main(["--data", str(tmp_path / "d"), "enroll"]) == 2
    assert seen == [("https://dvc.tinh.gov.vn", "K7Q2", "Quầy 3")]
    assert "Mã đăng ký không đúng." in capsys.readouterr().err


def test_install_folder_of_a_source_run_is_the_package_not_the_data(tmp_path):
    from counter_app.paths import install_dir

    assert (install_dir() / "__main__.py").is_file()
    assert Path(cli.__file__).resolve().parent == install_dir()


def test_a_data_folder_inside_the_install_folder_is_refused(files, capsys):
    from counter_app.paths import install_dir

    inside = install_dir() / "data"
    assert cli.main(["--data", str(inside), "status"]) == 2
    assert "tham số --data: [data.dir]" in capsys.readouterr().err
    assert not inside.exists()
