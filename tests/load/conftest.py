"""The load tests run on the central tests' throwaway PostgreSQL cluster."""

from __future__ import annotations

from tests.central.conftest import postgres  # noqa: F401  (the session's cluster fixture)
