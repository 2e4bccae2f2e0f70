"""``annotator grade``: a class set of submissions against one key (scoring.md §6).

Prints a table, or one JSON document with ``--json``; optionally a CSV for a
gradebook and the graded submissions. A submission that cannot be read or
belongs to another exercise gets an error entry and the rest are still
graded (exit 1); a usage error or an unreadable key stops everything (exit 2).
Never imports Qt: instructors grade on servers and in school scripts.

A class set is read and graded in worker processes where the platform forks
(reading is most of the time, and it is independent per file); each worker
hands back plain figures and its JSON entry already serialised.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.grading import GradeResult
from annotator.core.model import SCHEMES, Submission
from annotator.services.attempts import CHOICES, history
from annotator.services.classroom import (
    Key,
    KeyProblem,
    Refused,
    grade_file,
    graded_document,
    graded_names,
    load_key,
    newest_per_trainee,
    submission_files,
)
from annotator.services.classroom import resolved_path as _resolved
from annotator.services.decisions import DecisionBook, load_decisions
from annotator.services.feature_report import json_feature_verdicts, json_features
from annotator.services.gradebook import generic_csv
from annotator.xmlio.atomic import SaveError, atomic_write
from annotator.xmlio.errors import FormatError
from annotator.xmlio.writers import save

PARALLEL_FROM = 64  # submissions; below this, starting workers costs more than it saves
MAX_WORKERS = 8


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "grade",
        help="grade submissions against an exercise's key or a key file",
        description="Grade each submission against the expert key (scoring.md). Prints one "
        "row per submission, or a JSON document with --json. Exit 0: all graded; 1: some "
        "could not be read or belong to another exercise; 2: usage error or unreadable key.",
    )
    parser.add_argument(
        "--key", required=True, metavar="KEY_OR_EXERCISE",
        help="an .exercise.xml with its key (scheme and pass mark from its <grading>) "
        "or a .key.xml (partial, 60 unless overridden)",
    )
    add_key_options(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--csv", metavar="FILE", help="also write one row per submission, UTF-8")
    parser.add_argument(
        "--graded-dir", metavar="DIR",
        help="also write each submission with its <grade> into DIR (same file name)",
    )
    parser.add_argument(
        "--decisions", metavar="FILE",
        help="apply the instructor's decisions in FILE (EXERCISE-ID.decisions.xml, "
        "scoring.md §9); the JSON then gives score_before_decisions and the decisions",
    )
    parser.add_argument(
        "submissions", nargs="+", metavar="SUBMISSION_OR_FOLDER",
        help="submission files, or folders of them (as annotator report and the class window "
        "read them: a trainee who handed in twice is graded on the newest file)",
    )
    parser.set_defaults(run=run)


def add_key_options(parser: argparse.ArgumentParser) -> None:
    """The options that say how to read and apply the key, shared by grade and report."""
    parser.add_argument(
        "--release-code", metavar="CODE",
        help="the release code of a sealed student copy given as --key (attempts.md)",
    )
    parser.add_argument(
        "--attempt", choices=CHOICES,
        help="grade the first handed-in attempt, the last, or the current highlights "
        "(default: first for an after-hand-in exercise when there are attempts, else current)",
    )
    parser.add_argument("--scheme", choices=SCHEMES, help="override the scheme")
    parser.add_argument(
        "--pass", dest="pass_mark", type=_between(0, 100), metavar="N",
        help="override the pass mark (0-100)",
    )
    parser.add_argument(
        "--features-weight", type=_between(0, 1), metavar="W",
        help="override the weight of features in the score (0-1; scoring.md §10)",
    )


def _between(low: float, high: float):
    """An argparse type: a number from ``low`` to ``high``, said in one line otherwise."""

    def number(value: str) -> float:
        try:
            found = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not low <= found <= high:  # NaN too
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}, not {value}")
        return found

    return number


def key_and_decisions(args: argparse.Namespace) -> tuple[Key, DecisionBook | None]:
    """The key (``KeyProblem`` if unusable) and, with --decisions, the instructor's book.

    A decisions file that cannot be used gives a book whose ``problem`` says why.
    """
    key = load_key(args.key, args.scheme, args.pass_mark, args.release_code,
                   args.features_weight)
    if not args.decisions:
        return key, None
    exercise_id = key.exercise.id if key.exercise is not None else key.key_file.exercise
    return key, load_decisions(args.decisions, exercise_id)


# ------------------------------------------------------- one submission


@dataclass
class Graded:
    """What the outputs need of one submission: plain values, cheap to pass between processes.

    ``entry`` is its JSON entry (scoring.md §6), already serialised, when
    ``--json`` asked for it.
    """

    file: str
    error: str | None = None
    trainee_id: str | None = None
    trainee_name: str | None = None
    score: float = 0.0
    passed: bool = False
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    f1_by_category: dict[str, float] = field(default_factory=dict)
    feature_accuracy: float | None = None
    notices: list[str] = field(default_factory=list)
    entry: str | None = None
    save_error: str | None = None
    saved: float = 0.0  # decides between two files of one trainee


class Batch:
    """Everything needed to grade one file: the key, its grader, and what to write."""

    def __init__(self, key: Key, want_json: bool, attempt: str | None = None,
                 decisions: DecisionBook | None = None) -> None:
        self.key = key
        self.grader = key.grader()
        self.want_json = want_json
        self.attempt = attempt  # None: each submission's default (attempts.md)
        self.policy = key.exercise.grading.check if key.exercise is not None else "anytime"
        self.decisions = decisions  # the instructor's (scoring.md §9), or None

    def grade_file(self, name: str, target: Path | None = None) -> Graded:
        """Read, bind, grade and (with ``target``) write one submission; never raises."""
        try:
            row = grade_file(name, self.key, self.grader, self.policy, self.attempt,
                             self.decisions)
        except FormatError as exc:
            return self.error(name, exc.reason)
        except Refused as exc:
            return self.error(name, str(exc))
        submission, result, which, trainee = row.submission, row.result, row.attempt, row.trainee
        notices = row.notices + result.notices
        graded = Graded(
            file=name,
            trainee_id=trainee.id if trainee else None,
            trainee_name=trainee.name if trainee else None,
            score=result.score,
            passed=result.passed,
            precision=result.total.precision,
            recall=result.total.recall,
            f1=result.total.f1,
            f1_by_category={c: m.f1 for c, m in result.categories.items()},
            feature_accuracy=result.features.accuracy if result.features else None,
            notices=notices,
            saved=row.saved,
        )
        if self.want_json:
            past = history(submission, self.grader, self.key.scheme, self.key.pass_mark,
                           self.key.features_weight)
            graded.entry = json_entry(graded, result, {"attempt": which, **past.json()},
                                      self.decisions is not None)
        if target is not None:
            graded.save_error = self._write(submission, result, target, which)
        return graded

    def error(self, name: str, reason: str) -> Graded:
        entry = json.dumps({"file": name, "error": reason}, ensure_ascii=False)
        return Graded(file=name, error=reason, entry=entry if self.want_json else None)

    def _write(self, submission: Submission, result: GradeResult, target: Path,
               which: str) -> str | None:
        """The submission again with its <grade> (see ``graded_document``)."""
        try:
            save(graded_document(submission, result, self.key, which), target)
        except SaveError as exc:
            return str(exc)
        return None


def json_entry(graded: Graded, result: GradeResult, attempts: dict | None = None,
               with_decisions: bool = False) -> str:
    """One submission's entry of the JSON document (scoring.md §6), as JSON text.

    The two verdict lists are written directly: ``json.dumps`` of their
    200 small dicts took a tenth of the time to grade a class set. Nothing in
    them needs escaping (ids are schema-checked XML ids, verdicts fixed words)
    and numbers are written as ``json`` writes them (``repr``), so the text is
    what ``json.dumps`` gives for the same entry, key for key (tested).

    Key verdicts name the matched extent (scoring.md §8; null when nothing
    was paired) and, for a full-credit pair, ``"credited": true``. With
    ``with_decisions`` (``--decisions``) the entry also gives
    ``score_before_decisions`` and the decisions applied (§9).
    """
    head = json.dumps({
        "file": graded.file,
        "trainee": {"id": graded.trainee_id, "name": graded.trainee_name},
        "score": result.score,
        "passed": result.passed,
        "total": {"precision": result.total.precision, "recall": result.total.recall,
                  "f1": result.total.f1},
        "categories": {
            c: {"precision": m.precision, "recall": m.recall, "f1": m.f1,
                "key_spans": m.key_spans, "annotations": m.annotations}
            for c, m in result.categories.items()
        },
        **(attempts or {}),
    }, ensure_ascii=False)
    judged = ""  # scoring.md §10, just before the verdicts it sums up
    if result.features is not None:
        judged = ", " + json_features(result.features)[1:-1]
    key_verdicts = ", ".join(
        f'{{"key": "{o.key.id}", "verdict": "{o.verdict}", "annotation": '
        f'{_json_id(o.annotation)}, "overlap": {_json_number(o.overlap)}, '
        f'"extent": {_json_number(o.extent)}{_CREDITED if o.credited else ""}, '
        f'"feature_verdicts": {json_feature_verdicts(o.feature_verdicts)}}}'
        for o in result.key_outcomes
    )
    annotation_verdicts = ", ".join(
        f'{{"annotation": "{o.annotation.id}", "verdict": "{o.verdict}", "key": '
        f"{_json_id(o.key)}}}"
        for o in result.annotation_outcomes
    )
    notices = json.dumps(graded.notices, ensure_ascii=False)
    decided = ""
    if with_decisions:
        decided = ", " + json.dumps(decisions_fields(result), ensure_ascii=False)[1:-1]
    return (f'{head[:-1]}{decided}{judged}, "key_verdicts": [{key_verdicts}], '
            f'"annotation_verdicts": [{annotation_verdicts}], "notices": {notices}}}')


def decisions_fields(result: GradeResult) -> dict:
    """scoring.md §9 in the JSON: the score without decisions, and each decision applied."""
    before = result.score if result.score_before_decisions is None else (
        result.score_before_decisions)
    return {
        "score_before_decisions": before,
        "decisions": [
            {name: value for name, value in d.model_dump().items() if value is not None}
            for d in result.decisions
        ],
    }


_CREDITED = ', "credited": true'


def _json_id(span) -> str:
    return "null" if span is None else f'"{span.id}"'


def _json_number(value: float | None) -> str:
    return "null" if value is None else repr(value)


# ------------------------------------------------------------ many of them


_batch: Batch | None = None  # a worker's copy, set when the worker starts


def _start_worker(batch: Batch) -> None:
    global _batch
    _batch = batch


def _grade_in_worker(name: str, target: Path | None) -> Graded:
    return _batch.grade_file(name, target)


def grade_files(batch: Batch, names: list[str], targets: list[Path | None]) -> list[Graded]:
    """Grade every file, in worker processes when there are many and the platform forks.

    Only ``fork`` is used: it shares the prepared key without pickling, and
    ``spawn`` would re-run ``python -m annotator`` in each worker. A
    ``multiprocessing.Pool`` forks all its workers before it starts any
    thread, which forking safely requires.
    """
    workers = _worker_count(len(names))
    if workers < 2:
        return [batch.grade_file(n, t) for n, t in zip(names, targets, strict=True)]
    import multiprocessing

    context = multiprocessing.get_context("fork")
    # Small chunks: a worker left idle at the end while the other finishes a
    # big chunk costs more than the extra hand-overs.
    chunk = max(1, min(16, len(names) // (workers * 8)))
    with context.Pool(workers, initializer=_start_worker, initargs=(batch,)) as pool:
        return pool.starmap(_grade_in_worker, zip(names, targets, strict=True), chunk)


def one_per_trainee(batch: Batch, graded: list[Graded], names: list[str],
                    targets: list[Path | None]) -> list[Graded]:
    """Each trainee's newest file keeps its grade; an older one becomes an error entry.

    The rule of ``annotator report`` and the class window (services/classroom.py).
    A graded copy already written for a file that lost is removed again, so
    ``--graded-dir`` holds one graded file per trainee, as ``report``'s does.
    """
    kept, losers = newest_per_trainee([g for g in graded if g.error is None])
    if not losers:
        return graded
    reasons = {p.file: str(p.reason) for p in losers}
    target_of = dict(zip(names, targets, strict=True))
    result = []
    for g in graded:
        if g.file not in reasons:
            result.append(g)
            continue
        target = target_of.get(g.file)
        if target is not None and g.save_error is None:
            target.unlink(missing_ok=True)
        result.append(batch.error(g.file, reasons[g.file]))
    return result


def _worker_count(files: int) -> int:
    if files < PARALLEL_FROM or not sys.platform.startswith("linux"):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS, files // (PARALLEL_FROM // 2)))


# ------------------------------------------------------------------ the run


def run(args: argparse.Namespace) -> int:
    # A class set is hundreds of thousands of small, long-lived objects with no
    # cycles to speak of; the cyclic collector would walk them all again and
    # again (a third of the time). Reference counting still frees everything.
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    try:
        key, decisions = key_and_decisions(args)
    except KeyProblem as exc:
        print(f"annotator grade: {exc}", file=sys.stderr)
        return 2
    for repair in key.repairs:
        print(f"{args.key}: repaired: {repair}", file=sys.stderr)
    if decisions is not None and decisions.problem:
        print(f"annotator grade: {decisions.problem}", file=sys.stderr)

    names, unlisted = submission_files(args.submissions, Path(args.key))
    inputs = {_resolved(Path(n)) for n in [args.key, *names]}
    if args.csv and _resolved(Path(args.csv)) in inputs:
        print(f"annotator grade: --csv {args.csv} would overwrite an input file",
              file=sys.stderr)
        return 2
    status = 1 if decisions is not None and decisions.problem else 0
    targets: list[Path | None] = [None] * len(names)
    if args.graded_dir:
        folder = Path(args.graded_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"annotator grade: {folder}: cannot create: {exc.strerror or exc}",
                  file=sys.stderr)
            return 2
        targets = graded_names(names, folder, inputs)

    batch = Batch(key, args.json, args.attempt, decisions)
    graded = one_per_trainee(batch, grade_files(batch, names, targets), names, targets)
    graded = [batch.error(p.file, str(p.reason)) for p in unlisted] + graded
    if decisions is not None and not decisions.problem:
        for notice in decisions.unmatched(g.trainee_id for g in graded if g.error is None):
            print(f"{args.decisions}: {notice}", file=sys.stderr)
    if any(g.error for g in graded):
        status = 1
    for g in graded:
        if g.save_error:
            print(f"annotator grade: {g.save_error}", file=sys.stderr)
            status = 1
    if args.csv and not write_csv(graded, categories_of(key, graded), Path(args.csv)):
        status = 1
    if args.json:
        _write_utf8(json_document(graded, key))
    else:
        print_table(graded, key)
        for g in graded:
            for notice in g.notices:
                print(f"{g.file}: {notice}", file=sys.stderr)
    return status


def _write_utf8(text: str) -> None:
    """JSON is UTF-8 (RFC 8259) whatever the console's encoding; a text-only stdout gets text."""
    sys.stdout.flush()
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        sys.stdout.write(text)
        return
    binary.write(text.encode("utf-8"))
    binary.flush()


