"""The class window with attempts: First / Last / Gain, the attempt choice, what feedback fixed."""

from __future__ import annotations

from class_maker import make_class
from PySide6.QtCore import Qt

from annotator.core.grading import Grader
from annotator.xmlio.readers import read_exercise, read_submission


def _graded(qtbot, window, key_path, folder):
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(key_path, [folder])


def test_the_gradebook_shows_first_last_and_gain_and_follows_the_attempt_choice(
        qtbot, make_class_window, key_path, tmp_path):
    folder = tmp_path / "two-attempts"
    make_class(folder, size=6, attempts=True)
    window = make_class_window()
    _graded(qtbot, window, key_path, folder)
    model = window.gradebook.model
    for name in ("first", "last", "gain"):
        assert name in model._columns()
    exercise = read_exercise(key_path).document
    grader = Grader(exercise.key, exercise.tagset.ids())
    rows = {model.row_at(r).trainee_id: r for r in range(model.rowCount())}
    for path in sorted(folder.glob("*.submission.xml")):
        submission = read_submission(path).document
        first = grader.grade(submission.attempts[0].annotations).score
        last = grader.grade(submission.attempts[-1].annotations).score
        row = rows[submission.trainee.id]
        assert model.sort_value(row, model.column_of("first")) == first
        assert model.sort_value(row, model.column_of("gain")) == last - first
        assert model.index(row, model.column_of("checks")).data() == "1"  # after hand-in
        gain_text = model.index(row, model.column_of("gain")).data()
        assert gain_text.startswith("+") == (last - first > 0)

    current = {model.row_at(r).trainee_id: model.row_at(r).score for r in range(6)}
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.attempt_choice.box.setCurrentIndex(window.attempt_choice.box.findData("first"))
    firsts = {model.row_at(r).trainee_id: model.row_at(r).score for r in range(6)}
    assert firsts != current
    assert all(model.row_at(r).attempt == "first" for r in range(6))

    window.open_trainee(model.row_at(0))
    assert window.trainee_view.windowTitle().endswith("· first attempt")
    with qtbot.waitSignal(window.grading.finished, timeout=20000):  # the open view follows
        window.attempt_choice.box.setCurrentIndex(window.attempt_choice.box.findData("last"))
    assert window.trainee_view.row.attempt == "last"
    assert window.trainee_view.windowTitle().endswith("· last attempt")
    window.trainee_view.close()

    fixed = window.overview_panel.fixed
    assert fixed.rowCount() > 0
    counts = [int(fixed.item(r, 2).text()) for r in range(fixed.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    spoken = fixed.item(0, 0).data(Qt.AccessibleTextRole)  # the whole row, as the other tables
    assert f"Fixed: {counts[0]}" in spoken and "Category: " in spoken


def test_a_class_without_attempts_shows_no_attempt_columns(graded_window):
    assert "gain" not in graded_window.gradebook.model._columns()
    assert "no trainee handed in twice" in graded_window.overview_panel.fixed_summary.text()
