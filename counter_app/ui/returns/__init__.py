"""Returning results slice (trả kết quả): open a dossier by its slip's code and hand the result back."""

from counter_app.ui.returns.slice import ReturnsSlice

__all__ = ["ReturnsSlice"]
