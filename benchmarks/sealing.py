"""Sealing and unsealing a key, run on demand: ``python benchmarks/sealing.py``.

The cost is almost all the scrypt key derivation attempts.md fixes (n=2**15,
r=8, p=1), so each figure is printed as a ratio to that derivation alone,
measured in the same run: a ratio near 1 means nothing else costs.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time

from annotator.bundled import first_exercise
from annotator.services.sealing import SCRYPT_N, SCRYPT_P, SCRYPT_R, seal, unseal
from annotator.xmlio.readers import read_exercise

RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def _median(job) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    exercise = read_exercise(first_exercise()).document
    sealed = seal(exercise)
    floor = _median(lambda: hashlib.scrypt(b"code", salt=os.urandom(16), n=SCRYPT_N,
                                           r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024,
                                           dklen=32))
    sealing = _median(lambda: seal(exercise))
    opening = _median(lambda: unseal(sealed.student, sealed.code))
    print(f"median of {RUNS}: scrypt alone {floor:.3f} s")
    print(f"seal the first exercise's key   {sealing:.3f} s  x{sealing / floor:.2f} scrypt")
    print(f"unseal it with its release code {opening:.3f} s  x{opening / floor:.2f} scrypt")


if __name__ == "__main__":
    main()
