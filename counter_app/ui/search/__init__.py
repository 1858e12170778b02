"""Search and work queues slice: find any dossier, work through today's queues."""

from counter_app.ui.search.slice import SearchSlice

__all__ = ["SearchSlice"]
