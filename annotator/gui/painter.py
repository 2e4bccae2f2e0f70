"""The one decoration manager: every highlight on the article goes through here.

It takes a list of decorated spans (trainee annotations, key spans, search
hits: anything with a range and a style), never touches the document, and
draws in two layers:

- fills, as the view's extra selections: translucent, so overlapping
  categories blend; sorted longest first, so a short span on a long one
  stays visible; rebuilt once per burst of changes (at the latest just
  before the window paints, so a change and the rest of the window share
  one paint), and cached per span so one change re-makes one selection,
  not five thousand;
- lines, painted over the visible part only: each category has its own line
  (solid, dashed, wave, ...) so colour is never the only cue, and spans that
  overlap get separate lanes under the text, so every line stays readable.

Adding or removing one span repaints only the lines it shares with the
spans it overlaps (directly or through others: their lanes may move), not
the whole article: on a long article with thousands of highlights the
difference is most of a frame.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QTextCharFormat, QTextCursor, QTextLine
from PySide6.QtWidgets import QTextEdit

from annotator.gui.article_view import ArticleView
from annotator.gui.before_paint import before_window_paints
from annotator.gui.span_styles import SpanStyle, draw_line

MAX_LANES = 4
LANE_SPACING = 3.5
FLASH_MS = 900
LINE_ROOM = 4  # pixels a category line may reach past its lane (its width, a wave's swing)


@dataclass(frozen=True)
class Decoration:
    """A span to draw: a key (unique among decorations), a code-point range, a style."""

    key: str
    start: int
    end: int
    style: SpanStyle
    alpha: int | None = None  # fill opacity; None: the style's default


class SpanPainter(QObject):
    """Draws decorations on one ArticleView; incremental, coalesced, overlap-aware."""

    def __init__(self, view: ArticleView, delay_ms: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self._decorations: dict[str, Decoration] = {}
        self._selections: dict[str, QTextEdit.ExtraSelection] = {}
        self._order: list[tuple[int, int, str]] = []  # (-length, start, key): paint order
        self._by_start: list[tuple[int, int, str]] = []  # (start, end, key)
        self._longest = 0
        self._flash: QTextEdit.ExtraSelection | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._refresh)
        # Code-point ranges whose lines must be repainted; None: the whole viewport.
        self._dirty: list[tuple[int, int]] | None = []
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(FLASH_MS)
        self._animation.valueChanged.connect(self._on_flash_step)
        self._animation.finished.connect(self._end_flash)
        self._visible: list[str] = []  # keys near the visible part, in paint order
        view.overlays.append(self.paint_lines)
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        view.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        view.resized.connect(self._schedule_whole)

    # --------------------------------------------------------------- content

    def decorations(self) -> list[Decoration]:
        return [self._decorations[k] for _, _, k in self._by_start]

    def set_decorations(self, decorations: Iterable[Decoration]) -> None:
        """Replace every decoration."""
        self._animation.stop()
        self._flash = None
        self._decorations.clear()
        self._selections.clear()
        self._order.clear()
        self._by_start.clear()
        self._longest = 0
        items = list(decorations)
        for d in items:
            self._decorations[d.key] = d
        self._order = sorted((-(d.end - d.start), d.start, d.key) for d in items)
        self._by_start = sorted((d.start, d.end, d.key) for d in items)
        self._longest = max((d.end - d.start for d in items), default=0)
        self._schedule_whole()

    def put(self, decoration: Decoration) -> None:
        """Add a decoration, or replace the one with the same key."""
        if decoration.key in self._decorations:
            old = self._decorations[decoration.key]
            self._mark_dirty(*self._cluster(old.start, old.end))
            self._forget(decoration.key)
        self._decorations[decoration.key] = decoration
        bisect.insort(
            self._order, (-(decoration.end - decoration.start), decoration.start, decoration.key)
        )
        bisect.insort(self._by_start, (decoration.start, decoration.end, decoration.key))
        self._longest = max(self._longest, decoration.end - decoration.start)
        self._mark_dirty(*self._cluster(decoration.start, decoration.end))
        self._schedule()

    def remove(self, key: str) -> None:
        if key in self._decorations:
            d = self._decorations[key]
            self._mark_dirty(*self._cluster(d.start, d.end))
            self._forget(key)
            self._schedule()

    def _forget(self, key: str) -> None:
        d = self._decorations.pop(key)
        self._selections.pop(key, None)
        order_key = (-(d.end - d.start), d.start, key)
        del self._order[bisect.bisect_left(self._order, order_key)]
        del self._by_start[bisect.bisect_left(self._by_start, (d.start, d.end, key))]

    def at(self, offset: int) -> list[Decoration]:
        """Decorations covering an offset, shortest first."""
        found = [self._decorations[k] for k in self._keys_overlapping(offset, offset + 1)]
        return sorted(found, key=lambda d: (d.end - d.start, d.start))

    def _keys_overlapping(self, start: int, end: int) -> list[str]:
        low = bisect.bisect_left(self._by_start, (start - self._longest, -1, ""))
        high = bisect.bisect_left(self._by_start, (end, -1, ""))
        return [k for s, e, k in self._by_start[low:high] if e > start]

    def _cluster(self, start: int, end: int) -> tuple[int, int]:
        """The range of every span linked to ``[start, end)`` by a chain of overlaps.

        A span's lane depends only on the spans of its chain (where no span
        goes on, every lane is free again), so a change inside a chain moves
        no line outside it.
        """
        while True:
            decorations = self._decorations
            keys = self._keys_overlapping(start, end)
            low = min((decorations[k].start for k in keys), default=start)
            high = max((decorations[k].end for k in keys), default=end)
            if low >= start and high <= end:
                return start, end
            start, end = min(start, low), max(end, high)

    # --------------------------------------------------------------- drawing

    def _mark_dirty(self, start: int, end: int) -> None:
        if self._dirty is not None:
            self._dirty.append((start, end))

    def _schedule_whole(self) -> None:
        self._dirty = None
        self._schedule()

    def _schedule(self) -> None:
        before_window_paints(self.view, self._refresh_if_pending)  # joins the window's paint
        if not self._timer.isActive():
            self._timer.start()

    def _refresh_if_pending(self) -> None:
        if self._timer.isActive():
            self._refresh()

    def refresh_now(self) -> None:
        """Hand the fills near the visible part, sorted, to the view, and repaint it whole."""
        self._dirty = None
        self._refresh()

    def _refresh(self) -> None:
        """Hand the fills near the visible part, sorted, to the view; repaint what changed.

        Only spans within a screen of the visible part become extra
        selections: Qt copies and diffs the whole list on every call, so
        five thousand of them cost milliseconds per change; fifty do not.
        Scrolling refreshes the set before the next paint. Qt repaints the
        fills that changed; the lines are repainted here, for the ranges
        that changed (or everywhere, after a reset, a resize or a scroll).
        """
        self._timer.stop()
        dirty, self._dirty = self._dirty, []
        if self.view.offset_map is None:
            self._visible = []
            self.view.setExtraSelections([])
            return
        start, end = self._visible_range()
        keys = self._keys_overlapping(start, end)
        decorations = self._decorations
        keys.sort(
            key=lambda k: (decorations[k].start - decorations[k].end, decorations[k].start, k)
        )
        self._visible = keys
        self._hand_over()
        viewport = self.view.viewport()
        for start, end in dirty if dirty is not None else ():
            rect = self._lines_rect(start, end)
            if rect is None:
                dirty = None  # not laid out yet: repaint it all
                break
            viewport.update(rect)
        if dirty is None:
            viewport.update()

    def _hand_over(self) -> None:
        """Give the view the fills of the visible spans (and the flash, on top)."""
        selections = [self._selection(k) for k in self._visible]
        if self._flash is not None:
            selections.append(self._flash)
        self.view.setExtraSelections(selections)

    def _lines_rect(self, start: int, end: int) -> QRect | None:
        """The viewport rectangle of the visual lines of a code-point range, fills and
        category lines included (None when Qt has not laid them out yet)."""
        view = self.view
        qt_start, qt_end = view.offset_map.range_to_qt(start, end)
        document = view.document()
        layout = document.documentLayout()
        top = _line_edge(document, layout, qt_start, bottom=False)
        bottom = _line_edge(document, layout, max(qt_start, qt_end - 1), bottom=True)
        if top is None or bottom is None:
            return None
        dy = view.verticalScrollBar().value()
        reach = MAX_LANES * LANE_SPACING + LINE_ROOM
        return QRect(0, int(top - dy) - 1, view.viewport().width(),
                     int(bottom - top + reach) + 3)

    def _visible_range(self) -> tuple[int, int]:
        """Code-point range from a screen above the viewport to a screen below it."""
        view = self.view
        height = view.viewport().height()
        top = view.verticalScrollBar().value() - height
        return self._range_between(top, top + 3 * height)

    def _range_between(self, top: float, bottom: float) -> tuple[int, int]:
        """Code-point range of the blocks between two document heights (one more each side).

        Found by bisecting the blocks on their laid-out rectangles: a few
        cheap look-ups instead of two hit tests through the whole layout.
        """
        offsets = self.view.offset_map
        document = self.view.document()
        layout = document.documentLayout()

        def first_block_below(y: float) -> int:
            low, high = 0, document.blockCount()
            while low < high:
                mid = (low + high) // 2
                rect = layout.blockBoundingRect(document.findBlockByNumber(mid))
                if rect.isNull() or rect.bottom() >= y:  # unlaid blocks count as below
                    high = mid
                else:
                    low = mid + 1
            return low

        first = document.findBlockByNumber(max(0, first_block_below(top) - 1))
        last = document.findBlockByNumber(
            min(document.blockCount() - 1, first_block_below(bottom) + 1)
        )
        start = offsets.from_qt(first.position(), round_up=False)
        end = offsets.from_qt(last.position() + last.length() - 1, round_up=True) + 1
        return start, end

    def _on_scrolled(self, *args) -> None:
        if self._decorations:
            self.refresh_now()

    def _selection(self, key: str) -> QTextEdit.ExtraSelection:
        selection = self._selections.get(key)
        if selection is None:
            d = self._decorations[key]
            fill = d.style.fill() if d.alpha is None else d.style.fill(d.alpha)
            selection = self._make_selection(d.start, d.end, fill)
            self._selections[key] = selection
        return selection

    def _make_selection(self, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
        offsets = self.view.offset_map
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def flash(self, key: str) -> None:
        """Draw attention to one decoration for a moment (after the panel selects it)."""
        d = self._decorations.get(key)
        if d is None:
            return
        self._animation.stop()
        self._flash = self._make_selection(d.start, d.end, QColor(d.style.color))
        self._flash_style = d.style
        self._animation.setStartValue(230)
        self._animation.setEndValue(0)
        self._animation.start()

    def is_flashing(self) -> bool:
        return self._flash is not None

    def _on_flash_step(self, alpha) -> None:
        if self._flash is None:
            return
        color = QColor(self._flash_style.color)
        color.setAlpha(int(alpha))
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        self._flash.format = fmt
        self._flash_changed()

    def _end_flash(self) -> None:
        self._flash = None
        self._flash_changed()

    def _flash_changed(self) -> None:
        """Only the flash's fill changed: Qt repaints a changed extra selection itself."""
        if self._timer.isActive() or self.view.offset_map is None:
            self._refresh()  # pending changes go with it
        else:
            self._hand_over()

    def paint_lines(self, painter: QPainter, view: ArticleView) -> None:
        """Draw each visible span's category line, overlapping spans in separate lanes."""
        offsets = view.offset_map
        if offsets is None or not self._visible:
            return
        decorations = self._decorations
        visible = sorted(
            (decorations[k] for k in self._visible if k in decorations),
            key=lambda d: (d.start, -d.end, d.key),
        )
        lane_ends: list[int] = []
        document = view.document()
        layout = document.documentLayout()
        dx = -view.horizontalScrollBar().value()
        dy = -view.verticalScrollBar().value()
        # Only blocks that reach the part being repainted are drawn (the lanes are
        # still worked out over every visible span: they depend on each other).
        reach = MAX_LANES * LANE_SPACING + LINE_ROOM
        top, bottom = -reach, view.viewport().height() + reach
        if painter.hasClipping():
            clip = painter.clipBoundingRect()
            top, bottom = max(top, clip.top() - reach), min(bottom, clip.bottom() + reach)
        shown_start, shown_end = self._range_between(top - dy, bottom - dy)
        for d in visible:
            lane = next((i for i, e in enumerate(lane_ends) if e <= d.start), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(d.end)
            else:
                lane_ends[lane] = d.end
            lane = min(lane, MAX_LANES - 1)
            if d.end <= shown_start or d.start >= shown_end:
                continue  # nowhere near the part being repainted
            qt_start, qt_end = offsets.range_to_qt(d.start, d.end)
            block = document.findBlock(qt_start)
            while block.isValid() and block.position() < qt_end:
                rect = layout.blockBoundingRect(block)
                if rect.top() + dy > bottom:
                    break  # this block and the rest of the span are below the repainted part
                if rect.bottom() + dy >= top:
                    self._paint_block(
                        painter, d, lane, block, rect.topLeft(), qt_start, qt_end, dx, dy
                    )
                block = block.next()

    @staticmethod
    def _paint_block(
        painter,
        d: Decoration,
        lane: int,
        block,
        top_left,
        qt_start: int,
        qt_end: int,
        dx: float,
        dy: float,
    ) -> None:
        for line, left, right in line_pieces(block, qt_start, qt_end):
            y = top_left.y() + line.y() + line.ascent() + 3 + lane * LANE_SPACING
            draw_line(painter, d.style, top_left.x() + left + dx, top_left.x() + right + dx, y + dy)


def _line_edge(document, layout, qt_position: int, bottom: bool) -> float | None:
    """The document y of the top (or bottom) of the visual line holding a Qt position."""
    block = document.findBlock(qt_position)
    rect = layout.blockBoundingRect(block)
    if not block.isValid() or rect.isNull():
        return None
    line = block.layout().lineForTextPosition(qt_position - block.position())
    if not line.isValid():
        return rect.bottom() if bottom else rect.top()
    return rect.top() + line.y() + (line.height() if bottom else 0)


def line_pieces(block, qt_start: int, qt_end: int) -> Iterator[tuple[QTextLine, float, float]]:
    """The visual lines of a block that a Qt range covers, each with its left and right x."""
    text_layout = block.layout()
    a = max(qt_start, block.position()) - block.position()
    b = min(qt_end, block.position() + block.length() - 1) - block.position()
    for i in range(text_layout.lineCount()):
        line = text_layout.lineAt(i)
        lo = max(a, line.textStart())
        hi = min(b, line.textStart() + line.textLength())
        if lo >= hi:
            continue
        x1, x2 = _x(line, lo), _x(line, hi)
        yield line, min(x1, x2), max(x1, x2)


def _x(line, position: int) -> float:
    x = line.cursorToX(position)
    return x[0] if isinstance(x, tuple) else x
