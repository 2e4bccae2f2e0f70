"""The article, rendered once from the model's blocks, read-only but selectable.

The QTextDocument is built a single time per article; highlights never touch
it (they are extra selections and an overlay, see painter.py), so marking
stays fast and the document never grows an undo history. Every position
that leaves this widget is a code-point offset into the canonical text,
converted by the OffsetMap built from where each block really landed.
The bullet of a list item is drawn by the layout and is not text at all.
Captions and credits are tinted blocks, not a frame: a frame puts the
characters U+FDD0 and U+FDD1 into the text that screen readers read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from annotator.gui.offsets import OffsetMap

if TYPE_CHECKING:
    from annotator.core.model import Article

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SERIF = ["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "serif"]
SANS = ["Inter", "Noto Sans", "DejaVu Sans", "sans-serif"]
BASE_POINT_SIZE = 12.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0
COLUMN_CHARACTERS = 72  # comfortable line length
LINE_HEIGHT = 155  # percent
SET_APART = ("caption", "credit")
SET_APART_TINT = "#f1f3f6"

Overlay = Callable[[QPainter, "ArticleView"], None]


def _font(families: list[str]) -> QFont:
    font = QFont()
    font.setFamilies(families)
    return font


def _block_format(kind: str) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.ProportionalHeight.value)
    fmt.setBottomMargin(12)
    if kind == "headline":
        fmt.setLineHeight(120, QTextBlockFormat.ProportionalHeight.value)
        fmt.setBottomMargin(14)
    elif kind == "standfirst":
        fmt.setBottomMargin(20)
    elif kind == "subheading":
        fmt.setTopMargin(14)
        fmt.setBottomMargin(6)
    elif kind == "quote":
        fmt.setLeftMargin(28)
        fmt.setRightMargin(12)
    elif kind in SET_APART:
        fmt.setBottomMargin(0)
        fmt.setLineHeight(0, QTextBlockFormat.SingleHeight.value)  # extra leading goes untinted
        fmt.setBackground(QColor(SET_APART_TINT))
        fmt.setLeftMargin(10)
        fmt.setRightMargin(10)
    elif kind in ("byline", "dateline"):
        fmt.setBottomMargin(4)
    return fmt


def _char_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    # Colours, not brushes: a QColor converts in C++, and the brush class, made from
    # Python, would bring the gradients' hundreds of enum values into the first paint.
    grey = QColor("#4a5160")
    if kind == "headline":
        fmt.setFontFamilies(SANS)
        fmt.setFontWeight(QFont.Bold)
        fmt.setProperty(QTextFormat.FontSizeAdjustment, 2)
        fmt.setForeground(QColor("#14181f"))
    elif kind == "standfirst":
        fmt.setProperty(QTextFormat.FontSizeAdjustment, 1)
        fmt.setForeground(grey)
    elif kind == "subheading":
        fmt.setFontFamilies(SANS)
        fmt.setFontWeight(QFont.Bold)
        fmt.setProperty(QTextFormat.FontSizeAdjustment, 1)
    elif kind == "quote":
        fmt.setFontItalic(True)
    elif kind == "caption":
        fmt.setFontFamilies(SANS)
        fmt.setProperty(QTextFormat.FontSizeAdjustment, -1)
        fmt.setForeground(grey)
    elif kind == "credit":
        fmt.setFontFamilies(SANS)
        fmt.setProperty(QTextFormat.FontSizeAdjustment, -1)
        fmt.setFontLetterSpacing(105)
        fmt.setForeground(QColor("#6b7280"))
    elif kind in ("byline", "dateline"):
        fmt.setFontFamilies(SANS)
        fmt.setProperty(QTextFormat.FontSizeAdjustment, -1)
        fmt.setForeground(grey)
    return fmt


def build_document(article: Article, document: QTextDocument) -> list[int]:
    """Fill an empty document with the article; return the Qt start of every block.

    Runs of captions and credits are tinted blocks, with a little space
    before and after the run; consecutive list items share one list, so Qt
    draws their bullets.
    """
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    starts: list[int] = []
    current_list = None
    kinds = [block.kind for block in article.blocks]
    char_formats: dict[str, QTextCharFormat] = {}  # one per kind: Qt copies what it keeps
    for number, block in enumerate(article.blocks):
        if number:
            cursor.insertBlock()
        fmt = _block_format(block.kind)
        if block.kind in SET_APART:
            if number == 0 or kinds[number - 1] not in SET_APART:
                fmt.setTopMargin(4)
            if number + 1 == len(kinds) or kinds[number + 1] not in SET_APART:
                fmt.setBottomMargin(18)
        cursor.setBlockFormat(fmt)
        char_format = char_formats.get(block.kind)
        if char_format is None:
            char_format = char_formats[block.kind] = _char_format(block.kind)
        cursor.setBlockCharFormat(char_format)
        if block.kind == "list-item":
            if current_list is None:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.ListDisc)
                list_format.setIndent(1)
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
        else:
            inherited = cursor.block().textList()  # a block made after a list item joins it
            if inherited is not None:
                inherited.remove(cursor.block())
            current_list = None
        starts.append(cursor.position())
        cursor.insertText(block.text, char_format)
    cursor.endEditBlock()
    return starts


class ArticleView(QTextEdit):
    """A read-only, keyboard- and mouse-selectable article that speaks code points."""

    selection_finished = Signal()  # a mouse drag ended with text selected
    activated = Signal()  # Enter pressed (marks the selection in marker mode)
    caret_moved = Signal(int)  # code-point offset of the caret, when nothing is selected
    context_menu_requested = Signal(QPoint, int)  # global position, offset (-1: none)
    zoom_changed = Signal(float)
    resized = Signal()  # the visible part changed size (the painter re-picks its spans)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setAccessibleName(translate("ArticleView", "Article"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QTextEdit.NoFrame)
        self.setTabChangesFocus(True)  # Tab leaves the article for the list, as a user expects
        self.setFont(_font(SERIF))
        self._point_size = BASE_POINT_SIZE
        self._apply_point_size()
        self.document().setDocumentMargin(32)
        self.offset_map: OffsetMap | None = None
        self.overlays: list[Overlay] = []
        self.tooltip_provider: Callable[[int], str] | None = None
        self._gaps: dict[int, float] = {}
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # -------------------------------------------------------------- content

    def set_article(self, article: Article) -> None:
        """Render the article (once) and build the offset map from the result."""
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(32)
        starts = build_document(article, document)
        self.setDocument(document)  # Qt deletes the previous one: it was our child
        self.offset_map = OffsetMap([b.text for b in article.blocks], starts)
        self._gaps = {}
        self.moveCursor(QTextCursor.Start)

    def set_gaps(self, gaps: dict[int, float]) -> None:
        """Widen the letter before each offset by so many pixels (check mode's badges go there).

        Only the drawing changes: the text, its offsets and what a screen
        reader or a copy reads stay the same. Gaps no longer asked for close.
        """
        if self.offset_map is None:
            return
        cursor = QTextCursor(self.document())
        for end in self._gaps.keys() - gaps.keys():
            self._space_after(cursor, end, 0.0)
        for end, width in gaps.items():
            if self._gaps.get(end) != width:
                self._space_after(cursor, end, width)
        self._gaps = dict(gaps)

    def _space_after(self, cursor: QTextCursor, end: int, width: float) -> None:
        cursor.setPosition(self.offset_map.to_qt(end - 1))
        cursor.setPosition(self.offset_map.to_qt(end), QTextCursor.KeepAnchor)
        spacing = QTextCharFormat()
        spacing.setFontLetterSpacingType(QFont.AbsoluteSpacing)
        spacing.setFontLetterSpacing(width)
        cursor.mergeCharFormat(spacing)

    @property
    def text(self) -> str:
        """The canonical text (from the model, never from the widget)."""
        return self.offset_map.text if self.offset_map else ""

    # ------------------------------------------------------------ selection

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected range in code points, widened to whole characters (grapheme
        clusters), or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.offset_map is None:
            return None
        from annotator.gui.graphemes import grapheme_range  # with the first selection

        qt_start, qt_end = grapheme_range(
            self.document(), cursor.selectionStart(), cursor.selectionEnd())
        start, end = self.offset_map.range_from_qt(qt_start, qt_end)
        return (start, end) if start < end else None

    def select_offsets(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offset_map.to_qt(start))
        cursor.setPosition(self.offset_map.to_qt(end), QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)

    def place_caret(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offset_map.to_qt(offset))
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def caret_offset(self) -> int:
        return self.offset_map.from_qt(self.textCursor().position(), round_up=False)

    def offset_at(self, point: QPoint) -> int:
        """Code-point offset of the character under a viewport point, or -1."""
        if self.offset_map is None:
            return -1
        layout = self.document().documentLayout()
        scrolled = point + QPoint(
            self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        )
        position = layout.hitTest(scrolled, Qt.ExactHit)
        if position < 0:
            return -1
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        if position > 0 and self.cursorRect(cursor).left() > point.x():
            position -= 1  # the hit is the boundary after the character under the mouse
        offset = self.offset_map.from_qt(position, round_up=False)
        return min(offset, max(0, len(self.text) - 1))

    def scroll_to_offsets(self, start: int, end: int) -> None:
        """Bring a range into view, roughly centred."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offset_map.to_qt(start))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # ----------------------------------------------------------------- zoom

    @property
    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size != self._point_size:
            self._point_size = size
            self._apply_point_size()
            self.zoom_changed.emit(size)

    def zoom_in(self) -> None:
        self.set_point_size(self._point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self._point_size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(BASE_POINT_SIZE)

    def _apply_point_size(self) -> None:
        font = self.font()
        font.setPointSizeF(self._point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_column()
        self.resized.emit()

    # --------------------------------------------------------------- layout

    def _update_column(self) -> None:
        """Keep the text in a column of comfortable width, centred on a page."""
        metrics = self.fontMetrics()
        column = metrics.averageCharWidth() * COLUMN_CHARACTERS + 64
        spare = max(0, self.width() - self.verticalScrollBar().sizeHint().width() - column)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._update_column()
        super().resizeEvent(event)
        self.resized.emit()

    # --------------------------------------------------------------- events

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.overlays:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setClipRegion(event.region())  # overlays may skip what is not repainted
            for overlay in self.overlays:
                overlay(painter, self)
            painter.end()

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.ToolTip and self.tooltip_provider is not None:
            offset = self.offset_at(event.pos())
            tip = self.tooltip_provider(offset) if offset >= 0 else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and self.textCursor().hasSelection():
            self.selection_finished.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers():
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        point = self.viewport().mapFromGlobal(event.globalPos())
        self.context_menu_requested.emit(event.globalPos(), self.offset_at(point))

    def _on_cursor_moved(self) -> None:
        if self.offset_map is not None and not self.textCursor().hasSelection():
            self.caret_moved.emit(self.caret_offset())
