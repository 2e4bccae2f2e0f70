"""`annotator seal`, `grade --release-code` and `grade --attempt`, as real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator import bundled
from annotator.core.grading import Grader
from annotator.core.model import Annotation, Trainee
from annotator.core.session import Session
from annotator.services import attempts as attempt_ops
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save, to_bytes

EXERCISE = read_exercise(bundled.first_exercise()).document
STRICT = EXERCISE.model_copy(update={
    "grading": EXERCISE.grading.model_copy(update={"check": "after-hand-in"})})


def _as_annotations(count: int, offset: int = 0) -> list[Annotation]:
    """The first ``count`` key spans as a trainee's marks (the category of the key)."""
    spans = EXERCISE.key[offset:offset + count]
    return [Annotation(id=f"a{i}", category=s.category, start=s.start, end=s.end, quote=s.quote)
            for i, s in enumerate(spans, start=1)]


def _class(folder: Path) -> dict[str, tuple[list, list]]:
    """Three trainees, two attempts each (more found the second time), and checks."""
    plan = {"s1": (2, 6), "s2": (1, 3), "s3": (4, 4)}
    made = {}
    for trainee_id, (first, last) in plan.items():
        session = Session(STRICT, Trainee(id=trainee_id))
        session.replace_all(_as_annotations(first))
        session.checks.append(attempt_ops.new_check(session.attempts, "c" * 64, False))
        session.attempts.append(attempt_ops.next_attempt(session.attempts, session.annotations))
        session.checks.append(attempt_ops.new_check(session.attempts, "c" * 64, False))
        session.replace_all(_as_annotations(last))
        session.attempts.append(attempt_ops.next_attempt(session.attempts, session.annotations))
        session.replace_all(_as_annotations(last + 1))  # revised after the last hand-in
        save(session.to_submission(), folder / f"{trainee_id}.submission.xml")
        made[trainee_id] = (_as_annotations(first), _as_annotations(last))
    return made


@pytest.fixture
def classroom(tmp_path):
    exercise = tmp_path / "strict.exercise.xml"
    exercise.write_bytes(to_bytes(STRICT))
    return tmp_path, exercise, _class(tmp_path)


def _scores(document: dict) -> dict[str, dict]:
    return {e["trainee"]["id"]: e for e in document["submissions"]}


def test_grade_attempt_first_and_last_follow_attempts_md(classroom):
    """Ensure first = attempt 1, last = the highest, the default after-hand-in is first, and
    the JSON carries every attempt's score, the checks and the gain."""
    folder, exercise, made = classroom
    grader = Grader(STRICT.key, STRICT.tagset.ids())
    names = sorted(str(p) for p in folder.glob("*.submission.xml"))
    by_choice = {}
    for choice in ("first", "last", "current", None):
        args = ["grade", "--key", str(exercise), "--json", *names]
        if choice:
            args[1:1] = ["--attempt", choice]
        run = annotator(*args, cwd=folder)
        assert run.returncode == 0, run.stderr
        by_choice[choice] = _scores(json.loads(run.stdout))
    for trainee_id, (first, last) in made.items():
        first_score = grader.grade(first, "partial", 60).score
        last_score = grader.grade(last, "partial", 60).score
        entry = by_choice["first"][trainee_id]
        assert entry["attempt"] == "first" and entry["score"] == first_score
        assert by_choice["last"][trainee_id]["score"] == last_score
        assert by_choice[None][trainee_id]["score"] == first_score  # the policy's default
        assert by_choice["current"][trainee_id]["score"] != first_score or first == last
        assert [a["n"] for a in entry["attempts"]] == [1, 2]
        assert [a["score"] for a in entry["attempts"]] == [first_score, last_score]
        assert entry["gain"] == last_score - first_score
        assert entry["checks"] == {"count": 2, "before_hand_in": 1}


def test_a_graded_copy_names_the_attempt_it_graded(classroom):
    folder, exercise, _ = classroom
    out = folder / "graded"
    run = annotator("grade", "--key", str(exercise), "--attempt", "last", "--graded-dir",
                    str(out), str(folder / "s1.submission.xml"), cwd=folder)
    assert run.returncode == 0, run.stderr
    graded = read_submission(out / "s1.submission.xml").document
    assert graded.grade.attempt == "last"
    assert [a.n for a in graded.attempts] == [1, 2]


