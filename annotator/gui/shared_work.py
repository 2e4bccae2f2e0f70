"""One window at a time on a trainee's work: who holds it, and what a second window may do.

Two copies of the app on the same submission (or on the same trainee's
unsaved work on an exercise) used to overwrite each other's saves. Now the
window that opens the work first holds a lock on the submission file
(services.locks) and on its own journal; a second window is told which
window holds it (process, computer, since when) and may open the work
read-only, or as a copy that it saves under another name. Never both
writing one file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.commands import UndoStack

if TYPE_CHECKING:  # the locks load with the first file opened or saved
    from annotator.services.locks import Holder, Lock

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

OWN, READ_ONLY, COPY, CANCEL = "own", "read_only", "copy", "cancel"


class GuardedUndoStack(UndoStack):
    """The window's undo stack; while ``read_only`` it takes no edit (nothing changes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.refused = None  # called when an edit is refused, to say why

    def push(self, command) -> None:
        if self.read_only:
            if self.refused is not None:
                self.refused()
            return
        super().push(command)


def describe(holder: Holder) -> str:
    """Which window holds the work, in words a trainee can act on."""
    if not holder.pid:
        return translate("SharedWork", "another annotator window")
    text = translate("SharedWork", "another annotator window (process %1 on %2, since %3)")
    return text.replace("%1", str(holder.pid)).replace("%2", holder.host).replace(
        "%3", holder.since)


def claim(window, document_path: Path | None, trainee, exercise_id: str) -> tuple[str, Lock | None]:
    """Take the work for ``window`` or ask what to do: (OWN, lock), (READ_ONLY, None),
    (COPY, None) or (CANCEL, None)."""
    if not window.interactive:
        return OWN, None  # a screenshot only looks, and leaves no lock file behind
    lock = None
    own = _own_lock(window, document_path)
    if own is not None:
        return OWN, own  # this window reopens its own file
    if document_path is not None:  # a saved submission: its lock says who has it
        from annotator.services.locks import Lock

        lock = Lock(document_path, token=window.window_token)
        holder = lock.acquire()
    else:  # an exercise: another open window may have this trainee's unsaved work on it
        holder = window.keeper.journal.open_elsewhere(trainee, exercise_id)
    if holder is None:
        return OWN, lock
    answer = window.prompts.work_in_use(window, describe(holder))
    if answer == READ_ONLY:
        return READ_ONLY, None
    if answer == COPY:
        return COPY, None
    return CANCEL, None


def lock_for_saving(window, path: Path) -> Lock | None:
    """The lock on ``path`` for a save, or None after telling the user another window has it."""
    own = _own_lock(window, path)
    if own is not None:
        return own
    from annotator.services.locks import Lock

    lock = Lock(path, token=window.window_token)
    holder = lock.acquire()
    if holder is None:
        return lock
    window.prompts.error(window, translate("MainWindow", "Not saved"), translate(
        "SharedWork", "%1 is open in %2. Save under another name, so that neither window "
        "overwrites the other's work.").replace("%1", str(path)).replace("%2", describe(holder)))
    return None


def release_unless_held(window, lock: Lock) -> None:
    """A lock taken for a save that did not happen: let it go, unless the window holds it."""
    if lock is not window.work_lock:
        lock.release()


def _own_lock(window, path: Path | None) -> Lock | None:
    """The lock this window already holds on ``path``, if it holds one."""
    current = window.work_lock
    if current is not None and path is not None and (
            current.target.resolve() == Path(path).resolve()):
        return current
    return None


def switch_lock(window, lock: Lock | None) -> None:
    """Hold ``lock`` from now on and let the previous one go."""
    if window.work_lock is not None and window.work_lock is not lock:
        window.work_lock.release()
    window.work_lock = lock
