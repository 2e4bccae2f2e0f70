"""Is text readable where Qt drew it: the contrast between a widget's extreme pixels.

Comparing the darkest and the lightest pixel of a widget as the window shows
it catches text drawn in about the colour of what is behind it (white ink on
a white card), whatever set the two colours: a palette, a sheet or a painter.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

AA = 4.5  # WCAG AA for body text


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(image: QImage, area: QRect | None = None) -> float:
    """The contrast ratio between the darkest and the lightest pixel of ``area``."""
    image = image.convertToFormat(QImage.Format_RGB32)
    area = area or image.rect()
    area = area.intersected(image.rect())
    values = [
        _luminance(image.pixelColor(x, y))
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]
    return (max(values) + 0.05) / (min(values) + 0.05)


def seen(widget: QWidget, area: QRect | None = None) -> float:
    """The contrast inside ``widget`` (or part of it) as the whole window shows it.

    Grabbing the widget alone would draw it on its own palette's background,
    not on the card or panel it really sits on.
    """
    window = widget.window()
    shot = window.grab().toImage()
    area = area or widget.rect()
    return contrast(shot, area.translated(widget.mapTo(window, QPoint(0, 0))))
