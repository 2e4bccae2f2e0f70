"""The recovery journal with 5,000 highlights, run on demand: ``python benchmarks/journal.py``.

The window takes the snapshot on its own thread (the session lives there)
and hands the writing to a writer thread. Each part is printed against a
baseline measured in the same run: the snapshot against ``json.dumps`` of
the same annotations as plain dictionaries, the writing against writing the
same bytes with a plain ``open().write()`` (no temporary file, no fsync).

Two snapshots are timed: the first of a session (every highlight
serialized; the window does this when it opens the file, see
``Journal.prepare``) and the usual one, a second after one highlight
changed while marking (only that one serialized again, the rest kept).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workspace import generate  # noqa: E402 (a sibling benchmark's generator)

RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def _median_ms(job) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _after_one_change_ms(journal, session) -> float:
    """The snapshot a second after marking: one highlight changed since the last one."""
    first = session.at(0).id
    times = []
    for number in range(RUNS):
        journal.snapshot(session)
        session.update(first, note=f"changed {number}")
        started = time.perf_counter()
        journal.snapshot(session)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _first_ms(session, folder: Path) -> float:
    """A session's first snapshot: a journal that has serialized nothing yet."""
    from annotator.services.journal import Journal

    times = []
    for _ in range(RUNS):
        journal = Journal(folder, window="first")
        started = time.perf_counter()
        journal.snapshot(session)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    from annotator.core.session import Session
    from annotator.services.journal import Journal
    from annotator.xmlio.readers import read_exercise, read_submission

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        submission = read_submission(generate(work)).document
        exercise = read_exercise(work / "big.exercise.xml").document
        session = Session(exercise, submission.trainee)
        for annotation in submission.annotations:
            session.add(annotation)
        journal = Journal(work / "recovery", window="bench")
        path, data = journal.snapshot(session)
        plain = [a.model_dump() for a in session.annotations]
        plain_file = work / "plain.json"

        first = _first_ms(session, work / "recovery")
        snapshot = _after_one_change_ms(journal, session)
        dumps = _median_ms(lambda: json.dumps(plain))
        written = _median_ms(lambda: journal.write_bytes(path, data))
        bare = _median_ms(lambda: plain_file.write_bytes(data))
    print(f"journal of {len(session):,} highlights, {len(data):,} bytes, median of {RUNS}:")
    print(f"  first snapshot (file opened){first:7.2f} ms  x{first / dumps:5.2f} "
          f"json.dumps of the same ({dumps:.2f} ms)")
    print(f"  snapshot after one change   {snapshot:7.2f} ms  x{snapshot / dumps:5.2f} "
          f"json.dumps of the same (window's thread, once a second while marking)")
    print(f"  write (writer thread)       {written:7.2f} ms  x{written / bare:5.2f} "
          f"a plain write of the same bytes ({bare:.2f} ms)")


if __name__ == "__main__":
    main()
