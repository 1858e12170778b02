"""The import contracts bite: a violation planted in a copy of the tree breaks the right contract."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")

CORE = "core imports only the standard library"
UI = "the UI imports only services, core and Qt"
PRINTING = "printing imports only core, reportlab and openpyxl: data in, bytes out"
SCANNING = "scanning imports only core and its image, PDF and device libraries (never Qt)"
QT = "only the UI (and the composition root) imports Qt"
CONFIG = "the configuration and log file code imports only the standard library"

# (where the planted module goes, copied from which module, the import planted, the contract)
PLANTS = [
    ("counter_app/core/text_copy.py", "counter_app/core/text.py", "import central", CORE),
    ("counter_app/core/text_copy.py", "counter_app/core/text.py", "import reportlab", CORE),
    ("counter_app/core/text_copy.py", "counter_app/core/text.py",
     "from counter_app.storage import db", CORE),
    ("counter_app/ui/outbox_peek.py", "counter_app/ui/age.py",
     "from counter_app.storage import outbox", UI),
    ("counter_app/ui/outbox_peek.py", "counter_app/ui/age.py", "import sqlalchemy", UI),
    ("counter_app/ui/outbox_peek.py", "counter_app/ui/age.py",
     "from counter_app.sync import status", UI),
    ("counter_app/printing/qt_copy.py", "counter_app/printing/fmt.py",
     "from PySide6 import QtGui", PRINTING),
    ("counter_app/printing/qt_copy.py", "counter_app/printing/fmt.py", "import sqlalchemy", PRINTING),
    ("counter_app/scanning/qt_copy.py", "counter_app/scanning/model.py",
     "from PySide6 import QtCore", SCANNING),
    ("counter_app/scanning/qt_copy.py", "counter_app/scanning/model.py",
     "from counter_app.storage import db", SCANNING),
    ("counter_app/config/qt_copy.py", "counter_app/config/render.py",
     "from PySide6 import QtCore", CONFIG),
    ("counter_app/config/qt_copy.py", "counter_app/config/render.py", "import platformdirs", CONFIG),
    ("counter_app/config/qt_copy.py", "counter_app/config/render.py",
     "from counter_app.storage import db", CONFIG),
]


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """The project's packages, its contracts and the allow-list contract type, copied."""
    copy = tmp_path_factory.mktemp("contracts")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("counter_app", "central"):
        shutil.copytree(ROOT / package, copy / package, ignore=ignore)
    (copy / "tests").mkdir()
    for name in ("__init__.py", "import_allowlist.py"):
        shutil.copy(ROOT / "tests" / name, copy / "tests" / name)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def lint(tree: Path) -> tuple[int, str]:
    done = subprocess.run([str(LINT), "--no-cache"], cwd=tree, capture_output=True, text=True,
                          timeout=120)
    return done.returncode, done.stdout + done.stderr


def test_the_copied_tree_keeps_every_contract(tree):
    code, out = lint(tree)
    assert code == 0, out
    for name in (CORE, UI, PRINTING, SCANNING, QT, CONFIG):
        assert f"{name} KEPT" in out


@pytest.mark.parametrize(("target", "source", "statement", "contract"), PLANTS,
                         ids=[f"{p[0].split('/')[1]}:{p[2]}" for p in PLANTS])
def test_a_planted_import_breaks_its_contract(tree, target, source, statement, contract):
    planted = tree / target
    planted.write_text((ROOT / source).read_text(encoding="utf-8") + f"\n{statement}\n",
                       encoding="utf-8")
    try:
        code, out = lint(tree)
    finally:
        planted.unlink()
    assert code != 0, out
    assert f"{contract} BROKEN" in out, out
    module = target.removesuffix(".py").replace("/", ".")
    assert module in out  # the report names the offending module
