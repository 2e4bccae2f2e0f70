"""Lock files: one window at a time works on a submission file or writes a journal.

Two copies of the app on one trainee's work would overwrite each other's
saves and journals. A window takes a lock beside what it writes: the lock
file is created with O_EXCL (only one creator wins, on every platform and
on network folders that honour it) and names its holder: process id,
computer, when, and a token for the window, so another window can say who
holds the work. This is what Qt's QLockFile does, without Qt, so the journal
service can use it too.

A lock whose process is gone (a crash, a kill -9) is stale: the next window
takes it over. Where the system tells when a process started (Linux's
/proc), that is kept too, so a process id reused by another program after a
crash does not keep the work locked. A lock from another computer cannot be checked and counts as
held; one that cannot even be read is stale after a minute (a half-written
lock of a process killed while creating it).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import NamedTuple

UNREADABLE_STALE_AFTER_S = 60.0


class Holder(NamedTuple):
    """Who holds a lock: enough to tell the user which window it is."""

    pid: int
    host: str
    since: str  # local time, "2025-08-12 10:15"
    token: str  # one per window, so two windows of one process differ
    what: str = ""  # the work, in the holder's words (exercise title, trainee)
    started: str = ""  # when the holding process started, where the system says

    def alive(self) -> bool:
        """Whether the holding process still runs (always True for another computer)."""
        import socket  # here, not at start: the window holds locks only once work is open

        if self.host != socket.gethostname():
            return True
        if self.pid == os.getpid():
            return True  # a window of this very process: it releases on close
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # alive, but another user's
        except OSError:
            return True
        now = process_started(self.pid)
        return not (self.started and now and now != self.started)  # else: the id was reused


def process_started(pid: int) -> str:
    """When process ``pid`` started, as the system counts it ("" where it cannot say)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""  # field 22, counting from the pid


def lock_path_for(path: str | Path) -> Path:
    """The lock beside a file: ``.NAME.lock`` (hidden, and never ``*.submission.xml``)."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def read_holder(lock: Path) -> Holder | None:
    import json

    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data["since"]),
                      str(data["token"]), str(data.get("what", "")),
                      str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class Lock:
    """A lock on ``target`` (a file, held through ``.NAME.lock`` beside it)."""

    def __init__(self, target: str | Path, what: str = "", token: str | None = None) -> None:
        self.target = Path(target)
        self.path = lock_path_for(target)
        self.token = token or os.urandom(16).hex()  # uuid would import platform
        self.what = what
        self.held = False

    def holder(self) -> Holder | None:
        """The live holder other than us, if any (a stale lock counts as none)."""
        holder = read_holder(self.path)
        if holder is None:
            return None
        if holder.token == self.token or not holder.alive():
            return None
        return holder

    def acquire(self) -> Holder | None:
        """Take the lock; None when taken, else the live holder that has it.

        A stale lock (its process is gone) is removed and taken over.
        """
        if self.held:
            return None
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                mine = read_holder(self.path)
                if mine is not None and mine.token == self.token:
                    self.held = True  # this window's own lock, taken earlier
                    return None
                blocker = self._blocked_by()
                if blocker is None:
                    continue  # stale: removed, try again
                return blocker
            except OSError:
                return None  # a folder we cannot write in: the save will say so
            import json
            import socket
            from datetime import datetime

            me = Holder(os.getpid(), socket.gethostname(),
                        datetime.now().strftime("%Y-%m-%d %H:%M"), self.token, self.what,
                        process_started(os.getpid()))
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(me._asdict(), handle)
            self.held = True
            return None
        return self._blocked_by()

    def _blocked_by(self) -> Holder | None:
        holder = read_holder(self.path)
        if holder is None:
            try:
                age = time.time() - self.path.stat().st_mtime
            except OSError:
                return None  # gone meanwhile
            if age < UNREADABLE_STALE_AFTER_S:
                return Holder(0, "", "", "", "")  # being written right now: held
            self._remove()
            return None
        if holder.token == self.token:
            return None
        if holder.alive():
            return holder
        self._remove()
        return None

    def _remove(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass

    def release(self) -> None:
        """Give the lock up (only if it is ours)."""
        if not self.held:
            return
        holder = read_holder(self.path)
        if holder is not None and holder.token == self.token:
            self._remove()
        self.held = False
