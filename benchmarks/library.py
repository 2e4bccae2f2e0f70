"""Library start-up, run on demand: ``python benchmarks/library.py``.

The app now starts on the library, which reads every bundled exercise to
list its metadata. Prints, with the floor measured in the same run:

- ``annotator --screenshot`` with no file (the library) against the same
  command on the first exercise (the workspace, how the app started
  before): target within 1.25x;
- reading the course's entries (every bundled exercise, no window), median.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def timed(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "annotator", *args], check=True, env=env,
                   capture_output=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    from annotator import bundled
    from annotator.services.library import course_entries

    out = Path(tempfile.mkdtemp()) / "x.png"
    env = dict(os.environ, ANNOTATOR_DATA_DIR=tempfile.mkdtemp())
    library, workspace = [], []
    for _ in range(RUNS):  # interleaved, so that a busy machine slows both alike
        library.append(timed(["--screenshot", str(out)], env))
        workspace.append(timed(["--screenshot", str(out), str(bundled.first_exercise())], env))
    lib, work = statistics.median(library), statistics.median(workspace)
    print(f"start on the library   {lib:7.3f} s   on the first exercise {work:7.3f} s   "
          f"ratio x{lib / work:.2f} (target 1.25)")
    reads = []
    for _ in range(RUNS):
        start = time.perf_counter()
        entries = course_entries()
        reads.append(time.perf_counter() - start)
    print(f"read {len(entries)} course entries   median {statistics.median(reads) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
