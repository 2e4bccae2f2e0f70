"""`annotator grade` as an instructor runs it: a real process on files in a folder."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import annotator

from annotator import bundled
from annotator.core.grading import Grader
from annotator.core.model import Annotation, Block, KeyFile, Submission, Trainee
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text


def mark(span_id: str, category: str, quote: str) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(id=span_id, category=category, start=start, end=start + len(quote),
                      quote=quote)


def submission(path: Path, marks: list[Annotation], trainee: Trainee | None = None,
               **fields) -> Path:
    values = {"exercise": EXERCISE.id, "exercise_version": "1",
              "text_sha256": EXERCISE.article.sha256, "trainee": trainee, "annotations": marks}
    values.update(fields)
    save(Submission(**values), path)
    return path


ANA_MARKS = [
    mark("a1", "framing", "Alianza geopolítica en desarrollo"),
    mark("a2", "claim", "sostuvo este martes una conversación"),
    mark("a3", "framing", "informó en Telegram el Kremlin"),
    mark("a4", "claim", "Kim Jong-un"),
    mark("a5", "framing", "valorar altamente"),
]


@pytest.fixture
def folder(tmp_path, first_exercise_path) -> Path:
    """An exercise, a key file, and three submissions: Ana, Bruno (perfect), anonymous."""
    submission(tmp_path / "ana.submission.xml", ANA_MARKS, Trainee(id="s017", name="Ana Pérez"))
    perfect = [Annotation(id=f"b{k.id}", category=k.category, start=k.start, end=k.end,
                          quote=k.quote) for k in EXERCISE.key if k.required]
    submission(tmp_path / "bruno.submission.xml", perfect, Trainee(id="s018", name="Bruno"))
    submission(tmp_path / "anon.submission.xml", [])
    save(KeyFile(exercise=EXERCISE.id, text_sha256=EXERCISE.article.sha256,
                 spans=EXERCISE.key), tmp_path / "putin-kim-alaska.key.xml")
    return tmp_path


NAMES = ["ana.submission.xml", "bruno.submission.xml", "anon.submission.xml"]
EXERCISE_NAME = "putin-kim-alaska.exercise.xml"


def grade_json(folder: Path, *args: str) -> tuple[dict, subprocess.CompletedProcess]:
    result = annotator("grade", "--json", *args, cwd=folder)
    return json.loads(result.stdout), result


def test_table_has_one_row_per_submission_with_the_score_to_one_decimal(folder):
    result = annotator("grade", "--key", EXERCISE_NAME, *NAMES, cwd=folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "partial" in lines[0] and "60" in lines[0]
    rows = {line.split()[0]: line for line in lines if ".submission.xml" in line}
    assert list(rows) == NAMES
    assert "s017 Ana Pérez" in rows["ana.submission.xml"]
    assert " 100.0  yes" in rows["bruno.submission.xml"]
    assert "   0.0  no" in rows["anon.submission.xml"]
    assert lines[-1] == "3 graded, 1 passed"


def test_json_gives_every_field_of_the_contract(folder):
    """Ensure the JSON document is scoring.md §6 field for field, at full precision."""
    document, result = grade_json(folder, "--key", EXERCISE_NAME, *NAMES)
    assert result.returncode == 0, result.stderr
    assert set(document) == {"scheme", "key", "key_sha256", "submissions"}
    assert document["scheme"] == "partial" and document["key"] == EXERCISE_NAME
    import hashlib

    assert document["key_sha256"] == hashlib.sha256(
        (folder / EXERCISE_NAME).read_bytes()).hexdigest()
    ana = document["submissions"][0]
    assert set(ana) == {"file", "trainee", "score", "passed", "total", "categories",
                        "features", "key_verdicts", "annotation_verdicts", "notices",
                        "attempt", "attempts", "checks", "gain"}  # the last four: attempts.md
    assert (ana["attempt"], ana["attempts"], ana["gain"]) == ("current", [], None)
    assert ana["file"] == "ana.submission.xml"
    assert ana["trainee"] == {"id": "s017", "name": "Ana Pérez"}

    expected = Grader(EXERCISE.key, EXERCISE.tagset.ids()).grade(ANA_MARKS)
    assert ana["score"] == expected.score and ana["passed"] == expected.passed
    assert ana["total"] == {"precision": expected.total.precision,
                            "recall": expected.total.recall, "f1": expected.total.f1}
    assert list(ana["categories"]) == ["claim", "attribution", "framing"]
    framing = expected.categories["framing"]
    assert ana["categories"]["framing"] == {
        "precision": framing.precision, "recall": framing.recall, "f1": framing.f1,
        "key_spans": 13, "annotations": 2,
    }
    verdicts = {v["key"]: v for v in ana["key_verdicts"]}
    assert len(verdicts) == 32
    assert {k: v for k, v in verdicts["k1"].items() if k != "feature_verdicts"} == {
        "key": "k1", "verdict": "found", "annotation": "a1", "overlap": 1.0, "extent": 0}
    assert verdicts["k3"]["verdict"] == "partial"
    assert verdicts["k3"]["overlap"] == pytest.approx(36 / 47)
    assert verdicts["k6"]["verdict"] == "wrong-category"
    assert verdicts["k2"] == {"key": "k2", "verdict": "missed", "annotation": None,
                              "overlap": 0.0, "extent": None, "feature_verdicts": []}
    marks = {v["annotation"]: v for v in ana["annotation_verdicts"]}
    assert marks["a4"] == {"annotation": "a4", "verdict": "extra", "key": None}
    assert marks["a5"] == {"annotation": "a5", "verdict": "optional", "key": "k22"}
    assert marks["a1"] == {"annotation": "a1", "verdict": "correct", "key": "k1"}
    assert ana["notices"] == []
    bruno, anon = document["submissions"][1:]
    assert bruno["score"] == 100 and bruno["passed"] is True
    assert anon["trainee"] == {"id": None, "name": None} and anon["score"] == 0


def test_file_is_reported_as_given_on_the_command_line(folder):
    absolute = str(folder / "ana.submission.xml")
    document, _ = grade_json(folder, "--key", str(folder / EXERCISE_NAME),
                             "./bruno.submission.xml", absolute)
    assert [s["file"] for s in document["submissions"]] == ["./bruno.submission.xml", absolute]
    assert document["key"] == str(folder / EXERCISE_NAME)


def test_broken_and_foreign_submissions_get_errors_and_the_rest_are_graded(folder):
    """Ensure a bad file costs only its own entry, and the exit status says so."""
    (folder / "broken.submission.xml").write_text("<submission><oops", encoding="utf-8")
    submission(folder / "foreign.submission.xml", [], exercise="otro-ejercicio")
    (folder / "exercise-as-submission.xml").write_bytes((folder / EXERCISE_NAME).read_bytes())
    names = ["broken.submission.xml", "ana.submission.xml", "foreign.submission.xml",
             "missing.submission.xml", "exercise-as-submission.xml"]
    document, result = grade_json(folder, "--key", EXERCISE_NAME, *names)
    assert result.returncode == 1
    entries = document["submissions"]
    assert [e["file"] for e in entries] == names
    assert set(entries[0]) == {"file", "error"} and "not well-formed" in entries[0]["error"]
    assert entries[0]["error"].startswith("line 1:")
    assert entries[1]["score"] > 0
    assert "otro-ejercicio" in entries[2]["error"]
    assert "error" in entries[3] and "error" in entries[4]
    table = annotator("grade", "--key", EXERCISE_NAME, *names, cwd=folder)
    assert table.returncode == 1
    broken = [line for line in table.stdout.splitlines() if line.startswith("broken.")]
    assert broken and "  error: line 1: not well-formed" in broken[0]
    assert table.stdout.splitlines()[-1] == "1 graded, 0 passed, 4 not graded"


def test_usage_errors_and_unreadable_keys_exit_2(folder):
    """Ensure the command stops with status 2 when it cannot grade at all."""
    student_copy = folder / "student.exercise.xml"
    save(EXERCISE.student_copy(), student_copy)
    (folder / "bad.exercise.xml").write_text("not xml", encoding="utf-8")
    for args in (
        ["--key", "absent.exercise.xml", "ana.submission.xml"],
        ["--key", "bad.exercise.xml", "ana.submission.xml"],
        ["--key", "ana.submission.xml", "bruno.submission.xml"],
        ["--key", str(student_copy), "ana.submission.xml"],
        ["--key", EXERCISE_NAME, "--pass", "120", "ana.submission.xml"],
        ["--key", EXERCISE_NAME, "--pass", "many", "ana.submission.xml"],
        ["--key", EXERCISE_NAME, "--scheme", "generous", "ana.submission.xml"],
        ["--key", EXERCISE_NAME],
        ["ana.submission.xml"],
        ["--key", EXERCISE_NAME, "--csv", "ana.submission.xml", "bruno.submission.xml",
         "ana.submission.xml"],
    ):
        result = annotator("grade", *args, cwd=folder)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stderr.strip(), args
        assert result.stdout == ""
    assert "no key" in annotator("grade", "--key", str(student_copy), "ana.submission.xml",
                                 cwd=folder).stderr
    assert (folder / "ana.submission.xml").read_bytes().startswith(b"<?xml")


def test_scheme_and_pass_mark_come_from_the_exercise_unless_overridden(folder):
    exercise = EXERCISE.model_copy(
        update={"grading": EXERCISE.grading.model_copy(update={"scheme": "lenient",
                                                                "pass_mark": 10.0})})
    save(exercise, folder / "lenient.exercise.xml")
    document, _ = grade_json(folder, "--key", "lenient.exercise.xml", "ana.submission.xml")
    assert document["scheme"] == "lenient" and document["submissions"][0]["passed"] is True
    lenient_score = document["submissions"][0]["score"]
    document, _ = grade_json(folder, "--key", "lenient.exercise.xml", "--scheme", "strict",
                             "--pass", "99.5", "ana.submission.xml")
    assert document["scheme"] == "strict" and document["submissions"][0]["passed"] is False
    assert document["submissions"][0]["score"] < lenient_score


def test_a_key_file_grades_with_partial_and_60_and_refuses_another_article(folder):
    """Ensure a key file works on its own, and asks for the exercise when the text differs."""
    submission(folder / "old.submission.xml", ANA_MARKS, text_sha256="0" * 64)
    document, result = grade_json(folder, "--key", "putin-kim-alaska.key.xml",
                                  "ana.submission.xml", "bruno.submission.xml",
                                  "old.submission.xml")
    assert result.returncode == 1
    assert document["scheme"] == "partial"
    from_exercise, _ = grade_json(folder, "--key", EXERCISE_NAME, "ana.submission.xml")
    ana = document["submissions"][0]
    assert ana["score"] == from_exercise["submissions"][0]["score"]
    assert ana["passed"] == (ana["score"] >= 60)
    assert list(ana["categories"]) == ["framing", "attribution", "claim"]  # key text order
    assert "exercise file" in document["submissions"][2]["error"]
    assert "text-sha256" in document["submissions"][2]["error"]


def test_a_submission_on_an_edited_article_is_re_anchored_with_a_notice(folder):
    """Ensure the exercise's article moving under a submission changes no verdict."""
    blocks = [Block(kind="paragraph", text="Nota del editor: texto añadido."),
              *EXERCISE.article.blocks]
    edited = EXERCISE.model_copy(update={"article": EXERCISE.article.model_copy(
        update={"blocks": blocks})})
    save(edited, folder / "edited.exercise.xml")
    before, _ = grade_json(folder, "--key", EXERCISE_NAME, "ana.submission.xml")
    after, result = grade_json(folder, "--key", "edited.exercise.xml", "ana.submission.xml")
    assert result.returncode == 0, result.stderr
    old, new = before["submissions"][0], after["submissions"][0]
    assert new["score"] == old["score"]
    assert new["key_verdicts"] == old["key_verdicts"]
    assert any("re-anchored" in notice for notice in new["notices"])


