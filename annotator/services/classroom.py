"""A class set: one key, many submission files, one graded row per trainee.

``annotator grade`` and ``annotator report`` read and grade the same way,
and so will the class window, so the reading lives here: the key (an
exercise or a key file), each submission tied to the key's article, and
the graded copies. :func:`grade_class` adds what a class needs on top:
folders, files that cannot be graded listed with a one-line reason instead
of stopping the rest, and one row per trainee (the newest file wins). It is
a pure function with a progress callback and a cancel check, so that a
window can run it in a worker thread; it never writes a file (only
:func:`save_graded` does, when asked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from annotator.core.grading import Grader, GradeResult, to_grade
from annotator.core.messages import os_reason
from annotator.core.model import (
    Annotation,
    Decision,
    Exercise,
    KeyFile,
    KeySpan,
    Submission,
    Trainee,
)
from annotator.core.text import bytes_sha256
from annotator.services.attempts import History, default_choice, graded_annotations, history
from annotator.services.class_reasons import CLASS_REASON
from annotator.services.decisions import DecisionBook
from annotator.services.on_disk import is_conflict_copy
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.errors import FormatError, quoted
from annotator.xmlio.readers import bind_submission, read_document, read_submission
from annotator.xmlio.writers import save

SUBMISSION_SUFFIX = ".submission.xml"

# ------------------------------------------------------------------ the key


@dataclass
class Key:
    """The key to grade with, where it came from, and the settings it brings."""

    name: str  # as given on the command line
    sha256: str  # of the file's bytes: identifies the key in every <grade>
    spans: list[KeySpan]
    scheme: str
    pass_mark: float
    exercise: Exercise | None = None
    key_file: KeyFile | None = None
    repairs: list[str] = field(default_factory=list)
    features_weight: float = 0.0  # w of scoring.md §10

    def choice_features(self) -> list[str]:
        """The graded features: the tagset's; a key file has none, so those its spans name."""
        if self.exercise is not None:
            return [f.id for f in self.exercise.tagset.choice_features()]
        return list(dict.fromkeys(f for s in self.spans for f in s.accepted))

    def grader(self, categories: list[str] | None = None) -> Grader:
        """A grader for this key (categories: the key's unless given)."""
        known = self.categories() if categories is None else categories
        return Grader(self.spans, known, self.choice_features())

    def grade(self, grader: Grader, annotations: Sequence[Annotation],
              decisions: Sequence[Decision] = (), trainee: str = "") -> GradeResult:
        """One submission's graded annotations with this key's scheme, pass mark and w,
        and the instructor's ``decisions`` on this ``trainee``'s work (scoring.md §9)."""
        return grader.grade(annotations, self.scheme, self.pass_mark,
                            decisions=[d.applied() for d in decisions], trainee=trainee,
                            features_weight=self.features_weight)

    def categories(self) -> list[str]:
        """The tagset's categories; a key file has none, so the key's in text order."""
        if self.exercise is not None:
            return self.exercise.tagset.ids()
        ordered = sorted(self.spans, key=lambda s: (s.start, s.end, s.id))
        return list(dict.fromkeys(s.category for s in ordered))


class KeyProblem(Exception):
    """The key cannot be used: the command stops with status 2.

    ``str()`` is the English line; ``message`` can say it in Spanish too.
    """

    @property
    def message(self) -> str:
        return self.args[0]


class ReleaseCodeNeeded(KeyProblem):
    """The key is a sealed copy's and no release code was given: a window asks for it."""


def load_key(name: str, scheme: str | None, pass_mark: float | None,
             release_code: str | None = None, features_weight: float | None = None) -> Key:
    """The key from an exercise or a key file; a sealed copy needs its release code.

    ``features_weight`` overrides the exercise's w (scoring.md §10).
    """
    try:
        loaded = read_document(name)
    except FormatError as exc:
        raise KeyProblem(CLASS_REASON("file_reason", file=exc.path, reason=exc.reason)) from None
    document = loaded.document
    common = {"name": name, "sha256": bytes_sha256(loaded.data), "repairs": list(loaded.repairs)}
    if isinstance(document, Exercise) and document.sealed_key is not None:
        return _unsealed_key(document, release_code, scheme, pass_mark, common,
                             features_weight)
    if isinstance(document, Exercise):
        if document.key is None:
            raise KeyProblem(CLASS_REASON("no_key", file=name))
        return Key(
            spans=document.key, exercise=document,
            scheme=scheme or document.grading.scheme,
            pass_mark=document.grading.pass_mark if pass_mark is None else pass_mark,
            features_weight=(document.grading.features_weight if features_weight is None
                             else features_weight),
            **common,
        )
    if isinstance(document, KeyFile):
        return Key(
            spans=document.spans, key_file=document,
            scheme=scheme or "partial", pass_mark=60.0 if pass_mark is None else pass_mark,
            features_weight=features_weight or 0.0,
            **common,
        )
    raise KeyProblem(CLASS_REASON("key_is_submission", file=name))


