"""A screen's content in a scroll area, so a 1366×768 display scrolls it instead of the window
growing past the screen (and the status bar falling off its bottom edge)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolled(content: QWidget, parent: QWidget) -> QScrollArea:
    """Fill `parent` with a frameless scroll area showing `content` at the width it is given."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return area
