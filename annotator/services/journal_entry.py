"""What one journal file holds: the pydantic model of a session's snapshot.

Apart from :mod:`annotator.services.journal` so that the window can hold a
journal before any model exists: pydantic loads with the first snapshot
written or read, after the first paint.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, PrivateAttr

from annotator.core.model import Annotation, Trainee

JOURNAL_FORMAT = 1


class JournalEntry(BaseModel):
    """One snapshot of a session, as written to disk."""

    # Built when the first entry is written or read, not when the window starts.
    model_config = ConfigDict(extra="forbid", defer_build=True)

    journal: int = JOURNAL_FORMAT
    trainee: Trainee
    exercise_id: str
    exercise_title: str = ""
    exercise_sha256: str
    exercise_path: str | None = None
    document_path: str | None = None  # the submission file it was last saved to
    written_at: str
    annotations: list[Annotation]
    _source: Path | None = PrivateAttr(default=None)  # the file it was read from
