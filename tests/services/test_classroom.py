"""Grading a class set: folders, problem files, one row per trainee, progress and cancel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator import bundled
from annotator.core.grading import Grader
from annotator.core.model import Annotation, KeyFile, Submission, Trainee
from annotator.services.classroom import (
    Cancelled,
    KeyProblem,
    grade_class,
    load_key,
    save_graded,
    submission_files,
    trainee_identity,
)
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text


def mark(span_id: str, category: str, quote: str) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(id=span_id, category=category, start=start, end=start + len(quote),
                      quote=quote)


ANA = [
    mark("a1", "framing", "Alianza geopolítica en desarrollo"),
    mark("a2", "claim", "sostuvo este martes una conversación"),
    mark("a3", "framing", "informó en Telegram el Kremlin"),
    mark("a4", "claim", "Kim Jong-un"),
]


def submission(path: Path, marks=(), trainee: Trainee | None = None, **fields) -> Path:
    values = {"exercise": EXERCISE.id, "exercise_version": "1",
              "text_sha256": EXERCISE.article.sha256, "trainee": trainee,
              "annotations": list(marks)}
    values.update(fields)
    save(Submission(**values), path)
    return path


@pytest.fixture
def exercise(tmp_path, first_exercise_path) -> Path:
    return first_exercise_path


def test_every_row_is_graded_exactly_as_the_grader_grades_it(tmp_path, exercise):
    """Ensure a class row's result is the core grader's, and its counts follow from it."""
    submission(tmp_path / "ana.submission.xml", ANA, Trainee(id="s017", name="Ana Pérez"))
    graded = grade_class(exercise, [tmp_path / "ana.submission.xml"])
    assert graded.problems == [] and graded.categories == ["claim", "attribution", "framing"]
    (row,) = graded.rows
    expected = Grader(EXERCISE.key, EXERCISE.tagset.ids()).grade(ANA)
    assert row.score == expected.score and row.result.total == expected.total
    assert [(o.key.id, o.verdict) for o in row.result.key_outcomes] == [
        (o.key.id, o.verdict) for o in expected.key_outcomes]
    assert row.misses == sum(o.verdict == "missed" for o in expected.key_outcomes)
    assert row.extras == 1  # "Kim Jong-un" as a claim
    assert row.f1_by_category == {c: m.f1 for c, m in expected.categories.items()}
    assert (row.trainee_id, row.trainee_name, row.label()) == ("s017", "Ana Pérez",
                                                              "s017 Ana Pérez")


def test_unreadable_foreign_and_wrong_files_are_listed_and_the_rest_graded(tmp_path, exercise):
    """Ensure each bad file costs only its own row and gets a one-line reason."""
    submission(tmp_path / "ana.submission.xml", ANA, Trainee(id="s017"))
    (tmp_path / "broken.submission.xml").write_text("<submission><oops", encoding="utf-8")
    submission(tmp_path / "foreign.submission.xml", [], Trainee(id="s020"),
               exercise="otro-ejercicio")
    (tmp_path / "empty.xml").write_bytes(b"")
    names = [tmp_path / n for n in ("broken.submission.xml", "ana.submission.xml",
                                    "foreign.submission.xml", "missing.submission.xml",
                                    "empty.xml")]
    graded = grade_class(exercise, names)
    assert [r.trainee_id for r in graded.rows] == ["s017"]
    reasons = {Path(p.file).name: p.reason for p in graded.problems}
    assert list(reasons) == ["broken.submission.xml", "foreign.submission.xml",
                             "missing.submission.xml", "empty.xml"]
    assert "not well-formed" in reasons["broken.submission.xml"]
    assert "otro-ejercicio" in reasons["foreign.submission.xml"]
    assert all("\n" not in reason and reason for reason in reasons.values())


def test_a_folder_gives_its_submissions_but_not_the_exercise_key_or_subfolders(tmp_path):
    """Ensure a folder the instructor collected into reads as the class, and nothing else."""
    exercise = tmp_path / "putin-kim-alaska.exercise.xml"
    exercise.write_bytes(bundled.first_exercise().read_bytes())
    save(KeyFile(exercise=EXERCISE.id, text_sha256=EXERCISE.article.sha256, spans=EXERCISE.key),
         tmp_path / "putin-kim-alaska.key.xml")
    submission(tmp_path / "b.submission.xml", trainee=Trainee(id="b"))
    submission(tmp_path / "a.xml", trainee=Trainee(id="a"))
    submission(tmp_path / ".hidden.submission.xml", trainee=Trainee(id="h"))
    (tmp_path / "notes.txt").write_text("not a submission", encoding="utf-8")
    (tmp_path / "old").mkdir()
    submission(tmp_path / "old" / "c.submission.xml", trainee=Trainee(id="c"))
    files, problems = submission_files([tmp_path, tmp_path / "a.xml"], exercise)
    assert [Path(f).name for f in files] == ["a.xml", "b.submission.xml"] and problems == []
    graded = grade_class(exercise, [tmp_path])
    assert [r.trainee_id for r in graded.rows] == ["a", "b"] and graded.problems == []


def test_the_newest_file_of_a_trainee_wins_and_the_other_names_it(tmp_path, exercise):
    """Ensure a trainee who sent twice counts once: newest saved-at wins, the loser is listed."""
    old = submission(tmp_path / "ana-old.submission.xml", ANA[:1], Trainee(id="s017"),
                     saved_at="2025-03-01T10:00:00+00:00")
    new = submission(tmp_path / "ana-new.submission.xml", ANA, Trainee(id="s017", name="Ana"),
                     saved_at="2025-03-02T09:00:00Z")
    os.utime(old, (2_000_000_000, 2_000_000_000))  # the file is newer; its saved-at is not
    graded = grade_class(exercise, [new, old])
    assert [r.file for r in graded.rows] == [str(new)]
    (problem,) = graded.problems
    assert problem.file == str(old)
    assert "s017" in problem.reason and str(new) in problem.reason and "newer" in problem.reason


def test_without_saved_at_the_file_time_decides_and_names_match_without_ids(tmp_path, exercise):
    """Ensure the mtime fallback, and that a name (spacing and case aside) identifies a trainee."""
    first = submission(tmp_path / "1.submission.xml", ANA, Trainee(name="Ana  Pérez"))
    second = submission(tmp_path / "2.submission.xml", [], Trainee(name="ana pérez"))
    os.utime(first, (1_700_000_100, 1_700_000_100))
    os.utime(second, (1_700_000_000, 1_700_000_000))
    graded = grade_class(exercise, [first, second])
    assert [r.file for r in graded.rows] == [str(first)]
    assert "name 'ana pérez'" in graded.problems[0].reason


def test_anonymous_files_are_never_taken_for_duplicates(tmp_path, exercise):
    files = [submission(tmp_path / f"{n}.submission.xml", ANA[:n]) for n in (1, 2, 3)]
    graded = grade_class(exercise, files)
    assert len(graded.rows) == 3 and graded.problems == []
    assert trainee_identity(None) is None
    assert trainee_identity(Trainee(id=" s1 ", name="X")) == ("id", "s1")


def test_progress_counts_every_file_and_cancel_stops_the_run(tmp_path, exercise):
    """Ensure a window can show progress and stop a long run from its worker thread."""
    files = [submission(tmp_path / f"{n}.submission.xml", ANA, Trainee(id=str(n)))
             for n in range(5)]
    (tmp_path / "bad.submission.xml").write_text("nope", encoding="utf-8")
    calls = []
    grade_class(exercise, [tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 6) for n in range(1, 7)]
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        grade_class(exercise, files, cancelled=cancelled)
    assert len(asked) == 3


def test_student_files_are_never_modified(tmp_path, exercise):
    """Ensure grading a class reads the files and writes nothing at all."""
    submission(tmp_path / "a.submission.xml", ANA, Trainee(id="a"))
    submission(tmp_path / "b.submission.xml", ANA[:2], Trainee(id="a"))
    (tmp_path / "broken.submission.xml").write_text("<x", encoding="utf-8")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    grade_class(exercise, [tmp_path])
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_a_key_file_grades_like_annotator_grade_and_refuses_another_article(tmp_path):
    """Ensure categories a key file lacks but trainees used get figures in every row."""
    key = tmp_path / "putin-kim-alaska.key.xml"
    save(KeyFile(exercise=EXERCISE.id, text_sha256=EXERCISE.article.sha256,
                 spans=[k for k in EXERCISE.key if k.category != "claim"]), key)
    submission(tmp_path / "a.submission.xml", ANA, Trainee(id="a"))
    submission(tmp_path / "b.submission.xml", ANA[:1], Trainee(id="b"))
    submission(tmp_path / "old.submission.xml", ANA, Trainee(id="c"), text_sha256="0" * 64)
    graded = grade_class(key, [tmp_path])
    assert graded.categories == ["framing", "attribution", "claim"]
    assert all(list(r.result.categories) == graded.categories for r in graded.rows)
    assert graded.key.scheme == "partial" and graded.key.pass_mark == 60
    (problem,) = graded.problems
    assert "exercise file" in problem.reason


def test_an_unusable_key_raises_key_problem(tmp_path):
    student_copy = tmp_path / "student.exercise.xml"
    save(EXERCISE.student_copy(), student_copy)
    for key in (student_copy, tmp_path / "absent.exercise.xml"):
        with pytest.raises(KeyProblem):
            grade_class(key, [])
    loaded = load_key(str(bundled.first_exercise()), "strict", 75)
    graded = grade_class(loaded, [])
    assert (graded.key.scheme, graded.key.pass_mark, graded.rows) == ("strict", 75, [])


def test_graded_copies_go_to_their_folder_and_never_over_an_input(tmp_path, exercise):
    """Ensure the class window's export of graded XML keeps names and spares the inputs."""
    submission(tmp_path / "a.submission.xml", ANA, Trainee(id="a"))
    (tmp_path / "other").mkdir()
    submission(tmp_path / "other" / "a.submission.xml", ANA[:1], Trainee(id="b"))
    graded = grade_class(exercise, [tmp_path, tmp_path / "other"])
    before = (tmp_path / "a.submission.xml").read_bytes()
    assert save_graded(graded, tmp_path) == []  # beside the inputs: numbered, not over them
    assert (tmp_path / "a.submission.xml").read_bytes() == before
    written = sorted(p.name for p in tmp_path.glob("a-*.submission.xml"))
    assert written == ["a-2.submission.xml", "a-3.submission.xml"]
    copy = read_submission(tmp_path / "a-2.submission.xml").document
    assert copy.grade is not None and copy.grade.score == graded.rows[0].score
