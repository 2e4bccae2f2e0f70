"""What speaking to screen readers costs, run on demand: ``python benchmarks/screen_reader.py``.

On the 1 MB article with 5,000 highlights that ``benchmarks/workspace.py``
generates, with accessibility switched on (as when a screen reader runs):

- moving the caret (500 moves to random places): the window as it is
  against the same window with its highlight speech disconnected, the floor
  measured in the same run (target: within 1.25x, and under 2 ms);
- marking and undoing one highlight, repaint included (20 of each): the
  same comparison (target: within 1.25x of the floor).

The two are measured in alternating rounds (4 each) and the medians compared.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MOVES, MARKS, ROUNDS = 500, 20, 4


def _workspace_benchmark():
    path = Path(__file__).with_name("workspace.py")
    loader = SourceFileLoader("workspace_benchmark", str(path))
    module = module_from_spec(spec_from_loader("workspace_benchmark", loader))
    loader.exec_module(module)
    return module


def caret_moves(window, offsets: list[int]) -> float:
    times = []
    for offset in offsets:
        start = time.perf_counter()
        window.view.place_caret(offset)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def marks(app, window, places: list[tuple[int, int]]) -> float:
    times = []
    for start, end in places:
        begin = time.perf_counter()
        window.view.select_offsets(start, end)
        window.mark("claim", exact=True)
        window.undo_stack.undo()
        app.processEvents()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    bench = _workspace_benchmark()
    work = Path(tempfile.mkdtemp())
    os.environ["ANNOTATOR_DATA_DIR"] = str(work / "data")
    submission = bench.generate(work)
    app = QApplication(sys.argv[:1])
    QAccessible.setActive(True)  # as when a screen reader listens: events are built and sent
    from annotator.gui.main_window import MainWindow

    window = MainWindow(interactive=False)
    window.start(submission)
    window.show()
    app.processEvents()
    text = window.session.text
    rng = random.Random(7)
    offsets = [rng.randrange(len(text)) for _ in range(MOVES)]
    places = []
    while len(places) < MARKS:
        start = rng.randrange(len(text) - 40)
        if not window.session.at_offset(start):
            places.append((start, start + 12))

    speech = window.speech

    def speak(on: bool) -> None:
        """Connect or disconnect the window's highlight speech (the floor is without it)."""
        if on:
            window.view.caret_moved.connect(speech.caret_at)
            window.undo_stack.indexChanged.connect(speech._on_index_changed)
            speech.follow(window.session, speech_labels)
        else:
            window.view.caret_moved.disconnect(speech.caret_at)
            window.undo_stack.indexChanged.disconnect(speech._on_index_changed)
            speech.follow(None, {})

    speech_labels = dict(speech.labels)
    results = {True: ([], []), False: ([], [])}
    on = True  # the window starts with its speech connected
    for _ in range(ROUNDS):  # alternate, so warm-up and drift fall on both sides
        for state in (on, not on):
            if state != on:
                speak(state)
                on = state
            results[state][0].append(caret_moves(window, offsets))
            results[state][1].append(marks(app, window, places))
    spoken_moves, spoken_marks = (statistics.median(v) for v in results[True])
    silent_moves, silent_marks = (statistics.median(v) for v in results[False])

    bench.row("caret move, highlights spoken", spoken_moves * 1000, 2.0, "ms",
              silent_moves * 1000)
    bench.row("mark + undo + repaint, changes spoken", spoken_marks * 1000,
              silent_marks * 1250, "ms", silent_marks * 1000)
    print(f"ratios: caret {spoken_moves / silent_moves:.2f}x (target 1.25x), "
          f"marking {spoken_marks / silent_marks:.2f}x (target 1.25x)")


if __name__ == "__main__":
    main()