def test_csv_has_a_header_and_one_row_per_graded_submission_in_utf8(folder):
    """Ensure the CSV has a row per graded file and none for a file that could not be read."""
    (folder / "broken.submission.xml").write_text("<oops", encoding="utf-8")
    result = annotator("grade", "--key", EXERCISE_NAME, "--csv", "notas.csv",
                       *NAMES, "broken.submission.xml", cwd=folder)
    assert result.returncode == 1
    with open(folder / "notas.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["file", "trainee_id", "trainee_name", "score", "passed",
                             "precision", "recall", "f1", "f1_claim", "f1_attribution",
                             "f1_framing", "feature_accuracy"]
    ana, bruno, anon = rows
    assert (ana["trainee_id"], ana["trainee_name"]) == ("s017", "Ana Pérez")
    document, _ = grade_json(folder, "--key", EXERCISE_NAME, "ana.submission.xml")
    assert ana["score"] == f"{document['submissions'][0]['score']:.1f}"
    assert ana["passed"] == "false" and bruno["passed"] == "true"
    assert bruno["score"] == "100.0" and bruno["f1_claim"] == "1.0000"
    assert anon["trainee_id"] == "" and anon["score"] == "0.0"
    assert "broken.submission.xml" in result.stdout  # the table names it, with its reason


