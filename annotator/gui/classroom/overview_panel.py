"""The class overview beside the heat map: what the class missed, added and confused.

Four small tables, each a question an instructor asks after a lesson:
which expert passages did most trainees miss, what did many mark that the
expert did not, which category did they choose instead, how are the scores
spread. Choosing a passage in the first two shows it on the article.
Numbers are always written out; shading only adds to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import InstructorNotes
from annotator.core.overview import EXTRA, MISSED, Overview, Scores
from annotator.gui.classroom.discussion import DiscussionPage
from annotator.gui.classroom.judgements_table import JudgementsPage
from annotator.gui.i18n import decimal
from annotator.gui.row_table import spoken_row
from annotator.services.reports.article import CategoryLook, blend

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SHOWN = 50  # rows of passages: the top of the list is what a lesson can take up
PASSAGE_CHARS = 160
_RIGHT = Qt.AlignRight | Qt.AlignVCenter  # made once: combining flags is slow in PySide


def _short(text: str, limit: int = PASSAGE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item(value, align_right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(_RIGHT)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class _WrappingTable(QTableWidget):
    """Rows as tall as their wrapped passage at the table's current width."""

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resizeRowsToContents()


def _speak_rows(table: QTableWidget, columns: range | None = None) -> None:
    """Each cell reads its whole row ("Category: Claim, Missed: 7, ..."), as a reader needs.

    ``columns``: the ones worth reading (a bar of █ is a picture of the number beside it).
    A table with row headings (the confusion table) reads "row, column: value" per cell.
    """
    rows_headed = table.verticalHeader().isVisible()
    for row in range(table.rowCount()):
        whole = spoken_row(table.model(), row, columns)
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None:
                continue
            if rows_headed:
                heading = table.verticalHeaderItem(row)
                header = table.horizontalHeaderItem(column)
                whole = f"{heading.text() if heading else ''}, " \
                    f"{header.text() if header else ''}: {item.text() or '—'}"
            item.setData(Qt.AccessibleTextRole, whole)


