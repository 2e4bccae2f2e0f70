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

from collections.abc import Iterable
from datetime import datetime

from annotator import __version__
from annotator.core.features import feature_values_for
from annotator.core.model import Annotation, Attempt, Check, Exercise, Submission, Trainee
from annotator.core.span_list import Change, OrderedSpans
from annotator.core.span_list import text_order_key as text_order_key
from annotator.core.timestamps import file_time

_UNSET = object()


class SessionError(ValueError):
    """A mutation that would break the session's rules (bad range, unknown id)."""


class Session(OrderedSpans[Annotation]):
    """One trainee's annotations on one exercise, in text order."""

    def __init__(
        self,
        exercise: Exercise,
        trainee: Trainee | None = None,
        annotations: Iterable[Annotation] = (),
    ) -> None:
        super().__init__(id_prefix="a")
        self.exercise = exercise
        self.trainee = trainee
        # attempts.md: handed-in attempts and checks, only ever added to (not undoable).
        self.attempts: list[Attempt] = []
        self.checks: list[Check] = []
        self._load(annotations)

    @property
    def text(self) -> str:
        return self.exercise.article.text

    # ----------------------------------------------------------- mutations

    def new_annotation(
        self, category: str, start: int, end: int, note: str | None = None
    ) -> Annotation:
        """Build (not add) an annotation with a fresh id and its quote from the text."""
        self._check_category(category)
        if not 0 <= start < end <= len(self.text):
            raise SessionError(f"range {start}-{end} is not inside the text")
        return Annotation(
            id=self._fresh_id(), category=category, start=start, end=end,
            quote=self.text[start:end], note=note or None,
        )

    def update(
        self, annotation_id: str, *, category: str | None = None, note=_UNSET, features=_UNSET
    ) -> Change:
        """Change an annotation's category, note and/or feature values.

        ``note=None`` clears the note. A new category keeps only the values
        of features it declares too (a value of another category's feature
        would make the submission invalid); undo restores them, since the
        undo command passes the old ``features`` back.
        """
        row = self.index_of(annotation_id)
        previous = self._spans[row]
        changes: dict[str, object] = {}
        if category is not None:
            self._check_category(category)
            changes["category"] = category
        if note is not _UNSET:
            changes["note"] = note or None
        if features is not _UNSET:
            changes["features"] = dict(features)
        target = category or previous.category
        values = changes.get("features", previous.features)
        kept = feature_values_for(self.exercise.tagset, target, values)
        if kept != values:
            changes["features"] = kept
        annotation = previous.model_copy(update=changes)
        self._replace(row, annotation)
        return self._notify(Change("updated", annotation, row, previous))

    # ------------------------------------------------------------ rules

    def _error_unknown(self, annotation_id: str) -> SessionError:
        return SessionError(f"no annotation {annotation_id!r}")

    def _error_exists(self, annotation_id: str) -> SessionError:
        return SessionError(f"annotation {annotation_id!r} already exists")

    def _error_duplicate(self, annotation_id: str) -> SessionError:
        return SessionError(f"duplicate annotation id {annotation_id!r}")

    def _check_category(self, category: str) -> None:
        if self.exercise.tagset.get(category) is None:
            raise SessionError(f"unknown category {category!r}")

    # ----------------------------------------------------------- documents

    def to_submission(self, saved_at: datetime | None = None) -> Submission:
        """The submission document (formats.md) that Save writes."""
        return Submission(
            exercise=self.exercise.id,
            exercise_version=self.exercise.version,
            text_sha256=self.exercise.article.sha256,
            trainee=self.trainee,
            annotations=list(self._spans),
            attempts=list(self.attempts),
            checks=list(self.checks),
            saved_at=file_time(saved_at),
            app_version=__version__,
        )

    @classmethod
    def from_submission(
        cls, exercise: Exercise, submission: Submission, trainee: Trainee | None = None
    ) -> Session:
        """A session over a submission already bound to ``exercise`` (bind_submission)."""
        session = cls(exercise, trainee or submission.trainee, submission.annotations)
        session.attempts = list(submission.attempts)
        session.checks = list(submission.checks)
        return session
