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
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

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
    table.verticalHeader().hide()
    # A whole row is chosen, so every column heading would turn bold with it: that
    # says nothing, and repainted the header at every add, delete or move.
    table.horizontalHeader().setHighlightSections(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(False)
    return table
