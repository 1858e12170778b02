"""Fixtures of the scan panel's tests: SANE's test device, the intake slice builder."""

from tests.scanning.sane_env import sane_test_device  # noqa: F401
from tests.ui.intake.conftest import keys, make_slice  # noqa: F401
