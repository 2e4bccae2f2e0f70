"""How each category looks: a colour and a line style, so colour is never the only cue.

The first three categories get the styles the course teaches with (claim: a
solid underline, attribution: dashes, framing: a wave); categories that
instructors add cycle through the remaining line styles. The legend, the
toolbar swatches and the painter all take their look from here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

if TYPE_CHECKING:
    from annotator.core.model import Tagset


LINE_STYLES = ("solid", "dash", "wave", "dot", "dashdot", "double")
_KNOWN = {"claim": "solid", "attribution": "dash", "framing": "wave"}
FILL_ALPHA = 80  # of 255: overlapping fills blend and the text stays black on top


class SpanStyle(NamedTuple):
    """The look of one category: its colour and the line drawn under its spans."""

    color: QColor
    line: str

    def fill(self, alpha: int = FILL_ALPHA) -> QColor:
        color = QColor(self.color)
        color.setAlpha(alpha)
        return color

    def line_color(self) -> QColor:
        return QColor(self.color).darker(130)


def styles_for(tagset: Tagset) -> dict[str, SpanStyle]:
    """One style per category id, stable for a given tagset."""
    styles: dict[str, SpanStyle] = {}
    spare = [s for s in LINE_STYLES if s not in _KNOWN.values()]
    used: set[str] = set()
    for category in tagset.categories:
        line = _KNOWN.get(category.id)
        if line is None or line in used:
            free = [s for s in spare + list(_KNOWN.values()) if s not in used] or list(LINE_STYLES)
            line = free[0]
        used.add(line)
        styles[category.id] = SpanStyle(QColor(category.color), line)
    return styles


def draw_line(painter: QPainter, style: SpanStyle, x1: float, x2: float, y: float, width=2.0):
    """Draw a category's line from x1 to x2 at height y (shared by painter and swatches)."""
    rgba = style.color.rgba()
    pen = _pen(rgba, style.line, width)
    painter.setPen(pen)
    if style.line == "wave":
        tile = _wave_tile(pen.color().rgba(), width)
        painter.drawTiledPixmap(
            QRectF(x1, y - tile.height() / 2, x2 - x1, tile.height()),
            tile,
            QPointF(x1 % tile.width(), 0),
        )
    elif style.line == "double":
        painter.setPen(_pen(rgba, style.line, 1.0))
        painter.drawLine(QPointF(x1, y - 1.5), QPointF(x2, y - 1.5))
        painter.drawLine(QPointF(x1, y + 1.5), QPointF(x2, y + 1.5))
    else:
        painter.drawLine(QPointF(x1, y), QPointF(x2, y))


@lru_cache(maxsize=64)
def _pen(rgba: int, line: str, width: float) -> QPen:
    """The pen of a category's line, made once (every visible span is drawn on every paint).

    Callers only hand it to ``setPen``, which copies it."""
    pen = QPen(QColor.fromRgba(rgba).darker(130), width)
    pen.setCapStyle(Qt.FlatCap)
    if line == "dash":
        pen.setDashPattern([3, 2])
    elif line == "dot":
        pen.setDashPattern([1, 1.5])
    elif line == "dashdot":
        pen.setDashPattern([4, 2, 1, 2])
    return pen


@lru_cache(maxsize=64)
def _wave_tile(rgba: int, width: float) -> QPixmap:
    """One period of a wave, drawn once per colour and tiled (a path per span is slow)."""
    period, amplitude = 6, 1.8
    tile = QPixmap(period, int(2 * amplitude + 2 * width + 1))
    tile.fill(Qt.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.Antialiasing)
    pen = QPen(QColor.fromRgba(rgba), width)
    painter.setPen(pen)
    mid = tile.height() / 2
    path = QPainterPath(QPointF(0, mid))
    path.quadTo(QPointF(period / 4, mid - 2 * amplitude), QPointF(period / 2, mid))
    path.quadTo(QPointF(3 * period / 4, mid + 2 * amplitude), QPointF(period, mid))
    painter.drawPath(path)
    painter.end()
    return tile


def swatch_icon(style: SpanStyle, size: int = 32) -> QIcon:
    """A small picture of a highlight: the fill with the category's line under it.

    Drawn once per look and size: the legend, the marking buttons and the list
    each show every category's, and again when the first frame's exercise opens.
    """
    return _swatch(style.color.rgba(), style.line, size)


@lru_cache(maxsize=128)
def _swatch(rgba: int, line: str, size: int) -> QIcon:
    style = SpanStyle(QColor.fromRgba(rgba), line)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    box = QRectF(2, 4, size - 4, size - 12)
    painter.setPen(Qt.NoPen)
    painter.setBrush(style.fill(150))
    painter.drawRoundedRect(box, 4, 4)
    draw_line(painter, style, 3, size - 3, size - 4, width=2.5)
    painter.end()
    return QIcon(pixmap)
