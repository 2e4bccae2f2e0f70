"""The gradebook page: a filter box over a sortable table of trainees.

Type to narrow the list to a name or an id; click a header (or use the
header's keyboard focus) to sort; Enter or a double-click opens the
trainee's comparison with the expert.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.classroom.gradebook_model import GradebookModel, GradebookProxy
from annotator.services.classroom import ClassRow

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class _Table(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class GradebookView(QWidget):
    trainee_opened = Signal(object)  # ClassRow

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("gradebookPage")
        self.model = GradebookModel(self)
        self.proxy = GradebookProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("traineeFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate("Gradebook", "Find a trainee by name or id…"))
        self.filter.setToolTip(translate("Gradebook", "Show only matching trainees (Ctrl+F)"))
        self.filter.setAccessibleName(translate("Gradebook", "Find a trainee"))
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.filter.textChanged.connect(self.show_count)
        self.summary = QLabel(self)
        self.summary.setObjectName("classSummary")
        self.table = _Table(self)
        self.table.setObjectName("gradebook")
        self.table.setAccessibleName(translate("Gradebook", "Gradebook: one row per trainee"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows walk it
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # visible rows only
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated_row.connect(self._open)
        self.filter.returnPressed.connect(self._focus_table)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        self.filter.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_class(self, rows, categories, looks) -> None:
        self.model.set_class(rows, categories, looks)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, max(header.sectionSize(column), 70))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.show_count()

    def show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = translate("Gradebook", "%n trainees", "", total)
        if shown != total:
            text = translate("Gradebook", "%1 of %n trainees shown", "", total) \
                .replace("%1", str(shown))
        self.summary.setText(text + " · " + translate(
            "Gradebook", "click a heading to sort · Enter or double-click: the trainee's "
            "comparison"))

    def current_row(self) -> ClassRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def _open(self, proxy_row: int) -> None:
        self.trainee_opened.emit(self.proxy.row_at(proxy_row))

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
