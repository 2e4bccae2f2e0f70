"""Steps the authoring tests share: select a quote like a drag, run the annotator command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def select_quote(window, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Select the n-th occurrence of a quote in the window's article, as a drag would."""
    text = window.draft.text
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    window.view.setFocus()
    window.view.select_offsets(start, start + len(quote))
    return start, start + len(quote)


def annotator(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=60, cwd=cwd,
    )


def type_into(widget, text: str) -> None:
    """Type any text, accents included (qtbot.keyClicks aborts the process on "ñ")."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)
