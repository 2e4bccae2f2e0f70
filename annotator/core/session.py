"""A trainee's work on one exercise: who, which exercise, which highlights.

The session is the one place annotations change. Every change goes through
a small named function (:meth:`Session.add`, :meth:`Session.remove`,
:meth:`Session.update`, :meth:`Session.replace_all`) that returns a
:class:`Change` and tells the listeners, so that views, undo commands and
the recovery journal all see the same events and none of them needs Qt.

Annotations are immutable values kept in text order; an update replaces the
annotation object. New ids are ``a1``, ``a2``, ... and never reused within a
session, so an undone and redone highlight keeps its id.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from annotator import __version__
from annotator.core.model import Annotation, Exercise, Submission, Trainee

ChangeKind = Literal["added", "removed", "updated", "reset"]
Listener = Callable[["Change"], None]

_ID_NUMBER = re.compile(r"^a(\d+)$")
_UNSET = object()


class SessionError(ValueError):
    """A mutation that would break the session's rules (bad range, unknown id)."""


@dataclass(frozen=True)
class Change:
    """What one mutation did; ``index`` is the row in text order it touched.

    For ``removed`` the index is where the annotation was; for ``reset`` it
    is -1 and listeners re-read everything.
    """

    kind: ChangeKind
    annotation: Annotation | None = None
    index: int = -1
    previous: Annotation | None = None


def text_order_key(annotation: Annotation) -> tuple[int, int, str]:
    """Reading order: by start, an enclosing span before the spans inside it."""
    return (annotation.start, -annotation.end, annotation.id)