def _unsealed_key(exercise: Exercise, code: str | None, scheme: str | None,
                  pass_mark: float | None, common: dict,
                  features_weight: float | None = None) -> Key:
    """A sealed copy's key, opened with the release code, in memory only.

    Its ``sha256`` is the key document's (``key-sha256``), the same as a
    released key file's: the grades name the key, not the sealed copy.
    """
    from annotator.services.attempt_reasons import ATTEMPT_REASON
    from annotator.services.sealing import SealProblem, unseal

    name = common["name"]
    if not code:
        raise ReleaseCodeNeeded(ATTEMPT_REASON("needs_code", file=name))
    try:
        opened = unseal(exercise, code, name)
    except SealProblem as exc:
        raise KeyProblem(ATTEMPT_REASON("code_refused", file=name, reason=exc.message)) from None
    common = {**common, "sha256": opened.key_sha256}
    return Key(
        spans=opened.spans, exercise=exercise.model_copy(update={"key": opened.spans,
                                                                 "sealed_key": None}),
        scheme=scheme or exercise.grading.scheme,
        pass_mark=exercise.grading.pass_mark if pass_mark is None else pass_mark,
        features_weight=(exercise.grading.features_weight if features_weight is None
                         else features_weight),
        **common,
    )


# ------------------------------------------------------- one submission


class Refused(Exception):
    """A readable submission that this key cannot grade; ``str()`` is the one-line reason.

    ``message`` is the same reason, able to say itself in Spanish.
    """

    @property
    def message(self) -> str:
        return self.args[0]


def read_bound(name: str, key: Key) -> tuple[Submission, list[str]]:
    """Read a submission and tie it to the key's article; returns it and its notices.

    Raises :class:`FormatError` (unreadable, another exercise, unknown
    category) or :class:`Refused` (a key file made on another article).
    """
    loaded = read_submission(name)
    notices = list(loaded.repairs)
    if key.exercise is not None:
        notices += bind_submission(loaded, key.exercise)  # re-anchors if moved
    else:
        _check_against_key_file(loaded.document, key.key_file)
    return loaded.document, notices


def _check_against_key_file(submission: Submission, key_file: KeyFile) -> None:
    if submission.exercise != key_file.exercise:
        raise Refused(CLASS_REASON(
            "other_exercise",
            found=quoted(submission.exercise, 40), expected=quoted(key_file.exercise, 40),
        ))
    if submission.text_sha256 != key_file.text_sha256:
        raise Refused(CLASS_REASON("other_article"))


# ------------------------------------------------------------ graded copies


def graded_document(submission: Submission, result: GradeResult, key: Key,
                    attempt: str = "current") -> Submission:
    """The submission again with its <grade>.

    The grade names what was graded (``attempt``) whenever the submission
    has attempts or something other than the current annotations was graded.

    With an exercise the annotations go where the grader placed them
    (re-anchored if the article changed) with the article's hash, so the
    file, its offsets and its grade agree.
    """
    grade = to_grade(result, key.sha256)
    if submission.attempts or attempt != "current":
        grade.attempt = attempt
    document = submission.model_copy(update={"grade": grade})
    if key.exercise is not None:
        document.text_sha256 = key.exercise.article.sha256
    return document


def graded_names(names: list[str], folder: Path, protected: set[Path]) -> list[Path | None]:
    """Same file name in ``folder``; ``NAME-2.submission.xml`` and so on when names clash.

    Never an input file (``protected``), whatever folder is given.
    """
    taken: set[str] = set()
    targets: list[Path | None] = []
    for name in names:
        base = Path(name).name
        stem, suffix = _split_name(base)
        candidate, number = base, 1
        while candidate in taken or resolved_path(folder / candidate) in protected:
            number += 1
            candidate = f"{stem}-{number}{suffix}"
        taken.add(candidate)
        targets.append(folder / candidate)
    return targets


