"""Counter application for Vietnam's one-stop public service desks (bộ phận một cửa)."""

__version__ = "0.1.0"