def test_a_submission_without_attempts_is_graded_as_before_with_a_notice(tmp_path):
    session = Session(EXERCISE, Trainee(id="old"))
    session.replace_all(_as_annotations(3))
    path = tmp_path / "old.submission.xml"
    save(session.to_submission(), path)
    plain = annotator("grade", "--key", str(bundled.first_exercise()), "--json", str(path),
                      cwd=tmp_path)
    first = annotator("grade", "--key", str(bundled.first_exercise()), "--json",
                      "--attempt", "first", str(path), cwd=tmp_path)
    plain_entry = json.loads(plain.stdout)["submissions"][0]
    first_entry = json.loads(first.stdout)["submissions"][0]
    assert plain_entry["score"] == first_entry["score"]
    assert plain_entry["gain"] is None and plain_entry["attempts"] == []
    assert any("no hand-in yet" in n for n in first_entry["notices"])


def test_seal_then_grade_with_and_without_the_release_code(tmp_path):
    """Ensure `seal` prints the code last, and grade refuses a sealed key without it (exit 2,
    one line), refuses a wrong one, and grades with the right one as with the clear key."""
    exercise = tmp_path / "mine.exercise.xml"
    exercise.write_bytes(bundled.first_exercise().read_bytes())
    copy = tmp_path / "copy.exercise.xml"
    run = annotator("seal", str(exercise), "-o", str(copy), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    code = run.stdout.strip().splitlines()[-1]
    assert len(code.split("-")) == 4
    assert f'<sealing code="{code}"/>' in exercise.read_text(encoding="utf-8")
    assert code not in copy.read_text(encoding="utf-8")

    session = Session(EXERCISE, Trainee(id="s9"))
    session.replace_all(_as_annotations(5))
    work = tmp_path / "s9.submission.xml"
    save(session.to_submission(), work)

    refused = annotator("grade", "--key", str(copy), str(work), cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0 and "--release-code" in refused.stderr
    wrong = annotator("grade", "--key", str(copy), "--release-code", "uno-dos-tres-cuatro",
                      str(work), cwd=tmp_path)
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == f"annotator grade: {copy}: This code does not open the key"
    typed = code.upper().replace("-", " ")
    opened = annotator("grade", "--key", str(copy), "--release-code", typed, "--json",
                       str(work), cwd=tmp_path)
    clear = annotator("grade", "--key", str(exercise), "--json", str(work), cwd=tmp_path)
    assert opened.returncode == 0, opened.stderr
    assert (json.loads(opened.stdout)["submissions"][0]["score"]
            == json.loads(clear.stdout)["submissions"][0]["score"])


def test_seal_refuses_a_copy_without_key_and_never_overwrites_its_input(tmp_path):
    student = tmp_path / "student.exercise.xml"
    student.write_bytes(to_bytes(EXERCISE.student_copy()))
    run = annotator("seal", str(student), "-o", str(tmp_path / "x.exercise.xml"), cwd=tmp_path)
    assert run.returncode == 2 and "no key to seal" in run.stderr
    same = annotator("seal", str(student), "-o", str(student), cwd=tmp_path)
    assert same.returncode == 2 and "overwrite" in same.stderr


def test_reports_show_every_attempt_the_gain_and_what_was_graded(classroom):
    folder, exercise, made = classroom
    out = folder / "reports"
    run = annotator("report", "--key", str(exercise), "--out", str(out), "--no-pdf",
                    "--language", "en", "--attempt", "last",
                    *(str(p) for p in sorted(folder.glob("*.submission.xml"))), cwd=folder)
    assert run.returncode == 0, run.stderr
    grader = Grader(STRICT.key, STRICT.tagset.ids())
    first, last = (grader.grade(a, "partial", 60).score for a in made["s1"])
    page = next(p for p in out.glob("*.html") if "s1" in p.name).read_text(encoding="utf-8")
    assert "Attempts:" in page and "attempt 1, handed in" in page
    assert f"Gain +{last - first:.1f}" in page
    assert "The last attempt handed in is graded." in page
    assert ">Gain</th>" in (out / "class-report.html").read_text(encoding="utf-8")


def test_seal_no_record_leaves_the_exercise_as_it_was(tmp_path):
    exercise = tmp_path / "mine.exercise.xml"
    exercise.write_bytes(bundled.first_exercise().read_bytes())
    before = exercise.read_bytes()
    run = annotator("seal", str(exercise), "-o", str(tmp_path / "c.exercise.xml"),
                    "--no-record", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert exercise.read_bytes() == before
    assert len(run.stdout.strip().splitlines()[-1].split("-")) == 4
