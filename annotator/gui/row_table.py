"""The table the windows list things in: one row an item, chosen whole.

Highlights, key spans, blocks and categories are all shown this way, and a
keyboard-only user must meet the same table in each: rows selected whole,
Tab leaving the table for the next field instead of walking its cells, no
grid or row numbers, alternating rows to follow a line across. A screen
reader meets one too: the table has a name, and every cell reads its whole
row (``spoken_row``), so moving up and down says the row, not one cell.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollBar,
    QTableView,
    QWidget,
)

SPOKEN = int(Qt.AccessibleTextRole.value)


def spoken_row(model: QAbstractItemModel, row: int, columns: range | None = None) -> str:
    """A row in words, for ``Qt.AccessibleTextRole``: "Header: value" for every filled column.

    ``columns``: the ones worth reading (default all). A header written on
    two lines is read as one.
    """
    parts = []
    for column in columns if columns is not None else range(model.columnCount()):
        value = model.data(model.index(row, column), Qt.DisplayRole)
        if value in (None, ""):
            continue
        header = " ".join(str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or "")
                          .split())
        parts.append(f"{header}: {value}" if header else str(value))
    return ", ".join(parts)


class QuietScrollBar(QScrollBar):
    """A scroll bar that repaints only when what it shows changed.

    A row added to a list of thousands changes the scroll bar's range but
    seldom moves its handle by a pixel; Qt repaints the bar anyway, which in
    the Fusion style costs most of a millisecond of every highlight added or
    removed. What the bar shows is its handle's place and size, whether it
    stands at either end (the arrows) and its size; when none of those
    changed since it was last painted, the change needs no repaint. Hover,
    presses, focus and style changes repaint through their own paths.
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted: tuple | None = None  # the look of the last paint

    def look(self) -> tuple:
        """All that the bar's picture depends on, apart from hover and presses."""
        # Here, not at import: the style's classes bring hundreds of enum values, and
        # no list shows a scroll bar in the window's first paint.
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.CC_ScrollBar, option, QStyle.SC_ScrollBarSlider, self)
        low, high, position = self.minimum(), self.maximum(), self.sliderPosition()
        return (handle.getRect(), self.width(), self.height(), self.orientation(),
                self.invertedAppearance(), position <= low, position >= high, low == high)

    def sliderChange(self, change: QScrollBar.SliderChange) -> None:  # noqa: N802 (Qt naming)
        if self._painted is not None and self.look() == self._painted:
            return  # the same picture as on screen: nothing to repaint
        super().sliderChange(change)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._painted = self.look()
        super().paintEvent(event)


class ColumnHeader(QHeaderView):
    """Column headings that repaint on a new selection only when they show it.

    Qt repaints every heading a selected row spans (all of them, rows being
    chosen whole) even when the headings do not highlight the selection:
    a wasted repaint of the header at every highlight added, removed or
    picked in the list.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Horizontal, parent)
        self.setSectionsClickable(True)  # as the header a table makes for itself

    def selectionChanged(self, selected, deselected) -> None:  # noqa: N802 (Qt naming)
        if self.highlightSections():
            super().selectionChanged(selected, deselected)


def quiet_vertical_scroll_bar(table: QAbstractItemView) -> None:
    """Give a list a :class:`QuietScrollBar`, wired as the one Qt made for it."""
    bar = QuietScrollBar(Qt.Vertical, table)
    table.setVerticalScrollBar(bar)  # copies the range, steps and value; deletes the old bar
    # The view's own connections went with the old bar (hover and fetching follow scrolling).
    bar.actionTriggered.connect(table.verticalScrollbarAction)
    bar.valueChanged.connect(table.verticalScrollbarValueChanged)


def row_table(
    parent: QWidget,
    name: str,
    *,
    several: bool = False,
    edit_triggers: QAbstractItemView.EditTrigger = QAbstractItemView.NoEditTriggers,
    word_wrap: bool = False,
    spoken_name: str = "",
) -> QTableView:
    """A table of whole rows named ``name`` (for the style sheets and tests).

    ``spoken_name``: what a screen reader calls the table, in the interface language.

    ``several``: rows can be chosen together (Shift, Ctrl), e.g. to delete them.
    """
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(spoken_name)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.ExtendedSelection if several else QAbstractItemView.SingleSelection
    )
    table.setEditTriggers(edit_triggers)
    table.setHorizontalHeader(ColumnHeader(table))
    table.verticalHeader().hide()
    # A whole row is chosen, so every column heading would turn bold with it: that
    # says nothing, and repainted the header at every add, delete or move.
    table.horizontalHeader().setHighlightSections(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(False)
    quiet_vertical_scroll_bar(table)
    return table
