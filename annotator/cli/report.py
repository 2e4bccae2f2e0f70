"""``annotator report``: a class's feedback reports, class report and gradebook, headless.

What the class window exports, for a script or a server: one HTML and PDF
report per trainee, the class report, the gradebook CSV (and Moodle's and
Canvas's on request) and the graded submissions, all into one folder, never
over an input. Files that cannot be graded are listed one line each and do
not stop the rest (exit 1); a usage error or an unreadable key stops
everything (exit 2). Qt is imported only to write PDFs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.grading import add_key_options, key_and_decisions
from annotator.core.decision_notices import DECISION_NOTICE
from annotator.core.overview import overview
from annotator.services.classroom import (
    GradedClass,
    KeyProblem,
    grade_class,
    resolved_path,
    save_graded,
)
from annotator.services.gradebook import canvas_csv, generic_csv, moodle_csv
from annotator.services.reports import class_report, report_names, trainee_report
from annotator.services.reports.html import exercise_title
from annotator.xmlio.atomic import SaveError, atomic_write

CANVAS_COLUMNS = {"sis-user-id": "SIS User ID", "sis-login-id": "SIS Login ID", "id": "ID"}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report",
        help="feedback reports (HTML, PDF), class report and gradebook for a class set",
        description="Grade a class set and write into OUT: a report per trainee "
        "(NAME.html, NAME.pdf), class-report.html/.pdf, gradebook.csv and graded/ with the "
        "graded submissions. Inputs are never overwritten. Exit 0: all graded; 1: some "
        "files could not be graded or written; 2: usage error or unreadable key.",
    )
    parser.add_argument("--key", required=True, metavar="KEY_OR_EXERCISE",
                        help="an .exercise.xml with its key, or a .key.xml (no article: "
                        "the reports then cannot show the text)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    parser.add_argument("--language", choices=("es", "en"),
                        help="language of the reports (default: the exercise's, else es)")
    parser.add_argument("--no-pdf", action="store_true", help="HTML only (no Qt needed)")
    add_key_options(parser)
    parser.add_argument("--moodle", action="store_true",
                        help="also write gradebook-moodle.csv for Moodle's grade import")
    parser.add_argument("--moodle-field", choices=("idnumber", "email", "username"),
                        default="idnumber", help="the Moodle user field trainee ids match "
                        "(default idnumber: the 'ID number' column)")
    parser.add_argument("--canvas", action="store_true",
                        help="also write gradebook-canvas.csv for Canvas's gradebook import")
    parser.add_argument("--canvas-id-column", choices=tuple(CANVAS_COLUMNS),
                        default="sis-user-id", help="the Canvas column trainee ids go in")
    parser.add_argument("--canvas-assignment-id", metavar="ID",
                        help="an existing Canvas assignment's id (else Canvas creates one)")
    parser.add_argument("--decisions", metavar="FILE",
                        help="apply the instructor's decisions in FILE "
                        "(EXERCISE-ID.decisions.xml, scoring.md §9)")
    parser.add_argument("submissions", nargs="+", metavar="SUBMISSION_OR_FOLDER")
    parser.set_defaults(run=run)


def _say(message: str) -> None:
    print(f"annotator report: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    try:
        key, decisions = key_and_decisions(args)
    except KeyProblem as exc:
        _say(str(exc))
        return 2
    html_to_pdf = None
    if not args.no_pdf:
        try:
            from annotator.gui.pdf import html_to_pdf  # Qt only from here on
        except ImportError as exc:
            _say(f"PDF output needs Qt (PySide6): {exc}; use --no-pdf for HTML only")
            return 2
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _say(f"{out}: cannot create: {exc.strerror or exc}")
        return 2
    for repair in key.repairs:
        print(f"{args.key}: repaired: {repair}", file=sys.stderr)

    graded = grade_class(key, args.submissions, progress=_progress(), attempt=args.attempt,
                         decisions=decisions)
    for problem in graded.problems:
        print(f"{problem.file}: {problem.reason}", file=sys.stderr)
    for notice in graded.decision_notices:
        print(notice if notice.startswith(args.decisions) else f"{args.decisions}: {notice}",
              file=sys.stderr)
    for row in graded.rows:
        for notice in row.notices:
            if getattr(notice, "catalog", None) is DECISION_NOTICE:
                print(f"{row.file}: {notice}", file=sys.stderr)
    decision_failed = decisions is not None and decisions.problem is not None
    writer = _Writer(out, {resolved_path(Path(n)) for n in [args.key, *graded.files]})
    language = args.language or (key.exercise.language if key.exercise is not None
                                 and key.exercise.language in ("es", "en") else "es")
    _write_reports(writer, graded, language, html_to_pdf)
    _write_gradebooks(writer, graded, args)
    _write_graded(writer, graded, out / "graded")

    passed = sum(1 for row in graded.rows if row.passed)
    problems = len(graded.problems)
    print(f"{len(graded.rows)} graded, {passed} passed"
          + (f", {problems} not graded" if problems else "") + f"; reports in {out}")
    return 1 if problems or writer.failed or decision_failed else 0


def _progress():
    """A counter on a terminal's standard error; nothing when it is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rgrading {done} of {total}", end=end, file=sys.stderr, flush=True)

    return show


