"""The citizen's satisfaction rating screen, offered after a result is handed back."""

from counter_app.ui.rating.dialog import RatingDialog, citizen_screen, open_rating_dialog

__all__ = ["RatingDialog", "citizen_screen", "open_rating_dialog"]
