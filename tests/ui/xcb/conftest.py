"""Fixtures of the real-display tests: a private Xvfb display, or a clear reason to skip."""

from __future__ import annotations

import os

import pytest

from tests.ui.xcb.display import XDisplay, XUnavailable


@pytest.fixture
def xdisplay():
    """An Xvfb display; skipped only where Xvfb cannot run (never on CI, where it must)."""
    try:
        display = XDisplay()
    except XUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"the real-display smoke test must run on CI: {exc}")
        pytest.skip(f"no X display for the xcb smoke test: {exc}")
    yield display
    display.close()