class Session:
    """One trainee's annotations on one exercise, in text order."""

    def __init__(
        self,
        exercise: Exercise,
        trainee: Trainee | None = None,
        annotations: Iterable[Annotation] = (),
    ) -> None:
        self.exercise = exercise
        self.trainee = trainee
        self._annotations: list[Annotation] = []
        self._keys: list[tuple[int, int, str]] = []
        self._by_id: dict[str, Annotation] = {}
        self._listeners: list[Listener] = []
        self._next_number = 1
        self._longest = 0  # longest span ever held: bounds the search in at_offset
        self.revision = 0  # bumps on every change; the journal compares it
        self._load(annotations)

    # ------------------------------------------------------------- reading

    @property
    def text(self) -> str:
        return self.exercise.article.text

    @property
    def annotations(self) -> list[Annotation]:
        """A copy of the annotations in text order."""
        return list(self._annotations)

    def __len__(self) -> int:
        return len(self._annotations)

    def at(self, row: int) -> Annotation:
        return self._annotations[row]

    def get(self, annotation_id: str) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def index_of(self, annotation_id: str) -> int:
        annotation = self._by_id.get(annotation_id)
        if annotation is None:
            raise SessionError(f"no annotation {annotation_id!r}")
        return bisect.bisect_left(self._keys, text_order_key(annotation))

    def at_offset(self, offset: int) -> list[Annotation]:
        """Placed annotations that cover a code-point offset, shortest first."""
        end = bisect.bisect_right(self._keys, (offset, 1, ""))
        begin = bisect.bisect_left(self._keys, (offset - self._longest, -len(self.text) - 1, ""))
        found = [
            a for a in self._annotations[begin:end]
            if a.start <= offset < a.end and not a.orphaned
        ]
        return sorted(found, key=lambda a: (a.end - a.start, a.start))

    def find(self, category: str, start: int, end: int) -> Annotation | None:
        """The annotation with exactly this category and range, if there is one."""
        row = bisect.bisect_left(self._keys, (start, -end, ""))
        while row < len(self._annotations):
            a = self._annotations[row]
            if (a.start, a.end) != (start, end):
                return None
            if a.category == category:
                return a
            row += 1
        return None

    # ----------------------------------------------------------- listeners

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> Change:
        self.revision += 1
        for listener in list(self._listeners):
            listener(change)
        return change

    # ----------------------------------------------------------- mutations

    def new_annotation(
        self, category: str, start: int, end: int, note: str | None = None
    ) -> Annotation:
        """Build (not add) an annotation with a fresh id and its quote from the text."""
        self._check_category(category)
        if not 0 <= start < end <= len(self.text):
            raise SessionError(f"range {start}-{end} is not inside the text")
        while f"a{self._next_number}" in self._by_id:
            self._next_number += 1
        annotation_id = f"a{self._next_number}"
        self._next_number += 1
        return Annotation(
            id=annotation_id, category=category, start=start, end=end,
            quote=self.text[start:end], note=note or None,
        )

    def add(self, annotation: Annotation) -> Change:
        """Insert an annotation in text order; its id must be new."""
        if annotation.id in self._by_id:
            raise SessionError(f"annotation {annotation.id!r} already exists")
        self._check_category(annotation.category)
        row = self._insert(annotation)
        return self._notify(Change("added", annotation, row))

    def remove(self, annotation_id: str) -> Change:
        row = self.index_of(annotation_id)
        annotation = self._annotations.pop(row)
        del self._keys[row]
        del self._by_id[annotation_id]
        return self._notify(Change("removed", annotation, row))

    def update(self, annotation_id: str, *, category: str | None = None, note=_UNSET) -> Change:
        """Change an annotation's category and/or note (``note=None`` clears it)."""
        row = self.index_of(annotation_id)
        previous = self._annotations[row]
        changes: dict[str, object] = {}
        if category is not None:
            self._check_category(category)
            changes["category"] = category
        if note is not _UNSET:
            changes["note"] = note or None
        annotation = previous.model_copy(update=changes)
        self._annotations[row] = annotation
        self._by_id[annotation_id] = annotation
        return self._notify(Change("updated", annotation, row, previous))

    def replace_all(self, annotations: Iterable[Annotation]) -> Change:
        """Swap every annotation at once (restoring recovered work, undoing that)."""
        self._annotations, self._keys, self._by_id = [], [], {}
        self._load(annotations)
        return self._notify(Change("reset"))

    # ------------------------------------------------------------ helpers

    def _load(self, annotations: Iterable[Annotation]) -> None:
        ordered = sorted(annotations, key=text_order_key)
        for annotation in ordered:
            if annotation.id in self._by_id:
                raise SessionError(f"duplicate annotation id {annotation.id!r}")
            self._by_id[annotation.id] = annotation
            self._bump_counter(annotation.id)
        self._annotations = ordered
        self._keys = [text_order_key(a) for a in ordered]
        self._longest = max([self._longest, *(a.end - a.start for a in ordered)])

    def _insert(self, annotation: Annotation) -> int:
        key = text_order_key(annotation)
        row = bisect.bisect_left(self._keys, key)
        self._annotations.insert(row, annotation)
        self._keys.insert(row, key)
        self._by_id[annotation.id] = annotation
        self._bump_counter(annotation.id)
        self._longest = max(self._longest, annotation.end - annotation.start)
        return row

    def _bump_counter(self, annotation_id: str) -> None:
        match = _ID_NUMBER.match(annotation_id)
        if match:
            self._next_number = max(self._next_number, int(match.group(1)) + 1)

    def _check_category(self, category: str) -> None:
        if self.exercise.tagset.get(category) is None:
            raise SessionError(f"unknown category {category!r}")

    # ----------------------------------------------------------- documents

    def to_submission(self, saved_at: datetime | None = None) -> Submission:
        """The submission document (formats.md) that Save writes."""
        when = (saved_at or datetime.now(UTC)).replace(microsecond=0)
        return Submission(
            exercise=self.exercise.id,
            exercise_version=self.exercise.version,
            text_sha256=self.exercise.article.sha256,
            trainee=self.trainee,
            annotations=list(self._annotations),
            saved_at=when.isoformat().replace("+00:00", "Z"),
            app_version=__version__,
        )

    @classmethod
    def from_submission(
        cls, exercise: Exercise, submission: Submission, trainee: Trainee | None = None
    ) -> Session:
        """A session over a submission already bound to ``exercise`` (bind_submission)."""
        return cls(exercise, trainee or submission.trainee, submission.annotations)
