"""The list tables repaint their scroll bar and headings only when what they show changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget
from tests_gui_helpers import EventCounter

from annotator.gui.row_table import row_table


def _row(text: str) -> list[QStandardItem]:
    return [QStandardItem(f"{text} {column}") for column in range(3)]


@pytest.fixture
def table(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    table = row_table(host, "testTable", several=True)
    model = QStandardItemModel(0, 3, table)
    model.setHorizontalHeaderLabels(["Category", "Quote", "Note"])
    for number in range(2000):
        model.appendRow(_row(f"row {number}"))
    table.setModel(model)
    table.resize(400, 300)
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(20)
    yield table
    host.close()


def _settle(qtbot) -> None:
    qtbot.wait(20)


def test_a_row_that_does_not_move_the_handle_leaves_the_scroll_bar_unpainted(table, qtbot):
    """Ensure adding and removing rows among thousands repaints the list, not its scroll bar
    (the handle stays where it was to the pixel), and that scrolling still repaints it."""
    bar = table.verticalScrollBar()
    bar_paints = EventCounter(bar, QEvent.Paint)
    list_paints = EventCounter(table.viewport(), QEvent.Paint)
    before = bar.maximum()
    table.model().insertRow(3, _row("new"))
    _settle(qtbot)
    table.model().removeRow(5)
    _settle(qtbot)
    assert bar.maximum() == before  # one more, then one less: the range changed twice
    assert list_paints.count >= 1
    assert bar_paints.count == 0
    bar.setValue(bar.maximum() // 2)
    _settle(qtbot)
    assert bar_paints.count >= 1  # the handle moved: painted where it went
    assert table.rowAt(0) > 0  # and the list followed its scroll bar


def test_choosing_a_row_leaves_the_column_headings_unpainted(table, qtbot):
    """Ensure the headings, which do not show the selection, are not repainted for it
    (the current cell stays in one column, as the lists keep it)."""
    header = table.horizontalHeader()
    assert not header.highlightSections()
    table.selectionModel().setCurrentIndex(table.model().index(0, 1), QItemSelectionModel.Current)
    _settle(qtbot)
    heading_paints = EventCounter(header.viewport(), QEvent.Paint)
    list_paints = EventCounter(table.viewport(), QEvent.Paint)
    for row in (2, 4, 1):
        table.selectionModel().setCurrentIndex(
            table.model().index(row, 1),
            QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        _settle(qtbot)
    assert list_paints.count >= 1
    assert heading_paints.count == 0
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]


def test_headings_that_highlight_the_selection_still_follow_it(table, qtbot):
    """Ensure a table that does highlight its headings repaints them on a new selection."""
    header = table.horizontalHeader()
    header.setHighlightSections(True)
    heading_paints = EventCounter(header.viewport(), QEvent.Paint)
    table.selectionModel().setCurrentIndex(
        table.model().index(2, 1), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    _settle(qtbot)
    assert heading_paints.count >= 1
    assert header.sectionsClickable()