def test_csv_never_writes_a_cell_a_spreadsheet_would_run(folder):
    """Ensure a trainee name, id or file name from a student's file that starts like a
    formula (= + - @) is written as text, with a leading apostrophe."""
    submission(folder / "=evil.submission.xml", [],
               Trainee(id="@SUM(A1)", name='=HYPERLINK("http://x")'))
    result = annotator("grade", "--key", EXERCISE_NAME, "--csv", "notas.csv",
                       "=evil.submission.xml", cwd=folder)
    assert result.returncode == 0, result.stderr
    with open(folder / "notas.csv", encoding="utf-8", newline="") as handle:
        row = list(csv.DictReader(handle))[0]
    assert (row["file"], row["trainee_id"], row["trainee_name"]) == (
        "'=evil.submission.xml", "'@SUM(A1)", "'=HYPERLINK(\"http://x\")")

def test_graded_dir_writes_valid_graded_submissions_and_never_touches_inputs(folder):
    """Ensure graded copies validate, load back with their grade, and inputs stay as they were."""
    (folder / "other").mkdir()
    submission(folder / "other" / "ana.submission.xml", ANA_MARKS[:2], Trainee(id="s099"))
    names = [*NAMES, "other/ana.submission.xml"]
    before = {name: (folder / name).read_bytes() for name in names}
    document, result = grade_json(folder, "--key", EXERCISE_NAME, "--graded-dir", "graded",
                                  *names)
    assert result.returncode == 0, result.stderr
    assert {name: (folder / name).read_bytes() for name in names} == before
    written = sorted(p.name for p in (folder / "graded").iterdir())
    assert written == ["ana-2.submission.xml", "ana.submission.xml", "anon.submission.xml",
                       "bruno.submission.xml"]
    check = annotator("validate", "--exercise", EXERCISE_NAME,
                      *(f"graded/{name}" for name in written), cwd=folder)
    assert check.returncode == 0, check.stdout + check.stderr
    for entry, name in zip(document["submissions"], ["ana.submission.xml",
                                                      "bruno.submission.xml",
                                                      "anon.submission.xml",
                                                      "ana-2.submission.xml"], strict=True):
        graded = read_submission(folder / "graded" / name).document
        assert graded.grade.score == entry["score"]
        assert graded.grade.key_sha256 == document["key_sha256"]
        assert graded.grade.scheme == "partial" and graded.grade.pass_mark == 60
        key_outcomes = [o for o in graded.grade.outcomes if o.key]
        assert [(o.key, o.verdict, o.annotation) for o in key_outcomes] == [
            (v["key"], v["verdict"], v["annotation"]) for v in entry["key_verdicts"]]
        assert all(o.quote and o.explanations for o in key_outcomes)
    ana = read_submission(folder / "graded" / "ana.submission.xml").document
    assert ana.trainee.name == "Ana Pérez" and len(ana.annotations) == 5
    unpaired = {o.annotation: o.verdict for o in ana.grade.outcomes if not o.key}
    assert unpaired == {"a4": "extra", "a5": "optional"}