def save_graded(graded: GradedClass, folder: Path) -> list[Problem]:
    """Every graded submission again with its ``<grade>``, into ``folder``, never over an input.

    Names as :func:`graded_names` gives them; returns the files that could
    not be written, with the reason (the rest are written).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return [Problem(str(folder), CLASS_REASON("cannot_create", system=os_reason(exc)))]
    protected = {resolved_path(Path(name)) for name in [graded.key.name, *graded.files]}
    targets = graded_names([row.file for row in graded.rows], folder, protected)
    problems = []
    for row, target in zip(graded.rows, targets, strict=True):
        try:
            save(graded_document(row.submission, row.result, graded.key, row.attempt), target)
        except SaveError as exc:
            problems.append(Problem(str(target), exc.reason))
    return problems


def _split_name(name: str) -> tuple[str, str]:
    if name.endswith(SUBMISSION_SUFFIX) and len(name) > len(SUBMISSION_SUFFIX):
        return name[: -len(SUBMISSION_SUFFIX)], SUBMISSION_SUFFIX
    path = Path(name)
    return path.stem, path.suffix


def resolved_path(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


# ---------------------------------------------------------------- the class


@dataclass(frozen=True)
class Problem:
    """A file that was not graded (or not written), and why, in one line."""

    file: str
    reason: str


@dataclass
class ClassRow:
    """One trainee's graded submission, with the counts a class table shows.

    ``file`` is the name as given (or as found in a folder); ``saved`` is
    the time that decided between two files of one trainee (saved-at, else
    the file's modification time, as a POSIX timestamp). The attributes
    named as in ``annotator grade``'s CSV (``trainee_id``, ``score``,
    ``f1_by_category``, ...) let the same writer serve both.
    """

    file: str
    submission: Submission
    result: GradeResult
    notices: list[str]
    saved: float = 0.0
    attempt: str = "current"  # what was graded: first, last or current (attempts.md)
    history: History | None = None  # every attempt's score, the checks, the gain
    misses: int = 0
    extras: int = 0
    f1_by_category: dict[str, float] = field(default_factory=dict)
    error: None = None  # a row is always graded; problems are listed apart
    decisions: list[Decision] = field(default_factory=list)  # the instructor's, for this file
    read_notices: list[str] = field(default_factory=list)  # from reading, before any grading

    @property
    def graded_annotations(self) -> list:
        """The annotations this row's grade is of: the attempt chosen (attempts.md)."""
        return graded_annotations(self.submission, self.attempt)[0]

    @property
    def trainee(self) -> Trainee | None:
        return self.submission.trainee

    @property
    def trainee_id(self) -> str | None:
        return self.trainee.id if self.trainee else None

    @property
    def trainee_name(self) -> str | None:
        return self.trainee.name if self.trainee else None

    @property
    def score(self) -> float:
        return self.result.score

    @property
    def passed(self) -> bool:
        return self.result.passed

    @property
    def precision(self) -> float:
        return self.result.total.precision

    @property
    def recall(self) -> float:
        return self.result.total.recall

    @property
    def f1(self) -> float:
        return self.result.total.f1

    @property
    def feature_accuracy(self) -> float | None:
        features = self.result.features
        return features.accuracy if features is not None else None

    def label(self) -> str:
        """``id name`` as far as the file says, else the file name (for tables and lists)."""
        parts = [p for p in (self.trainee_id, self.trainee_name) if p]
        return " ".join(" ".join(parts).split()) or Path(self.file).name


@dataclass
class GradedClass:
    """Everything :func:`grade_class` found: rows in input order, problems, categories.

    ``files`` are all the files it read (graded or not), for a caller that
    must never write over one.
    """

    key: Key
    categories: list[str]
    rows: list[ClassRow]
    problems: list[Problem]
    files: list[str] = field(default_factory=list)
    decision_notices: list[str] = field(default_factory=list)  # about the decisions file


class Cancelled(Exception):
    """The cancel check said stop; nothing of the run is kept."""


Progress = Callable[[int, int], None]


