"""What opening a file means: an exercise, or a submission plus its exercise.

A submission names its exercise by id; the exercise is looked for beside
the submission, then among recent and bundled exercises, and only then is
the user asked. Nothing here changes the window: the caller swaps in the
result only once everything has loaded, so a bad file leaves what was open
untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.bundled import is_bundled
from annotator.core.messages import os_reason
from annotator.core.model import Exercise, KeyFile
from annotator.gui.reasons import WINDOW_REASON
from annotator.xmlio.errors import FormatError
from annotator.xmlio.locate import find_exercise
from annotator.xmlio.readers import (
    bind_submission,
    read_bundled_exercise,
    read_document,
    read_exercise,
)

if TYPE_CHECKING:
    from annotator.core.model import Submission

LocatePrompt = Callable[[str, Path], Path | None]


@dataclass
class Opened:
    exercise: Exercise
    exercise_path: Path
    submission: Submission | None = None
    document_path: Path | None = None  # the submission file, if one was opened
    notices: list[str] = field(default_factory=list)


def _read(path: Path):
    try:
        return read_bundled_exercise(path) if is_bundled(path) else read_document(path)
    except OSError as exc:
        raise FormatError(path, os_reason(exc)) from None


def open_document(path: Path, elsewhere: Iterable[Path], locate: LocatePrompt) -> Opened | None:
    """Load an exercise or a submission; None when the user gave up finding the exercise.

    Raises FormatError (one line) for anything unreadable or inconsistent.
    """
    path = Path(path)
    loaded = _read(path)
    document = loaded.document
    if isinstance(document, KeyFile):
        raise FormatError(path, WINDOW_REASON("key_file"))
    if isinstance(document, Exercise):
        return Opened(document, path, notices=list(loaded.repairs))
    exercise_path = find_exercise(document.exercise, path.parent, list(elsewhere))
    if exercise_path is None:
        exercise_path = locate(document.exercise, path.parent)
        if exercise_path is None:
            return None
    try:
        exercise_path = Path(exercise_path)
        reader = read_bundled_exercise if is_bundled(exercise_path) else read_exercise
        exercise_loaded = reader(exercise_path)
    except OSError as exc:
        raise FormatError(exercise_path, os_reason(exc)) from None
    notices = list(exercise_loaded.repairs) + list(loaded.repairs)
    notices += bind_submission(loaded, exercise_loaded.document)
    return Opened(exercise_loaded.document, Path(exercise_path), document, path, notices)
