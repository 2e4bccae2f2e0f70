"""Runs a list of export steps one per event-loop turn, with progress and Cancel.

Writing hundreds of reports in one go would freeze the window; PDFs need
Qt's text engine, which belongs to the window's thread, so the work cannot
simply move to a worker. One step per turn keeps the window painting and
answering between files.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.gui.classroom.exports import LeftOut, Step


class StepRunner(QObject):
    """``progressed(done, total)`` as it goes; ``finished(problems, cancelled)`` at the end.

    ``failed`` and ``total`` say, after the end, how many steps wrote
    nothing of what they were meant to, so the window can tell "nothing
    written" from "written in part" from "written".
    """

    progressed = Signal(int, int)
    finished = Signal(object, bool)  # problems: messages the window says in its language

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []
        self._done = 0
        self._problems: list[str] = []
        self._cancel = False
        self.failed = 0
        self.total = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def is_running(self) -> bool:
        return bool(self._steps) and self._done < len(self._steps)

    def start(self, steps: Sequence[Step]) -> None:
        self._steps = list(steps)
        self._done = 0
        self._problems = []
        self._cancel = False
        self.failed = 0
        self.total = len(self._steps)
        self.progressed.emit(0, len(self._steps))
        self._timer.start()

    def cancel(self) -> None:
        self._cancel = True

    def _next(self) -> None:
        if self._cancel:
            self._end(True)
            return
        problem = self._steps[self._done]()
        problems = problem if isinstance(problem, list) else [problem] if problem else []
        self._problems.extend(problems)
        if any(not isinstance(p, LeftOut) for p in problems):
            self.failed += 1
        self._done += 1
        self.progressed.emit(self._done, len(self._steps))
        if self._done < len(self._steps):
            self._timer.start()
        else:
            self._end(False)

    def _end(self, cancelled: bool) -> None:
        self._steps = []
        self.finished.emit(self._problems, cancelled)
