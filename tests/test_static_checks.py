"""What `make test`'s lint step checks: mypy strict on every layer but the UI, central included; ruff."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mypy.main import process_options
from mypy.options import Options

ROOT = Path(__file__).resolve().parents[1]
# Every package whose code must be fully typed (the UI is checked by its tests, not by mypy).
STRICT = ["counter_app/core", "counter_app/storage", "counter_app/services", "counter_app/sync",
          "counter_app/printing", "counter_app/scanning", "counter_app/tools", "counter_app/config",
          "central"]
# What `strict = true` turns on, which a per-module override could quietly turn off again.
STRICT_FLAGS = ("disallow_untyped_defs", "disallow_incomplete_defs", "disallow_any_generics",
                "warn_return_any", "strict_equality")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.fixture(scope="module")
def mypy_config() -> tuple[set[str], Options]:
    cwd = os.getcwd()
    os.chdir(ROOT)  # mypy reads pyproject.toml and resolves `files` from the working directory
    try:
        sources, options = process_options([])
    finally:
        os.chdir(cwd)
    return {s.module for s in sources}, options


@pytest.mark.parametrize("package", STRICT)
def test_mypy_checks_every_module_strictly(package: str, mypy_config: tuple[set[str], Options]) -> None:
    checked, options = mypy_config
    modules = sorted(_module(p) for p in (ROOT / package).rglob("*.py"))
    assert modules, package
    assert [m for m in modules if m not in checked] == []  # none left out of `mypy`
    loose = {m: [f for f in STRICT_FLAGS if not getattr(options.clone_for_module(m), f)]
             for m in modules}
    assert {m: flags for m, flags in loose.items() if flags} == {}


def test_lint_runs_ruff_and_the_tree_is_clean() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lint = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert lint and "ruff check ." in lint.group(1)
    assert re.search(r"^test: .*\blint\b", makefile, re.M)  # `make test` runs the lint step
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run([str(ruff), "check", "--no-cache", "."], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
