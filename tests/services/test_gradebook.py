"""Gradebook CSV files: the generic columns, Moodle's grade import and Canvas's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotator import bundled
from annotator.cli.grading import Batch, categories_of, write_csv
from annotator.core.model import Annotation, Submission, Trainee
from annotator.services.classroom import grade_class, load_key
from annotator.services.gradebook import canvas_csv, generic_csv, moodle_csv
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text


def mark(span_id: str, category: str, quote: str) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(id=span_id, category=category, start=start, end=start + len(quote),
                      quote=quote)


def submission(path: Path, marks, trainee: Trainee | None) -> str:
    save(Submission(exercise=EXERCISE.id, exercise_version="1",
                    text_sha256=EXERCISE.article.sha256, trainee=trainee,
                    annotations=list(marks)), path)
    return str(path)


@pytest.fixture
def graded(tmp_path):
    perfect = [Annotation(id=f"b{k.id}", category=k.category, start=k.start, end=k.end,
                          quote=k.quote) for k in EXERCISE.key if k.required]
    names = [
        submission(tmp_path / "ana.submission.xml",
                   [mark("a1", "framing", "Alianza geopolítica en desarrollo")],
                   Trainee(id="s017", name="Ana Pérez, \"la jefa\"")),
        submission(tmp_path / "bruno.submission.xml", perfect, Trainee(id="s018", name="Bruno")),
        submission(tmp_path / "anon.submission.xml", [], None),
        submission(tmp_path / "evil.submission.xml", [], Trainee(id="=1+2", name="@SUM(A1)")),
    ]
    return grade_class(bundled.first_exercise(), names), names


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_generic_csv_is_byte_for_byte_what_annotator_grade_writes(graded, tmp_path):
    """Ensure the class gradebook and `annotator grade --csv` are one writer, one format."""
    graded_class, names = graded
    key = load_key(str(bundled.first_exercise()), None, None)
    batch = Batch(key, want_json=False)
    plain = [batch.grade_file(name) for name in names]
    write_csv(plain, categories_of(key, plain), tmp_path / "grade.csv")
    ours = generic_csv(graded_class.rows, graded_class.categories)
    assert ours.encode("utf-8") == (tmp_path / "grade.csv").read_bytes()
    header = rows(ours)[0]
    assert header == ["file", "trainee_id", "trainee_name", "score", "passed", "precision",
                      "recall", "f1", "f1_claim", "f1_attribution", "f1_framing",
                      "feature_accuracy"]
    assert ours.endswith("\r\n")


def test_moodle_file_has_the_identifier_and_one_grade_column_named_after_the_exercise(graded):
    graded_class, names = graded
    export = moodle_csv(graded_class.rows, EXERCISE.title)
    table = rows(export.text)
    assert table[0] == ["ID number", "Putin, Kim y la cumbre de Alaska"]
    assert table[1:] == [["s017", f"{graded_class.rows[0].score:.1f}"], ["s018", "100.0"],
                         ["'=1+2", "0.0"]]
    assert export.skipped == [names[2]]  # no id: Moodle could not match it
    assert rows(moodle_csv(graded_class.rows, "X", "email").text)[0][0] == "Email address"
    with pytest.raises(ValueError):
        moodle_csv(graded_class.rows, "X", "surname")


def test_canvas_file_has_its_export_columns_points_possible_and_the_id_where_asked(graded):
    graded_class, names = graded
    export = canvas_csv(graded_class.rows, EXERCISE.title, assignment_id="4711")
    table = rows(export.text)
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                        "Putin, Kim y la cumbre de Alaska (4711)"]
    assert table[1] == ["    Points Possible", "", "", "", "", "100"]
    assert table[2] == ['Ana Pérez, "la jefa"', "", "s017", "", "",
                        f"{graded_class.rows[0].score:.1f}"]
    assert table[4] == ["'@SUM(A1)", "", "'=1+2", "", "", "0.0"]  # never a formula
    assert export.skipped == [names[2]]
    login = rows(canvas_csv(graded_class.rows, "Ejercicio", id_column="SIS Login ID",
                            section="1º B").text)
    assert login[0][-1] == "Ejercicio" and login[3][3] == "s018" and login[3][4] == "1º B"
    with pytest.raises(ValueError):
        canvas_csv(graded_class.rows, "X", id_column="Email")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _never_a_formula(text: str) -> None:
    for row in rows(text):
        for cell in row:
            assert cell[:1] not in FORMULA_STARTS, (cell, row)


def test_every_csv_writer_neutralises_cells_a_spreadsheet_would_run(tmp_path):
    """Ensure a name, id or file name starting with = + - @ TAB or CR is written as text
    (a leading apostrophe) by the generic, Moodle and Canvas writers alike."""
    hostile = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"]
    names = [submission(tmp_path / f"{n}.submission.xml", [],
                        Trainee(id=text, name=text)) for n, text in enumerate(hostile)]
    evil_file = tmp_path / "=cmd.submission.xml"
    names.append(submission(evil_file, [], Trainee(id="ok", name="ok")))
    graded_class = grade_class(bundled.first_exercise(), names)
    graded_class.rows.sort(key=lambda row: row.file)
    for text in (generic_csv(graded_class.rows, graded_class.categories),
                 moodle_csv(graded_class.rows, "=title").text,
                 canvas_csv(graded_class.rows, "=title", section="-A").text):
        _never_a_formula(text)
    table = rows(generic_csv(graded_class.rows, graded_class.categories))
    assert ["'" + text for text in hostile] == sorted(
        (row[1] for row in table[1:] if row[1] != "ok"), key=lambda c: hostile.index(c[1:]))
    assert any(row[2] == "'=HYPERLINK(\"http://x\")" for row in table)
