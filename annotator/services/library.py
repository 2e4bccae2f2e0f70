"""The library: which exercises a trainee can open, what each is, and how far they got.

The start page lists the course (the bundled exercises) and the trainee's
own exercises (recent ones, and the others in their folders), with title,
language, level, minutes and skills from each file, and the trainee's
status on each. Reading is forgiving: a file that cannot be read is left
out of the list, never an error at start-up.

Status comes from what is on disk for this trainee only: their saved
submissions (graded or not, handed in or not) and their unsaved work in
the recovery journal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import bundled
from annotator.core.labels import in_language_or_any
from annotator.xmlio.errors import FormatError
from annotator.xmlio.first_frame import bundled_first_frame

if TYPE_CHECKING:
    from annotator.core.model import Exercise, Submission, Trainee
    from annotator.services.journal import Journal

MAX_FOLDER_FILES = 200  # a folder of exercises, not a whole disk


class Group(Enum):
    COURSE = "course"
    EXAMPLE = "example"  # a worked example: practice, not graded
    MINE = "mine"


class Status(Enum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    HANDED_IN = "handed-in"
    CHECKED = "checked"


@dataclass(frozen=True)
class Progress:
    status: Status = Status.NOT_STARTED
    score: float | None = None  # the last score, when checked or graded
    submission: Path | None = None  # the file to reopen to go on


@dataclass(frozen=True)
class Entry:
    """One line of the library: an exercise file and what it says about itself."""

    path: Path
    id: str
    title: str
    language: str
    group: Group
    level: int | None = None
    minutes: int | None = None
    skills: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> labels

    def skill_labels(self, language: str) -> list[str]:
        return [in_language_or_any(labels, language, skill_id)
                for skill_id, labels in self.skills.items()]


def _entry(path: Path, group: Group) -> Entry | None:
    frame = bundled_first_frame(path)  # the package's own: what the list shows, no models
    if frame is not None:
        return Entry(path=path, id=frame.id, title=frame.title, language=frame.language,
                     group=group, level=frame.level, minutes=frame.minutes, skills=frame.skills)
    from annotator.xmlio.readers import read_exercise  # any other file: read whole

    try:
        exercise: Exercise = read_exercise(path).document
    except (FormatError, OSError):
        return None
    course = exercise.course
    return Entry(
        path=path, id=exercise.id, title=exercise.title, language=exercise.language, group=group,
        level=course.level if course else None, minutes=course.minutes if course else None,
        skills={s.id: dict(s.labels) for s in course.skills} if course else {},
    )


def course_entries() -> list[Entry]:
    """The bundled course: worked examples first, then the graded exercises by level."""
    examples = {f"{name}.exercise.xml" for name in bundled.WORKED_EXAMPLES.values()}
    entries = [
        _entry(path, Group.EXAMPLE if path.name in examples else Group.COURSE)
        for path in bundled.bundled_exercises()
    ]
    found = [e for e in entries if e is not None]
    return sorted(found, key=lambda e: (e.group != Group.EXAMPLE, e.level or 0, e.language,
                                        e.title.casefold()))


def own_entries(recent: Iterable[Path]) -> list[Entry]:
    """The trainee's exercises: recent exercise files and the exercises in their folders.

    Bundled exercises are listed once, in the course; a file is listed once
    however it was reached. Each is read whole (:func:`own_files` finds them
    without reading them).
    """
    entries = (_entry(path, Group.MINE) for path in own_files(recent))
    return [entry for entry in entries if entry is not None]


def own_files(recent: Iterable[Path]) -> list[Path]:
    """The files :func:`own_entries` reads: found on disk, not opened."""
    bundled_dir = bundled.exercises_dir().resolve()
    seen: set[Path] = set()
    found: list[Path] = []
    candidates: list[Path] = []
    for path in recent:
        folder = path.parent
        if path.name.endswith(".exercise.xml"):
            candidates.append(path)
        if folder.resolve() != bundled_dir and folder.is_dir():
            candidates.extend(sorted(folder.glob("*.exercise.xml"))[:MAX_FOLDER_FILES])
    for path in candidates:
        resolved = path.resolve()
        if resolved in seen or resolved.parent == bundled_dir or not path.is_file():
            continue
        seen.add(resolved)
        found.append(path)
    return found


def _submission_progress(submission: Submission, path: Path) -> Progress:
    # Hand in freezes an attempt and a check is recorded in the file
    # (attempts.md); files written before attempts existed have neither.
    if submission.grade is not None:
        return Progress(Status.CHECKED, submission.grade.score, path)
    if submission.checks:
        return Progress(Status.CHECKED, None, path)
    if submission.attempts:
        return Progress(Status.HANDED_IN, None, path)
    return Progress(Status.IN_PROGRESS, None, path)


def progress_by_exercise(
    trainee: Trainee | None,
    submissions: Iterable[Path],
    journal: Journal | None,
    checked_scores: dict[str, float] | None = None,
) -> dict[str, Progress]:
    """This trainee's progress per exercise id, from their files and journal only.

    ``submissions``: the trainee's recent submission files, newest first (a
    file of another trainee is ignored). ``checked_scores``: the last score
    of a check in the workspace, per exercise id, for work not saved since.
    """
    if trainee is None:
        return {}
    from annotator.services.journal import identity
    from annotator.xmlio.readers import read_submission

    mine = identity(trainee)
    progress: dict[str, Progress] = {}
    for path in submissions:
        try:
            submission = read_submission(path).document
        except (FormatError, OSError):
            continue
        if identity(submission.trainee) != mine or submission.exercise in progress:
            continue
        progress[submission.exercise] = _submission_progress(submission, path)
    for exercise_id, score in (checked_scores or {}).items():
        known = progress.get(exercise_id, Progress())
        if known.status in (Status.NOT_STARTED, Status.IN_PROGRESS):
            progress[exercise_id] = Progress(Status.CHECKED, score, known.submission)
    if journal is not None:
        for entry in journal.entries_for(trainee):
            if entry.exercise_id not in progress:
                progress[entry.exercise_id] = Progress(Status.IN_PROGRESS)
    return progress


def exercises_beside(path: Path | None) -> list[tuple[str, str]]:
    """(id, title) of the other exercises in ``path``'s folder: those it may be paired with.

    A student copy has its exercise's id, so each id is listed once; the
    exercise itself is left out. No folder (a new exercise): nothing.
    """
    if path is None or not path.parent.is_dir():
        return []
    found: dict[str, str] = {}
    own = path.resolve()
    for other in sorted(path.parent.glob("*.exercise.xml"))[:MAX_FOLDER_FILES]:
        if other.resolve() == own:
            continue
        entry = _entry(other, Group.MINE)
        if entry is not None:
            found.setdefault(entry.id, entry.title)
    return sorted(found.items(), key=lambda item: item[1].casefold())
