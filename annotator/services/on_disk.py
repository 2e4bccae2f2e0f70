"""Has a file changed on disk since we read it? And a place to keep the other version.

Another program, a synced folder or a teacher's script may rewrite a
trainee's file while it is open; saving over it would drop their version
without a word. A window remembers the file's :class:`Fingerprint` (size,
modification time, SHA-256 of the bytes) when it opens or saves it, and asks
:func:`changed_since` before the next save. Another size settles it at once;
otherwise the bytes are hashed, whatever the time says: a file touched but
not changed (same bytes) is not a conflict, and one rewritten within the
same clock tick, or by a script that put the old time back, still is.

Neither version is ever thrown away: :func:`keep_copy` writes one of them
beside the file as ``NAME.conflict-TIME.xml``; grading a folder leaves such
copies out (:func:`is_conflict_copy`), so a trainee is not graded on the
version they did not keep.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from annotator.xmlio.atomic import atomic_write

if TYPE_CHECKING:
    from datetime import datetime

CHUNK = 1 << 20
_CONFLICT = re.compile(r".+\.conflict-\d{8}-\d{6}(-\d+)?\.xml", re.IGNORECASE)


class Fingerprint(NamedTuple):
    size: int
    mtime_ns: int
    sha256: str


def _digest(path: Path) -> str:
    import hashlib  # with the first save, not at start

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(path: str | Path) -> Fingerprint | None:
    """The file as it is now; None when it cannot be read (gone, or not a file)."""
    path = Path(path)
    try:
        info = os.stat(path)
        return Fingerprint(info.st_size, info.st_mtime_ns, _digest(path))
    except OSError:
        return None


def fingerprint_of(data: bytes, path: str | Path) -> Fingerprint | None:
    """The fingerprint of bytes just written to ``path`` (no second read for the hash)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    import hashlib

    return Fingerprint(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())


def changed_since(path: str | Path, known: Fingerprint | None) -> bool:
    """Whether ``path`` now holds other bytes than when ``known`` was taken.

    A file that is gone is not a conflict (saving puts ours back), and
    without a known fingerprint there is nothing to compare.
    """
    if known is None:
        return False
    try:
        info = os.stat(path)
    except OSError:
        return False  # gone: saving puts ours back, nothing of theirs to lose
    if info.st_size != known.size:
        return True
    try:  # same size, whatever the time says: only the bytes tell (a script may keep mtime)
        return _digest(Path(path)) != known.sha256
    except OSError:
        return False


def conflict_path(path: str | Path, when: datetime | None = None) -> Path:
    """``mine.submission.xml`` -> ``mine.submission.conflict-20250812-101500.xml`` (free name)."""
    path = Path(path)
    from datetime import datetime

    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    stem = path.name.removesuffix(".xml")
    candidate = path.with_name(f"{stem}.conflict-{stamp}.xml")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}.conflict-{stamp}-{number}.xml")
        number += 1
    return candidate


def is_conflict_copy(name: str) -> bool:
    """Whether a file name is one :func:`conflict_path` makes."""
    return _CONFLICT.fullmatch(name) is not None


def keep_copy(path: str | Path, data: bytes | None = None) -> Path:
    """Keep a version beside ``path`` as a conflict copy: ``data``, or the file's bytes now.

    Returns the copy's path; raises SaveError (or OSError reading) if it
    cannot be kept, in which case the caller must not go on to overwrite.
    """
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    copy = conflict_path(path)
    atomic_write(copy, data)
    return copy
