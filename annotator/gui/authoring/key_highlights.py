"""The key drawn on the authoring article: each span, and a lighter box for its alternatives.

An alternative extent (scoring.md §8) is outlined in its span's category
colour, lighter and dashed, so the instructor sees at a glance which words
are the span itself (filled) and which are also accepted (boxed); the key
list says the same in words. The boxes are an overlay of the article view,
as the comparison's expert boxes are: the span painter draws fills and lines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from annotator.gui.article_view import ArticleView
from annotator.gui.comparison_marks import line_rects
from annotator.gui.highlights import SessionHighlights

ALTERNATIVE_ALPHA = 170  # of 255: the outline is the category's colour, lighter
ALTERNATIVE_PADDING = 3.0  # px around the words, outside the span's own fill


class KeyHighlights(SessionHighlights):
    """Key spans drawn as the trainee's highlights are, plus their alternatives as boxes."""

    def __init__(self, key, painter, styles) -> None:
        super().__init__(key, painter, styles)
        self.view: ArticleView = painter.view
        self.view.overlays.append(self._paint)
        self.view.viewport().update()

    def detach(self) -> None:
        super().detach()
        if self._paint in self.view.overlays:
            self.view.overlays.remove(self._paint)
        self.view.viewport().update()

    def boxes(self) -> list[tuple[int, int, str]]:
        """The alternatives drawn: (start, end, category), in text order of their spans."""
        return [
            (alternative.start, alternative.end, span.category)
            for span in self.session.annotations
            for alternative in getattr(span, "alternatives", ())
            if not alternative.orphaned and span.category in self.styles
        ]

    def _on_session_changed(self, change) -> None:
        super()._on_session_changed(change)
        self.view.viewport().update()  # an alternative added, removed or moved

    def _paint(self, painter: QPainter, view: ArticleView) -> None:
        if view.offset_map is None:
            return
        painter.setBrush(Qt.NoBrush)
        for start, end, category in self.boxes():
            color = QColor(self.styles[category].color)
            color.setAlpha(ALTERNATIVE_ALPHA)
            pen = QPen(color, 1.5)
            pen.setDashPattern([3, 2])
            painter.setPen(pen)
            pad = ALTERNATIVE_PADDING
            for rect in line_rects(view, start, end):
                painter.drawRoundedRect(rect.adjusted(-pad, -pad, pad, pad), 3, 3)