class _Writer:
    """Writes outputs atomically, never over an input, and remembers any failure."""

    def __init__(self, folder: Path, protected: set[Path]) -> None:
        self.folder = folder
        self.protected = protected
        self.failed = False

    def target(self, name: str, folder: Path | None = None) -> Path | None:
        path = (folder or self.folder) / name
        if resolved_path(path) in self.protected:
            _say(f"{path}: would overwrite an input file; not written")
            self.failed = True
            return None
        return path

    def write(self, name: str, data: bytes) -> None:
        path = self.target(name)
        if path is not None:
            self.guard(atomic_write, path, data)

    def guard(self, action, *arguments) -> None:
        try:
            action(*arguments)
        except SaveError as exc:
            _say(str(exc))
            self.failed = True


def _write_reports(writer: _Writer, graded: GradedClass, language: str, html_to_pdf) -> None:
    for row, stem in zip(graded.rows, report_names(graded.rows), strict=True):
        html = trainee_report(row, graded.key, language)
        writer.write(f"{stem}.html", html.encode("utf-8"))
        if html_to_pdf is not None and (path := writer.target(f"{stem}.pdf")) is not None:
            writer.guard(html_to_pdf, html, path, row.label())
    view = overview([row.result for row in graded.rows], graded.categories)
    html = class_report(graded, view, language)
    writer.write("class-report.html", html.encode("utf-8"))
    if html_to_pdf is not None and (path := writer.target("class-report.pdf")) is not None:
        writer.guard(html_to_pdf, html, path, exercise_title(graded.key))


def _write_gradebooks(writer: _Writer, graded: GradedClass, args: argparse.Namespace) -> None:
    rows, title = graded.rows, exercise_title(graded.key)
    writer.write("gradebook.csv", generic_csv(rows, graded.categories).encode("utf-8"))
    exports = []
    if args.moodle:
        exports.append(("gradebook-moodle.csv", moodle_csv(rows, title, args.moodle_field)))
    if args.canvas:
        exports.append(("gradebook-canvas.csv", canvas_csv(
            rows, title, args.canvas_assignment_id, CANVAS_COLUMNS[args.canvas_id_column])))
    for name, export in exports:
        writer.write(name, export.text.encode("utf-8"))
        for file in export.skipped:
            print(f"{file}: no trainee id; left out of {name}", file=sys.stderr)


def _write_graded(writer: _Writer, graded: GradedClass, folder: Path) -> None:
    if graded.rows:
        for problem in save_graded(graded, folder):
            _say(f"{problem.file}: {problem.reason}")
            writer.failed = True
