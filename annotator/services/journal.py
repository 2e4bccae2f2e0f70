"""The recovery journal: unsaved work survives a kill, a crash or a power cut.

One small file per trainee and exercise holds a snapshot of the session
(the annotations, who made them, where they were last saved). It is
rewritten whole with the same atomic write as a saved file (temp file,
fsync, rename, fsync of the folder), so a kill during a write leaves the
previous snapshot, never half of one. The GUI decides when to write (at
most about a second after a change); this module only knows how.

Laptops at school are shared: a journal is found by the trainee's identity
as well as the exercise, both in its file name and in its contents, so one
student is never offered another's work.

Each window keeps its own journal (``window`` names it in the file name) and
holds a lock on it while open (services.locks), so two copies of the app on
one trainee's work never write or delete each other's journal: a journal
whose window is still open is neither offered for recovery nor deleted; one
whose window is gone (a crash) is offered, and deleted once its work is
saved or thrown away in the window that took it over. A Journal made without
``window`` (scripts, tests) reads and writes the one shared file of older
versions.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.messages import os_reason
from annotator.xmlio.atomic import SaveError, atomic_write, clean_stale_temp_files
from annotator.xmlio.save_reasons import SAVE_REASON

SUFFIX = ".journal.json"

if TYPE_CHECKING:  # pydantic loads with the first snapshot, not with the window
    from annotator.core.model import Trainee
    from annotator.core.session import Session
    from annotator.services.journal_entry import JournalEntry, SerializedParts
    from annotator.services.locks import Holder, Lock


def identity(trainee: Trainee | None) -> tuple[str, str]:
    """The trainee's id and name, normalised so that case and spacing do not matter."""
    if trainee is None:
        return ("", "")
    return (
        " ".join((trainee.id or "").split()).casefold(),
        " ".join((trainee.name or "").split()).casefold(),
    )


def _digest(*parts: str) -> str:
    import hashlib  # the window holds a journal from the start and names files only later
    import json

    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:20]


def _lock(path: Path, token: str) -> Lock:
    from annotator.services.locks import Lock  # loaded with the first journal, not at start

    return Lock(path, token=token)


