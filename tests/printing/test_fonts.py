"""The bundled fonts: present with their licence, and a clear error when they are missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from counter_app.printing.config import default_fonts_dir
from counter_app.printing.fonts import _FILES


def test_fonts_are_bundled_with_their_licence() -> None:
    folder = default_fonts_dir()
    for file in _FILES.values():
        assert (folder / file).stat().st_size > 100_000, file
    licence = (folder / "LICENSE-DejaVu.txt").read_text("utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence
    serif = (folder / "LICENSE-Liberation.txt").read_text("utf-8")
    assert "SIL Open Font License" in serif and "Liberation" in serif
    assert (folder / "README.md").is_file()


def test_missing_fonts_say_where_they_were_looked_for(tmp_path: Path) -> None:
    (tmp_path / "fonts").mkdir()
    code = ("from tests.printing.samples import slip;"
            "from counter_app.printing import render_form01, DEMO_CONFIG;"
            "render_form01(slip(1), DEMO_CONFIG)")
    env = dict(os.environ, COUNTER_APP_RESOURCES=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode != 0
    assert "FontsMissingError" in proc.stderr
    assert "DejaVuSans.ttf" in proc.stderr and str(tmp_path / "fonts") in proc.stderr
