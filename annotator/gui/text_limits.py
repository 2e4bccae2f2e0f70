"""The format's length limits where the user types: a counter near the limit, no silent cuts.

A text box that accepts more than the file can hold leads to a save that
fails later, far from the cause; one that cuts a paste silently loses
words. So an edit that would pass the limit is refused whole (the box keeps
what it had, and says why), and from 90 % of the limit on a counter shows
how much room is left. Lengths are code points, as the format counts them
(Python's ``len``), never Qt's UTF-16 units.

``guard(editor, limit, show)`` works for a QLineEdit (through a validator)
and a QPlainTextEdit (an edit over the limit is taken back at once, the
box's text restored as it was before it); ``show``
receives the counter's text ("" when there is nothing to say) and the host
puts it where the user looks: a label under the field, or the status bar
for an editor inside a table cell.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from annotator.core.limits import TEXT_MAX, near_limit

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

Show = Callable[[str], None]


def integer(count: int) -> str:
    """10,000 in English, 10.000 in Spanish (the default locale the language set)."""
    return QLocale().toString(int(count))


def counter_text(count: int, limit: int) -> str:
    """"9,500 of 10,000 characters" near the limit; "" below it."""
    if not near_limit(count, limit):
        return ""
    return translate("TextLimits", "%1 of %2 characters").replace(
        "%1", integer(count)).replace("%2", integer(limit))


def refused_text(limit: int) -> str:
    return translate(
        "TextLimits", "Not added: this can have at most %1 characters. Nothing was cut."
    ).replace("%1", integer(limit))


class _LengthValidator(QValidator):
    """Accepts a line edit's text only up to ``limit`` code points; a longer edit is refused."""

    def __init__(self, limit: int, on_refused: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.on_refused = on_refused

    def validate(self, text: str, position: int):
        if len(text) > self.limit:
            self.on_refused()
            return QValidator.Invalid, text, position
        return QValidator.Acceptable, text, position


class _Guard(QObject):
    def __init__(self, editor, limit: int, show: Show) -> None:
        super().__init__(editor)
        self.editor, self.limit, self.show = editor, limit, show
        self._restoring = False
        self._accepted = ""  # a text box's last text within the limit, and its cursor
        self._position = 0

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def refused(self) -> None:
        self._say(refused_text(self.limit))

    def changed(self, *args) -> None:
        if self._restoring:
            return
        count = len(self.text())
        if count > self.limit and isinstance(self.editor, QPlainTextEdit):
            self._restore()
            self.refused()
            return
        if isinstance(self.editor, QPlainTextEdit):
            self._accepted, self._position = self.text(), self.editor.textCursor().position()
        self._say(counter_text(count, self.limit))

    def _restore(self) -> None:
        """Put back the text as it was before the edit that passed the limit, whole."""
        self._restoring = True
        try:
            self.editor.setPlainText(self._accepted)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(self._position, self.editor.document().characterCount() - 1))
            self.editor.setTextCursor(cursor)
        finally:
            self._restoring = False

    def _say(self, text: str) -> None:
        self.editor.setAccessibleDescription(text)
        self.show(text)


def in_status_bar(editor) -> Show:
    """Say the counter in the status bar of the editor's window (for editors with no room)."""

    def show(text: str) -> None:
        window = editor.window()
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is not None and text:
            bar.showMessage(text, 8000)

    return show


def guard(editor: QLineEdit | QPlainTextEdit, limit: int = TEXT_MAX,
          show: Show | None = None) -> None:
    """Keep ``editor`` within ``limit`` code points and report the counter through ``show``
    (by default, the status bar of the editor's window)."""
    keeper = _Guard(editor, limit, show or in_status_bar(editor))
    if isinstance(editor, QLineEdit):
        editor.setValidator(_LengthValidator(limit, keeper.refused, editor))
        editor.textChanged.connect(keeper.changed)
    else:
        editor.textChanged.connect(keeper.changed)
    keeper.changed()
