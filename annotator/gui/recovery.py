"""The GUI side of the recovery journal: when to write it, when to drop it.

A change starts a one-second single-shot timer (a later change does not
restart it), so a burst of marking is written once, and nothing is ever
more than about a second old on disk: a kill -9 or a power cut loses at
most that. A saved file makes the journal redundant, so a successful save
or an explicit "discard" deletes it.

When the journal cannot be written (a full disk), ``failure`` holds why
until a later write succeeds, so the window can keep saying that the work
is only in memory instead of promising recovery.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.session import Change, Session
from annotator.services.journal import Journal
from annotator.xmlio.atomic import SaveError

WRITE_DELAY_MS = 1000
RETRY_DELAY_MS = 5000


class RecoveryKeeper(QObject):
    written = Signal(str)  # journal path
    failed = Signal(object)  # the SaveError: the window says it in its language

    def __init__(self, journal: Journal, parent=None, delay_ms: int = WRITE_DELAY_MS) -> None:
        super().__init__(parent)
        self.journal = journal
        self.session: Session | None = None
        self.exercise_path: Path | None = None
        self.document_path: Path | None = None
        self._pending = False
        self.failure: SaveError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def attach(
        self, session: Session, exercise_path: Path | None, document_path: Path | None
    ) -> None:
        self.detach()
        self.session = session
        self.exercise_path, self.document_path = exercise_path, document_path
        session.subscribe(self._on_session_changed)

    def detach(self) -> None:
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
        """Write now if anything changed since the last write; False when the disk refused
        (now or at the last try, with nothing written since)."""
        self._timer.stop()
        if not self._pending or self.session is None:
            return self.failure is None
        try:
            path = self.journal.write(self.session, self.exercise_path, self.document_path)
        except SaveError as exc:
            self._timer.start(RETRY_DELAY_MS)
            self.failure = exc
            self.failed.emit(exc)
            return False
        self._pending = False
        self.failure = None
        self.written.emit(str(path))
        return True

    def discard(self) -> None:
        """Forget the journal of the current session (saved, or thrown away on purpose)."""
        self._timer.stop()
        self._pending = False
        if self.session is not None:
            self.journal.discard(self.session.trainee, self.session.exercise.id)
