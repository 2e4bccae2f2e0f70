"""`annotator report` as an instructor runs it: a real process on a class folder."""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core.model import Annotation, Submission, Trainee
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text
EXERCISE_NAME = "putin-kim-alaska.exercise.xml"


def annotator(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=cwd,
    )


def generated(rng: random.Random) -> list[Annotation]:
    """Marks near the key: some exact, some shifted, some in another category, some extra."""
    marks = []
    for number, key in enumerate(EXERCISE.key):
        roll = rng.random()
        if roll < 0.3:
            continue
        start, end = key.start, key.end
        if roll < 0.5:
            start, end = max(0, start - rng.randint(0, 6)), end + rng.randint(-3, 6)
        category = key.category if roll > 0.4 else "claim"
        marks.append(Annotation(id=f"a{number}", category=category, start=start, end=end,
                                quote=TEXT[start:end]))
    return marks


def save_submission(path: Path, marks, trainee, **fields) -> None:
    values = {"exercise": EXERCISE.id, "exercise_version": "1",
              "text_sha256": EXERCISE.article.sha256, "trainee": trainee,
              "annotations": marks}
    values.update(fields)
    save(Submission(**values), path)


@pytest.fixture
def classroom(tmp_path) -> Path:
    """Eight trainees, an older copy of one, a broken file, a foreign one, and the exercise."""
    folder = tmp_path / "entregas"
    folder.mkdir()
    (folder / EXERCISE_NAME).write_bytes(bundled.first_exercise().read_bytes())
    rng = random.Random(11)
    for n in range(8):
        save_submission(folder / f"t{n}.submission.xml", generated(rng),
                        Trainee(id=f"s{n:02d}", name=f"Alumna {n} <i>ñ</i>"),
                        saved_at=f"2025-04-0{n % 3 + 1}T12:00:00Z")
    save_submission(folder / "t0-old.submission.xml", [], Trainee(id="s00"),
                    saved_at="2025-03-01T12:00:00Z")
    (folder / "broken.submission.xml").write_text("<submission><oops", encoding="utf-8")
    save_submission(folder / "foreign.submission.xml", [], Trainee(id="s99"),
                    exercise="otro-ejercicio")
    return folder


def fingerprint(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).digest(),
                                          p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_class_folder_gives_every_report_and_lists_the_problem_files(classroom):
    """Ensure the whole export is written, problem files are named, and inputs stay as they were."""
    before = fingerprint(classroom)
    result = annotator("report", "--key", f"entregas/{EXERCISE_NAME}", "--out", "informes",
                       "--moodle", "--canvas", "entregas", cwd=classroom.parent)
    assert result.returncode == 1, result.stderr
    assert fingerprint(classroom) == before
    problems = [line for line in result.stderr.splitlines() if line.startswith("entregas/")]
    assert len(problems) == 3
    assert any("broken.submission.xml: line 1" in line for line in problems)
    assert any("foreign.submission.xml" in line and "otro-ejercicio" in line
               for line in problems)
    assert any(line.startswith("entregas/t0-old.submission.xml: same trainee (id 's00') as "
                               "entregas/t0.submission.xml") for line in problems)
    assert re.fullmatch(r"8 graded, \d passed, 3 not graded; reports in informes\n",
                        result.stdout)

    out = classroom.parent / "informes"
    stems = [f"s{n:02d}_Alumna_{n}_-i-ñ-i" for n in range(8)]
    for stem in stems:
        html = (out / f"{stem}.html").read_text(encoding="utf-8")
        assert "Informe de corrección" in html and "&lt;i&gt;ñ&lt;/i&gt;" in html
        assert (out / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "class-report.pdf").read_bytes().startswith(b"%PDF")
    class_report = (out / "class-report.html").read_text(encoding="utf-8")
    assert "Informe de la clase" in class_report
    assert "mismo estudiante (número" in class_report  # the reasons in Spanish too
    assert "same trainee" not in class_report

    with open(out / "gradebook.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["trainee_id"] for r in rows] == [f"s{n:02d}" for n in range(8)]
    assert (out / "gradebook-moodle.csv").read_bytes().decode("utf-8").startswith(
        "ID number,\"Putin, Kim y la cumbre de Alaska\"\r\n")
    assert (out / "gradebook-canvas.csv").read_bytes().decode("utf-8").startswith(
        "Student,ID,SIS User ID,SIS Login ID,Section,\"Putin, Kim y la cumbre de Alaska\"")

    graded = sorted(p.name for p in (out / "graded").iterdir())
    assert graded == [f"t{n}.submission.xml" for n in range(8)]
    copy = read_submission(out / "graded" / "t3.submission.xml").document
    assert copy.grade is not None and f"{copy.grade.score:.1f}" == rows[3]["score"]
    check = annotator("validate", "--exercise", f"entregas/{EXERCISE_NAME}",
                      *(f"informes/graded/{name}" for name in graded), cwd=classroom.parent)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_clean_class_exits_0_and_english_html_only_never_loads_qt(classroom, tmp_path):
    """Ensure --no-pdf runs without Qt, as on a server, and --language switches the wording."""
    for name in ("broken.submission.xml", "foreign.submission.xml", "t0-old.submission.xml"):
        (classroom / name).unlink()
    code = (
        "import sys\n"
        "from annotator.cli import main\n"
        f"status = main(['report', '--key', {EXERCISE_NAME!r}, '--out', 'html', '--no-pdf',"
        " '--language', 'en', '.'])\n"
        "assert status == 0, status\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=classroom, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = classroom / "html"
    assert not list(out.glob("*.pdf"))
    assert "Feedback report" in (out / "s01_Alumna_1_-i-ñ-i.html").read_text(encoding="utf-8")


def test_outputs_never_overwrite_an_input_even_in_the_same_folder(classroom):
    """Ensure a student file that happens to be named like an output is left alone."""
    trap = classroom / "gradebook.csv"
    trap.write_text("not mine to overwrite", encoding="utf-8")
    os.utime(trap, (1_600_000_000, 1_600_000_000))
    before = fingerprint(classroom)
    result = annotator("report", "--key", EXERCISE_NAME, "--out", ".", "--no-pdf",
                       "t1.submission.xml", "t2.submission.xml", "gradebook.csv",
                       cwd=classroom)
    assert result.returncode == 1
    assert "would overwrite an input file" in result.stderr
    after = fingerprint(classroom)
    assert {name: after[name] for name in before} == before
    assert (classroom / "graded" / "t1.submission.xml").exists()


def test_usage_errors_and_unreadable_keys_exit_2(classroom):
    (classroom / "bad.exercise.xml").write_text("not xml", encoding="utf-8")
    for args in (
        ["--key", "absent.exercise.xml", "--out", "o", "t1.submission.xml"],
        ["--key", "bad.exercise.xml", "--out", "o", "t1.submission.xml"],
        ["--key", "t1.submission.xml", "--out", "o", "t2.submission.xml"],
        ["--key", EXERCISE_NAME, "--out", "o"],
        ["--key", EXERCISE_NAME, "t1.submission.xml"],
        ["--key", EXERCISE_NAME, "--out", "o", "--language", "fr", "t1.submission.xml"],
        ["--key", EXERCISE_NAME, "--out", "o", "--pass", "101", "t1.submission.xml"],
    ):
        result = annotator("report", *args, cwd=classroom)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stderr.strip() and result.stdout == ""
    assert not (classroom / "o").exists()


# Spans in the first hundred characters, where the expert marked nothing: all are extras,
# and in a small stretch they overlap in every way.
CLASS_OF_OVERLAPS = st.lists(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20),
                       st.sampled_from(["claim", "framing"])), min_size=1, max_size=4),
    min_size=2, max_size=5)
