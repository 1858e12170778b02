"""`make dist` as CI checks it: the frozen app smoke-runs offscreen, the .deb installs and its app
smoke-runs, an upgrade from the previous build keeps and migrates a store holding dossiers, a
remove keeps the data and only a purge removes the machine-wide part; the NSIS script compiles.

The frozen build is made once per tree (installer/dist.py remembers its inputs' fingerprint),
so a `make dist` before `make test`, or a second run, does not freeze again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.installer.debs import (
    PREVIOUS_SCHEMA, Dpkg, load_dist, store_facts, store_with_dossiers, with_version,
)

pytestmark = pytest.mark.dist

dist = load_dist()


def _headless_env(**extra: str) -> dict[str, str]:
    """No display, no Qt platform chosen: the app must pick offscreen by itself."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")}
    env.update(extra)
    return env


def _run(app: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(app), *args], capture_output=True, text=True, timeout=300,
                          env=_headless_env(**env))


@pytest.fixture(scope="session")
def frozen() -> Path:
    return dist.build()


@pytest.fixture(scope="session")
def debs(frozen: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(previous, current): the current version's .deb and the same build as an older version."""
    out = tmp_path_factory.mktemp("debs")
    version = dist.project_version()
    current = dist.build_deb(frozen, version, out)
    previous = with_version(current, f"{version}~prev1", out / "counter-app_previous.deb")
    return previous, current


def test_the_frozen_app_smoke_runs_offscreen_without_a_display(frozen: Path) -> None:
    result = _run(dist.executable(frozen), "--smoke")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Tiếp nhận hồ sơ mẫu 000.00.06.H56-" in out
    assert "Đọc lại mã vạch trên phiếu" in out
    assert "Kiểm tra đạt" in out


def test_the_frozen_smoke_fails_with_the_reason_when_its_resources_are_missing(
        frozen: Path, tmp_path: Path) -> None:
    result = _run(dist.executable(frozen), "--smoke", COUNTER_APP_RESOURCES=str(tmp_path))
    assert result.returncode == 1
    assert "KIỂM TRA THẤT BẠI: thiếu tệp tài nguyên" in result.stderr


def test_the_frozen_app_holds_no_central_service_and_no_unused_qt(frozen: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    pyz = CArchiveReader(str(dist.executable(frozen))).open_embedded_archive("PYZ.pyz")
    modules = set(pyz.toc)
    assert "counter_app.tools.smoke" in modules and "counter_app.ui.main_window" in modules
    for left_out in ("central", "fastapi", "uvicorn", "psycopg", "pytest"):
        assert not any(m == left_out or m.startswith(left_out + ".") for m in modules), left_out
    libs = {p.name for p in (frozen / "_internal").rglob("libQt6*")}
    assert "libQt6Charts.so.6" in libs and "libQt6SerialPort.so.6" in libs
    assert not [name for name in libs if name.startswith(("libQt6WebEngine", "libQt6Quick",
                                                          "libQt6Qml", "libQt63D"))]
    assert (frozen / "_internal" / "resources" / "translations" / "counter_app_en.qm").is_file()
    migrations = frozen / "_internal" / "counter_app" / "storage" / "migrations" / "versions"
    assert {p.name for p in migrations.glob("0*.py")} >= {"0001_initial.py", "0004_service_files.py"}


def test_the_deb_declares_the_qt_libraries_and_ships_menu_entry_icon_and_wrapper(
        debs: tuple[Path, Path]) -> None:
    _, current = debs
    fields = subprocess.run(["dpkg-deb", "-f", str(current), "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert f"Version: {dist.project_version()}" in fields
    for lib in ("libxcb-cursor0", "libxkbcommon-x11-0", "libcups2", "libsane1"):
        assert lib in fields
    listing = subprocess.run(["dpkg-deb", "-c", str(current)], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./usr/bin/counter-app", "./usr/share/applications/counter-app.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/counter-app.png",
                 "./opt/counter-app/counter-app", "./etc/counter-app/config.toml"):
        assert path in listing, path


def test_install_upgrade_with_a_store_of_dossiers_remove_and_purge(
        debs: tuple[Path, Path], tmp_path: Path) -> None:
    previous, current = debs
    dpkg = Dpkg.choose(tmp_path)
    try:
        _install_upgrade_remove_purge(dpkg, previous, current, tmp_path)
    finally:
        if dpkg.real and dpkg.version() is not None:
            dpkg.run("--purge", "counter-app")


def _install_upgrade_remove_purge(dpkg: Dpkg, previous: Path, current: Path, tmp: Path) -> None:
    # The previous build installs and its installed app passes the smoke check.
    result = dpkg.run("-i", str(previous))
    assert result.returncode == 0, result.stderr
    assert dpkg.version() == f"{dist.project_version()}~prev1"
    smoke = _run(dpkg.app(), "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert dpkg.path("/var/lib/counter-app").is_dir()

    # A clerk's store from the previous version (older schema), dossiers waiting to be sent.
    data = tmp / "clerk-data"
    codes = store_with_dossiers(data, 3)
    before = store_facts(data / "counter.sqlite3")
    assert before["schema"] == PREVIOUS_SCHEMA and before["outbox"] == 3
    machine_note = dpkg.path("/var/lib/counter-app/shared.txt")
    machine_note.write_text("machine-wide data")
    config = dpkg.path("/etc/counter-app/config.toml")
    config_text = config.read_text("utf-8")

    # Upgrade: the new build's app opens the store, backs it up, migrates it, loses nothing.
    result = dpkg.run("-i", str(current))
    assert result.returncode == 0, result.stderr
    assert dpkg.version() == dist.project_version()
    status = _run(dpkg.app(), "--data", str(data), "status")
    assert status.returncode == 0, status.stderr
    assert "Hồ sơ trong máy: 3" in status.stdout
    assert "Chờ gửi lên hệ thống tỉnh: 3 sự kiện" in status.stdout
    after = store_facts(data / "counter.sqlite3")
    assert after["schema"] != PREVIOUS_SCHEMA
    assert after["codes"] == sorted(codes) and after["outbox"] == 3
    assert list(data.glob("counter.sqlite3.before-*.bak")), "no backup before the migration"
    show = _run(dpkg.app(), "--data", str(data), "show", codes[0])
    assert show.returncode == 0 and codes[0] in show.stdout
    assert machine_note.read_text() == "machine-wide data"
    assert config.read_text("utf-8") == config_text

    # Remove: the app goes, every piece of data stays.
    result = dpkg.run("--remove", "counter-app")
    assert result.returncode == 0, result.stderr
    assert not dpkg.path("/opt/counter-app/counter-app").exists()
    assert not dpkg.path("/usr/bin/counter-app").exists()
    assert machine_note.exists() and config.exists()
    assert store_facts(data / "counter.sqlite3")["codes"] == sorted(codes)

    # Purge: the machine-wide data and settings go; a clerk's own data folder never does.
    result = dpkg.run("--purge", "counter-app")
    assert result.returncode == 0, result.stderr
    assert dpkg.version() is None
    assert not dpkg.path("/var/lib/counter-app").exists()
    assert not dpkg.path("/etc/counter-app").exists()
    assert store_facts(data / "counter.sqlite3")["codes"] == sorted(codes)


def test_the_windows_installer_script_compiles_against_the_linux_file_list(
        frozen: Path, tmp_path: Path) -> None:
    if shutil.which("makensis") is None:
        pytest.fail("makensis is missing: installer/sysdeps.sh installs the Debian package nsis")
    setup = dist.build_nsis(frozen, dist.project_version(), tmp_path)
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows executable
    assert setup.stat().st_size > 50_000