def _table(parent, headers: list[str], name: str, spoken_name: str) -> QTableWidget:
    table = _WrappingTable(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(spoken_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    # Wrapped passages need their row height again whenever the width changes.
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class OverviewPanel(QTabWidget):
    """Most missed, frequent extras, confusion and scores, as tabs."""

    passage_chosen = Signal(str, int, int)  # category, start, end
    accept_requested = Signal(str, int, int)  # a frequent extra to add to the key for everyone

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self._view: Overview | None = None
        self._looks: dict[str, CategoryLook] = {}
        self.missed = _table(self, [
            translate("Overview", "Expert passage"), translate("Overview", "Category"),
            translate("Overview", "Missed"), translate("Overview", "Found"),
            translate("Overview", "Partly"), translate("Overview", "Other\ncategory")],
            "mostMissed", translate("Overview", "Expert passages, the most missed first"))
        self.extras = _table(self, [
            translate("Overview", "Passage the expert did not mark"),
            translate("Overview", "Category"), translate("Overview", "Trainees")],
            "frequentExtras",
            translate("Overview", "Passages several trainees marked and the expert did not"))
        self.confusion = _table(self, [], "confusion", translate(
            "Overview", "The expert's category against the category trainees chose"))
        self.confusion.setSelectionMode(QAbstractItemView.NoSelection)
        self.scores = _table(self, [
            translate("Overview", "Score"), translate("Overview", "Trainees"), ""], "scoreBands",
            translate("Overview", "How the scores are spread"))
        self.scores.setSelectionMode(QAbstractItemView.NoSelection)
        self.scores_summary = QLabel(self)
        self.scores_summary.setWordWrap(True)
        scores_page = QWidget(self)
        scores_layout = QVBoxLayout(scores_page)
        scores_layout.addWidget(self.scores_summary)
        scores_layout.addWidget(self.scores, 1)
        confusion_page = QWidget(self)
        confusion_layout = QVBoxLayout(confusion_page)
        intro = QLabel(translate(
            "Overview", "Rows: the expert's category. Columns: what the trainees chose. "
            "The diagonal is right; “missed” are expert passages nobody paired, “extra” "
            "highlights the expert did not make."), confusion_page)
        intro.setWordWrap(True)
        confusion_layout.addWidget(intro)
        confusion_layout.addWidget(self.confusion, 1)
        self.addTab(self.missed, translate("Overview", "Most &missed"))
        extras_page = QWidget(self)
        extras_layout = QVBoxLayout(extras_page)
        extras_layout.setContentsMargins(0, 0, 0, 0)
        extras_layout.addWidget(self.extras, 1)
        self.accept_button = QPushButton(translate(
            "Overview", "&Accept for the whole class…"), extras_page)
        self.accept_button.setObjectName("acceptForClass")
        self.accept_button.setToolTip(translate(
            "Overview", "Add the chosen passage to the expert's key (as another right extent, "
            "or as optional) and grade everyone again"))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self._accept_chosen)
        extras_layout.addWidget(self.accept_button)
        self.addTab(extras_page, translate("Overview", "&Frequent extras"))
        self.addTab(confusion_page, translate("Overview", "&Confusion"))
        self.addTab(scores_page, translate("Overview", "&Scores"))
        self.discussion = DiscussionPage(self)
        self.addTab(self.discussion, translate("Overview", "&Discussion"))
        self.fixed = _table(self, [
            translate("Overview", "Expert passage"), translate("Overview", "Category"),
            translate("Overview", "Fixed"), translate("Overview", "Missed at\nfirst")],
            "feedbackFixed", translate(
                "Overview", "Expert passages trainees missed in their first attempt and found "
                            "in their last"))
        self.fixed_summary = QLabel(self)
        self.fixed_summary.setWordWrap(True)
        fixed_page = QWidget(self)
        fixed_layout = QVBoxLayout(fixed_page)
        fixed_layout.addWidget(self.fixed_summary)
        fixed_layout.addWidget(self.fixed, 1)
        self.addTab(fixed_page, translate("Overview", "What feedback &fixed"))
        self.setTabToolTip(self.indexOf(fixed_page), translate(
            "Overview", "Expert passages trainees missed in their first attempt and found in "
                        "their last"))
        self.fixed.itemSelectionChanged.connect(lambda: self._chosen(self.fixed))
        self.judgements = JudgementsPage(self)
        self.addTab(self.judgements, translate("Overview", "How the class &judged the sources"))
        self.setTabToolTip(0, translate("Overview", "Expert passages, the most missed first"))
        self.setTabToolTip(1, translate(
            "Overview", "Passages several trainees marked and the expert did not"))
        self.setTabToolTip(2, translate(
            "Overview", "The expert's category against the category trainees chose"))
        self.setTabToolTip(3, translate("Overview", "How the scores are spread"))
        self.setTabToolTip(4, translate(
            "Overview", "The instructor notes' questions for the class, goals and facts"))
        self.setTabToolTip(self.indexOf(self.judgements), translate(
            "Overview", "For each expert passage, how many trainees chose each answer"))
        self.missed.itemSelectionChanged.connect(lambda: self._chosen(self.missed))
        self.extras.itemSelectionChanged.connect(lambda: self._chosen(self.extras))
        self.extras.itemSelectionChanged.connect(
            lambda: self.accept_button.setEnabled(bool(self.extras.selectedItems())))

    def label(self, category: str) -> str:
        if category == MISSED:
            return translate("Overview", "missed")
        if category == EXTRA:
            return translate("Overview", "extra")
        look = self._looks.get(category)
        return look.label if look else category

    def set_overview(
        self, view: Overview, looks: dict[str, CategoryLook],
        notes: InstructorNotes | None = None, language: str = "en",
    ) -> None:
        self._view, self._looks = view, looks
        self.discussion.set_notes(notes, language)
        self._fill_missed(view)
        self._fill_extras(view)
        self._fill_confusion(view)
        self._fill_scores(view.scores, view.trainees)

    def set_fixes(self, fixes) -> None:
        """Passages missed in attempt 1 and found in the last (services.attempts.Fix)."""
        shown = fixes[:SHOWN]
        self.fixed.setRowCount(len(shown))
        for row, fix in enumerate(shown):
            span = fix.span
            cells = [_item(_short(span.quote)), _item(self.label(span.category)),
                     _item(fix.fixed, True, bold=True), _item(fix.missed_first, True)]
            for column, cell in enumerate(cells):
                cell.setData(Qt.UserRole, (span.category, span.start, span.end))
                self.fixed.setItem(row, column, cell)
        _speak_rows(self.fixed)
        self._fit(self.fixed)
        if fixes:
            text = translate(
                "Overview", "Trainees who handed in twice or more: the passages they missed "
                            "in their first attempt, and how many found them in their last.")
        else:
            text = translate(
                "Overview", "Nothing to show yet: no trainee handed in twice after missing "
                            "a passage.")
        self.fixed_summary.setText(text)

    def _fill_missed(self, view: Overview) -> None:
        tallies = view.key_spans[:SHOWN]
        self.missed.setRowCount(len(tallies))
        for row, t in enumerate(tallies):
            cells = [_item(_short(t.span.quote)), _item(self.label(t.span.category)),
                     _item(t.missed, True, bold=True), _item(t.found, True),
                     _item(t.partial, True), _item(t.wrong_category, True)]
            for column, cell in enumerate(cells):
                cell.setData(Qt.UserRole, (t.span.category, t.span.start, t.span.end))
                self.missed.setItem(row, column, cell)
        _speak_rows(self.missed)
        self._fit(self.missed)

    def _fill_extras(self, view: Overview) -> None:
        extras = [e for e in view.extras if e.trainees > 1][:SHOWN]
        self.extras.setRowCount(len(extras))
        for row, e in enumerate(extras):
            cells = [_item(_short(e.quote)), _item(self.label(e.category)),
                     _item(e.trainees, True, bold=True)]
            for column, cell in enumerate(cells):
                cell.setData(Qt.UserRole, (e.category, e.start, e.end))
                self.extras.setItem(row, column, cell)
        _speak_rows(self.extras)
        self._fit(self.extras)

    def _fill_confusion(self, view: Overview) -> None:
        table = view.confusion
        rows, columns = table.rows, table.columns
        self.confusion.clear()
        self.confusion.setRowCount(len(rows))
        self.confusion.setColumnCount(len(columns))
        self.confusion.setHorizontalHeaderLabels(
            [translate("Overview", "chose %1").replace("%1", self.label(c)) for c in columns])
        self.confusion.setVerticalHeaderLabels(
            [translate("Overview", "expert: %1").replace("%1", self.label(r)) for r in rows])
        self.confusion.verticalHeader().setVisible(True)
        for r, expert in enumerate(rows):
            total = sum(table.cell(expert, c) for c in columns) or 1
            for c, trainee in enumerate(columns):
                if (expert, trainee) == (EXTRA, MISSED):
                    self.confusion.setItem(r, c, _item(""))
                    continue
                value = table.cell(expert, trainee)
                cell = _item(value, True, bold=expert == trainee)
                if value:
                    cell.setBackground(QColor(blend("#35618f", 0.08 + 0.5 * value / total)))
                self.confusion.setItem(r, c, cell)
        _speak_rows(self.confusion)
        self.confusion.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)

    def _fill_scores(self, scores: Scores, trainees: int) -> None:
        self.scores_summary.setText(translate("Overview", "%n trainees", "", trainees) + " · "
            + translate("Overview", "%1 passed · mean %2 · median %3 · lowest %4 · highest %5")
            .replace("%1", str(scores.passed))
            .replace("%2", decimal(scores.mean)).replace("%3", decimal(scores.median))
            .replace("%4", decimal(scores.lowest)).replace("%5", decimal(scores.highest)))
        widest = max(scores.bands) or 1
        bands = list(range(len(scores.bands) - 1, -1, -1))
        self.scores.setRowCount(len(bands))
        bar_font = QFont(self.scores.font())
        for row, index in enumerate(bands):
            count = scores.bands[index]
            self.scores.setItem(row, 0, _item(Scores.band_label(index)))
            self.scores.setItem(row, 1, _item(count, True))
            bar = _item("█" * round(24 * count / widest))
            bar.setFont(bar_font)
            bar.setForeground(QColor("#35618f"))
            self.scores.setItem(row, 2, bar)
        _speak_rows(self.scores, range(2))
        self.scores.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.scores.resizeColumnsToContents()

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """Numbers as narrow as they are; the passage takes the rest and wraps."""
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        table.resizeRowsToContents()

    def _accept_chosen(self) -> None:
        items = self.extras.selectedItems()
        if items:
            self.accept_requested.emit(*items[0].data(Qt.UserRole))

    def _chosen(self, table: QTableWidget) -> None:
        items = table.selectedItems()
        if items:
            category, start, end = items[0].data(Qt.UserRole)
            self.passage_chosen.emit(category, start, end)
