"""Small steps the GUI tests share: select a quote and press a key, like a trainee."""

from __future__ import annotations

from PySide6.QtCore import Qt


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
