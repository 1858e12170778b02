"""A counter the installer configured (central.url, enrollment.code) enrolls itself at first start."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.config import load
from counter_app.paths import resources_dir
from counter_app.services.errors import SetupError
from counter_app.services.provisioning import provision
from counter_app.services.setup import open_counter
from tests.sync.conftest import _counter_numbers


def _config(tmp_path: Path, url: str, code: str, number: int = 0):
    environ = {"COUNTER_APP_CENTRAL_URL": url, "COUNTER_APP_ENROLLMENT_CODE": code}
    if number:
        environ["COUNTER_APP_COUNTER_NUMBER"] = str(number)
    return load([], environ, {}, cwd=tmp_path, default_data_dir=tmp_path / "data",
                install_dir=tmp_path / "app")


def test_a_new_pc_enrolls_fetches_its_catalog_and_opens(shared_central, tmp_path):
    number = next(_counter_numbers)
    config = _config(tmp_path, shared_central.url, shared_central.enrollment_code(number), number)
    assert provision(config.data_dir, config) is True
    ctx = open_counter(config.data_dir, resources_dir())  # no demo data: all from the service
    try:
        assert ctx.device.counter_no == number and ctx.device.unit_code == "000.00.06.H56"
        assert len(ctx.catalog.procedures) > 0
    finally:
        ctx.store.close()
    assert provision(config.data_dir, config) is False  # enrolled: the used code is not tried again


def test_a_new_pc_that_cannot_reach_the_service_says_why(tmp_path):
    config = _config(tmp_path, "http://127.0.0.1:9", "K7Q2-PX9M")
    with pytest.raises(SetupError) as exc:
        provision(config.data_dir, config)
    assert "http://127.0.0.1:9" in exc.value.message and "Chưa đăng ký" in exc.value.message


def test_a_working_store_opens_even_when_the_service_is_down(ctx, tmp_path):
    data = ctx.store.path.parent
    config = load([], {"COUNTER_APP_CENTRAL_URL": "http://127.0.0.1:9",
                       "COUNTER_APP_ENROLLMENT_CODE": "K7Q2"}, {"data.dir": ("--data", str(data))},
                  cwd=tmp_path, default_data_dir=data, install_dir=tmp_path / "app")
    assert provision(config.data_dir, config) is False  # the demo counter works offline


def test_nothing_happens_without_both_settings(tmp_path):
    config = load([], {"COUNTER_APP_CENTRAL_URL": "https://dvc.tinh.gov.vn"}, {}, cwd=tmp_path,
                  default_data_dir=tmp_path / "data", install_dir=tmp_path / "app")
    assert provision(config.data_dir, config) is False
    assert not (tmp_path / "data").exists()
