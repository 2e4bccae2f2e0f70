"""The graded copy the check view saves: the same bytes ``annotator grade --graded-dir`` writes.

It is made from the files, not from the window: the saved submission is read
and tied to the exercise file's key exactly as the grader reads it
(services.classroom), graded, and written with its ``<grade>``. So a trainee's
graded copy and the one an instructor's script makes from the same two files
are the same file, and its ``key-sha256`` names the exercise file's bytes.
No Qt here; the window only asks where to save and shows what went wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.messages import in_language
from annotator.gui.reasons import WINDOW_REASON
from annotator.services.classroom import (
    SUBMISSION_SUFFIX,
    Key,
    KeyProblem,
    Refused,
    graded_document,
    load_key,
    read_bound,
    resolved_path,
)
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.errors import FormatError
from annotator.xmlio.writers import save

if TYPE_CHECKING:
    from annotator.core.grading import GradeResult

GRADED_SUFFIX = "-graded" + SUBMISSION_SUFFIX


class GradedCopyError(Exception):
    """The copy was not written; ``str()`` is one line that names the file, in English."""

    def text(self, language: str = "en") -> str:
        """The same line in ``language`` where it is known in it."""
        return in_language(self.args[0], language)


def suggested_path(submission: Path) -> Path:
    """``NAME-graded.submission.xml`` beside ``NAME.submission.xml``."""
    name = submission.name
    stem = name[: -len(SUBMISSION_SUFFIX)] if name.endswith(SUBMISSION_SUFFIX) else submission.stem
    return submission.with_name(stem + GRADED_SUFFIX)


def write_graded_copy(exercise: Path, submission: Path, target: Path,
                      key: Key | None = None) -> GradeResult:
    """Grade the saved ``submission`` with ``exercise``'s key and write it to ``target``.

    Never over either input. Raises :class:`GradedCopyError` (one line) when
    the key, the submission or the target will not do.
    """
    if resolved_path(target) in {resolved_path(exercise), resolved_path(submission)}:
        raise GradedCopyError(WINDOW_REASON("input_file", file=target))
    try:
        key = key or load_key(str(exercise), None, None)  # given: unlocked or released
    except KeyProblem as exc:
        raise GradedCopyError(exc.message) from None
    try:
        document, _ = read_bound(str(submission), key)
    except FormatError as exc:
        raise GradedCopyError(_file_reason(exc.path, exc.reason)) from None
    except Refused as exc:
        raise GradedCopyError(_file_reason(submission, exc.message)) from None
    result = key.grade(key.grader(), document.annotations)
    try:
        save(graded_document(document, result, key), target)
    except SaveError as exc:
        raise GradedCopyError(_file_reason(exc.path, exc.reason)) from None
    return result


def _file_reason(file: str | Path, reason: str) -> str:
    return WINDOW_REASON("file_reason", file=file, reason=reason)