def grade_class(
    key: Key | str | Path,
    sources: Iterable[str | Path],
    *,
    scheme: str | None = None,
    pass_mark: float | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    attempt: str | None = None,
    decisions: DecisionBook | None = None,
) -> GradedClass:
    """Read and grade a class set, each file exactly as ``annotator grade`` grades it.

    ``sources`` are submission files and folders (see :func:`submission_files`).
    ``progress(done, total)`` is called after each file and ``cancelled()``
    before each; when it returns True, :class:`Cancelled` is raised. A key
    that cannot be used raises :class:`KeyProblem`. ``scheme`` and
    ``pass_mark`` override the key's settings only when ``key`` is a path.
    ``attempt`` (first, last, current) picks what is graded in every
    submission; None: each one's default (attempts.md).
    Runs in the calling thread (a window's worker thread): no processes, no
    global state, nothing written. ``decisions`` are the instructor's
    (scoring.md §9), applied to the submissions they were made on.
    """
    if not isinstance(key, Key):
        key = load_key(str(key), scheme, pass_mark)
    files, problems = submission_files(sources, Path(key.name))
    known = key.categories()
    grader = key.grader(known)
    policy = key.exercise.grading.check if key.exercise is not None else "anytime"
    rows: list[ClassRow] = []
    for done, name in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        try:
            rows.append(grade_file(name, key, grader, policy, attempt, decisions))
        except FormatError as exc:
            problems.append(Problem(name, exc.reason))
        except Refused as exc:
            problems.append(Problem(name, exc.message))
        if progress is not None:
            progress(done, len(files))

    used = {a.category for row in rows for a in row.submission.annotations}
    categories = known + sorted(used - set(known))
    if categories != known:  # a key file, and trainees used categories it lacks: as grade does
        grader = key.grader(categories)
        for row in rows:
            row.result = _grade_row(grader, row.submission, row.graded_annotations, key,
                                    row.decisions)
    for row in rows:
        row.history = history(row.submission, grader, key.scheme, key.pass_mark,
                              key.features_weight)
        _count(row)
        row.notices = row.notices + row.result.notices

    rows, losers = newest_per_trainee(rows)
    order = {name: i for i, name in enumerate(files)}
    problems = sorted(problems + losers, key=lambda p: order.get(p.file, -1))
    said: list[str] = []
    if decisions is not None:
        said = ([decisions.problem] if decisions.problem else []) + decisions.unmatched(
            row.trainee_id for row in rows)
    return GradedClass(key, categories, rows, problems, files, said)


def grade_file(
    name: str, key: Key, grader: Grader, policy: str, attempt: str | None = None,
    decisions: DecisionBook | None = None,
) -> ClassRow:
    """Read one submission, choose what is graded (attempts.md), apply the instructor's
    decisions on it (scoring.md §9) and grade it: the steps every grading path shares.

    Raises FormatError or Refused for a file that cannot be graded. ``notices``
    of the row are what reading, the attempt and the decisions said; the
    grade's own notices stay in ``row.result``.
    """
    submission, notices = read_bound(name, key)
    read_notices = list(notices)
    which = attempt or default_choice(policy, submission)
    annotations, notice = graded_annotations(submission, which)
    if notice is not None:
        notices.append(notice)
    chosen: list[Decision] = []
    if decisions is not None:
        trainee_id = submission.trainee.id if submission.trainee else None
        chosen, stale = decisions.for_submission(trainee_id, annotations)
        notices = notices + stale
    result = _grade_row(grader, submission, annotations, key, chosen)
    row = ClassRow(name, submission, result, notices, attempt=which, decisions=chosen,
                   read_notices=read_notices)
    row.saved = saved_time(submission, Path(name))
    return row


def regrade_with_decisions(graded: GradedClass, book: DecisionBook) -> list[ClassRow]:
    """Grade every row again with ``book`` (after the instructor decided); returns those changed.

    Only the grading is redone: the files were read once, and decisions
    never change what a file says. Rows whose decisions did not change keep
    their result.
    """
    grader: Grader | None = None
    changed = []
    for row in graded.rows:
        annotations = row.graded_annotations
        chosen, stale = book.for_submission(row.trainee_id, annotations)
        if chosen == row.decisions and not stale:
            continue
        grader = grader or graded.key.grader(graded.categories)
        row.decisions = chosen
        row.result = _grade_row(grader, row.submission, annotations, graded.key, chosen)
        row.notices = row.read_notices + stale + row.result.notices
        _count(row)
        changed.append(row)
    graded.decision_notices = ([book.problem] if book.problem else []) + book.unmatched(
        row.trainee_id for row in graded.rows)
    return changed


def _grade_row(
    grader: Grader, submission: Submission, annotations: list, key: Key,
    decisions: list[Decision],
) -> GradeResult:
    """Grade the annotations chosen for grading (attempts.md) with this trainee's decisions."""
    trainee = (submission.trainee.id or "") if submission.trainee else ""
    return key.grade(grader, annotations, decisions, trainee)


def _count(row: ClassRow) -> None:
    result = row.result
    row.misses = sum(1 for o in result.key_outcomes if o.verdict == "missed")
    row.extras = sum(
        1 for o in result.annotation_outcomes if o.verdict == "extra" and o.duplicate_of is None
    )
    row.f1_by_category = {category: m.f1 for category, m in result.categories.items()}


