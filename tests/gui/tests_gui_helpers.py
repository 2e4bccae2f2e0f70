"""Small steps the GUI tests share: select a quote and press a key, like a trainee."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt


def mark(qtbot, window, quote: str, key=Qt.Key_1, modifier=Qt.NoModifier) -> None:
    """Select a quote (its first occurrence) in the article and press a category key."""
    start = window.session.text.index(quote)
    window.view.setFocus()
    window.view.select_offsets(start, start + len(quote))
    qtbot.keyClick(window.view, key, modifier)


def type_text(widget, text: str) -> None:
    """Type any text, accents included: qtbot.keyClicks aborts the process on "ñ"."""
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


class EventCounter(QObject):
    """Counts the events of one type a widget receives (paints, layout requests...)."""

    def __init__(self, widget, kind) -> None:
        super().__init__(widget)
        self.kind = kind
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == self.kind:
            self.count += 1
        return False
