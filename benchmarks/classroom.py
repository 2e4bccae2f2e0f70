"""How fast is grading a class in-process, as the class window does? Run on demand.

    python benchmarks/classroom.py [--sizes 40 5000] [--runs 3] [--keep DIR]

For each size, writes that many generated submissions on the first
exercise (marks near the expert's, some shifted, some in another category,
some extra; one file in 25 broken, one in 25 an older copy of a
trainee's) into a temporary folder, then times:

1. ``classroom.grade_class`` on the folder, in this process, with a
   progress callback (what the window's worker thread runs);
2. ``overview`` of the graded class (what the class view shows next);
3. ``annotator grade --json`` on the same files, as a new process: the
   command line's time for the same grades (it forks workers from 64 files
   on, which a window with threads running must not do).

Goals (the "Grade a class" issue): 40 submissions in under 1 s, 5,000 in
under 15 s.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator import bundled
from annotator.core.model import Annotation, Submission, Trainee
from annotator.core.overview import overview
from annotator.services.classroom import grade_class
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import to_bytes

GOALS = {40: 1.0, 5000: 15.0}


def build(folder: Path, size: int, seed: int = 2025) -> None:
    exercise = read_exercise(bundled.first_exercise()).document
    text, categories = exercise.article.text, exercise.tagset.ids()
    rng = random.Random(seed)
    for number in range(size):
        name = folder / f"t{number:05d}.submission.xml"
        if number % 25 == 24:
            name.write_text("<submission><broken", encoding="utf-8")
            continue
        marks = []
        for k in exercise.key:
            roll = rng.random()
            if roll < 0.25:
                continue
            start, end = k.start, k.end
            if roll < 0.45:
                start = max(0, start - rng.randint(0, 8))
                end = min(len(text), max(start + 1, end + rng.randint(-6, 8)))
            category = k.category if roll > 0.35 else rng.choice(categories)
            marks.append((start, end, category))
        for _ in range(rng.randint(0, 5)):
            start = rng.randrange(len(text) - 50)
            marks.append((start, start + rng.randint(4, 50), rng.choice(categories)))
        trainee = number - 1 if number % 25 == 23 else number  # an older copy of the previous
        submission = Submission(
            exercise=exercise.id, exercise_version="1", text_sha256=exercise.article.sha256,
            trainee=Trainee(id=f"s{trainee:05d}", name=f"Estudiante {trainee}"),
            saved_at="2025-01-01T09:00:00Z" if trainee != number else "2025-01-02T09:00:00Z",
            annotations=[Annotation(id=f"a{i}", category=c, start=s, end=e, quote=text[s:e])
                         for i, (s, e, c) in enumerate(marks, start=1)],
        )
        name.write_bytes(to_bytes(submission))


def time_class(folder: Path, runs: int) -> tuple[float, float, int, int, int]:
    best_grade = best_view = float("inf")
    for _ in range(runs):
        calls: list[int] = []
        started = time.perf_counter()
        graded = grade_class(bundled.first_exercise(), [folder], progress=_counter(calls))
        middle = time.perf_counter()
        overview([row.result for row in graded.rows], graded.categories)
        ended = time.perf_counter()
        best_grade = min(best_grade, middle - started)
        best_view = min(best_view, ended - middle)
    return best_grade, best_view, len(graded.rows), len(graded.problems), len(calls)


def _counter(calls: list[int]):
    def progress(done: int, total: int) -> None:
        calls.append(done)

    return progress


def time_cli(folder: Path, runs: int) -> float:
    names = sorted(p.name for p in folder.glob("*.xml"))
    command = [sys.executable, "-m", "annotator", "grade", "--key",
               str(bundled.first_exercise()), "--json", *names]
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(command, cwd=folder, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        best = min(best, time.perf_counter() - started)
        if result.returncode not in (0, 1):
            raise SystemExit(f"grade failed ({result.returncode}): {result.stderr[:300]!r}")
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 5000])
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--keep", metavar="DIR", help="build the files under DIR and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-class-") as temp:
        base = Path(args.keep or temp)
        for size in args.sizes:
            folder = base / f"class-{size}"
            folder.mkdir(parents=True, exist_ok=True)
            if not any(folder.iterdir()):
                build(folder, size)
            grade, view, rows, problems, calls = time_class(folder, args.runs)
            cli = time_cli(folder, args.runs)
            goal = GOALS.get(size)
            verdict = "" if goal is None else (
                f"   goal < {goal:g} s: {'met' if grade + view < goal else 'NOT MET'}")
            print(f"{size:>5} files: {rows} rows, {problems} problems, {calls} progress calls")
            print(f"      grade_class {grade:6.2f} s + overview {view:5.2f} s{verdict}")
            print(f"      annotator grade --json (new process) {cli:6.2f} s   "
                  f"grade_class / CLI = {grade / cli:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
