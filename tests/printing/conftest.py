"""Printing tests: every document rendered once per session from the long samples."""

from __future__ import annotations

import pytest

from tests.printing.samples import all_documents


@pytest.fixture(scope="session")
def documents() -> dict[str, tuple[bytes, str]]:
    """name -> (PDF bytes, "laser" | "thermal") for every form and receipt."""
    return all_documents()
