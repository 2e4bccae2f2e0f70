""""How the class judged the sources": for each key item, how many chose each value (§10).

One row per (expert passage, question): the passage, the question, the
values the expert accepts, then one column per answer with how many
trainees chose it, "no answer" for those who found the passage but left
the question empty, and "not found" for those who did not pair it. The
accepted answers are marked with a check sign, not by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.feature_feedback import value_label
from annotator.core.model import Tagset
from annotator.services.feature_report import ItemJudgements

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

ACCEPTED_MARK = "✓"


def _item(text, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


class JudgementsPage(QWidget):
    """A tab of the class overview: the class's answers to each question, passage by passage."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classJudgements")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(translate(
            "Judgements", "For each expert passage: how many trainees chose each answer. "
            "✓ marks the answers the expert accepts."))
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("classJudgementsTable")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(translate("Judgements", "How the class judged the sources"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[ItemJudgements], tagset: Tagset | None, language: str) -> None:
        values: list[tuple[str, str]] = []  # (feature, value) columns, in first-met order
        for row in rows:
            for value in row.counts:
                if (row.feature, value) not in values:
                    values.append((row.feature, value))
        headers = [translate("Judgements", "Expert passage"), translate("Judgements", "Question")]
        headers += [value_label(tagset, f, v, language) for f, v in values]
        headers += [translate("Judgements", "No answer"), translate("Judgements", "Not found")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            quote = " ".join(row.key.quote.split())
            self.table.setItem(r, 0, _item(quote if len(quote) <= 120 else quote[:119] + "…"))
            self.table.setItem(r, 1, _item(_feature_label(tagset, row.feature, language)))
            for c, (feature, value) in enumerate(values, start=2):
                if feature != row.feature:
                    self.table.setItem(r, c, _item(""))
                    continue
                count = row.counts.get(value, 0)
                accepted = value in row.accepted
                cell = _item(f"{ACCEPTED_MARK} {count}" if accepted else count, right=True)
                if accepted:
                    cell.setToolTip(translate("Judgements", "An answer the expert accepts"))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
            self.table.setItem(r, len(headers) - 2, _item(row.missing, right=True))
            self.table.setItem(r, len(headers) - 1, _item(row.not_paired, right=True))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.resizeRowsToContents()


def _feature_label(tagset: Tagset | None, feature_id: str, language: str) -> str:
    if tagset is not None:
        for category in tagset.categories:
            feature = category.feature(feature_id)
            if feature is not None:
                return feature.label(language)
    return feature_id
