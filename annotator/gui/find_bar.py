"""Find in the article (Ctrl+F): the match stays selected, so a category key marks it.

Matching ignores case and accents (a student typing "geopolitica" finds
"geopolítica") and runs on the canonical text, so what is found is exactly
what would be marked.
"""

from __future__ import annotations

import bisect
import unicodedata

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.gui.accessibility import announce

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def fold(text: str) -> tuple[str, list[int]]:
    """Lower-case text without accents, and for each folded char the index it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        base = "".join(
            c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
        ).casefold()
        for c in base:
            folded.append(c)
            origin.append(i)
    return "".join(folded), origin


class Finder:
    """Finds a query in one text; the folded copy is made once, on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: tuple[str, list[int]] | None = None

    def find(self, query: str, after: int, backward: bool = False) -> tuple[int, int] | None:
        """Next (or previous) match as a code-point range, wrapping around."""
        needle = fold(query)[0]
        if not needle:
            return None
        if self._folded is None:
            self._folded = fold(self.text)
        haystack, origin = self._folded
        if not origin:
            return None
        at = bisect.bisect_left(origin, after)
        if backward:
            i = haystack.rfind(needle, 0, at - 1 + len(needle)) if at > 0 else -1
            if i < 0:
                i = haystack.rfind(needle)
        else:
            i = haystack.find(needle, at)
            if i < 0:
                i = haystack.find(needle)
        if i < 0:
            return None
        return origin[i], origin[i + len(needle) - 1] + 1


class FindBar(QWidget):
    find_requested = Signal(str, bool)  # query, backward
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(translate("FindBar", "Find in the article"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(translate("FindBar", "Find in the article"))
        clear = self.field.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:  # Qt's clear button has no words of its own
            clear.setText(translate("FindBar", "Clear the search"))
            for button in self.field.findChildren(QToolButton):
                button.setAccessibleName(translate("FindBar", "Clear the search"))
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("FindBar", "Search result"))
        previous = QToolButton(self)
        previous.setText(translate("FindBar", "Previous"))
        previous.setToolTip(translate("FindBar", "Previous match (Shift+Enter)"))
        following = QToolButton(self)
        following.setText(translate("FindBar", "Next"))
        following.setToolTip(translate("FindBar", "Next match (Enter)"))
        close = QToolButton(self)
        close.setText(translate("FindBar", "Close"))
        close.setToolTip(
            translate("FindBar", "Close and go back to the article; the match stays selected (Esc)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(translate("FindBar", "Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.field.returnPressed.connect(lambda: self._request(False))
        previous.clicked.connect(lambda: self._request(True))
        following.clicked.connect(lambda: self._request(False))
        close.clicked.connect(self.close_bar)
        self.focus_chain = (self.field, previous, following, close)  # Tab's order in the bar

    def _request(self, backward: bool) -> None:
        self.find_requested.emit(self.field.text(), backward)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ShiftModifier:
            self._request(True)
        else:
            super().keyPressEvent(event)


class ArticleSearch:
    """Connects a find bar to an article view: each request selects the next match.

    ``text_of`` gives the article's current canonical text; the folded copy
    is rebuilt only when that text changes (the authoring window edits it).
    """

    def __init__(self, bar: FindBar, view, text_of) -> None:
        self.bar, self.view, self.text_of = bar, view, text_of
        self._finder: Finder | None = None
        bar.find_requested.connect(self.find)
        bar.closed.connect(view.setFocus)

    def find(self, query: str, backward: bool = False) -> tuple[int, int] | None:
        """Select the next (or previous) match after the selection or caret; None if none."""
        text = self.text_of()
        if text is None:
            return None
        if self._finder is None or self._finder.text != text:
            self._finder = Finder(text)
        selected = self.view.selection_offsets()
        if backward:
            after = selected[0] if selected else self.view.caret_offset()
        else:
            after = selected[1] if selected else self.view.caret_offset()
        found = self._finder.find(query, after, backward)
        if found is None:
            self.bar.status.setText(translate("FindBar", "Not found"))
            announce(self.bar.field, self.bar.status.text())
            return None
        self.bar.status.setText("")
        self.view.select_offsets(*found)
        self.view.ensureCursorVisible()
        return found
