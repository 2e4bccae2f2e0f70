"""``annotator grade``: a class set of submissions against one key (scoring.md §6).

Prints a table, or one JSON document with ``--json``; optionally a CSV for a
gradebook and the graded submissions. A submission that cannot be read or
belongs to another exercise gets an error entry and the rest are still
graded (exit 1); a usage error or an unreadable key stops everything (exit 2).
Never imports Qt: instructors grade on servers and in school scripts.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.grading import Grader, GradeResult, to_grade
from annotator.core.model import SCHEMES, Exercise, KeyFile, KeySpan, Submission
from annotator.core.text import bytes_sha256
from annotator.xmlio.atomic import SaveError, atomic_write
from annotator.xmlio.errors import FormatError, quoted
from annotator.xmlio.readers import bind_submission, read_document, read_submission
from annotator.xmlio.writers import save

SUBMISSION_SUFFIX = ".submission.xml"


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
    parser.add_argument("--scheme", choices=SCHEMES, help="override the scheme")
    parser.add_argument(
        "--pass", dest="pass_mark", type=_mark, metavar="N", help="override the pass mark (0-100)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--csv", metavar="FILE", help="also write one row per submission, UTF-8")
    parser.add_argument(
        "--graded-dir", metavar="DIR",
        help="also write each submission with its <grade> into DIR (same file name)",
    )
    parser.add_argument("submissions", nargs="+", metavar="SUBMISSION")
    parser.set_defaults(run=run)


def _mark(value: str) -> float:
    try:
        mark = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= mark <= 100:
        raise argparse.ArgumentTypeError(f"must be between 0 and 100, not {value}")
    return mark


# ------------------------------------------------------------------ the key


@dataclass
class Key:
    """The key to grade with, where it came from, and the settings it brings."""

    name: str  # as given on the command line
    path: Path
    sha256: str  # of the file's bytes: identifies the key in every <grade>
    spans: list[KeySpan]
    scheme: str
    pass_mark: float
    exercise: Exercise | None = None
    key_file: KeyFile | None = None
    repairs: list[str] = field(default_factory=list)


class KeyProblem(Exception):
    """The key cannot be used: the command stops with status 2."""


def load_key(name: str, scheme: str | None, pass_mark: float | None) -> Key:
    try:
        loaded = read_document(name)
    except FormatError as exc:
        raise KeyProblem(str(exc)) from None
    document = loaded.document
    common = {"name": name, "path": loaded.path, "sha256": bytes_sha256(loaded.data),
              "repairs": list(loaded.repairs)}
    if isinstance(document, Exercise):
        if document.key is None:
            raise KeyProblem(
                f"{name}: exercise has no key (a student copy); "
                "use the instructor's exercise file or a key file"
            )
        return Key(
            spans=document.key, exercise=document,
            scheme=scheme or document.grading.scheme,
            pass_mark=document.grading.pass_mark if pass_mark is None else pass_mark,
            **common,
        )
    if isinstance(document, KeyFile):
        return Key(
            spans=document.spans, key_file=document,
            scheme=scheme or "partial", pass_mark=60.0 if pass_mark is None else pass_mark,
            **common,
        )
    raise KeyProblem(f"{name}: is a submission file, not an exercise or key file")


# -------------------------------------------------------------- submissions


@dataclass
class Entry:
    """One submission named on the command line: graded, or the reason it was not."""

    file: str
    submission: Submission | None = None
    notices: list[str] = field(default_factory=list)
    result: GradeResult | None = None
    error: str | None = None


def read_entry(name: str, key: Key) -> Entry:
    """Read a submission and tie it to the key's article, or say why it cannot be."""
    try:
        loaded = read_submission(name)
        submission = loaded.document
        notices = list(loaded.repairs)
        if key.exercise is not None:
            notices += bind_submission(loaded, key.exercise)  # re-anchors when the text moved
        else:
            notices += _check_against_key_file(submission, key.key_file)
    except FormatError as exc:
        return Entry(name, error=exc.reason)
    except _Refused as exc:
        return Entry(name, error=str(exc))
    return Entry(name, submission, notices)


class _Refused(Exception):
    pass


