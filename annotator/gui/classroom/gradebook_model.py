"""The gradebook as a Qt table model: one row per graded trainee, sortable and filterable.

Display text is formatted here once per cell request; sorting uses
:data:`SORT_ROLE`, which gives numbers as numbers (so 9.5 sorts before
10.0) and names folded for case and accents, the order of a class list.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.core.messages import in_language
from annotator.gui.i18n import decimal
from annotator.gui.row_table import SPOKEN, spoken_row
from annotator.services.classroom import ClassRow
from annotator.services.reports.article import CategoryLook

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SORT_ROLE = int(Qt.UserRole) + 1
ROW_ROLE = int(Qt.UserRole) + 2  # the ClassRow itself
_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP = (
    int(r) for r in (Qt.DisplayRole, Qt.TextAlignmentRole, Qt.ForegroundRole, Qt.ToolTipRole))
_LEFT = int(Qt.AlignLeft.value | Qt.AlignVCenter.value)
_RIGHT = int(Qt.AlignRight.value | Qt.AlignVCenter.value)
_LEFT_COLUMNS = frozenset(("trainee", "id", "result", "file"))
PASSED_COLOR = QColor("#1b7a3a")
NOT_PASSED_COLOR = QColor("#b3261e")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class GradebookModel(QAbstractTableModel):
    """Trainee, id, score, result, F1 per category, misses, extras, file."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = "en"  # of the grading notices in the tooltips; the window sets it
        self._rows: list[ClassRow] = []
        self._categories: list[str] = []
        self._looks: dict[str, CategoryLook] = {}
        self._names = self._column_names()
        self._cache: dict[int, list[str]] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)

    # -------------------------------------------------------------- content

    def set_class(
        self, rows: Sequence[ClassRow], categories: Sequence[str], looks: dict[str, CategoryLook]
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._categories = list(categories)
        self._looks = dict(looks)
        self._names = self._column_names()
        self._cache = {}
        column, order = self._sort
        if 0 <= column < len(self._names):
            self._rows = [self._rows[i] for i in self._sorted_order(column, order)]
        self.endResetModel()

    def row_at(self, row: int) -> ClassRow:
        return self._rows[row]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Reorder the rows by one column, ties by name: one Python sort over made-once keys.

        Sorting in the proxy calls back into Python for every comparison (some
        sixty thousand for five thousand trainees, half a second of a frozen
        window); a sort here is a few milliseconds.
        """
        self._sort = (column, order)
        if not 0 <= column < len(self._names):
            return
        self.layoutAboutToBeChanged.emit()
        order_of = self._sorted_order(column, order)
        position = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[old] for old in order_of]
        self._cache = {}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(position[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order) -> list[int]:
        name = self._names[column]
        names = [self._sort_value(row, "trainee") for row in self._rows]
        values = names if name == "trainee" else [self._sort_value(r, name) for r in self._rows]
        keys = list(zip(values, names, strict=True))
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.DescendingOrder)

    @property
    def categories(self) -> list[str]:
        return list(self._categories)

    # ------------------------------------------------------------- columns

    def _columns(self) -> list[str]:
        return self._names

    def _column_names(self) -> list[str]:
        # First / Last / Gain only when some trainee handed in (attempts.md).
        attempts = ["first", "last", "gain", "checks"] if any(
            row.history is not None and row.history.scores for row in self._rows) else []
        return ["trainee", "id", "score", "result", *attempts,
                *(f"f1:{c}" for c in self._categories), "misses", "extras", "file"]

    def column_of(self, name: str) -> int:
        return self._columns().index(name)

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._columns())

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < self.columnCount():
            return None
        name = self._columns()[section]
        if role == Qt.DisplayRole:
            return self._header(name)
        if role == Qt.ToolTipRole:
            return self._header_tip(name)
        return None

    def _header(self, name: str) -> str:
        if name.startswith("f1:"):
            category = name[3:]
            label = self._looks[category].label if category in self._looks else category
            return translate("Gradebook", "%1 F1").replace("%1", label)
        return {
            "trainee": translate("Gradebook", "Trainee"),
            "id": translate("Gradebook", "ID"),
            "score": translate("Gradebook", "Score"),
            "result": translate("Gradebook", "Result"),
            "misses": translate("Gradebook", "Missed"),
            "extras": translate("Gradebook", "Extra"),
            "file": translate("Gradebook", "File"),
            "first": translate("Gradebook", "First"),
            "last": translate("Gradebook", "Last"),
            "gain": translate("Gradebook", "Gain"),
            "checks": translate("Gradebook", "Checks"),
        }[name]

    def _header_tip(self, name: str) -> str:
        if name.startswith("f1:"):
            return translate(
                "Gradebook",
                "How well this trainee's %1 highlights match the expert's, in percent "
                "(F1: precision and recall together)",
            ).replace("%1", self._header(name).removesuffix(" F1"))
        return {
            "trainee": translate("Gradebook", "The trainee's name, as in their file"),
            "id": translate("Gradebook", "The trainee's id, as in their file"),
            "score": translate("Gradebook", "Points out of 100"),
            "result": translate("Gradebook", "Passed: the score reaches the pass mark"),
            "misses": translate("Gradebook", "Expert passages this trainee did not mark"),
            "extras": translate("Gradebook", "Highlights where the expert marked nothing"),
            "file": translate("Gradebook", "The submission file that was graded"),
            "first": translate("Gradebook", "The score of the first attempt handed in, before "
                                            "any feedback"),
            "last": translate("Gradebook", "The score of the last attempt handed in"),
            "gain": translate("Gradebook", "Last minus first: what the feedback changed "
                                           "(— with fewer than two attempts)"),
            "checks": translate("Gradebook", "How often the trainee opened the comparison "
                                             "with the key, and how often before handing in"),
        }[name]

    # ---------------------------------------------------------------- cells

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        role = int(role)  # compared as plain ints: enum comparisons cost microseconds each
        number, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._texts(number)[column]
        if role == SPOKEN:  # a screen reader reads the whole row in any cell
            return self._spoken(number)
        if role == SORT_ROLE:
            return self._sort_value(self._rows[number], self._names[column])
        if role == ROW_ROLE:
            return self._rows[number]
        if role == _ALIGNMENT:
            return _LEFT if self._names[column] in _LEFT_COLUMNS else _RIGHT
        if role == _FOREGROUND and self._names[column] == "result":
            return PASSED_COLOR if self._rows[number].passed else NOT_PASSED_COLOR
        if role == _TOOLTIP:
            return self._tip(self._rows[number], self._names[column])
        return None

    def _spoken(self, number: int) -> str:
        """The row in words; the ✎ badge said as words, never left as a symbol to read."""
        text = spoken_row(self, number)
        row = self._rows[number]
        if row.result.decisions:
            text = text.replace(self._text(row, "score"), translate(
                "Gradebook", "%1, with instructor decisions").replace("%1", decimal(row.score)))
        return text

    def _texts(self, number: int) -> list[str]:
        """A row's cell texts, made once: a view asks for them again on every paint."""
        texts = self._cache.get(number)
        if texts is None:
            row = self._rows[number]
            texts = self._cache[number] = [self._text(row, name) for name in self._names]
        return texts

    def _text(self, row: ClassRow, name: str) -> str:
        if name == "trainee":
            return " ".join((row.trainee_name or "").split()) or "—"
        if name == "id":
            return (row.trainee_id or "").strip() or "—"
        if name == "score":  # ✎: the instructor decided on this trainee's work (§9)
            return decimal(row.score) + (" ✎" if row.result.decisions else "")
        if name == "result":  # a symbol and a word: never colour alone
            return (translate("Gradebook", "✓ passed") if row.passed
                    else translate("Gradebook", "✗ not passed"))
        if name.startswith("f1:"):
            value = row.f1_by_category.get(name[3:])
            return "—" if value is None else f"{decimal(100 * value, 0)} %"
        if name in ("first", "last", "gain"):
            value = _attempt_value(row, name)
            if value is None:
                return "—"
            return ("+" if name == "gain" and value > 0 else "") + decimal(value)
        if name == "checks":
            history = row.history
            if history is None:
                return "—"
            if not history.checks_before_hand_in:
                return str(history.checks)
            return translate("Gradebook", "%1 (%2 before handing in)").replace(
                "%1", str(history.checks)).replace("%2", str(history.checks_before_hand_in))
        if name == "misses":
            return str(row.misses)
        if name == "extras":
            return str(row.extras)
        return row.file.replace("\\", "/").rsplit("/", 1)[-1]

    def sort_value(self, number: int, column: int):
        """What a column sorts by for one row (numbers as numbers, names folded)."""
        return self._sort_value(self._rows[number], self._names[column])

    def _sort_value(self, row: ClassRow, name: str):
        if name == "trainee":
            return _folded(self._text(row, name))
        if name == "id":
            return _folded(row.trainee_id or "")
        if name == "score":
            return row.score
        if name == "result":
            return (int(row.passed), row.score)
        if name.startswith("f1:"):
            return row.f1_by_category.get(name[3:], -1.0)
        if name in ("first", "last", "gain"):
            value = _attempt_value(row, name)
            return float("-inf") if value is None else value
        if name == "checks":
            history = row.history
            return (-1, -1) if history is None else (history.checks_before_hand_in,
                                                     history.checks)
        if name == "misses":
            return row.misses
        if name == "extras":
            return row.extras
        return _folded(self._text(row, name))

    def _tip(self, row: ClassRow, name: str) -> str:
        if name == "file":
            return row.file
        if name == "score" and row.result.decisions:
            count = len(row.result.decisions)
            before = row.result.score_before_decisions
            return translate("Gradebook", "✎ %n instructor decision(s); without them: %1", "",
                             count).replace("%1", decimal(before if before is not None
                                                          else row.score))
        if row.notices:
            return "\n".join(in_language(notice, self.language) for notice in row.notices[:5])
        return translate("Gradebook", "Double-click or press Enter to see %1's comparison") \
            .replace("%1", row.label())


def _attempt_value(row: ClassRow, name: str) -> float | None:
    """First or last attempt's score, or the gain; None when there is none."""
    history = row.history
    if history is None or not history.scores:
        return None
    if name == "gain":
        return history.gain
    return history.scores[0 if name == "first" else -1][1]


class GradebookProxy(QSortFilterProxyModel):
    """Filters on name, id or file, ignoring case and accents; sorting is the model's."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 deprecates invalidateFilter
            self.beginFilterChange()
            self._needle = _folded(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = _folded(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        row = model.row_at(source_row)
        haystack = " ".join(p for p in (row.trainee_name, row.trainee_id, row.file) if p)
        return self._needle in _folded(haystack)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """The source model sorts itself (see GradebookModel.sort); this proxy only filters."""
        self.sourceModel().sort(column, order)

    def row_at(self, proxy_row: int) -> ClassRow:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().row_at(source.row())
