"""A table model whose rows follow an ordered span store, change by change.

The trainee's highlights (Session) and the expert's key in the authoring
window (KeySpans) are the same kind of store (core.span_list.OrderedSpans):
both report "added", "removed", "updated" or a reset with the row index. This
adapter turns those into beginInsertRows/endInsertRows and friends, as
napari's list models do for its layers; the panels add only their columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from annotator.core.span_list import Change


ID_ROLE = Qt.UserRole + 1  # the span id of a row, in every column


class SpanRowsModel(QAbstractTableModel):
    """Rows mirror ``store.annotations`` in text order; subclasses give columns and data."""

    column_count = 1

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.removing = False  # while a row goes: views need not follow the current row
        self._rows = store.annotations
        store.subscribe(self._on_store_changed)

    def detach(self) -> None:
        """Stop following the store (the model is about to be dropped)."""
        self.store.unsubscribe(self._on_store_changed)

    def _on_store_changed(self, change: Change) -> None:
        if change.kind == "added":
            self.beginInsertRows(QModelIndex(), change.index, change.index)
            self._rows.insert(change.index, change.annotation)
            self.endInsertRows()
        elif change.kind == "removed":
            self.removing = True  # the current row moves on by itself: nobody chose it
            try:
                self.beginRemoveRows(QModelIndex(), change.index, change.index)
                del self._rows[change.index]
                self.endRemoveRows()
            finally:
                self.removing = False
        elif change.kind == "updated":
            self._rows[change.index] = change.annotation
            last = self.index(change.index, self.column_count - 1)
            self.dataChanged.emit(self.index(change.index, 0), last)
        else:
            self.beginResetModel()
            self._rows = self.store.annotations
            self.endResetModel()

    def span_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.column_count


def selected_ids(table: QTableView, model: SpanRowsModel | None) -> list[str]:
    """Ids of the selected rows in text order, else of the current row."""
    if model is None:
        return []
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    if not rows and table.currentIndex().isValid():
        rows = [table.currentIndex().row()]
    return [model.span_at(r).id for r in rows]


def current_id(table: QTableView) -> str | None:
    index = table.currentIndex()
    return index.data(ID_ROLE) if index.isValid() else None


def select_row(table: QTableView, model: SpanRowsModel, row: int, column: int) -> None:
    """Make ``row`` the current, selected and visible row; clear the selection for -1."""
    selection = table.selectionModel()
    if row < 0:
        selection.clear()
        return
    index = model.index(row, column)
    selection.setCurrentIndex(
        index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
    )
    table.scrollTo(index)
