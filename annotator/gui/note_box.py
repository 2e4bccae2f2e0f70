"""The box a note is written in: a paragraph's room over the highlights list.

The Note column is narrow; typed into a one-line cell, a note scrolled out
of sight as it grew. The editor is a wrapped text box laid over the row,
as wide as the list and a few lines high, with its counter below when the
note nears the format's limit. Enter keeps the note (a note is one
paragraph), Esc drops the change, Tab keeps it and moves on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit

from annotator.core.limits import TEXT_MAX
from annotator.gui.text_limits import guard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

LINES = 5  # the box's height in lines of text


class NoteBox(QPlainTextEdit):
    """A wrapped, paragraph-sized note editor; ``done`` when Enter keeps the note."""

    done = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBox")
        self.setAccessibleName(translate("AnnotationPanel", "Note on the highlight"))
        self.setPlaceholderText(translate(
            "AnnotationPanel", "Your note on this highlight. Enter keeps it, Esc cancels."))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        guard(self, TEXT_MAX)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.done.emit()  # one paragraph: Enter keeps the note, never a line break
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        """A pasted note is one paragraph too: its line breaks become spaces."""
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)


def box_geometry(cell: QRect, area: QRect, line_height: int) -> QRect:
    """Where the box goes: over the row, the list's width, a few lines high, inside ``area``.

    It starts at the cell's top and moves up when it would run past the
    list's bottom, so the whole box is always visible.
    """
    height = min(area.height(), line_height * LINES + 12)
    top = min(cell.top(), area.bottom() - height + 1)
    return QRect(area.left() + 4, max(area.top(), top), area.width() - 8, height)
