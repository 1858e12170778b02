"""Fixtures of the scanning tests."""

from tests.scanning.sane_env import sane_test_device  # noqa: F401
