"""The intake slice (tiếp nhận): receiving a citizen's dossier at the counter."""

from counter_app.ui.intake.slice import IntakeSlice

__all__ = ["IntakeSlice"]