def test_graded_dir_beside_the_inputs_never_overwrites_them(folder):
    before = (folder / "ana.submission.xml").read_bytes()
    result = annotator("grade", "--key", EXERCISE_NAME, "--graded-dir", ".",
                       "ana.submission.xml", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert (folder / "ana.submission.xml").read_bytes() == before
    assert read_submission(folder / "ana-2.submission.xml").document.grade is not None


def test_regrading_a_graded_submission_replaces_its_grade(folder):
    annotator("grade", "--key", EXERCISE_NAME, "--graded-dir", "g1", "ana.submission.xml",
              cwd=folder)
    result = annotator("grade", "--key", EXERCISE_NAME, "--scheme", "lenient", "--graded-dir",
                       "g2", "g1/ana.submission.xml", cwd=folder)
    assert result.returncode == 0, result.stderr
    regraded = read_submission(folder / "g2" / "ana.submission.xml").document
    assert regraded.grade.scheme == "lenient"


def test_grade_never_loads_qt(folder):
    """Ensure grading runs where there is no Qt: PySide6 is never imported."""
    code = (
        "import sys\n"
        "from annotator.cli import main\n"
        f"status = main(['grade', '--key', {EXERCISE_NAME!r}, '--json', '--csv', 'x.csv',"
        " '--graded-dir', 'out', 'ana.submission.xml', 'bruno.submission.xml'])\n"
        "assert status == 0, status\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
        "print('no Qt', file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "no Qt" in result.stderr


def test_a_class_set_graded_by_workers_matches_one_by_one(folder):
    """Ensure grading many files at once (in worker processes) gives each file's own result."""
    from annotator.cli.grading import PARALLEL_FROM

    sources = ["ana.submission.xml", "bruno.submission.xml", "anon.submission.xml"]
    alone = {name: grade_json(folder, "--key", EXERCISE_NAME, name)[0]["submissions"][0]
             for name in sources}
    (folder / "class").mkdir()
    names = []
    for number in range(PARALLEL_FROM + 6):
        source = sources[number % 3]
        name = f"class/{number:03d}-{source}"
        own = f'"{number:03d}'.encode()  # each copy its own trainee: one file per trainee
        data = (folder / source).read_bytes()
        (folder / name).write_bytes(data.replace(b'"s017', own).replace(b'"s018', own))
        names.append(name)
    names.insert(10, "class/missing.submission.xml")
    document, result = grade_json(folder, "--key", EXERCISE_NAME, "--graded-dir", "out",
                                  "--csv", "class.csv", *names)
    assert result.returncode == 1
    entries = document["submissions"]
    assert [e["file"] for e in entries] == names
    assert "error" in entries[10]
    for name, entry in zip(names, entries, strict=True):
        if "missing" not in name:
            expected = {**alone[name.split("-", 1)[1]], "file": name}
            assert {**entry, "trainee": None} == {**expected, "trainee": None}
    assert len(list((folder / "out").iterdir())) == PARALLEL_FROM + 6
    with open(folder / "class.csv", encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(names) - 1  # not the missing file


def test_a_folder_is_graded_as_report_and_the_class_window_read_it(folder):
    """Ensure `grade FOLDER` reads the folder's submissions, not the exercise or the key."""
    document, result = grade_json(folder, "--key", EXERCISE_NAME, ".")
    assert result.returncode == 0, result.stderr
    files = sorted(Path(entry["file"]).name for entry in document["submissions"])
    assert files == sorted(NAMES)


def test_a_trainee_who_handed_in_twice_is_graded_once_on_the_newest_file(folder):
    """Ensure grade keeps the newest file of a trainee, as report does, and says why."""
    submission(folder / "ana-late.submission.xml", ANA_MARKS[:2],
               Trainee(id="s017", name="Ana Pérez"), saved_at="2099-01-01T10:00:00+00:00")
    names = [*NAMES, "ana-late.submission.xml"]
    document, result = grade_json(folder, "--key", EXERCISE_NAME, "--csv", "notas.csv",
                                  "--graded-dir", "graded", *names)
    assert result.returncode == 1
    by_file = {entry["file"]: entry for entry in document["submissions"]}
    assert "error" in by_file["ana.submission.xml"]
    assert "ana-late.submission.xml" in by_file["ana.submission.xml"]["error"]
    assert "score" in by_file["ana-late.submission.xml"]
    with open(folder / "notas.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["file"] for row in rows].count("ana-late.submission.xml") == 1
    assert "ana.submission.xml" not in [row["file"] for row in rows]
    assert not (folder / "graded" / "ana.submission.xml").exists()
    assert (folder / "graded" / "ana-late.submission.xml").exists()
    report = annotator("report", "--key", EXERCISE_NAME, "--out", "out", "--no-pdf", *names,
                       cwd=folder)
    assert "ana.submission.xml: " + by_file["ana.submission.xml"]["error"] in report.stderr


def test_an_empty_folder_is_graded_as_report_grades_it(folder):
    """Ensure a folder with no submissions gives the table's header and '0 graded', no traceback,
    as `annotator report` does for the same folder."""
    (folder / "empty").mkdir()
    result = annotator("grade", "--key", EXERCISE_NAME, "--csv", "empty.csv", "empty",
                       cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1] == "0 graded, 0 passed"
    assert (folder / "empty.csv").read_text(encoding="utf-8").startswith("file,trainee_id")