def _check_against_key_file(submission: Submission, key_file: KeyFile) -> list[str]:
    if submission.exercise != key_file.exercise:
        raise _Refused(
            f"made for exercise {quoted(submission.exercise, 40)}, "
            f"not {quoted(key_file.exercise, 40)}"
        )
    if submission.text_sha256 != key_file.text_sha256:
        raise _Refused(
            "made on another version of the article than the key (text-sha256 differs); "
            "a key file carries no article to re-anchor it: grade with the exercise file"
        )
    return []


def categories_of(key: Key, entries: list[Entry]) -> list[str]:
    """The tagset's categories; for a key file, the key's and then any trainee used."""
    if key.exercise is not None:
        return key.exercise.tagset.ids()
    ordered = [s.category for s in sorted(key.spans, key=lambda s: (s.start, s.end, s.id))]
    used = {a.category for e in entries if e.submission for a in e.submission.annotations}
    known = list(dict.fromkeys(ordered))
    return known + sorted(used - set(known))


# ------------------------------------------------------------------ the run


def run(args: argparse.Namespace) -> int:
    try:
        key = load_key(args.key, args.scheme, args.pass_mark)
    except KeyProblem as exc:
        print(f"annotator grade: {exc}", file=sys.stderr)
        return 2
    for repair in key.repairs:
        print(f"{args.key}: repaired: {repair}", file=sys.stderr)

    entries = [read_entry(name, key) for name in args.submissions]
    categories = categories_of(key, entries)
    grader = Grader(key.spans, categories)
    for entry in entries:
        if entry.submission is not None:
            entry.result = grader.grade(entry.submission.annotations, key.scheme, key.pass_mark)
            entry.notices += entry.result.notices

    status = 1 if any(e.error for e in entries) else 0
    if args.graded_dir and not write_graded(entries, key, Path(args.graded_dir), args):
        status = 1
    if args.csv and not write_csv(entries, categories, Path(args.csv)):
        status = 1
    if args.json:
        data = json.dumps(json_document(entries, key), ensure_ascii=False) + "\n"
        sys.stdout.flush()
        sys.stdout.buffer.write(data.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        print_table(entries, key)
        for entry in entries:
            for notice in entry.notices:
                print(f"{entry.file}: {notice}", file=sys.stderr)
    return status


# ------------------------------------------------------------------ outputs


def json_document(entries: list[Entry], key: Key) -> dict:
    """scoring.md §6 field for field; numbers at full precision."""
    return {
        "scheme": key.scheme,
        "key": key.name,
        "key_sha256": key.sha256,
        "submissions": [_json_entry(e) for e in entries],
    }


def _json_entry(entry: Entry) -> dict:
    if entry.error is not None:
        return {"file": entry.file, "error": entry.error}
    result, trainee = entry.result, entry.submission.trainee
    return {
        "file": entry.file,
        "trainee": {"id": trainee.id if trainee else None,
                    "name": trainee.name if trainee else None},
        "score": result.score,
        "passed": result.passed,
        "total": {"precision": result.total.precision, "recall": result.total.recall,
                  "f1": result.total.f1},
        "categories": {
            c: {"precision": m.precision, "recall": m.recall, "f1": m.f1,
                "key_spans": m.key_spans, "annotations": m.annotations}
            for c, m in result.categories.items()
        },
        "key_verdicts": [
            {"key": o.key.id, "verdict": o.verdict,
             "annotation": o.annotation.id if o.annotation else None, "overlap": o.overlap}
            for o in result.key_outcomes
        ],
        "annotation_verdicts": [
            {"annotation": o.annotation.id, "verdict": o.verdict,
             "key": o.key.id if o.key else None}
            for o in result.annotation_outcomes
        ],
        "notices": entry.notices,
    }


def _trainee_text(entry: Entry) -> str:
    trainee = entry.submission.trainee if entry.submission else None
    if trainee is None:
        return "—"
    return " ".join(part for part in (trainee.id, trainee.name) if part) or "—"


def print_table(entries: list[Entry], key: Key) -> None:
    """One row per submission, score to one decimal (screens round; files do not)."""
    print(f"key: {key.name} (scheme {key.scheme}, pass mark {key.pass_mark:g})")
    rows = [("file", "trainee", "score", "passed", "precision", "recall")]
    for e in entries:
        if e.error is not None:
            rows.append((e.file, f"error: {e.error}", "", "", "", ""))
        else:
            r = e.result
            rows.append((e.file, _trainee_text(e), f"{r.score:.1f}", "yes" if r.passed else "no",
                         f"{100 * r.total.precision:.1f}", f"{100 * r.total.recall:.1f}"))
    file_width = max(len(r[0]) for r in rows)
    graded = [r for r in rows[1:] if r[2]]
    trainee_width = max(len(r[1]) for r in [rows[0], *graded])
    for row in rows:
        if row[2] or row is rows[0]:
            print(f"{row[0]:<{file_width}}  {row[1]:<{trainee_width}}  {row[2]:>5}  "
                  f"{row[3]:<6}  {row[4]:>9}  {row[5]:>6}".rstrip())
        else:
            print(f"{row[0]:<{file_width}}  {row[1]}")
    passed = sum(1 for e in entries if e.result and e.result.passed)
    errors = sum(1 for e in entries if e.error)
    summary = f"{len(entries) - errors} graded, {passed} passed"
    print(summary + (f", {errors} not graded" if errors else ""))


def write_csv(entries: list[Entry], categories: list[str], path: Path) -> bool:
    """One row per submission for a spreadsheet or gradebook; rows without a grade stay blank."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["file", "trainee_id", "trainee_name", "score", "passed", "precision",
                     "recall", "f1", *(f"f1_{c}" for c in categories)])
    for e in entries:
        if e.result is None:
            writer.writerow([e.file] + [""] * (7 + len(categories)))
            continue
        trainee, r = e.submission.trainee, e.result
        by_category = [_ratio(r.categories[c].f1) if c in r.categories else ""
                       for c in categories]
        writer.writerow([
            e.file, trainee.id if trainee else "", trainee.name if trainee else "",
            f"{r.score:.1f}", "true" if r.passed else "false",
            _ratio(r.total.precision), _ratio(r.total.recall), _ratio(r.total.f1), *by_category,
        ])
    try:
        atomic_write(path, buffer.getvalue().encode("utf-8"))
    except SaveError as exc:
        print(f"annotator grade: {exc}", file=sys.stderr)
        return False
    return True


def _ratio(value: float) -> str:
    return f"{value:.4f}"


def write_graded(entries: list[Entry], key: Key, folder: Path, args: argparse.Namespace) -> bool:
    """Each graded submission again, with its <grade>, into ``folder``; never over an input.

    With an exercise the annotations are written where the grader placed them
    (re-anchored if the article changed) with the article's hash, so the
    file, its offsets and its grade agree.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"annotator grade: {folder}: cannot create: {exc.strerror or exc}", file=sys.stderr)
        return False
    protected = {_resolved(Path(n)) for n in [args.key, *args.submissions]}
    ok = True
    for entry, target in zip(entries, graded_names(entries, folder, protected), strict=True):
        if target is None:
            continue
        document = entry.submission.model_copy(update={"grade": to_grade(entry.result, key.sha256)})
        if key.exercise is not None:
            document.text_sha256 = key.exercise.article.sha256
        try:
            save(document, target)
        except SaveError as exc:
            print(f"annotator grade: {exc}", file=sys.stderr)
            ok = False
    return ok


def graded_names(entries: list[Entry], folder: Path, protected: set[Path]) -> list[Path | None]:
    """Same file name in ``folder``; ``NAME-2.submission.xml`` and so on when names clash."""
    taken: set[str] = set()
    names: list[Path | None] = []
    for entry in entries:
        if entry.result is None:
            names.append(None)
            continue
        name = Path(entry.file).name
        stem, suffix = _split_name(name)
        candidate, number = name, 1
        while candidate in taken or _resolved(folder / candidate) in protected:
            number += 1
            candidate = f"{stem}-{number}{suffix}"
        taken.add(candidate)
        names.append(folder / candidate)
    return names


def _split_name(name: str) -> tuple[str, str]:
    if name.endswith(SUBMISSION_SUFFIX) and len(name) > len(SUBMISSION_SUFFIX):
        return name[: -len(SUBMISSION_SUFFIX)], SUBMISSION_SUFFIX
    path = Path(name)
    return path.stem, path.suffix


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