def categories_of(key: Key, graded: list[Graded]) -> list[str]:
    """The key's categories, then any other a trainee used (a key file knows no tagset)."""
    known = key.categories()
    used = {c for g in graded for c in g.f1_by_category}
    return known + sorted(used - set(known))


# ------------------------------------------------------------------ outputs


def json_document(graded: list[Graded], key: Key) -> str:
    """scoring.md §6: the entries were serialised where they were graded; join them."""
    head = json.dumps({"scheme": key.scheme, "key": key.name, "key_sha256": key.sha256},
                      ensure_ascii=False)
    return head[:-1] + ', "submissions": [' + ", ".join(g.entry for g in graded) + "]}\n"


def _trainee_text(graded: Graded) -> str:
    return " ".join(part for part in (graded.trainee_id, graded.trainee_name) if part) or "—"


def print_table(graded: list[Graded], key: Key) -> None:
    """One row per submission, score to one decimal (screens round; files do not)."""
    weight = f", judgements count {100 * key.features_weight:g}%" if key.features_weight else ""
    print(f"key: {key.name} (scheme {key.scheme}, pass mark {key.pass_mark:g}{weight})")
    header = ("file", "trainee", "score", "passed", "precision", "recall")
    # A last column when judgements were graded (scoring.md §10): how many matched the expert.
    judged = any(g.error is None and g.feature_accuracy is not None for g in graded)
    rows = [
        (g.file, _trainee_text(g), f"{g.score:.1f}", "yes" if g.passed else "no",
         f"{100 * g.precision:.1f}", f"{100 * g.recall:.1f}")
        for g in graded if g.error is None
    ]
    file_width = max((len(g.file) for g in graded), default=len("file"))
    trainee_width = max(len(r[1]) for r in [header, *rows])
    rows_by_file = iter(rows)
    print(_row(header, file_width, trainee_width) + ("  judged" if judged else ""))
    for g in graded:
        if g.error is None:
            line = _row(next(rows_by_file), file_width, trainee_width)
            if judged:
                accuracy = "—" if g.feature_accuracy is None else f"{100 * g.feature_accuracy:.1f}"
                line = f"{line:<{len(_row(header, file_width, trainee_width))}}  {accuracy:>6}"
            print(line)
        else:
            print(f"{g.file:<{file_width}}  error: {g.error}")
    passed = sum(1 for g in graded if g.error is None and g.passed)
    errors = sum(1 for g in graded if g.error)
    summary = f"{len(graded) - errors} graded, {passed} passed"
    print(summary + (f", {errors} not graded" if errors else ""))


def _row(cells: tuple[str, ...], file_width: int, trainee_width: int) -> str:
    file, trainee, score, passed, precision, recall = cells
    return (f"{file:<{file_width}}  {trainee:<{trainee_width}}  {score:>5}  {passed:<6}  "
            f"{precision:>9}  {recall:>6}").rstrip()


def write_csv(graded: list[Graded], categories: list[str], path: Path) -> bool:
    """One row per graded submission for a spreadsheet or gradebook (services/gradebook.py)."""
    try:
        atomic_write(path, generic_csv(graded, categories).encode("utf-8"))
    except SaveError as exc:
        print(f"annotator grade: {exc}", file=sys.stderr)
        return False
    return True
