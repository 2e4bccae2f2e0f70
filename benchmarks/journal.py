"""The recovery journal with 5,000 highlights, run on demand: ``python benchmarks/journal.py``.

The window takes the snapshot on its own thread (the session lives there)
and hands the writing to a writer thread. Each part is printed against a
baseline measured in the same run: the snapshot against ``json.dumps`` of
the same annotations as plain dictionaries, the writing against writing the
same bytes with a plain ``open().write()`` (no temporary file, no fsync).
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

        snapshot = _median_ms(lambda: journal.snapshot(session))
        dumps = _median_ms(lambda: json.dumps(plain))
        written = _median_ms(lambda: journal.write_bytes(path, data))
        bare = _median_ms(lambda: plain_file.write_bytes(data))
    print(f"journal of {len(session):,} highlights, {len(data):,} bytes, median of {RUNS}:")
    print(f"  snapshot (window's thread)  {snapshot:7.2f} ms  x{snapshot / dumps:5.2f} "
          f"json.dumps of the same ({dumps:.2f} ms)")
    print(f"  write (writer thread)       {written:7.2f} ms  x{written / bare:5.2f} "
          f"a plain write of the same bytes ({bare:.2f} ms)")


if __name__ == "__main__":
    main()
