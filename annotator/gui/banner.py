"""The dark strip at the top of each window: what this is, and one line under it.

The trainee, authoring and class windows each open with one, and a student
moving between them should see the same strip in the same place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def banner(parent: QWidget, name: str, title: QLabel, subtitle: QLabel) -> QWidget:
    """A strip named ``name`` (for the style sheets) holding ``title`` above ``subtitle``."""
    strip = QWidget(parent)
    strip.setObjectName(name)
    layout = QVBoxLayout(strip)
    layout.setContentsMargins(20, 10, 20, 10)
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(subtitle)
    return strip
