"""The class window on classes that broke it, and what it says after a failed export."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.bundled import first_exercise
from annotator.core.model import Annotation, Submission, Trainee
from annotator.core.overview import overview
from annotator.services.classroom import grade_class
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

EXERCISE = read_exercise(first_exercise()).document
TEXT = EXERCISE.article.text
# Spans in the first hundred characters, where the expert marked nothing: all extras.
CLASS_OF_OVERLAPS = st.lists(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20),
                       st.sampled_from(["claim", "framing"])), min_size=1, max_size=4),
    min_size=2, max_size=5)
UNION_ONLY = [[(0, 10, "claim"), (8, 12, "claim")], [(0, 12, "claim"), (11, 9, "claim")]]


def write_class(folder: Path, trainees, names=None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, spans in enumerate(trainees):
        marks = [Annotation(id=f"a{n}", category=category, start=start, end=start + length,
                            quote=TEXT[start:start + length])
                 for n, (start, length, category) in enumerate(spans)]
        name = names[number] if names else f"Alumno {number}"
        save(Submission(exercise=EXERCISE.id, exercise_version="1",
                        text_sha256=EXERCISE.article.sha256, annotations=marks,
                        trainee=Trainee(id=f"s{number}", name=name)),
             folder / f"t{number}.submission.xml")


def graded(qtbot, make_class_window, folder: Path):
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=30000):
        window.open_class(first_exercise(), [folder])
    return window


@settings(max_examples=5, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(trainees=UNION_ONLY)
@given(trainees=CLASS_OF_OVERLAPS)
def test_any_class_of_overlapping_spans_is_shown_whole(
    qtbot, make_class_window, tmp_path_factory, trainees
):
    """Ensure the class window grades any class of overlapping extras and shows every
    trainee and the overview's frequent extras."""
    folder = tmp_path_factory.mktemp("overlaps")
    write_class(folder, trainees)
    window = graded(qtbot, make_class_window, folder)
    expected = grade_class(first_exercise(), [folder])
    view = overview([row.result for row in expected.rows], expected.categories)
    assert window.gradebook.model.rowCount() == len(trainees)
    shared = [e for e in view.extras if e.trainees > 1]
    panel = window.overview_panel
    assert [int(panel.extras.item(r, 2).text()) for r in range(panel.extras.rowCount())] == [
        e.trainees for e in shared]
    window.close()


def test_the_windows_csv_exports_never_write_a_formula(
    qtbot, make_class_window, class_prompts, tmp_path
):
    """Ensure the class window's three CSV exports write formula-like names as text."""
    folder = tmp_path / "class"
    write_class(folder, [[(0, 5, "claim")], [(3, 5, "claim")]],
                names=['=HYPERLINK("http://x")', "@SUM(A1)"])
    window = graded(qtbot, make_class_window, folder)
    for action in (window.csv_action, window.moodle_action, window.canvas_action):
        class_prompts.save_to = tmp_path / "out.csv"
        with qtbot.waitSignal(window.runner.finished, timeout=30000):
            action.trigger()
        with open(tmp_path / "out.csv", encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells), cells


def test_a_failed_export_never_says_written(qtbot, make_class_window, class_prompts, tmp_path):
    """Ensure the status bar says nothing was written when the export failed, and keeps
    saying it."""
    folder = tmp_path / "class"
    write_class(folder, [[(0, 5, "claim")]])
    window = graded(qtbot, make_class_window, folder)
    class_prompts.save_to = tmp_path / "no-such-folder" / "deeper" / "out.csv"
    (tmp_path / "no-such-folder").write_text("a file, not a folder", encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.csv_action.trigger()
    assert class_prompts.errors()
    status = window.statusBar().currentMessage()
    assert "Written" not in status and "Nothing was written" in status
    assert str(class_prompts.save_to) in status


def test_an_export_written_only_in_part_says_how_many_failed(
        qtbot, make_class_window, class_prompts, tmp_path):
    """Ensure reports of which one could not be written (a folder stands where its file
    goes) are said to be written only in part, with the count, not 'Written to'."""
    folder = tmp_path / "class"
    write_class(folder, [[(0, 5, "claim")], [(3, 5, "claim")]])
    window = graded(qtbot, make_class_window, folder)
    out = tmp_path / "reports"
    out.mkdir()
    from annotator.services.reports import report_names

    blocked = report_names(window.result.graded.rows)[0] + ".html"
    (out / blocked).mkdir()  # a folder where the first trainee's report would go
    class_prompts.folder = out
    with qtbot.waitSignal(window.runner.finished, timeout=30000):
        window.html_action.trigger()
    status = window.statusBar().currentMessage()
    assert "only in part: 1 failed" in status
    assert len(list(out.glob("*.html"))) == 2  # the blocked folder and the other report
