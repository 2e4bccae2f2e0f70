"""What the class window writes: gradebook CSVs, graded XML, feedback reports, class report.

Each export is a list of small steps (one file each) so that the window can
run them one per turn of its event loop with a progress bar and Cancel:
five thousand PDF reports take minutes, and the window must stay usable.
A step returns None, or one line naming the file and what went wrong; one
failed file never stops the others. No step ever writes over an input file
(the key or a submission), whatever folder the instructor picks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.core.messages import os_reason
from annotator.core.overview import Overview
from annotator.gui.reasons import WINDOW_REASON
from annotator.services.classroom import GradedClass, resolved_path, save_graded
from annotator.services.gradebook import canvas_csv, generic_csv, moodle_csv
from annotator.services.interop.export import ExportProblem, FormatWriter, class_makers
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.services.interop.xmi import CassisMissing
from annotator.services.reports import class_report, report_names, trainee_report
from annotator.services.reports.html import exercise_title
from annotator.xmlio.atomic import SaveError, atomic_write

Step = Callable[[], str | list[str] | None]  # the problems: one, several or none


class LeftOut(str):
    """A problem that did not stop its file: the file was written, some rows were not.

    The window counts a step as failed only for other problems, so that it
    never says "nothing was written" of a gradebook that was.
    """
CSV_KINDS = ("generic", "moodle", "canvas")
CSV_NAMES = {"generic": "gradebook.csv", "moodle": "gradebook-moodle.csv",
             "canvas": "gradebook-canvas.csv"}


def inputs(graded: GradedClass) -> set[Path]:
    """Every file the class was read from: never a target."""
    return {resolved_path(Path(name)) for name in [graded.key.name, *graded.files]}


def _write(path: Path, data: bytes, protected: set[Path]) -> str | None:
    if resolved_path(path) in protected:
        return WINDOW_REASON("overwrite_input", file=path)
    try:
        atomic_write(path, data)
    except SaveError as exc:
        return WINDOW_REASON("file_reason", file=exc.path, reason=exc.reason)
    return None


def gradebook_steps(graded: GradedClass, kind: str, path: Path) -> list[Step]:
    """One step: the gradebook as ``kind`` (generic, moodle or canvas) CSV at ``path``.

    Trainees with no id cannot be matched by an LMS: their rows are left
    out and each is named in the step's message.
    """
    title = exercise_title(graded.key)

    def run() -> str | None:
        skipped: list[str] = []
        if kind == "generic":
            text = generic_csv(graded.rows, graded.categories)
        elif kind == "moodle":
            export = moodle_csv(graded.rows, title)
            text, skipped = export.text, export.skipped
        else:
            export = canvas_csv(graded.rows, title)
            text, skipped = export.text, export.skipped
        problem = _write(path, text.encode("utf-8"), inputs(graded))
        if problem is None and skipped:
            names = ", ".join(Path(f).name for f in skipped)
            return LeftOut(f"{path.name}: no trainee id, left out: {names}")
        return problem

    return [run]


def graded_steps(graded: GradedClass, folder: Path) -> list[Step]:
    """One step: every trainee's submission with its grade, into ``folder`` (core's names)."""

    def run() -> str | None:
        problems = save_graded(graded, folder)
        return [WINDOW_REASON("file_reason", file=p.file, reason=p.reason) for p in problems]

    return [run]


def report_steps(
    graded: GradedClass, folder: Path, language: str, pdf: bool
) -> list[Step]:
    """A step per trainee: their feedback report as ``NAME.html`` or ``NAME.pdf``."""
    protected = inputs(graded)
    suffix = ".pdf" if pdf else ".html"
    steps: list[Step] = [lambda: _make_folder(folder)]
    for row, stem in zip(graded.rows, report_names(graded.rows), strict=True):
        def run(row=row, stem=stem) -> str | None:
            html = trainee_report(row, graded.key, language)
            target = folder / f"{stem}{suffix}"
            if pdf:
                return _pdf(html, target, row.label(), protected)
            return _write(target, html.encode("utf-8"), protected)
        steps.append(run)
    return steps


def class_report_steps(
    graded: GradedClass, view: Overview, path: Path, language: str
) -> list[Step]:
    """One step: the class report (results, gradebook, overview, heat maps) as a PDF."""

    def run() -> str | None:
        html = class_report(graded, view, language)
        return _pdf(html, path, exercise_title(graded.key), inputs(graded))

    return [run]


def interop_steps(graded: GradedClass, fmt: str, folder: Path) -> list[Step]:
    """The key and every trainee's graded annotations for another annotation tool.

    ``fmt`` is ``w3c``, ``xmi`` or ``brat`` (the formats of ``annotator export``).
    A first step makes the folder and writes the shared files (XMI's type
    system, brat's configuration); then a step per document.
    """
    exercise = graded.key.exercise
    if exercise is None:
        return [lambda: WINDOW_REASON("file_reason", file=graded.key.name,
                                      reason=INTEROP_REASON("key_file"))]
    protected = inputs(graded)
    ready: list[FormatWriter] = []

    def start() -> list[str]:
        made = _make_folder(folder)
        if made is not None:
            return [made]
        try:
            writer = FormatWriter(fmt, exercise.tagset.ids(), graded=bool(graded.rows),
                                  features=[f for c in exercise.tagset.categories
                                            for f in c.features])
        except CassisMissing as exc:
            return [exc.args[0]]
        ready.append(writer)
        return _write_all(folder, writer.shared_files(), protected)

    def step(make) -> list[str]:
        if not ready:
            return []  # the first step said why
        left_out: list[ExportProblem] = []
        document = make(left_out)
        problems = [WINDOW_REASON("file_reason", file=p.file, reason=p.reason) for p in left_out]
        return problems + _write_all(folder, ready[0].document_files(document), protected)

    return [start, *(lambda make=make: step(make) for make in class_makers(graded))]


def _write_all(folder: Path, files: dict[str, bytes], protected: set[Path]) -> list[str]:
    written = (_write(folder / name, data, protected) for name, data in files.items())
    return [problem for problem in written if problem is not None]


def _make_folder(folder: Path) -> str | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return WINDOW_REASON("cannot_create", folder=folder, system=os_reason(exc))
    return None


def _pdf(html: str, path: Path, title: str, protected: set[Path]) -> str | None:
    from annotator.gui.pdf import html_to_pdf_bytes

    return _write(path, html_to_pdf_bytes(html, title), protected)