class Journal:
    """The journal files in one folder (the user data folder's ``recovery``)."""

    def __init__(self, folder: str | Path, window: str | None = None) -> None:
        self.folder = Path(folder)
        self.window = window  # this window's own journals; None: the one shared file
        self._locks: dict[Path, Lock] = {}
        self._adopted: set[Path] = set()  # journals of closed windows whose work we took over

    def _stem(self, trainee: Trainee | None, exercise_id: str) -> str:
        return f"{_digest(*identity(trainee))}.{_digest(exercise_id)}"

    def path_for(self, trainee: Trainee | None, exercise_id: str) -> Path:
        window = f".{self.window}" if self.window else ""
        return self.folder / f"{self._stem(trainee, exercise_id)}{window}{SUFFIX}"

    def write(
        self,
        session: Session,
        exercise_path: str | Path | None = None,
        document_path: str | Path | None = None,
    ) -> Path:
        """Snapshot the session atomically; raises SaveError when the disk refuses."""
        return self.write_bytes(*self.snapshot(session, exercise_path, document_path))

    @cached_property
    def _parts(self) -> SerializedParts:
        """The last snapshot's annotations as JSON (made with the first snapshot or prepare)."""
        from annotator.services.journal_entry import SerializedParts

        return SerializedParts()

    def prepare(self, session: Session) -> None:
        """Serialize a session's highlights ahead of its first snapshot (a file was opened).

        The first snapshot would otherwise serialize them all a second after
        the first highlight marked, while the trainee is marking.
        """
        self._parts.keep(session.annotations)

    def snapshot(
        self,
        session: Session,
        exercise_path: str | Path | None = None,
        document_path: str | Path | None = None,
    ) -> tuple[Path, bytes]:
        """Where the session's journal goes and what it holds, now (nothing written).

        Taken where the session lives; :meth:`write_bytes` may then run on
        another thread while the trainee goes on marking.
        """
        from datetime import UTC, datetime

        from annotator.core.model import Trainee
        from annotator.services.journal_entry import JournalEntry

        fields = dict(
            trainee=session.trainee or Trainee(),
            exercise_id=session.exercise.id,
            exercise_title=session.exercise.title,
            exercise_sha256=session.exercise.article.sha256,
            exercise_path=None if exercise_path is None else str(exercise_path),
            document_path=None if document_path is None else str(document_path),
            # Microseconds: "the newest snapshot" goes by this, and two windows'
            # writes can fall in the same millisecond (then the older could win).
            written_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        )
        path = self.path_for(session.trainee, session.exercise.id)
        annotations = session.annotations
        data = self._parts.join(JournalEntry(**fields, annotations=[]), annotations)
        if data is None:  # not the shape the parts assume: the whole entry, as it was
            data = JournalEntry(**fields, annotations=annotations).model_dump_json(
                exclude_defaults=False).encode("utf-8")
        return path, data

    def write_bytes(self, path: Path, data: bytes) -> Path:
        """Write a snapshot atomically; raises SaveError when the disk refuses."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(
                self.folder, SAVE_REASON("cannot_create_folder", system=os_reason(exc))
            ) from None
        self._hold(path)
        atomic_write(path, data)
        return path

    def _hold(self, path: Path) -> None:
        if self.window is None or path in self._locks:
            return
        lock = _lock(path, self.window)
        lock.acquire()  # our own file name: only a crashed run of this very window held it
        self._locks[path] = lock

    def _open_elsewhere(self, path: Path) -> Holder | None:
        """The live window holding another window's journal, if its window is still open."""
        if path in self._locks:
            return None
        return _lock(path, self.window or "").holder()

    def _candidates(
        self, pattern: str, others_open: bool
    ) -> list[tuple[JournalEntry, Path]]:
        entries = []
        for path in sorted(self.folder.glob(pattern)):
            if not others_open and self._open_elsewhere(path) is not None:
                continue  # another open window's work: never offered, never deleted
            entry = self._read(path)
            if entry is not None:
                entries.append((entry, path))
        entries.sort(key=lambda pair: pair[0].written_at, reverse=True)
        return entries

    def load(
        self, trainee: Trainee | None, exercise_id: str, others_open: bool = False
    ) -> JournalEntry | None:
        """This trainee's newest snapshot for this exercise, or None (also when unreadable).

        Journals of windows still open elsewhere are left out unless
        ``others_open``. One of a closed window is deleted by :meth:`discard`
        only once :meth:`take_over` made it this window's.
        """
        pattern = f"{self._stem(trainee, exercise_id)}*{SUFFIX}"
        for entry, _path in self._candidates(pattern, others_open):
            if entry.exercise_id != exercise_id:
                continue
            if identity(entry.trainee) != identity(trainee):
                continue  # a hash collision or a copied file: never hand it to someone else
            return entry
        return None

    def take_over(self, entry: JournalEntry) -> None:
        """Make a closed window's journal this window's to delete: its work was restored
        here, or the trainee threw it away. Older snapshots of the same work by closed
        windows go with it (it supersedes them); another open window's is never taken."""
        if entry._source is None:
            return
        pattern = f"{self._stem(entry.trainee, entry.exercise_id)}*{SUFFIX}"
        for older, path in self._candidates(pattern, others_open=False):
            if path == entry._source or (
                    older.exercise_id == entry.exercise_id
                    and identity(older.trainee) == identity(entry.trainee)
                    and older.written_at <= entry.written_at):
                self._adopted.add(path)

    def open_elsewhere(self, trainee: Trainee | None, exercise_id: str) -> Holder | None:
        """The live window that keeps a journal of this trainee's work on this exercise."""
        for path in sorted(self.folder.glob(f"{self._stem(trainee, exercise_id)}*{SUFFIX}")):
            holder = self._open_elsewhere(path)
            if holder is not None and path != self.path_for(trainee, exercise_id):
                return holder
        return None

    def entries_for(self, trainee: Trainee | None) -> list[JournalEntry]:
        """Every snapshot this trainee left in windows now closed, newest first."""
        who = _digest(*identity(trainee))
        return [entry for entry, _ in self._candidates(f"{who}.*{SUFFIX}", False)
                if identity(entry.trainee) == identity(trainee)]

    def discard(self, trainee: Trainee | None, exercise_id: str) -> None:
        """Delete this window's journal of the work, and those it took over; never a journal
        of a window still open."""
        own = self.path_for(trainee, exercise_id)
        stem = self._stem(trainee, exercise_id)
        targets = [own, *(p for p in self._adopted if p.name.startswith(stem + "."))]
        for path in targets:
            if path != own and self._open_elsewhere(path) is not None:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            self._adopted.discard(path)
            lock = self._locks.pop(path, None)
            if lock is not None:
                lock.release()
            elif path != own:  # a closed window's lock file: take it over and let it go
                stale = _lock(path, self.window or "")
                if stale.acquire() is None:
                    stale.release()

    def release(self) -> None:
        """Give up this window's journal locks (its journals stay for recovery)."""
        for lock in self._locks.values():
            lock.release()
        self._locks.clear()

    def clean(self) -> int:
        """Remove temp files that a killed write left behind."""
        return clean_stale_temp_files(self.folder)

    @staticmethod
    def _read(path: Path) -> JournalEntry | None:
        from pydantic import ValidationError

        from annotator.services.journal_entry import JOURNAL_FORMAT, JournalEntry

        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            entry = JournalEntry.model_validate_json(data)
        except ValidationError:
            return None
        if entry.journal != JOURNAL_FORMAT:
            return None
        entry._source = path
        return entry


__all__ = ["Journal", "SaveError", "identity"]
