"""The table the windows list things in: one row an item, chosen whole.

Highlights, key spans, blocks and categories are all shown this way, and a
keyboard-only user must meet the same table in each: rows selected whole,
Tab leaving the table for the next field instead of walking its cells, no
grid or row numbers, alternating rows to follow a line across.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def row_table(
    parent: QWidget,
    name: str,
    *,
    several: bool = False,
    edit_triggers: QAbstractItemView.EditTrigger = QAbstractItemView.NoEditTriggers,
    word_wrap: bool = False,
) -> QTableView:
    """A table of whole rows named ``name`` (for the style sheets and tests).

    ``several``: rows can be chosen together (Shift, Ctrl), e.g. to delete them.
    """
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.ExtendedSelection if several else QAbstractItemView.SingleSelection
    )
    table.setEditTriggers(edit_triggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(False)
    return table
