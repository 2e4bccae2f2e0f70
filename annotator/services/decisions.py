"""A class's decisions file: read it, pick each trainee's decisions, change it, save it.

``annotator grade --decisions``, ``annotator report --decisions`` and the
class window all go through here. The file lives beside the class's
submissions as ``EXERCISE-ID.decisions.xml`` (formats.md) and is never
part of a submission, so a trainee's file stays as handed in and a grade
can always be recomputed. A decisions file that cannot be used (unreadable,
or for another exercise) never stops grading: the class is graded without
it, and the reason is given in one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.annotation_hash import annotations_sha256
from annotator.core.decision_notices import DECISION_NOTICE
from annotator.core.decisions import for_trainee, who
from annotator.core.model import Annotation, Decision, DecisionsFile
from annotator.core.text import bytes_sha256
from annotator.core.timestamps import file_time
from annotator.services.on_disk import fingerprint
from annotator.xmlio.errors import FormatError, quoted
from annotator.xmlio.readers import read_decisions
from annotator.xmlio.writers import save

DECISIONS_SUFFIX = ".decisions.xml"


def decisions_path(folder: str | Path, exercise_id: str) -> Path:
    """Where the class window keeps a class's decisions on an exercise."""
    return Path(folder) / f"{exercise_id}{DECISIONS_SUFFIX}"


@dataclass
class DecisionBook:
    """The decisions in force for one class and exercise, and what was said on loading them.

    ``problem`` is the one line why a file was not used (then the book is
    empty and grading runs without decisions).
    """

    exercise: str
    decisions: list[Decision] = field(default_factory=list)
    problem: str | None = None
    digest: str | None = None  # of the file's bytes as last read or written; None: no file

    def for_submission(
        self, trainee_id: str | None, annotations: Sequence[Annotation]
    ) -> tuple[list[Decision], list[str]]:
        """This trainee's decisions on these annotations, and notices on those that changed."""
        return for_trainee(self.decisions, trainee_id, annotations)

    def unmatched(self, trainee_ids: Iterable[str | None]) -> list[str]:
        """Notices for decisions about trainees with no graded submission (never moved)."""
        known = {t.strip() for t in trainee_ids if t and t.strip()}
        return [
            DECISION_NOTICE("no_submission", trainee=d.trainee, what=who(d))
            for d in self.decisions if d.trainee.strip() not in known
        ]

    def document(self) -> DecisionsFile:
        return DecisionsFile(exercise=self.exercise, decisions=list(self.decisions))

    def save(self, path: str | Path) -> None:
        """Write the file atomically (raises SaveError)."""
        self.digest = bytes_sha256(save(self.document(), path))

    def change(
        self, path: str | Path, added: Sequence[Decision], removed: Sequence[Decision]
    ) -> str | None:
        """Add and remove decisions on the file as it is now, and save it (raises SaveError).

        Another window (another instructor of the class) may have written the
        file since this book read it: then it is read again first, so that
        their decisions are kept and only this change is made on top.
        Returns the reason when the file on disk cannot be used (nothing is
        changed or written then).
        """
        on_disk = fingerprint(path)
        if (on_disk.sha256 if on_disk else None) != self.digest:
            fresh = load_decisions(path, self.exercise, missing_ok=True)
            if fresh.problem:
                return fresh.problem
            self.decisions, self.digest = fresh.decisions, fresh.digest
        kept = [d for d in self.decisions if d not in removed]
        self.decisions = kept + [d for d in added if d not in kept]
        self.save(path)
        return None


def load_decisions(path: str | Path, exercise_id: str, missing_ok: bool = False) -> DecisionBook:
    """Read a decisions file for ``exercise_id``; a file that cannot be used gives an empty book.

    With ``missing_ok`` a missing file is simply no decisions yet (the class
    window's case); an unreadable one or one for another exercise is named
    in ``problem``.
    """
    path = Path(path)
    try:
        loaded = read_decisions(path)
    except FormatError as exc:
        if missing_ok and not path.exists():
            return DecisionBook(exercise_id)
        return DecisionBook(exercise_id, problem=DECISION_NOTICE(
            "unreadable", file=str(path), reason=exc.reason))
    document = loaded.document
    if document.exercise != exercise_id:
        return DecisionBook(exercise_id, problem=DECISION_NOTICE(
            "other_exercise", file=str(path), found=quoted(document.exercise, 40),
            expected=quoted(exercise_id, 40)))
    return DecisionBook(exercise_id, list(document.decisions),
                        digest=bytes_sha256(loaded.data))


def make_decision(
    kind: str,
    trainee: str,
    annotations: Sequence[Annotation],
    by: str,
    *,
    key: str | None = None,
    annotation: str | None = None,
    comment: str | None = None,
    at: str | None = None,
) -> Decision:
    """A decision on a trainee's annotations as they stand now (formats.md's digest)."""
    return Decision(
        kind=kind, trainee=trainee, annotations_sha256=annotations_sha256(annotations),
        key=key, annotation=annotation, by=by, at=at or file_time(),
        comment=comment.strip() if comment and comment.strip() else None,
    )
