"""The GUI side of the recovery journal: when to write it, when to drop it.

A change starts a one-second single-shot timer (a later change does not
restart it), so a burst of marking is written once, and nothing is ever
more than about a second old on disk: a kill -9 or a power cut loses at
most that. A saved file makes the journal redundant, so a successful save
or an explicit "discard" deletes it.

When the journal cannot be written (a full disk), ``failure`` holds why
until a later write succeeds, so the window can keep saying that the work
is only in memory instead of promising recovery.

The timer's writes go to disk on a thread of their own: the snapshot is
taken here, where the session lives, and only the file writing (a second's
worth of fsync on a slow school disk) waits elsewhere, so marking never
stalls on it. One write at a time, in order; anything that reads or deletes
the journal, and an explicit :meth:`flush`, first waits for the write in
flight and takes its outcome, so no late write can undo a discard.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from annotator.xmlio.atomic import SaveError

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from annotator.core.session import Change, Session
    from annotator.services.journal import Journal

WRITE_DELAY_MS = 1000
RETRY_DELAY_MS = 5000


class RecoveryKeeper(QObject):
    written = Signal(str)  # journal path
    failed = Signal(object)  # the SaveError: the window says it in its language
    _landed = Signal(object)  # a background write's Future, sent from the writer thread

    def __init__(self, journal: Journal, parent=None, delay_ms: int = WRITE_DELAY_MS) -> None:
        super().__init__(parent)
        self._journal = journal
        self.session: Session | None = None
        self.exercise_path: Path | None = None
        self.document_path: Path | None = None
        self._pending = False
        self.failure: SaveError | None = None
        self._writer: ThreadPoolExecutor | None = None  # started with the first write
        self._in_flight: Future | None = None
        self._landed.connect(self._on_landed)  # queued: it is emitted on the writer thread
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._write_in_background)

    @property
    def journal(self) -> Journal:
        """The journal, once the write in flight (if any) has landed."""
        self._drain()
        return self._journal

    def attach(
        self, session: Session, exercise_path: Path | None, document_path: Path | None
    ) -> None:
        self.detach()
        self.session = session
        self.exercise_path, self.document_path = exercise_path, document_path
        session.subscribe(self._on_session_changed)
        self._journal.prepare(session)  # now, while the file opens, not once marking began

    def detach(self) -> None:
        self._drain()
        if self.session is not None:
            self.session.unsubscribe(self._on_session_changed)
        self.session = None
        self._pending = False
        self.failure = None
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._pending

    def _on_session_changed(self, change: Change) -> None:
        self._pending = True
        if not self._timer.isActive():
            self._timer.start(self._timer.interval())

    def flush(self) -> bool:
        """Write now, here, if anything changed since the last write; False when the disk
        refused (now or at the last try, with nothing written since)."""
        self._timer.stop()
        self._drain()
        if not self._pending or self.session is None:
            return self.failure is None
        try:
            path = self._journal.write(self.session, self.exercise_path, self.document_path)
        except SaveError as exc:
            self._refused(exc)
            return False
        self._pending = False
        self.failure = None
        self.written.emit(str(path))
        return True

    def discard(self) -> None:
        """Forget the journal of the current session (saved, or thrown away on purpose)."""
        self._timer.stop()
        self._drain()
        self._pending = False
        if self.session is not None:
            self._journal.discard(self.session.trainee, self.session.exercise.id)

    # ------------------------------------------------------ background writes

    def _write_in_background(self) -> None:
        """The timer's write: snapshot here, write on the writer thread."""
        self._timer.stop()
        self._drain()  # one at a time, in order
        if not self._pending or self.session is None:
            return
        path, data = self._journal.snapshot(self.session, self.exercise_path, self.document_path)
        self._pending = False  # set again if this write fails
        if self._writer is None:
            from concurrent.futures import ThreadPoolExecutor

            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
        future = self._writer.submit(self._journal.write_bytes, path, data)
        self._in_flight = future
        future.add_done_callback(self._tell_landed)

    def _tell_landed(self, future: Future) -> None:
        """On the writer thread: hand the outcome to the window's thread."""
        if shiboken6.isValid(self):  # the window may have closed meanwhile
            try:
                self._landed.emit(future)
            except RuntimeError:  # deleted between the check and the signal
                pass

    def _on_landed(self, future: Future) -> None:
        if future is self._in_flight:  # not taken already by a wait (_drain)
            self._in_flight = None
            self._settle(future)

    def _drain(self) -> None:
        """Wait for the write in flight, if any, and take its outcome now."""
        future, self._in_flight = self._in_flight, None
        if future is not None:
            future.exception()  # waits; the outcome is read by _settle
            self._settle(future)

    def _settle(self, future: Future) -> None:
        error = future.exception()
        if error is None:
            self.failure = None
            self.written.emit(str(future.result()))
        elif isinstance(error, SaveError):
            self._pending = True  # what it held is not on disk: write it again
            self._refused(error)
        else:
            raise error

    def _refused(self, error: SaveError) -> None:
        self._timer.start(RETRY_DELAY_MS)
        self.failure = error
        self.failed.emit(error)
