"""A real workspace in its own process, for the kill -9 test (test_recovery.py).

It opens an exercise as the trainee given on the command line, marks three
quotes with key presses and writes a note on each, and once the journal has
been written marks two more (a second burst), saying so on stdout after
each burst. Then it
just runs until the test kills it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest

from annotator.core.model import Trainee
from annotator.gui.application import make_app
from annotator.gui.main_window import MainWindow
from annotator.gui.note_box import NoteBox
from annotator.gui.prompts import NoPrompts

FIRST = ["indicó el Kremlin", "señaló el Kremlin", "Alianza geopolítica en desarrollo"]
SECOND = ["La Presidencia rusa concluyó", "Celebración compartida"]


class AsTrainee(NoPrompts):
    def __init__(self, trainee: Trainee) -> None:
        self.trainee = trainee

    def confirm_trainee(self, parent, suggested, exercise_title):
        return self.trainee


def wait_for(condition, timeout: float = 30.0) -> None:
    """Run the event loop until the condition holds (the child has no qtbot)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        QCoreApplication.processEvents(QEventLoop.AllEvents, 20)


def type_text(widget, text: str) -> None:
    """Type any text, accents included (QTest.keyClicks aborts on "ñ")."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, ch, Qt.NoModifier)


def open_note_editor(window: MainWindow) -> NoteBox:
    """The note editor F2 just opened: the visible one, not one still waiting to be deleted."""
    viewport = window.panel.table.viewport()

    def visible_editors() -> list[NoteBox]:
        return [e for e in viewport.findChildren(NoteBox) if e.isVisible()]

    wait_for(lambda: len(visible_editors()) == 1)
    return visible_editors()[0]


def mark_all(window: MainWindow, quotes: list[str]) -> None:
    """Mark like a trainee: select, press 2, press F2, type a note, press Enter."""
    view, session = window.view, window.session
    for quote in quotes:
        start = session.text.index(quote)
        view.setFocus()
        view.select_offsets(start, start + len(quote))
        QTest.keyClick(view, Qt.Key_2)
        QTest.keyClick(view, Qt.Key_F2)
        editor = open_note_editor(window)
        type_text(editor, f"nota {quote[:5]}")
        QTest.keyClick(editor, Qt.Key_Return)
        wait_for(lambda q=quote: any(a.quote == q and a.note for a in session.annotations))


def main() -> None:
    exercise, trainee = Path(sys.argv[1]), Trainee(**json.loads(sys.argv[2]))
    app = make_app()
    window = MainWindow(prompts=AsTrainee(trainee), language="en")
    assert window.start(exercise) == "opened"
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    wait_for(window.isActiveWindow)
    mark_all(window, FIRST)
    print("burst1", flush=True)
    bursts = iter([SECOND])

    def next_burst(_path: str) -> None:
        quotes = next(bursts, None)
        if quotes is not None:
            mark_all(window, quotes)
            print("burst2", flush=True)

    window.keeper.written.connect(next_burst)
    app.exec()


if __name__ == "__main__":
    main()
