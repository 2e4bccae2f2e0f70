"""Grapheme boundaries in the article's Qt document, by QTextBoundaryFinder.

A mouse drag or Shift+arrow can stop between the code points of one
character (a keycap emoji's ``#`` and its marks, a letter and its combining
accent): the selection is widened to the boundaries Qt itself draws, the
same rule (Unicode's UAX #29) core.graphemes applies to the text, before it
becomes code-point offsets.
"""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextDocument


def _boundary(document: QTextDocument, position: int, forward: bool) -> int:
    block = document.findBlock(position)
    if not block.isValid():
        return position
    finder = QTextBoundaryFinder(QTextBoundaryFinder.Grapheme, block.text())
    finder.setPosition(position - block.position())
    if finder.isAtBoundary():
        return position
    moved = finder.toNextBoundary() if forward else finder.toPreviousBoundary()
    return position if moved < 0 else block.position() + moved


def grapheme_range(document: QTextDocument, start: int, end: int) -> tuple[int, int]:
    """Qt positions [start, end) widened so that neither edge splits a character."""
    return _boundary(document, start, forward=False), _boundary(document, end, forward=True)
