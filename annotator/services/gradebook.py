"""Gradebook CSV files: the generic one of scoring.md §6, and Moodle's and Canvas's imports.

Instructors put grades into a school gradebook, and each one reads a
different CSV. The generic file is exactly ``annotator grade --csv`` (one
writer for both). Moodle's "Import grades from CSV" maps one column to a
user field (ID number, email address or username) and another to a grade
item, so its file is those two columns. Canvas's gradebook import reads the
columns of its own export (Student, ID, SIS User ID, SIS Login ID, Section,
then one column per assignment, "Title (id)" for an existing one), so ours
has exactly those. Scores are points out of 100, to one decimal as every
CSV of ours rounds them (scoring.md §5).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

LINE_END = "\r\n"  # RFC 4180; spreadsheets and both gradebooks read it

MOODLE_FIELDS = {"idnumber": "ID number", "email": "Email address", "username": "Username"}
CANVAS_FIELDS = ("ID", "SIS User ID", "SIS Login ID")
CANVAS_HEAD = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
POINTS_POSSIBLE = "    Points Possible"  # the second row of a Canvas export, spaces and all


class GradedLike(Protocol):
    """What a gradebook row needs: a class row, or ``annotator grade``'s plain result."""

    file: str
    error: str | None
    trainee_id: str | None
    trainee_name: str | None
    score: float
    passed: bool
    precision: float
    recall: float
    f1: float
    f1_by_category: dict[str, float]
    feature_accuracy: float | None  # scoring.md §10; None when no feature was graded


@dataclass
class Export:
    """A CSV file's text, and the trainees left out of it (with no identifier to match)."""

    text: str
    skipped: list[str] = field(default_factory=list)


def generic_csv(graded: Iterable[GradedLike], categories: Sequence[str]) -> str:
    """One row per graded submission for a spreadsheet or gradebook.

    Files that were not graded have no row (a row of empty cells reads as a
    trainee with no score); the command that wrote the CSV lists them and why.

    Columns (scoring.md §6): file, trainee_id, trainee_name, score, passed,
    precision, recall, f1, then f1_<category> per category, then
    feature_accuracy (§10; blank when no feature was graded).
    """
    rows = [["file", "trainee_id", "trainee_name", "score", "passed", "precision",
             "recall", "f1", *(f"f1_{c}" for c in categories), "feature_accuracy"]]
    for g in graded:
        if g.error is not None:
            continue
        accuracy = g.feature_accuracy
        by_category = [_ratio(g.f1_by_category[c]) if c in g.f1_by_category else ""
                       for c in categories]
        rows.append([
            g.file, g.trainee_id or "", g.trainee_name or "",
            f"{g.score:.1f}", "true" if g.passed else "false",
            _ratio(g.precision), _ratio(g.recall), _ratio(g.f1), *by_category,
            "" if accuracy is None else _ratio(accuracy),
        ])
    return _csv(rows)


def _ratio(value: float) -> str:
    return f"{value:.4f}"


def moodle_csv(graded: Iterable[GradedLike], item: str, identifier: str = "idnumber") -> Export:
    """Moodle's grade import: the trainee id under ``ID number`` (or the field named) and
    the score under a column named ``item`` (the exercise's title).

    In Moodle: Grades, Import, CSV file; "Map from" the identifier column
    "Map to" the same user field, and map the score column to a grade item
    (or a new one). Trainees without an id cannot be matched and are left
    out (listed in ``skipped``).
    """
    if identifier not in MOODLE_FIELDS:
        raise ValueError(f"unknown Moodle user field {identifier!r}; "
                         f"expected one of {', '.join(MOODLE_FIELDS)}")
    rows, skipped = [], []
    for g in _graded(graded):
        if not (g.trainee_id or "").strip():
            skipped.append(g.file)
            continue
        rows.append([_cell(g.trainee_id.strip()), f"{g.score:.1f}"])
    return Export(_csv([[MOODLE_FIELDS[identifier], _cell(item)], *rows]), skipped)


def canvas_csv(
    graded: Iterable[GradedLike],
    assignment: str,
    assignment_id: str | None = None,
    id_column: str = "SIS User ID",
    section: str = "",
) -> Export:
    """Canvas's gradebook import, in the columns of its own export.

    The trainee id goes under ``id_column`` (SIS User ID unless the school
    uses Canvas's own ID or the SIS Login ID); the assignment column is
    "Title (id)" for an existing assignment, or just the title, which makes
    Canvas create it. A "Points Possible" row says the scores are out of
    100. Trainees without an id are left out (listed in ``skipped``).
    """
    if id_column not in CANVAS_FIELDS:
        raise ValueError(f"unknown Canvas id column {id_column!r}; "
                         f"expected one of {', '.join(CANVAS_FIELDS)}")
    title = f"{assignment} ({assignment_id})" if assignment_id else assignment
    rows = [[*CANVAS_HEAD, _cell(title)], [POINTS_POSSIBLE, "", "", "", "", "100"]]
    skipped = []
    where = CANVAS_HEAD.index(id_column)
    for g in _graded(graded):
        if not (g.trainee_id or "").strip():
            skipped.append(g.file)
            continue
        row = [_cell(" ".join((g.trainee_name or "").split())), "", "", "", _cell(section),
               f"{g.score:.1f}"]
        row[where] = _cell(g.trainee_id.strip())
        rows.append(row)
    return Export(_csv(rows), skipped)


def _graded(graded: Iterable[GradedLike]) -> list[GradedLike]:
    return [g for g in graded if g.error is None]


def _cell(text: str) -> str:
    """A text cell that a spreadsheet will not run: names come from students' files.

    A cell starting with = + - @ (or a tab or carriage return) is a formula
    to Excel and LibreOffice; a leading apostrophe makes it text.
    """
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(rows: list[list[str]]) -> str:
    """The one place our CSV text is made: every cell goes through ``_cell``.

    Names, ids, file names and categories all come from files others
    wrote; neutralising each cell here means no writer can forget one.
    Numbers and our own headings never start with a formula character, so
    they pass unchanged.
    """
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=LINE_END).writerows(
        [_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()
