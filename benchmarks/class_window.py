"""How fast does the class window grade and show a class, and does it stay responsive?

    QT_QPA_PLATFORM=offscreen python benchmarks/class_window.py [--sizes 40 5000] [--runs 1]

For each size, writes generated submissions on the first exercise (the
files of benchmarks/classroom.py: marks near the expert's, one file in 25
broken, one in 25 an older copy) and times, in one offscreen window:

1. from "open class" to the gradebook, the overview and the heat map filled
   and painted ("graded and shown");
2. the longest the window's event loop went without running (a 10 ms timer
   measures it: that is how long a click would wait), and how many progress
   updates reached the bar;
3. ``annotator grade --json`` on the same files, as a new process.

Goals (the "Grade a class" issue): 40 in under 1 s, 5,000 in under 15 s
with the progress bar moving and the window responsive throughout.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from annotator import bundled

HERE = Path(__file__).resolve().parent
GOALS = {40: 1.0, 5000: 15.0}


def _classroom_benchmark():
    """The file generator and CLI timer of benchmarks/classroom.py (one class set for both)."""
    spec = importlib.util.spec_from_file_location("classroom_benchmark", HERE / "classroom.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def time_window(folder: Path) -> dict[str, float]:
    from annotator.gui.classroom.prompts import NoClassPrompts
    from annotator.gui.classroom.window import ClassWindow

    window = ClassWindow(prompts=NoClassPrompts(), language="en")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    updates: list[int] = []
    window.grading.progressed.connect(lambda done, total: updates.append(done))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    loop = QEventLoop()
    window.grading.finished.connect(lambda _: loop.quit())
    window.grading.failed.connect(lambda _: loop.quit())
    started = time.perf_counter()
    last[0] = started
    timer.start(10)
    window.open_class(bundled.first_exercise(), [folder])
    loop.exec()
    window.tabs.setCurrentIndex(1)  # the overview painted too
    window.repaint()
    QApplication.processEvents()
    shown = time.perf_counter() - started
    timer.stop()
    rows = window.gradebook.model.rowCount()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return {"shown": shown, "worst_gap": max(gaps, default=0.0), "updates": len(updates),
            "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 5000])
    parser.add_argument("--runs", type=int, default=1, help="best of this many runs")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    helper = _classroom_benchmark()
    failed = False
    with tempfile.TemporaryDirectory(prefix="annotator-window-") as temp:
        for size in args.sizes:
            folder = Path(temp) / f"class-{size}"
            folder.mkdir()
            helper.build(folder, size)
            best = min((time_window(folder) for _ in range(args.runs)),
                       key=lambda r: r["shown"])
            cli = helper.time_cli(folder, args.runs)
            goal = GOALS.get(size)
            met = "met" if goal is not None and best["shown"] < goal else "MISSED"
            verdict = "" if goal is None else f" (goal < {goal:.0f} s: {met})"
            failed |= goal is not None and best["shown"] >= goal
            print(f"{size:>6} files: window graded and shown in {best['shown']:.2f} s{verdict}; "
                  f"{best['rows']} rows; {best['updates']} progress updates; longest the "
                  f"window waited {1000 * best['worst_gap']:.0f} ms; annotator grade "
                  f"{cli:.2f} s (window/CLI {best['shown'] / cli:.2f})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
