"""The reference central (provincial) service that counters sync with (SYNC-API.md)."""

__version__ = "1.0.0"
