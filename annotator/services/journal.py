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
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from annotator.core.messages import os_reason
from annotator.core.model import Annotation, Trainee
from annotator.core.session import Session
from annotator.xmlio.atomic import SaveError, atomic_write, clean_stale_temp_files
from annotator.xmlio.save_reasons import SAVE_REASON

JOURNAL_FORMAT = 1
SUFFIX = ".journal.json"


class JournalEntry(BaseModel):
    """One snapshot of a session, as written to disk."""

    model_config = ConfigDict(extra="forbid")

    journal: int = JOURNAL_FORMAT
    trainee: Trainee
    exercise_id: str
    exercise_title: str = ""
    exercise_sha256: str
    exercise_path: str | None = None
    document_path: str | None = None  # the submission file it was last saved to
    written_at: str
    annotations: list[Annotation]


def identity(trainee: Trainee | None) -> tuple[str, str]:
    """The trainee's id and name, normalised so that case and spacing do not matter."""
    if trainee is None:
        return ("", "")
    return (
        " ".join((trainee.id or "").split()).casefold(),
        " ".join((trainee.name or "").split()).casefold(),
    )


def _digest(*parts: str) -> str:
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:20]


class Journal:
    """The journal files in one folder (the user data folder's ``recovery``)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path_for(self, trainee: Trainee | None, exercise_id: str) -> Path:
        who = _digest(*identity(trainee))
        return self.folder / f"{who}.{_digest(exercise_id)}{SUFFIX}"

    def write(
        self,
        session: Session,
        exercise_path: str | Path | None = None,
        document_path: str | Path | None = None,
    ) -> Path:
        """Snapshot the session atomically; raises SaveError when the disk refuses."""
        entry = JournalEntry(
            trainee=session.trainee or Trainee(),
            exercise_id=session.exercise.id,
            exercise_title=session.exercise.title,
            exercise_sha256=session.exercise.article.sha256,
            exercise_path=None if exercise_path is None else str(exercise_path),
            document_path=None if document_path is None else str(document_path),
            written_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            annotations=session.annotations,
        )
        path = self.path_for(session.trainee, session.exercise.id)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(
                self.folder, SAVE_REASON("cannot_create_folder", system=os_reason(exc))
            ) from None
        atomic_write(path, entry.model_dump_json(exclude_defaults=False).encode("utf-8"))
        return path

    def load(self, trainee: Trainee | None, exercise_id: str) -> JournalEntry | None:
        """This trainee's snapshot for this exercise, or None (also when unreadable)."""
        entry = self._read(self.path_for(trainee, exercise_id))
        if entry is None or entry.exercise_id != exercise_id:
            return None
        if identity(entry.trainee) != identity(trainee):
            return None  # a hash collision or a copied file: never hand it to someone else
        return entry

    def entries_for(self, trainee: Trainee | None) -> list[JournalEntry]:
        """Every snapshot this trainee left, newest first."""
        who = _digest(*identity(trainee))
        entries = []
        for path in sorted(self.folder.glob(f"{who}.*{SUFFIX}")):
            entry = self._read(path)
            if entry is not None and identity(entry.trainee) == identity(trainee):
                entries.append(entry)
        return sorted(entries, key=lambda e: e.written_at, reverse=True)

    def discard(self, trainee: Trainee | None, exercise_id: str) -> None:
        try:
            self.path_for(trainee, exercise_id).unlink()
        except FileNotFoundError:
            pass

    def clean(self) -> int:
        """Remove temp files that a killed write left behind."""
        return clean_stale_temp_files(self.folder)

    @staticmethod
    def _read(path: Path) -> JournalEntry | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            entry = JournalEntry.model_validate_json(data)
        except ValidationError:
            return None
        return entry if entry.journal == JOURNAL_FORMAT else None


__all__ = ["Journal", "JournalEntry", "SaveError", "identity"]
