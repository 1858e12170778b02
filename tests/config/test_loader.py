"""The configuration: layers in order, every wrong setting named with its key, place and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.config import ConfigError, load
from counter_app.config.loader import read_file, resolve
from counter_app.config.render import show


def _load(tmp_path: Path, *files: Path, environ: dict[str, str] | None = None,
          data_flag: str | None = None, install: Path | None = None):
    return load(list(files), environ or {}, {"data.dir": ("--data", data_flag)}, cwd=tmp_path,
                default_data_dir=tmp_path / "default-data", install_dir=install or tmp_path / "app")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _problems(exc: pytest.ExceptionInfo[ConfigError]) -> list[tuple[str, str, str]]:
    return [(p.key, p.where, p.reason) for p in exc.value.problems]


def test_machine_then_user_then_environment_then_flag_each_key_from_the_last_that_sets_it(tmp_path):
    machine = _write(tmp_path / "etc/config.toml", '[central]\nurl = "https://dvc.tinh.gov.vn"\n'
                     '[log]\nlevel = "WARNING"\nbackups = 3\n[counter]\nnumber = 4\n')
    user = _write(tmp_path / "home/config.toml", '[log]\nlevel = "DEBUG"\n[data]\ndir = "d1"\n')
    config = _load(tmp_path, machine, user, tmp_path / "absent.toml",
                   environ={"COUNTER_APP_LOG_BACKUPS": "7", "COUNTER_APP_DATA_DIR": "/srv/d2"},
                   data_flag="/srv/d3")
    assert config.text("central.url") == "https://dvc.tinh.gov.vn"
    assert config.origins["central.url"] == str(machine)
    assert (config.text("log.level"), config.origins["log.level"]) == ("DEBUG", str(user))
    assert config.integer("log.backups") == 7
    assert config.origins["log.backups"] == "biến môi trường COUNTER_APP_LOG_BACKUPS"
    assert config.data_dir == Path("/srv/d3") and config.origins["data.dir"] == "tham số --data"
    assert config.integer("counter.number") == 4
    assert config.origins["log.max_kb"] == "mặc định"
    assert config.log_dir == config.data_dir  # no log.dir: the log is beside the data


def test_relative_paths_in_a_file_are_relative_to_that_file(tmp_path):
    bundle = _write(tmp_path / "etc/ca/tinh.pem", "-----BEGIN CERTIFICATE-----\n")
    conf = _write(tmp_path / "etc/config.toml", '[central]\nca_bundle = "ca/tinh.pem"\n'
                  '[data]\ndir = "data"\n')
    config = _load(tmp_path, conf)
    assert config.path("central.ca_bundle") == bundle
    assert config.data_dir == tmp_path / "etc/data"


def test_every_wrong_setting_is_named_with_its_key_file_and_reason(tmp_path):
    conf = _write(tmp_path / "config.toml", "\n".join([
        "[central]", 'url = "http://dvc.tinh.gov.vn"', 'ca_bundle = "missing.pem"',
        "[log]", 'levle = "INFO"', 'max_kb = "1024"', "backups = 0",
        "[counter]", "number = true",
        "[ui]", 'language = "fr"',
        "[updatez]", 'url = "https://x"']))
    with pytest.raises(ConfigError) as exc:
        _load(tmp_path, conf)
    where = str(conf)
    found = {key: (w, reason) for key, w, reason in _problems(exc)}
    assert all(w == where for w, _ in found.values())
    assert "https://" in found["central.url"][1]
    assert f"không có tệp {tmp_path / 'missing.pem'}" in found["central.ca_bundle"][1]
    assert "khóa không có" in found["log.levle"][1] and "«level»" in found["log.levle"][1]
    assert "số nguyên" in found["log.max_kb"][1]  # a number written as a string
    assert "từ 1 đến 50" in found["log.backups"][1]
    assert "số nguyên" in found["counter.number"][1]
    assert "vi, en" in found["ui.language"][1]
    assert "mục không có" in found["updatez"][1]
    # One message says it all, file and key included, for stderr and the message box.
    assert f"{where}: [central.url]" in exc.value.message
    assert "không khởi động" in exc.value.message


def test_a_file_that_is_not_toml_says_where(tmp_path):
    conf = _write(tmp_path / "config.toml", '[central]\nurl = "https://a\n')
    with pytest.raises(ConfigError) as exc:
        _load(tmp_path, conf)
    [(key, where, reason)] = _problems(exc)
    assert (key, where) == ("", str(conf)) and "TOML" in reason and "line 2" in reason


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:8765/",
                                 "http://[::1]:8765", "https://dvc.tinh.gov.vn/"])
def test_http_is_allowed_only_on_loopback(tmp_path, url):
    config = _load(tmp_path, environ={"COUNTER_APP_CENTRAL_URL": url})
    assert config.text("central.url") == url.rstrip("/")


@pytest.mark.parametrize("url", ["http://10.0.0.5:8765", "http://dvc.tinh.gov.vn", "ftp://x.vn",
                                 "dvc.tinh.gov.vn", "https://"])
def test_a_url_without_https_outside_loopback_is_refused(tmp_path, url):
    with pytest.raises(ConfigError) as exc:
        _load(tmp_path, environ={"COUNTER_APP_UPDATES_URL": url})
    [(key, where, _)] = _problems(exc)
    assert (key, where) == ("updates.url", "biến môi trường COUNTER_APP_UPDATES_URL")


def test_environment_values_are_checked_and_a_misspelt_variable_is_refused(tmp_path):
    with pytest.raises(ConfigError) as exc:
        _load(tmp_path, environ={"COUNTER_APP_LOG_MAX_KB": "nhiều", "COUNTER_APP_CENTRAL_URLL": "x",
                                 "COUNTER_APP_RESOURCES": "/opt/r"})  # not a config key: left alone
    found = {key: (where, reason) for key, where, reason in _problems(exc)}
    assert set(found) == {"log.max_kb", "central.urll"}
    assert found["central.urll"][0] == "biến môi trường COUNTER_APP_CENTRAL_URLL"


def test_the_older_data_variable_still_works(tmp_path):
    config = _load(tmp_path, environ={"COUNTER_APP_DATA": "/srv/old"})
    assert config.data_dir == Path("/srv/old")
    assert config.origins["data.dir"] == "biến môi trường COUNTER_APP_DATA"


def test_a_data_or_log_folder_inside_the_install_folder_is_refused(tmp_path):
    install = tmp_path / "CounterApp"
    conf = _write(tmp_path / "config.toml", f'[log]\ndir = "{install / "logs"}"\n')
    with pytest.raises(ConfigError) as exc:
        _load(tmp_path, conf, data_flag=str(install / "data"), install=install)
    found = {key: (where, reason) for key, where, reason in _problems(exc)}
    assert found["data.dir"][0] == "tham số --data"
    assert found["log.dir"][0] == str(conf)
    assert "thư mục cài đặt" in found["data.dir"][1]
    # Beside the install folder is fine.
    assert _load(tmp_path, data_flag=str(tmp_path / "CounterAppData"), install=install)


def test_show_gives_every_key_with_its_origin_and_never_a_secret(tmp_path):
    conf = _write(tmp_path / "config.toml", '[enrollment]\ncode = "K7Q2-PX9M-44TR"\n')
    config = _load(tmp_path, conf, environ={"COUNTER_APP_CENTRAL_URL": "https://dvc.tinh.gov.vn"})
    text = show(config)
    assert "K7Q2" not in text and "PX9M" not in text
    assert "enrollment.code" in text and "********" in text
    line = next(li for li in text.splitlines() if li.startswith("central.url"))
    assert "https://dvc.tinh.gov.vn" in line and "biến môi trường COUNTER_APP_CENTRAL_URL" in line
    assert f"tệp {conf}: đã đọc" in text


def test_the_documented_example_file_is_valid_and_names_every_key(tmp_path):
    example = Path(__file__).resolve().parents[2] / "installer" / "config.example.toml"
    source = read_file(example)
    assert source.problems == ()
    from counter_app.config.schema import KEYS

    text = example.read_text(encoding="utf-8")
    assert all(f"{k.name} =" in text or f"# {k.name} =" in text for k in KEYS)
    resolve([source], default_data_dir=tmp_path, install_dir=tmp_path / "app")
