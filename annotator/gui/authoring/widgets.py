"""Small widgets the authoring window shares: a text box that commits, a line kept within
the format's limit, an eliding label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from annotator.core.limits import TEXT_MAX
from annotator.gui.text_limits import guard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def short_quote(quote: str, limit: int = 30) -> str:
    """A quote on one line, cut with an ellipsis: for undo texts, menus and headings."""
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def limited_line(parent: QWidget, name: str, tip: str = "", limit: int = TEXT_MAX) -> QLineEdit:
    """A one-line field named ``name`` for the style sheets and tests, kept within the
    format's ``limit`` (a counter near it, in the window's status bar)."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    if tip:
        edit.setToolTip(tip)
    guard(edit, limit)
    return edit


class CommitTextEdit(QPlainTextEdit):
    """A plain-text box that says when its text is done: on leaving it, or on Ctrl+Return.

    Each commit becomes one undo step, not one per keystroke; Tab moves on to
    the next field, as in a form.
    """

    committed = Signal()
    finished = Signal()  # Ctrl+Return: committed, and the user wants to go back to the text

    def __init__(self, parent=None, max_lines: int = 4, limit: int | None = TEXT_MAX) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if limit is not None:  # the format's limit for short texts; a block has none
            guard(self, limit)
        line = self.fontMetrics().lineSpacing()
        self.setMaximumHeight(line * max_lines + 14)
        self._committed_text = ""

    def set_text_quietly(self, text: str) -> None:
        """Show a value from the model; does not count as the user's edit."""
        if text != self.toPlainText():
            self.setPlainText(text)
        self._committed_text = text

    def commit(self) -> None:
        if self.toPlainText() != self._committed_text:
            self._committed_text = self.toPlainText()
            self.committed.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.commit()
            self.finished.emit()
            return
        super().keyPressEvent(event)


class ElidedLabel(QLabel):
    """One line that ends in "…" when the space is short, with the whole text as its tooltip.

    A wrapped banner label asks its layout for height it may not get, and a
    long title would push the article aside; this one never asks for width.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(1, self.width()))
        super().setText(shown)
