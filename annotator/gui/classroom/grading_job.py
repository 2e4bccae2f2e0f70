"""Grading a class in a worker thread, so the window keeps answering while it runs.

``grade_class`` and the overview are plain Python over many files: run in
the window's thread, a class of thousands would freeze it for seconds. The
worker reports progress at most every 50 ms (a signal per file would flood
the window's event queue with thousands of repaints) and checks a flag
before each file, so Cancel stops it within one file.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from annotator import collector
from annotator.core.overview import Overview, overview
from annotator.services.classroom import (
    Cancelled,
    GradedClass,
    KeyProblem,
    ReleaseCodeNeeded,
    grade_class,
    load_key,
)
from annotator.services.decisions import DecisionBook, decisions_path, load_decisions

PROGRESS_EVERY_S = 0.05


@dataclass
class ClassResult:
    """A graded class and its overview, computed together off the window's thread."""

    graded: GradedClass
    view: Overview
    seconds: float
    decisions: DecisionBook | None = None  # the class's decisions (scoring.md §9)
    decisions_file: Path | None = None  # where they are kept: EXERCISE-ID.decisions.xml


class _Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)
    refused = Signal(object)  # the reason: a message the window says in its language
    locked = Signal()  # the key is sealed and no release code was given
    stopped = Signal()

    def __init__(self, key: Path, sources: Sequence[Path], attempt: str | None = None,
                 decisions_folder: Path | None = None, release_code: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.release_code = release_code
        self.sources = list(sources)
        self.attempt = attempt  # first, last, current; None: each submission's default
        self.decisions_folder = decisions_folder
        self.cancel_flag = threading.Event()
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        self._grade()

    def _grade(self) -> None:
        started = time.perf_counter()
        try:
            key = load_key(str(self.key), None, None, self.release_code)
            book, where = None, None
            if self.decisions_folder is not None:
                exercise_id = key.exercise.id if key.exercise is not None else (
                    key.key_file.exercise)
                where = decisions_path(self.decisions_folder, exercise_id)
                book = load_decisions(where, exercise_id, missing_ok=True)
            graded = grade_class(key, self.sources, progress=self._progress,
                                 cancelled=self.cancel_flag.is_set, attempt=self.attempt,
                                 decisions=book)
            view = overview([row.result for row in graded.rows], graded.categories)
        except ReleaseCodeNeeded:
            self.locked.emit()
            return
        except KeyProblem as exc:
            self.refused.emit(exc.message)
            return
        except Cancelled:
            self.stopped.emit()
            return
        self.done.emit(ClassResult(graded, view, time.perf_counter() - started, book, where))


class ClassGrading(QObject):
    """One grading run at a time; its signals always arrive in the window's thread.

    ``finished(ClassResult)``, ``failed(reason)`` (the key cannot be used),
    ``locked()`` (the key is sealed: start again with its release code) or
    ``cancelled()`` ends every run.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    locked = Signal()
    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._worker: _Worker | None = None

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def start(self, key: Path, sources: Sequence[Path], attempt: str | None = None,
              decisions_folder: Path | None = None, release_code: str | None = None) -> None:
        """Grade ``sources`` (files and folders) against ``key`` in the background.

        With ``decisions_folder`` the class's decisions file there is applied;
        ``release_code`` opens a sealed copy's key, in memory only.
        """
        self.stop()
        _rest_collector()
        worker = _Worker(Path(key), sources, attempt, decisions_folder, release_code, self)
        worker.progressed.connect(self.progressed)
        for ending in (worker.done, worker.refused, worker.locked, worker.stopped):
            ending.connect(_wake_collector)
        worker.done.connect(self.finished)
        worker.refused.connect(self.failed)
        worker.locked.connect(self.locked)
        worker.stopped.connect(self.cancelled)
        self._worker = worker
        worker.start()

    def cancel(self) -> None:
        """Ask the run to stop before its next file; ``cancelled`` follows."""
        if self._worker is not None:
            self._worker.cancel_flag.set()

    def stop(self) -> None:
        """Cancel and wait for the thread (closing the window, starting another run)."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.cancel_flag.set()
            for signal in (worker.progressed, worker.done, worker.refused, worker.locked,
                           worker.stopped):
                signal.disconnect()
            worker.wait()
            worker.deleteLater()
            _wake_collector()


# A class of thousands makes millions of small objects that live as long as the
# window shows them. Each full pass of the cyclic collector over them holds the
# GIL for a third of a second, and the window cannot paint meanwhile. So the
# collector rests while a class is graded, and what is alive at the end is frozen
# (left out of later passes). Both ends run in the window's thread, never in the
# worker: a collection finalises whatever cycles it finds, Qt widgets included,
# and a widget must never be destroyed outside the thread that owns it.
GRADING = "a class being graded"


def _rest_collector() -> None:
    """Before a run: collect what the previous class left, then pause the collector."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    collector.pause(GRADING)


def _wake_collector(*_ignored) -> None:
    """After a run (finished, refused, cancelled or stopped): freeze survivors, resume."""
    collector.resume(GRADING)
