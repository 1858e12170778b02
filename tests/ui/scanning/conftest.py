"""Fixtures of the scan panel's tests: SANE's test device, a counter with a received dossier."""

from tests.scanning.sane_env import sane_test_device  # noqa: F401