def submission_files(
    sources: Iterable[str | Path], key_path: Path | None = None
) -> tuple[list[str], list[Problem]]:
    """The files to read, in the order given (a folder's sorted by name), each once.

    A folder gives its ``*.xml`` files, not those of its subfolders, not
    hidden ones, not ``*.exercise.xml``, ``*.key.xml`` or ``*.decisions.xml``
    (an instructor keeps the exercise and the decisions beside the
    submissions), not the conflict copies a window keeps when a file changed
    on disk (services.on_disk), and never the key itself.
    Names keep the form they were given in, so that messages name files as
    the instructor did.
    """
    files: list[str] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    skip = {resolved_path(key_path)} if key_path is not None else set()

    def add(name: str) -> None:
        where = resolved_path(Path(name))
        if where not in seen:
            seen.add(where)
            files.append(name)

    for source in sources:
        path = Path(source)
        if not path.is_dir():
            add(str(source))  # a missing file gets its reason from the reader
            continue
        try:
            children = sorted(path.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            problems.append(
                Problem(str(source), CLASS_REASON("cannot_list", system=os_reason(exc)))
            )
            continue
        for child in children:
            lower = child.name.lower()
            if (
                lower.endswith(".xml")
                and not lower.startswith(".")
                and not is_instructor_file(child.name)
                and not is_conflict_copy(child.name)
                and child.is_file()
                and resolved_path(child) not in skip
            ):
                add(str(child))
    return files, problems


def is_instructor_file(name: str) -> bool:
    """An exercise, a key, a decisions file or an earlier version of an exercise (key_edits).

    An instructor keeps these beside the submissions; none is a trainee's work.
    """
    lower = name.lower()
    return lower.endswith((".exercise.xml", ".key.xml", ".decisions.xml")) or (
        ".exercise.v" in lower)


def trainee_identity(trainee: Trainee | None) -> tuple[str, str] | None:
    """Who a file belongs to: its trainee id, else its name (spacing and case aside)."""
    if trainee is None:
        return None
    return identity_of(trainee.id, trainee.name)


def identity_of(trainee_id: str | None, trainee_name: str | None) -> tuple[str, str] | None:
    """:func:`trainee_identity` from the id and name alone (as a grading worker hands them)."""
    if trainee_id and trainee_id.strip():
        return ("id", trainee_id.strip())
    if trainee_name and trainee_name.strip():
        return ("name", " ".join(trainee_name.split()).casefold())
    return None


def saved_time(submission: Submission, path: Path) -> float:
    """When a submission was saved: its saved-at, else the file's time, else 0."""
    if submission.saved_at:
        try:
            return datetime.fromisoformat(submission.saved_at.strip()).timestamp()
        except (ValueError, OverflowError, OSError):
            pass
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class OneTrainee(Protocol):
    """What deciding between two files of one trainee needs of each graded file."""

    file: str
    saved: float

    @property
    def trainee_id(self) -> str | None: ...
    @property
    def trainee_name(self) -> str | None: ...


T = TypeVar("T", bound=OneTrainee)


def newest_per_trainee(rows: list[T]) -> tuple[list[T], list[Problem]]:
    """Keep each trainee's newest file; ties go to the later file in the list.

    The one rule of ``annotator grade``, ``annotator report`` and the class
    window, so a trainee who handed in twice is graded once, on the newest
    work, wherever the instructor grades. The others become problems that
    name the file kept. Anonymous files (no id, no name) cannot be told
    apart and are all kept.
    """
    newest: dict[tuple[str, str], T] = {}
    for row in rows:
        identity = identity_of(row.trainee_id, row.trainee_name)
        if identity is not None:
            best = newest.get(identity)
            if best is None or row.saved >= best.saved:
                newest[identity] = row
    kept: list[T] = []
    problems: list[Problem] = []
    for row in rows:
        identity = identity_of(row.trainee_id, row.trainee_name)
        winner = newest[identity] if identity is not None else row
        if winner is row:
            kept.append(row)
            continue
        kind, _ = identity
        who = (row.trainee_id or "").strip() if kind == "id" else " ".join(
            (row.trainee_name or "").split())
        problems.append(Problem(row.file, CLASS_REASON(
            "later_file" if winner.saved == row.saved else "newer_file",
            kind=CLASS_REASON("by_id" if kind == "id" else "by_name"),
            who=quoted(who, 40), file=winner.file,
        )))
    return kept, problems
