"""A real workspace in its own process, for the kill -9 test (test_recovery.py).

It opens an exercise as the trainee given on the command line, marks three
quotes through the undo stack, and once the journal has been written marks
two more (a second burst), saying so on stdout after each burst. Then it
just runs until the test kills it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from annotator.core.model import Trainee
from annotator.gui.app import make_app
from annotator.gui.commands import AddSpan
from annotator.gui.main_window import MainWindow
from annotator.gui.prompts import NoPrompts

FIRST = ["indicó el Kremlin", "señaló el Kremlin", "Alianza geopolítica en desarrollo"]
SECOND = ["La Presidencia rusa concluyó", "Celebración compartida"]


class AsTrainee(NoPrompts):
    def __init__(self, trainee: Trainee) -> None:
        self.trainee = trainee

    def confirm_trainee(self, parent, suggested, exercise_title):
        return self.trainee


def mark_all(window: MainWindow, quotes: list[str]) -> None:
    session = window.session
    for quote in quotes:
        start = session.text.index(quote)
        annotation = session.new_annotation("attribution", start, start + len(quote),
                                            note=f"nota {quote[:5]}")
        window.undo_stack.push(AddSpan(session, annotation))


def main() -> None:
    exercise, trainee = Path(sys.argv[1]), Trainee(**json.loads(sys.argv[2]))
    app = make_app()
    window = MainWindow(prompts=AsTrainee(trainee), language="en")
    assert window.start(exercise) == "opened"
    window.show()
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
