"""Widgets as wide as their words, in whichever language is on screen.

A hint cut short ("Opcional, tal como te lo di…") is a sentence a trainee
cannot read; Spanish runs a fifth longer than English, so a width that fits
one language cuts the other. Widths are measured from the translated text at
run time instead of fixed in pixels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle

# Qt draws a line edit's text 2 px inside its frame on each side; a few more
# keep the last letter off the frame.
INNER_MARGIN = 2 * 2 + 6


def fit_placeholder(edit: QLineEdit) -> None:
    """Make ``edit`` at least wide enough to show its whole placeholder text."""
    frame = edit.style().pixelMetric(QStyle.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    needed = text + 2 * frame + margins.left() + margins.right() + INNER_MARGIN
    edit.setMinimumWidth(max(edit.minimumWidth(), needed))