UNION_ONLY = [[(0, 10, "claim"), (8, 12, "claim")], [(0, 12, "claim"), (11, 9, "claim")]]


def write_class(folder: Path, trainees: list[list[tuple[int, int, str]]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / EXERCISE_NAME).write_bytes(bundled.first_exercise().read_bytes())
    for number, spans in enumerate(trainees):
        marks = [Annotation(id=f"a{n}", category=category, start=start, end=start + length,
                            quote=TEXT[start:start + length])
                 for n, (start, length, category) in enumerate(spans)]
        save_submission(folder / f"t{number}.submission.xml", marks,
                        Trainee(id=f"s{number}", name=f"Alumno {number}"))


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(trainees=UNION_ONLY)
@given(trainees=CLASS_OF_OVERLAPS)
def test_any_class_of_overlapping_spans_gets_a_complete_report(tmp_path_factory, trainees):
    """Ensure `annotator report` on any class of overlapping extras writes every trainee's
    report, the class report, the gradebook and the graded files, with no traceback."""
    root = tmp_path_factory.mktemp("overlaps")
    write_class(root / "entregas", trainees)
    result = annotator("report", "--key", f"entregas/{EXERCISE_NAME}", "--out", "informes",
                       "--no-pdf", "--language", "en", "entregas", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = root / "informes"
    assert "Class report" in (out / "class-report.html").read_text(encoding="utf-8")
    with open(out / "gradebook.csv", encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(trainees)
    assert len(list((out / "graded").iterdir())) == len(trainees)
    assert len(list(out.glob("s*.html"))) == len(trainees)


def test_report_gradebooks_never_write_a_cell_a_spreadsheet_would_run(tmp_path):
    """Ensure gradebook.csv, the Moodle and the Canvas files write formula-like names and ids
    from students' files as text."""
    folder = tmp_path / "entregas"
    write_class(folder, [[(0, 5, "claim")]])
    save_submission(folder / "t0.submission.xml", [],
                    Trainee(id="-1+1", name='=HYPERLINK("http://x")'))
    result = annotator("report", "--key", f"entregas/{EXERCISE_NAME}", "--out", "out",
                       "--no-pdf", "--moodle", "--canvas", "entregas", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("gradebook.csv", "gradebook-moodle.csv", "gradebook-canvas.csv"):
        with open(tmp_path / "out" / name, encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert "'-1+1" in cells, name
        assert not any(cell[:1] in "=+-@\t\r" and cell for cell in cells), (name, cells)
