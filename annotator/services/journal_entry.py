"""What one journal file holds: the pydantic model of a session's snapshot, and
each highlight's JSON kept from one snapshot to the next.

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


_EMPTY_TAIL = b'"annotations":[]}'  # how an entry without annotations ends


def serialize(annotation: Annotation) -> bytes:
    """One annotation as JSON, as it stands in an entry's list."""
    return Annotation.__pydantic_serializer__.to_json(annotation)


class SerializedParts:
    """Each annotation's JSON from the last snapshot, so the next serializes only new ones.

    A snapshot is taken a second after every burst of marking, on the
    window's thread: serializing five thousand highlights each time costs
    the trainee a frame. Annotations are immutable values (a change makes a
    new object), so one still held by the session serializes as it did:
    its bytes are kept, found by its id and checked to be the very same
    object. The entry is the entry without annotations with the parts
    spliced into its empty list, which is byte for byte what serializing
    the whole entry writes (tests/services/test_journal.py compares them).
    """

    def __init__(self) -> None:
        self._parts: dict[str, tuple[Annotation, bytes]] = {}

    def keep(self, annotations: list[Annotation]) -> bool:
        """Hold the JSON of these annotations, in this order, serializing only new ones;
        False when they cannot be spliced (then nothing is held)."""
        kept_before, new = self._parts.get, {}
        for annotation in annotations:
            kept = kept_before(annotation.id)
            if kept is None or kept[0] is not annotation:
                if type(annotation) is not Annotation:
                    self._parts = {}
                    return False  # a subclass serializes as the list's type, not its own
                kept = (annotation, serialize(annotation))
            new[annotation.id] = kept
        if len(new) != len(annotations):
            self._parts = {}
            return False  # two with one id: never in a session, but not spliced blind
        self._parts = new
        return True

    def join(self, empty: JournalEntry, annotations: list[Annotation]) -> bytes | None:
        """The entry ``empty`` holding ``annotations``; None when it cannot be spliced."""
        head = empty.model_dump_json(exclude_defaults=False).encode("utf-8")
        if not head.endswith(_EMPTY_TAIL) or not self.keep(annotations):
            return None
        parts = b",".join(part for _, part in self._parts.values())
        return b"".join((head[:-2], parts, b"]}"))
