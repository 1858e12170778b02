"""The PySide6 desktop UI: one sub-package per feature slice; the main window only assembles them."""
