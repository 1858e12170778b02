"""SANE's `test` device enabled through a private SANE_CONFIG_DIR (no system file is edited)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# A4-like feeder pages (the test device's geometry stops at 200 mm) with a grid on them.
TEST_CONF = """number_of_devices 1
mode Gray
resolution 200
source "Automatic Document Feeder"
test-picture "Grid"
enable-test-options false
br_x 200.0
br_y 200.0
"""


def sane_available() -> bool:
    try:
        import sane  # noqa: F401
    except ImportError:
        return False
    return any(Path(d, "sane", "libsane-test.so.1").exists()
               for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"))


def write_config(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dll.conf").write_text("test\n", encoding="ascii")
    (folder / "test.conf").write_text(TEST_CONF, encoding="ascii")
    return folder


@pytest.fixture(scope="session")
def sane_test_device(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The device name of SANE's test scanner, with only it configured for this process."""
    if not sane_available():
        if shutil.which("apt-get"):
            pytest.fail("SANE's test backend is missing: run installer/sysdeps.sh "
                        "(libsane1, sane-utils) and install python-sane")
        pytest.skip("not a Debian machine: SANE's test backend is not installed")
    # One folder per test session, whichever test package asks first (SANE reads it once).
    folder = write_config(tmp_path_factory.getbasetemp() / "sane-config")
    os.environ["SANE_CONFIG_DIR"] = str(folder)
    return "test:0"
