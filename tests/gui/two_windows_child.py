"""The real app in its own process, driven like a trainee, for the two-windows test.

    python two_windows_child.py ROLE FILE TRAINEE_JSON SAVE_TO

It starts the app through its own entry point (``annotator FILE``: the real
dialogs, the real data folder given by ANNOTATOR_DATA_DIR) and answers what
a trainee would answer: the trainee dialog with TRAINEE_JSON, a file dialog
with SAVE_TO, the "open in another window" question with "read-only".

ROLE ``first``: mark a quote, save to SAVE_TO, mark another (unsaved, so in
the journal); prints ``saved`` then ``journaled PATH``, and runs until killed.
ROLE ``second``: opens FILE while ``first`` holds it; prints ``in_use TEXT``
(the question's text), tries to mark, prints ``highlights N``, saves (a
copy, asked where) and prints ``saved``, then closes the window; the process
ends when the window does.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from annotator.gui.main_window import MainWindow
from annotator.gui.trainee_dialog import TraineeDialog

FIRST = "indicó el Kremlin"
SECOND = "señaló el Kremlin"


def say(line: str) -> None:
    print(line.replace("\n", " "), flush=True)


class Robot:
    """Answers the app's dialogs and plays the role's script once the window is up."""

    def __init__(self, role: str, trainee: dict, save_to: str) -> None:
        self.role, self.trainee, self.save_to = role, trainee, save_to
        self.script_started = False
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, TraineeDialog):
            modal.name.setText(self.trainee["name"])
            modal.student_id.setText(self.trainee.get("id") or "")
            modal.accept()
        elif isinstance(modal, QFileDialog):  # type the name, as a trainee would
            modal.findChild(QLineEdit, "fileNameEdit").setText(self.save_to)
            modal.accept()
        elif isinstance(modal, QMessageBox):
            say(f"in_use {modal.text()}")
            for button in modal.buttons():
                if "read-only" in button.text().replace("&", ""):
                    button.click()
                    return
            raise SystemExit(f"unexpected question: {modal.text()}")
        elif modal is None and not self.script_started:
            window = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, MainWindow) and w.isVisible()
                           and w.session is not None), None)
            if window is not None:
                self.script_started = True
                QTimer.singleShot(0, lambda: self.play(window))

    def mark(self, window: MainWindow, quote: str) -> None:
        start = window.session.text.index(quote)
        window.view.select_offsets(start, start + len(quote))
        window.mark("attribution")

    def play(self, window: MainWindow) -> None:
        if self.role == "first":
            self.mark(window, FIRST)
            if not window.save():
                raise SystemExit("first: not saved")
            say("saved")
            self.mark(window, SECOND)
            if not window.keeper.flush():
                raise SystemExit("first: journal not written")
            journal = window.keeper.journal.path_for(window.session.trainee,
                                                     window.session.exercise.id)
            say(f"journaled {journal}")
            return
        self.mark(window, SECOND)
        say(f"highlights {len(window.session)}")
        say("saved" if window.save() else "not saved")
        window.close()


def main() -> int:
    role, path, trainee, save_to = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
    app = QApplication.instance() or QApplication(["annotator"])
    robot = Robot(role, trainee, save_to)
    from annotator.cli import main as annotator

    status = annotator([path, "--language", "en"])
    robot.timer.stop()
    app.processEvents()
    return status


if __name__ == "__main__":
    sys.exit(main())
